//! `GET /console/inbox`: reviewers and safeguarding leads see the cases sealed to their own key
//! (recorded at arrival in `submission_recipients`), and nothing else. The page also starts the
//! console bundle, which reads the cases through `console_cases`.

use super::console_cases::{cursor, next_before};
use super::console_error::ConsoleError;
use super::console_guard::{CaseReaders, Page};
use super::console_session::page_csrf;
use super::AppState;
use crate::store::{CaseReader, Day, InboxFilter, Queue};
use app::api::console::{case_reference, PAGE_SIZE};
use app::i18n::Lang;
use app::vocabulary::{CaseStatus, Queue as QueueName};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::Extension;
use console_ui::console::inbox_page::{inbox_document, Inbox, InboxLine, WorkbenchSeed};
use leptos::nonce::Nonce;
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize, Default)]
pub struct InboxQuery {
    before: Option<String>,
    status: Option<String>,
    queue: Option<String>,
}

pub async fn inbox(
    Page(staff): Page<CaseReaders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    query: Result<Query<InboxQuery>, QueryRejection>,
) -> Response {
    let account = staff.account;
    // A malformed query is the first page, unfiltered: this page reveals nothing a filter
    // could change (the API answers bad filters with a translated error).
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let status = query.status.as_deref().and_then(CaseStatus::parse);
    let queue_name = query
        .queue
        .as_deref()
        .and_then(QueueName::parse)
        .unwrap_or(QueueName::All);
    let queue = Queue::of(queue_name, account);
    let page = async {
        let Some(recipient) = state.store.recipient_of(account).await? else {
            return Ok::<_, sqlx::Error>(Inbox::NoKey);
        };
        let reader = CaseReader { account, recipient };
        // A cursor that is not a case this reader can see is the first page.
        let before = match cursor(&state, &reader, query.before.as_deref()).await {
            Ok(before) => before,
            Err(None) => None,
            Err(Some(e)) => return Err(e),
        };
        let filter = InboxFilter {
            before,
            status,
            queue,
            overdue_cutoff: Day::today().minus_days(state.ack_deadline_days),
            limit: PAGE_SIZE,
        };
        let rows = state.store.inbox_page(&reader, &filter).await?;
        let next_before = next_before(&rows);
        let lines = rows
            .into_iter()
            .map(|r| InboxLine {
                reference: case_reference(&r.public_id),
                received_on: r.received_on,
                status: r.status.as_str().to_owned(),
                sealed_in: r.sealed_in,
            })
            .collect();
        Ok(Inbox::Page {
            lines,
            status: status.map(|s| s.as_str().to_owned()),
            queue: queue_name.as_str().to_owned(),
            next_before,
        })
    };
    let csrf = page_csrf(&session).await;
    let handle = state.store.handle_of(account).await;
    match page
        .await
        .and_then(|inbox| Ok((inbox, handle?.unwrap_or_default())))
    {
        Ok((inbox, handle)) => {
            let seed = WorkbenchSeed {
                csrf,
                nonce: nonce.to_string(),
                fallbacks: app::i18n::Locale::ALL
                    .iter()
                    .map(|l| format!("{}={}", l.code(), state.fallbacks.of(*l).code()))
                    .collect::<Vec<_>>()
                    .join(" "),
                handle,
            };
            Html(inbox_document(lang, inbox, seed)).into_response()
        }
        Err(e) => ConsoleError::unexpected("reading the inbox", e).page(lang),
    }
}
