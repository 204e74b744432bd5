//! Taking part in a consultation on the child site, without JavaScript: `/consult` (the open
//! ones), `/consult/{id}` (who asked, what for, that it is voluntary, who sees what),
//! `POST /consult/{id}/start`, `/consult/{id}/q/{n}` (one question per screen; each answer is
//! counted as it is given), `/consult/{id}/thanks`, and `/consult/{id}/results` once closed.
//!
//! The session holds only where the child is in the flow (the place and age band they chose, the
//! next question) and, afterwards, that this session took part — so a shared kiosk, whose wipe
//! ends the session, takes one child's answers once. Nothing of it reaches the database: an
//! answer is stored as +1 on counters (`Store::count_answer`), then the WAL is emptied so not
//! even the last write's pages stay beside the database.

use super::child_consult_frame::PageFrame;
use super::child_consult_pages::{question_page, results_page, start_page, texts};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::consultation_results::results;
use crate::store::{ConsultationRow, Day, Milestone};
use anyhow::Context;
use app::i18n::Lang;
use app::vocabulary::{AgeBand, ConsultationState};
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use child_ui::consult::{consult_list_document, consult_thanks_document, ListItem};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// Each consultation's progress under its own key: starting another never resets this one.
pub(super) fn progress_key(id: &str) -> String {
    format!("consultation_progress:{id}")
}
pub(super) const TAKEN: &str = "consultations_taken";

/// Where a child is in a consultation: in the child's session only (memory on SQLite; the shared,
/// unlogged `child_sessions` table on PostgreSQL, see `session_stores`), gone when the flow ends.
#[derive(Serialize, Deserialize)]
pub(super) struct Progress {
    id: String,
    pub(super) place: String,
    pub(super) age: AgeBand,
    /// The next question, 0-based.
    pub(super) next: usize,
}

pub(super) type Answer = Result<Response, Refusal>;

pub(super) fn page(lang: Lang) -> impl Fn(IntakeError) -> Refusal {
    Refusal::page(lang)
}

/// The consultation, if it is open today.
pub(super) async fn open_consultation(
    state: &AppState,
    id: &str,
) -> Result<Option<ConsultationRow>, IntakeError> {
    let found = state
        .store
        .consultation(id)
        .await
        .context("reading a consultation")?;
    Ok(found.filter(|c| c.is_open(&Day::today())))
}

/// The consultation, if it is open today; anything else is the same 404.
pub(super) async fn open(
    state: &AppState,
    lang: Lang,
    id: &str,
) -> Result<ConsultationRow, Response> {
    match open_consultation(state, id).await {
        Ok(Some(c)) => Ok(c),
        Ok(None) => Err(super::not_found(lang, "/consult")),
        Err(e) => Err(page(lang)(e).into_response()),
    }
}

pub async fn list(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    PageFrame(frame): PageFrame,
) -> Answer {
    let refuse = page(lang);
    let today = Day::today();
    let all = state
        .store
        .consultations()
        .await
        .context("listing consultations")
        .map_err(|e| refuse(e.into()))?;
    let (mut open, mut closed) = (Vec::new(), Vec::new());
    for c in all {
        let texts = texts(&state, &c, lang).await.map_err(&refuse)?;
        let item = ListItem {
            id: c.public_id.clone(),
            title: texts.get("title"),
        };
        match c.state(&today) {
            ConsultationState::Open => open.push(item),
            ConsultationState::Closed => closed.push(item),
            ConsultationState::NotYetOpen => {}
        }
    }
    Ok(Html(consult_list_document(lang, open, closed, &frame)).into_response())
}

pub async fn start(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    PageFrame(frame): PageFrame,
    Path(id): Path<String>,
) -> Answer {
    let consultation = match open(&state, lang, &id).await {
        Ok(c) => c,
        Err(response) => return Ok(response),
    };
    start_page(&state, lang, &consultation, &frame).await
}

#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    place: String,
    age: String,
}

pub async fn begin(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    PageFrame(frame): PageFrame,
    session: Session,
    Path(id): Path<String>,
    form: Result<Form<StartForm>, FormRejection>,
) -> Answer {
    let refuse = page(lang);
    let consultation = match open(&state, lang, &id).await {
        Ok(c) => c,
        Err(response) => return Ok(response),
    };
    let Ok(Form(form)) = form else {
        return Err(refuse(IntakeError::BadForm));
    };
    let age = AgeBand::parse(&form.age).ok_or_else(|| refuse(IntakeError::BadForm))?;
    let place = form.place.trim().to_owned();
    if !place.is_empty() {
        let offered = super::child_consult_pages::places(&state, lang, &consultation)
            .await
            .map_err(&refuse)?;
        if !offered.iter().any(|(code, _)| *code == place) {
            return Err(refuse(IntakeError::UnknownPlace));
        }
    }
    if taken(&session, &id).await {
        let thanks = consult_thanks_document(lang, &consultation.closes_on, true, &frame);
        return Ok(Html(thanks).into_response());
    }
    // Started already (back to the first screen, Start again): go on where the child was, so
    // no question is counted twice.
    if let Some(step) = current_step(&session, &id).await {
        return Ok(Redirect::to(&format!("/consult/{id}/q/{step}")).into_response());
    }
    state.floodgate.admit_consultation().map_err(&refuse)?;
    state
        .store
        .audit_milestone(&consultation, Milestone::Opened)
        .await
        .context("auditing a consultation's opening")
        .map_err(|e| refuse(e.into()))?;
    let progress = Progress {
        id: id.clone(),
        place,
        age,
        next: 0,
    };
    session
        .insert(&progress_key(&id), progress)
        .await
        .context("keeping a consultation's progress")
        .map_err(|e| refuse(e.into()))?;
    Ok(Redirect::to(&format!("/consult/{id}/q/1")).into_response())
}

/// The consultations this session took part in (to the end).
pub(super) async fn taken_ids(session: &Session) -> Vec<String> {
    session.get(TAKEN).await.ok().flatten().unwrap_or_default()
}

async fn taken(session: &Session, id: &str) -> bool {
    let taken: Vec<String> = session.get(TAKEN).await.ok().flatten().unwrap_or_default();
    taken.iter().any(|t| t == id)
}

/// Where a request for another step is sent: the current step, or the first screen.
pub(super) async fn elsewhere(session: &Session, id: &str) -> Response {
    match current_step(session, id).await {
        Some(step) => Redirect::to(&format!("/consult/{id}/q/{step}")).into_response(),
        None => Redirect::to(&format!("/consult/{id}")).into_response(),
    }
}

/// The question (1-based) this session is at in `id`, if it has started it.
async fn current_step(session: &Session, id: &str) -> Option<usize> {
    let progress: Progress = session.get(&progress_key(id)).await.ok().flatten()?;
    (progress.id == id).then_some(progress.next + 1)
}

/// The child's progress in `id`, if the flow is at question `n` (1-based).
pub(super) async fn at(session: &Session, id: &str, n: usize) -> Option<Progress> {
    let progress: Progress = session.get(&progress_key(id)).await.ok().flatten()?;
    (progress.id == id && progress.next + 1 == n).then_some(progress)
}

pub async fn question(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    PageFrame(frame): PageFrame,
    session: Session,
    Path((id, n)): Path<(String, usize)>,
) -> Answer {
    let consultation = match open(&state, lang, &id).await {
        Ok(c) => c,
        Err(response) => return Ok(response),
    };
    let Some(progress) = at(&session, &id, n).await else {
        // Another step: where the child is; not started: the first screen. Nothing is counted
        // twice.
        return Ok(elsewhere(&session, &id).await);
    };
    question_page(
        &state,
        lang,
        &consultation,
        n,
        &progress.place,
        None,
        &frame,
    )
    .await
}

pub async fn thanks(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    PageFrame(frame): PageFrame,
    session: Session,
    Path(id): Path<String>,
) -> Answer {
    let consultation = match state.store.consultation(&id).await {
        Ok(Some(c)) if taken(&session, &id).await => c,
        Ok(_) => return Ok(super::not_found(lang, "/consult")),
        Err(e) => return Err(page(lang)(IntakeError::Unexpected(e.into()))),
    };
    let thanks = consult_thanks_document(lang, &consultation.closes_on, false, &frame);
    Ok(Html(thanks).into_response())
}

/// `GET /consult/{id}/results`: 404 for everyone until the day after it closes (audited).
pub async fn public_results(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    PageFrame(frame): PageFrame,
    Path(id): Path<String>,
) -> Answer {
    let refuse = page(lang);
    let Some(consultation) = state
        .store
        .consultation(&id)
        .await
        .context("reading a consultation")
        .map_err(|e| refuse(e.into()))?
    else {
        return Ok(super::not_found(lang, "/consult"));
    };
    let found = results(&state.store, &consultation, &Day::today())
        .await
        .context("reading results")
        .map_err(|e| refuse(e.into()))?;
    let Some(found) = found else {
        // Audited once a day per consultation: anyone may load this page, as often as they like.
        let first_today = state
            .embargo_audited
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert((id.clone(), Day::today().as_str().to_owned()));
        if first_today {
            state
                .store
                .audit(Actor::Anonymous, AuditAction::ConsultationEmbargo, &id)
                .await
                .context("auditing an embargoed read")
                .map_err(|e| refuse(e.into()))?;
        }
        return Ok(super::not_found(lang, "/consult"));
    };
    results_page(&state, lang, &consultation, found, &frame).await
}
