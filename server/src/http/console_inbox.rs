//! `GET /console/inbox`: reviewers and safeguarding leads see the cases sealed to their own key
//! (recorded at arrival in `submission_recipients`), and nothing else.

use super::console_access::require;
use super::AppState;
use crate::accounts::Role;
use app::console::inbox_page::{inbox_document, Inbox, InboxLine, STATUSES};
use app::i18n::Lang;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::Extension;
use http::StatusCode;
use serde::Deserialize;
use tower_sessions::Session;

pub const PAGE_SIZE: i64 = 50;

#[derive(Deserialize, Default)]
pub struct InboxQuery {
    before: Option<i64>,
    status: Option<String>,
}

pub async fn inbox(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    query: Result<Query<InboxQuery>, QueryRejection>,
) -> Response {
    let allowed = [Role::Reviewer, Role::SafeguardingLead];
    let account = match require(&state, &session, lang, &allowed, "/console/inbox").await {
        Ok(account) => account,
        Err(refused) => return refused,
    };
    // A malformed query is the first page, unfiltered.
    let query = query.map(|Query(q)| q).unwrap_or_default();
    // An unknown status is no filter at all, never an error that could reveal anything.
    let status = query.status.filter(|s| STATUSES.contains(&s.as_str()));
    let page = async {
        let Some(recipient) = state.store.recipient_of(account).await? else {
            return Ok::<_, sqlx::Error>(Inbox::NoKey);
        };
        let rows = state
            .store
            .inbox_page(&recipient, query.before, status.as_deref(), PAGE_SIZE)
            .await?;
        let next_before = (rows.len() as i64 == PAGE_SIZE)
            .then(|| rows.last().map(|r| r.seq))
            .flatten();
        let lines = rows
            .into_iter()
            .map(|r| InboxLine {
                seq: r.seq,
                received_on: r.received_on,
                status: r.status,
                sealed_in: r.sealed_in,
            })
            .collect();
        Ok(Inbox::Page {
            lines,
            status: status.clone(),
            next_before,
        })
    };
    match page.await {
        Ok(inbox) => Html(inbox_document(lang, inbox)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "reading the inbox failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
