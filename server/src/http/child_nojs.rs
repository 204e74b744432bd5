//! `POST /send`: the no-JavaScript form. Every step of the guided flow is on one page; the
//! plaintext is sealed here, in memory, to the same recipients the browser would use, and only
//! the ciphertext is stored. The words are zeroed when dropped and never logged (`ChildWords` has
//! a redacted `Debug` and no `Display`).

use super::child_form_token::now as form_token_now;
use super::child_intake::{already_arrived, store_and_settle};
use super::child_readers::recipients_for;
use super::child_upload::{admit, Vouched};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::SealedCase;
use anyhow::Context;
use app::api::{FORM_TOKEN_FIELD, SENT_PATH};
use app::domain::{Answers, ChildWords, Choices, Envelope, NamedPlace, SealedIn, SubmissionId};
use app::i18n::Lang;
use app::sealing::seal;
use axum::extract::rejection::FormRejection;
use axum::extract::State;
use axum::response::Redirect;
use axum::{Extension, Form};
use http::StatusCode;
use tower_sessions::Session;
use zeroize::Zeroize;

/// The form's fields in order, as sent; a field may repeat (`feeling`, `wish`). Every value is
/// zeroed when the form is dropped, because `text` is among them.
pub struct NoJsFields(Vec<(String, String)>);

impl Drop for NoJsFields {
    fn drop(&mut self) {
        for (_, value) in &mut self.0 {
            value.zeroize();
        }
    }
}

impl NoJsFields {
    fn one(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Moves the text out (the caller's `ChildWords` zeroes it from then on).
    fn take_text(&mut self) -> String {
        self.0
            .iter_mut()
            .find(|(n, _)| n == "text")
            .map(|(_, v)| std::mem::take(v))
            .unwrap_or_default()
    }
}

pub async fn post_form(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Result<Redirect, Refusal> {
    let refuse = Refusal::page(lang);
    // Wrapped first, so that the words are zeroed on every refusal, however early.
    let Form(fields) = form.map_err(|e| refuse(form_rejection(&e)))?;
    let mut form = NoJsFields(fields);
    let id = SubmissionId::parse(
        form.one("submission_id")
            .ok_or_else(|| refuse(IntakeError::BadForm))?,
    )
    .map_err(|_| refuse(IntakeError::BadId))?;
    // The page's token for this form: without it this path would cost a script nothing.
    let token = form.one(FORM_TOKEN_FIELD).unwrap_or_default();
    if !state.form_key.check(token, &id, form_token_now()) {
        return Err(refuse(IntakeError::FormExpired));
    }
    let place = NamedPlace::parse(form.one("place").unwrap_or_default())
        .map_err(|_| refuse(IntakeError::UnknownPlace))?;
    let choices = Choices::parse(form.one("kind"), form.all("feeling"), form.all("wish"))
        .map_err(|_| refuse(IntakeError::BadForm))?;
    // A story is never sealed on the server nor sent to case reviewers: it needs the browser.
    if choices.kind == Some(app::domain::Kind::Story) {
        return Err(refuse(IntakeError::StoryNeedsJs));
    }
    let words = ChildWords::parse_optional(form.take_text()).map_err(|e| refuse(e.into()))?;
    let urgent = choices.is_urgent();
    let answers = Answers::new(choices, words, None).map_err(|_| refuse(IntakeError::Empty))?;
    let let_through = async {
        let (recipients, facility) = recipients_for(&state, &place).await?;
        let envelope =
            Envelope::answering(id.clone(), lang.code(), SealedIn::Server, answers).naming(place);
        let sealed = seal(envelope, &recipients).context("sealing on arrival")?;
        let len = sealed.as_bytes().len();
        // The form's single-use token (checked above) stands in for the browser's proof of work.
        let admission = admit(&state, &session, Vouched::FormToken, len, urgent).await?;
        // Without JavaScript no return code can be made: the server must never see one.
        let case = SealedCase {
            arrival: admission.arrival(urgent),
            id: id.clone(),
            sealed,
            recipients,
            facility,
            return_code: None,
        };
        Ok::<_, IntakeError>((case, admission))
    };
    let (case, admission) = match let_through.await {
        Ok(admitted) => admitted,
        // The same form posted again after it arrived (its answer was lost) is answered "it
        // arrived" whatever refuses it now. Looked up only on a refusal: a form let through
        // needs no lookup, its insert settles a retried id.
        Err(refused) => {
            if already_arrived(&state, &id).await.map_err(&refuse)? {
                return Ok(Redirect::to(SENT_PATH));
            }
            return Err(refuse(refused));
        }
    };
    store_and_settle(&state, &session, case, admission, None)
        .await
        .map_err(&refuse)?;
    // 303 so that reloading the confirmation never posts again.
    Ok(Redirect::to(SENT_PATH))
}

fn form_rejection(e: &FormRejection) -> IntakeError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        IntakeError::TooLarge
    } else {
        IntakeError::BadForm
    }
}
