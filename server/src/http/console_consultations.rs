//! The consultation leads' console pages: `GET /console/consultations` (their consultations),
//! `GET /console/consultations/{id}` (published results) and `…/export.csv`, `…/export.json`.
//! Results are under embargo until the day after close — 404 for everyone, the attempt audited —
//! and leave only as `consultation_results::results` publishes them.

use super::child_consult_pages::{results_view, texts};
use super::console_error::ConsoleError;
use super::console_guard::{ConsultationLeads, Page};
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::consultation_results::{chain, results, to_csv, to_json, Chain, QuestionResult};
use crate::store::{ConsultationRow, Day};
use app::i18n::Lang;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use axum::{Extension, Json};
use console_ui::console::consultations_page::{
    consultation_results_document, consultations_document, ConsultationLine,
};
use http::header;

pub async fn list(
    Page(_staff): Page<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let today = Day::today();
    let all = match state.store.consultations().await {
        Ok(all) => all,
        Err(e) => return ConsoleError::unexpected("listing consultations", e).page(lang),
    };
    let mut lines = Vec::with_capacity(all.len());
    for c in all {
        let title = match texts(&state, &c, lang).await {
            Ok(texts) => texts.get("title").text,
            Err(e) => return ConsoleError::unexpected("reading texts", e).page(lang),
        };
        lines.push(ConsultationLine {
            closed: c.is_closed(&today),
            id: c.public_id,
            title,
            opens_on: c.opens_on,
            closes_on: c.closes_on,
        });
    }
    Html(consultations_document(lang, lines)).into_response()
}

/// The consultation with this public id, or 404 (every lead route that names one).
pub(super) async fn named(state: &AppState, id: &str) -> Result<ConsultationRow, ConsoleError> {
    state
        .store
        .consultation(id)
        .await
        .map_err(|e| ConsoleError::unexpected("reading a consultation", e))?
        .ok_or(ConsoleError::NotFound)
}

/// A consultation's title in the lead's language (or its fallback).
pub(super) async fn title(
    state: &AppState,
    consultation: &ConsultationRow,
    lang: Lang,
) -> Result<String, ConsoleError> {
    let texts = texts(state, consultation, lang)
        .await
        .map_err(|e| ConsoleError::unexpected("reading texts", e))?;
    Ok(texts.get("title").text)
}

/// The consultation and its published results, or the refusal (404 under embargo, audited).
async fn published(
    state: &AppState,
    account: i64,
    id: &str,
    action: AuditAction,
) -> Result<(ConsultationRow, Vec<QuestionResult>), ConsoleError> {
    let consultation = named(state, id).await?;
    let found = results(&state.store, &consultation, &Day::today())
        .await
        .map_err(|e| ConsoleError::unexpected("reading results", e))?;
    let audited = match found {
        Some(_) => action,
        None => AuditAction::ConsultationEmbargo,
    };
    state
        .store
        .audit(Actor::Account(account), audited, id)
        .await
        .map_err(|e| ConsoleError::unexpected("auditing results", e))?;
    Ok((consultation, found.ok_or(ConsoleError::NotFound)?))
}

pub async fn show(
    Page(staff): Page<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(id): Path<String>,
) -> Response {
    let (consultation, found) =
        match published(&state, staff.account, &id, AuditAction::ConsultationResults).await {
            Ok(found) => found,
            Err(e) => return e.page(lang),
        };
    match results_view(&state, lang, &consultation, found).await {
        Ok(page) => Html(consultation_results_document(lang, page)).into_response(),
        Err(e) => ConsoleError::unexpected("showing results", e).page(lang),
    }
}

/// What an export holds: the published results and the Lundy chain (the same for CSV and JSON).
async fn export(
    state: &AppState,
    account: i64,
    id: &str,
) -> Result<(ConsultationRow, Vec<QuestionResult>, Chain), ConsoleError> {
    let (consultation, found) =
        published(state, account, id, AuditAction::ConsultationExport).await?;
    let chain = chain(&state.store, &consultation, &found)
        .await
        .map_err(|e| ConsoleError::unexpected("reading the Lundy chain", e))?;
    Ok((consultation, found, chain))
}

pub async fn export_csv(
    Page(staff): Page<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(id): Path<String>,
) -> Response {
    match export(&state, staff.account, &id).await {
        Ok((_, found, chain)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"results.csv\"",
                ),
            ],
            to_csv(&found, &chain),
        )
            .into_response(),
        Err(e) => e.page(lang),
    }
}

pub async fn export_json(
    Page(staff): Page<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(id): Path<String>,
) -> Response {
    match export(&state, staff.account, &id).await {
        Ok((consultation, found, chain)) => {
            Json(to_json(&consultation, &found, &chain)).into_response()
        }
        Err(e) => e.api(lang),
    }
}
