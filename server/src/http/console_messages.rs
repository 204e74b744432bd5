//! Replies to the child: written and sealed in the reviewer's browser to the child's own
//! recipient (kept with the child's return code) and the case's recipients; the server accepts
//! only a recipient-sealed age file (`SealedNote`) and audits the reply.

use super::console_cases::ReadableCase;
use super::console_error::ConsoleError;
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::Day;
use app::case_notes::SealedNote;
use app::i18n::Lang;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;

/// `POST /console/api/cases/{id}/replies`: a reply the child can read with their return code.
pub async fn reply(
    case: ReadableCase,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    body: Bytes,
) -> Response {
    let account = case.account;
    let row = case.row;
    match state.store.child_recipient(row.seq).await {
        Ok(Some(_)) => {}
        Ok(None) => return ConsoleError::NoReturnCode.api(lang),
        Err(e) => return ConsoleError::unexpected("reading a return code", e).api(lang),
    }
    let Ok(reply) = SealedNote::from_wire(body.to_vec()) else {
        return ConsoleError::BadReply.api(lang);
    };
    let done = async {
        state
            .store
            .audit(
                Actor::Account(account),
                AuditAction::CaseReply,
                &row.public_id,
            )
            .await?;
        state
            .store
            .add_case_message(row.seq, Some(account), &reply, &Day::today())
            .await
    };
    match done.await {
        Ok(()) => StatusCode::CREATED.into_response(),
        Err(e) => ConsoleError::unexpected("adding a reply", e).api(lang),
    }
}
