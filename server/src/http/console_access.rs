//! The role check behind `console_guard`'s extractors (a refused role is audited), and the
//! auditors' pages.

use super::console_error::ConsoleError;
use super::console_guard::{Auditors, Page};
use super::console_session::{ACCOUNT, ROLE};
use super::AppState;
use crate::accounts::Role;
use crate::audit::{self, Actor, AuditAction, ChainVerdict};
use app::i18n::Lang;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::Extension;
use console_ui::console::audit_page::{
    audit_document, facility_proof_document, AuditRow, FacilityProofRow,
};
use tower_sessions::Session;

/// How many of the newest entries the page lists (the verdict covers them all).
const SHOWN_ENTRIES: usize = 1000;

/// Why a console request was not let through.
pub enum Denied {
    NotSignedIn,
    /// Signed in, but the role is not allowed; the refusal has been audited.
    Forbidden,
}

/// The signed-in account and role, if its role is among `allowed`; audits a refused role.
pub async fn check(
    state: &AppState,
    session: &Session,
    allowed: &[Role],
    what: &str,
) -> Result<(i64, Role), Denied> {
    let account = session.get::<i64>(ACCOUNT).await.ok().flatten();
    let role = session.get::<String>(ROLE).await.ok().flatten();
    let (Some(account), Some(role)) = (account, role.as_deref().and_then(Role::parse)) else {
        return Err(Denied::NotSignedIn);
    };
    if allowed.contains(&role) {
        return Ok((account, role));
    }
    let audited = state
        .store
        .audit(Actor::Account(account), AuditAction::AccessRefused, what)
        .await;
    if let Err(e) = audited {
        tracing::error!(error = %e, "could not audit a refusal");
    }
    Err(Denied::Forbidden)
}

/// `GET /console/audit`: auditors only.
pub async fn audit_log(
    Page(staff): Page<Auditors>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let account = staff.account;
    let read = async {
        state
            .store
            .audit(Actor::Account(account), AuditAction::AuditView, "")
            .await?;
        state.store.audit_entries().await
    };
    let entries = match read.await {
        Ok(entries) => entries,
        Err(e) => return ConsoleError::unexpected("reading the audit log", e).page(lang),
    };
    let (checked, head, broken_at) = match audit::verify(entries.clone()) {
        ChainVerdict::Intact { entries, head } => (entries, head, None),
        ChainVerdict::Broken { at_seq, .. } => (0, String::new(), Some(at_seq)),
    };
    let rows = entries
        .into_iter()
        .rev()
        .take(SHOWN_ENTRIES)
        .map(|e| AuditRow {
            seq: e.seq,
            day: e.day,
            actor: e.actor,
            action: e.action,
            subject: e.subject,
        })
        .collect();
    Html(audit_document(lang, rows, checked, &head, broken_at)).into_response()
}

/// `GET /console/audit/facilities`: auditors only. The per-facility proof that no affiliated
/// account received or read a case naming the facility, with the chain's verdict.
pub async fn facility_proof(
    Page(staff): Page<Auditors>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let what = "/console/audit/facilities";
    let account = staff.account;
    let read = async {
        state
            .store
            .audit(Actor::Account(account), AuditAction::AuditView, what)
            .await?;
        state.store.facility_proofs().await
    };
    let (verdict, proofs) = match read.await {
        Ok(result) => result,
        Err(e) => return ConsoleError::unexpected("building the facility proof", e).page(lang),
    };
    let pair =
        |list: Vec<(String, String)>| list.into_iter().map(|(h, c)| format!("{h} {c}")).collect();
    let rows = proofs
        .into_iter()
        .map(|p| FacilityProofRow {
            code: p.code,
            cases: p.cases,
            affiliated: p.affiliated,
            received: pair(p.received),
            read: pair(p.read),
            unaccounted: pair(p.unaccounted),
        })
        .collect();
    let intact = matches!(verdict, ChainVerdict::Intact { .. });
    Html(facility_proof_document(lang, rows, intact)).into_response()
}
