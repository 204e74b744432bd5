//! A consultation's written answers in the console, for its leads only:
//! `GET /console/consultations/{id}/written` (the page hosting the workbench), and the API —
//! `GET {CONSULTATIONS_API}/{id}/written` (the answers sealed to the caller's key, audited),
//! `POST …/written/{answer}/quote` (a quote the lead approved, audited),
//! `GET {CASE_RECIPIENTS_PATH}?place=` and `POST …/written/{answer}/case` (a disclosure re-sealed
//! to the reviewers a case about its place goes to, the shield applied; the answer then leaves
//! the consultation). Written answers can be read while a consultation is open — a disclosure
//! must not wait for the close — but quotes are published only with the results.

use super::child_readers::recipients_for;
use super::console_consultations::{named, title};
use super::console_error::ConsoleError;
use super::console_guard::{Api, ConsultationLeads, Page};
use super::errors::IntakeError;
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::{Arrival, ConsultationRow, Day, SealedCase};
use anyhow::Context;
use app::api::consultations::{
    CaseRecipients, QuoteBody, WrittenAnswer, WrittenAnswers, MAX_QUOTE_CHARS,
};
use app::api::{PLACE_HEADER, RECIPIENT_SET_HEADER};
use app::domain::{NamedPlace, SubmissionId};
use app::i18n::Lang;
use app::sealing::{RecipientSet, SealedSubmission};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, JsonRejection};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Response};
use axum::{Extension, Json};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use http::StatusCode;
use leptos::nonce::Nonce;
use serde::Deserialize;
use tower_sessions::Session;

/// The caller's own key: what their written answers are found by.
async fn own_key(state: &AppState, account: i64) -> Result<String, ConsoleError> {
    state
        .store
        .recipient_of(account)
        .await
        .map_err(|e| ConsoleError::unexpected("reading a key", e))?
        .ok_or(ConsoleError::NoKey)
}

pub async fn page(
    Page(staff): Page<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    let found = async {
        let c = named(&state, &id).await?;
        let title = title(&state, &c, lang).await?;
        let has_key = own_key(&state, staff.account).await.is_ok();
        Ok::<_, ConsoleError>((title, has_key))
    };
    let (title, has_key) = match found.await {
        Ok(found) => found,
        Err(e) => return e.page(lang),
    };
    let seed = console_ui::console::inbox_page::WorkbenchSeed {
        csrf: super::console_session::page_csrf(&session).await,
        nonce: nonce.to_string(),
        fallbacks: String::new(),
        handle: String::new(),
    };
    let document =
        console_ui::console::consultations_page::written_document(lang, &id, title, has_key, seed);
    Html(document).into_response()
}

pub async fn list(
    Api(staff): Api<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(id): Path<String>,
) -> Response {
    let found = async {
        let c = named(&state, &id).await?;
        let key = own_key(&state, staff.account).await?;
        let texts = super::child_consult_pages::texts(&state, &c, lang)
            .await
            .map_err(|e| ConsoleError::unexpected("reading texts", e))?;
        let rows = state
            .store
            .written_for(c.id, &key)
            .await
            .map_err(|e| ConsoleError::unexpected("reading written answers", e))?;
        state
            .store
            .audit(
                Actor::Account(staff.account),
                AuditAction::ConsultationWrittenRead,
                &id,
            )
            .await
            .map_err(|e| ConsoleError::unexpected("auditing a read", e))?;
        let answers = rows
            .into_iter()
            .map(|row| WrittenAnswer {
                question: texts.get(&format!("q-{}", row.question_key)).text,
                id: row.id,
                received_on: row.received_on,
                ciphertext: BASE64.encode(&row.sealed),
            })
            .collect();
        Ok::<_, ConsoleError>(WrittenAnswers { answers })
    };
    match found.await {
        Ok(answers) => Json(answers).into_response(),
        Err(e) => e.api(lang),
    }
}

/// The question a written answer (sealed to the caller) answers, or 404.
async fn answer_question(
    state: &AppState,
    account: i64,
    id: &str,
    answer: &str,
) -> Result<(ConsultationRow, i64), ConsoleError> {
    let c = named(state, id).await?;
    let key = own_key(state, account).await?;
    let question = state
        .store
        .written_question(c.id, answer, &key)
        .await
        .map_err(|e| ConsoleError::unexpected("reading a written answer", e))?
        .ok_or(ConsoleError::NotFound)?;
    Ok((c, question))
}

pub async fn quote(
    Api(staff): Api<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path((id, answer)): Path<(String, String)>,
    body: Result<Json<QuoteBody>, JsonRejection>,
) -> Response {
    let done = async {
        let Ok(Json(body)) = body else {
            return Err(ConsoleError::BadQuote);
        };
        let text = body.quote.trim();
        if text.is_empty() || text.chars().count() > MAX_QUOTE_CHARS {
            return Err(ConsoleError::BadQuote);
        }
        let (_, question) = answer_question(&state, staff.account, &id, &answer).await?;
        let actor = Actor::Account(staff.account);
        let kept = async {
            state
                .store
                .audit(actor, AuditAction::ConsultationQuote, &id)
                .await?;
            state
                .store
                .add_quote(question, text, staff.account, &Day::today())
                .await
        };
        kept.await
            .map_err(|e| ConsoleError::unexpected("keeping a quote", e))
    };
    match done.await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => e.api(lang),
    }
}

#[derive(Deserialize)]
pub struct PlaceQuery {
    #[serde(default)]
    place: String,
}

/// A case about `place`: its recipients (the shield applied) and its facility.
async fn case_set(
    state: &AppState,
    place: &str,
) -> Result<(NamedPlace, RecipientSet, Option<i64>), ConsoleError> {
    let place = NamedPlace::parse(place).map_err(|_| ConsoleError::BadForm)?;
    match recipients_for(state, &place).await {
        Ok((set, facility)) => Ok((place, set, facility)),
        Err(IntakeError::UnknownPlace) => Err(ConsoleError::BadForm),
        Err(e) => Err(ConsoleError::unexpected(
            "reading case recipients",
            anyhow::Error::from(e),
        )),
    }
}

pub async fn case_recipients(
    Api(_staff): Api<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    query: Result<Query<PlaceQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return ConsoleError::BadForm.api(lang);
    };
    match case_set(&state, &query.place).await {
        Ok((_, set, _)) => Json(CaseRecipients {
            set_id: set.id(),
            recipients: set.to_strings(),
        })
        .into_response(),
        Err(e) => e.api(lang),
    }
}

pub async fn make_case(
    Api(staff): Api<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path((id, answer)): Path<(String, String)>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let done = async {
        let (_, _) = answer_question(&state, staff.account, &id, &answer).await?;
        let case_id = SubmissionId::parse(&answer).map_err(|_| ConsoleError::NotFound)?;
        let body = body.map_err(|_| ConsoleError::NotResealed)?;
        let sealed =
            SealedSubmission::from_wire(body.to_vec()).map_err(|_| ConsoleError::NotResealed)?;
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let (_, recipients, facility) =
            case_set(&state, header(PLACE_HEADER).unwrap_or("")).await?;
        // The browser re-sealed to the set it fetched; stored only while that set holds, so the
        // recorded readers are exactly those in the ciphertext.
        if header(RECIPIENT_SET_HEADER) != Some(recipients.id().as_str()) {
            return Err(ConsoleError::RecipientsChanged);
        }
        let case = SealedCase {
            id: case_id,
            sealed,
            recipients,
            facility,
            arrival: Arrival::Normal,
            return_code: None,
        };
        let stored = async {
            state
                .store
                .audit(
                    Actor::Account(staff.account),
                    AuditAction::ConsultationDisclosure,
                    &answer,
                )
                .await?;
            state.store.insert_case(case, &Day::today()).await?;
            state.store.delete_written(&answer).await?;
            Ok::<_, sqlx::Error>(())
        };
        stored
            .await
            .context("turning a written answer into a case")
            .map_err(ConsoleError::Unexpected)
    };
    match done.await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => e.api(lang),
    }
}
