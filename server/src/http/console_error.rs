//! The console's one error enum, as `IntakeError` is the child site's: every refusal a console
//! route can give has a status, a stable [`ApiErrorCode`] and a translated message, said once in
//! [`ConsoleError::parts`]. `Unexpected` carries its cause chain to the log only; the client hears
//! "not available, try later" (503).
//!
//! A refusal goes out as JSON for the API ([`ConsoleError::api`]) or as a page
//! ([`ConsoleError::page`]); "not signed in" as a page is a redirect to sign-in.

use app::api::ApiError;
use app::i18n::Lang;
use app::vocabulary::ApiErrorCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Json;
use http::StatusCode;

#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    #[error("not signed in")]
    NotSignedIn,
    /// The role may not call this route (audited by the guard).
    #[error("forbidden for this role")]
    Forbidden,
    /// A change without the session's CSRF token.
    #[error("missing or wrong CSRF token")]
    Csrf,
    /// A sensitive action without a fresh second factor.
    #[error("step-up code wrong or missing")]
    StepUp,
    /// The account has not registered its reviewer key yet.
    #[error("no reviewer key registered")]
    NoKey,
    /// Absent, or not the caller's to see: the two are never told apart.
    #[error("not found")]
    NotFound,
    #[error("malformed filter")]
    BadFilter,
    #[error("malformed form or body")]
    BadForm,
    #[error("malformed case change")]
    BadChange,
    #[error("assignee cannot read the case")]
    BadAssignee,
    #[error("malformed saved view")]
    BadView,
    #[error("the account keeps as many views as it may")]
    TooManyViews,
    #[error("note is not a sealed file")]
    BadNote,
    #[error("reply is not a sealed file")]
    BadReply,
    #[error("not someone the case may be shared with")]
    BadShare,
    #[error("body is not a sealed file")]
    NotSealed,
    #[error("shared copy is not a sealed file")]
    NotResealed,
    #[error("not a valid reviewer key")]
    InvalidKey,
    #[error("the account already has a key, or the key is someone else's")]
    KeyExists,
    #[error("the child kept no return code")]
    NoReturnCode,
    #[error("the child's consent does not hold")]
    NotConsented,
    #[error("the co-consent was recorded by the publisher")]
    SamePerson,
    #[error("the child has not approved this version")]
    NotApproved,
    #[error("a byline where the child chose no name")]
    Named,
    #[error("the words name a facility")]
    NamesFacility,
    #[error("passkey label empty or too long")]
    BadLabel,
    #[error("passkey ceremony failed or malformed")]
    PasskeyFailed,
    #[error("the account has no passkey")]
    NoPasskey,
    #[error("passkeys are not available at this address")]
    NoPasskeys,
    #[error("credential already registered")]
    Duplicate,
    #[error("quote empty or too long")]
    BadQuote,
    #[error("re-sealed to a recipient set that is no longer current")]
    RecipientsChanged,
    #[error("sign-in refused")]
    LoginFailed,
    #[error("sign-in checks are busy")]
    Busy,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl ConsoleError {
    /// A failure of the machinery (database, session store), with what was being done.
    pub fn unexpected(what: &'static str, cause: impl Into<anyhow::Error>) -> Self {
        ConsoleError::Unexpected(cause.into().context(what))
    }

    /// Status, stable code and message id: the whole table of console refusals.
    fn parts(&self) -> (StatusCode, ApiErrorCode, &'static str) {
        use ApiErrorCode as C;
        use ConsoleError as E;
        use StatusCode as S;
        match self {
            E::NotSignedIn => (S::UNAUTHORIZED, C::SignIn, "error-signin-needed"),
            E::Forbidden => (S::FORBIDDEN, C::Forbidden, "error-forbidden"),
            E::Csrf => (S::FORBIDDEN, C::Csrf, "error-csrf"),
            E::StepUp => (S::FORBIDDEN, C::StepUp, "step-up-bad-code"),
            E::NoKey => (S::CONFLICT, C::NoKey, "inbox-no-key"),
            E::NotFound => (S::NOT_FOUND, C::NotFound, "error-not-found"),
            E::BadFilter => (S::BAD_REQUEST, C::BadFilter, "error-filter"),
            E::BadForm => (S::BAD_REQUEST, C::BadForm, "error-bad-form"),
            E::BadChange => (S::BAD_REQUEST, C::BadChange, "error-change"),
            E::BadAssignee => (S::BAD_REQUEST, C::BadAssignee, "error-assignee"),
            E::BadView => (S::BAD_REQUEST, C::BadView, "error-view"),
            E::TooManyViews => (S::CONFLICT, C::TooMany, "error-views-full"),
            E::BadNote => (S::BAD_REQUEST, C::BadNote, "error-note"),
            E::BadReply => (S::BAD_REQUEST, C::BadReply, "error-note"),
            E::BadShare => (S::BAD_REQUEST, C::BadShare, "error-share"),
            E::NotSealed => (S::BAD_REQUEST, C::NotSealed, "error-not-sealed"),
            E::NotResealed => (S::BAD_REQUEST, C::NotSealed, "error-not-resealed"),
            E::InvalidKey => (S::BAD_REQUEST, C::InvalidKey, "error-key-invalid"),
            E::KeyExists => (S::CONFLICT, C::KeyExists, "error-key-exists"),
            E::NoReturnCode => (S::CONFLICT, C::NoReturnCode, "reply-no-code"),
            E::NotConsented => (S::CONFLICT, C::NotConsented, "story-error-not-consented"),
            E::SamePerson => (S::CONFLICT, C::SamePerson, "story-error-same-person"),
            E::NotApproved => (S::CONFLICT, C::NotApproved, "story-error-not-approved"),
            E::Named => (S::CONFLICT, C::Named, "story-error-named"),
            E::NamesFacility => (S::CONFLICT, C::NamesFacility, "story-error-names-facility"),
            E::BadLabel => (S::BAD_REQUEST, C::BadLabel, "passkeys-bad-label"),
            E::PasskeyFailed => (S::BAD_REQUEST, C::BadRequest, "passkey-failed"),
            E::NoPasskey => (S::CONFLICT, C::NoPasskey, "passkey-none-yet"),
            E::NoPasskeys => (S::NOT_FOUND, C::NoPasskeys, "passkey-unavailable"),
            E::Duplicate => (S::CONFLICT, C::Duplicate, "passkeys-duplicate"),
            E::BadQuote => (S::BAD_REQUEST, C::BadForm, "written-quote-bad"),
            E::RecipientsChanged => (
                S::CONFLICT,
                C::RecipientsChanged,
                "written-recipients-changed",
            ),
            E::LoginFailed => (S::BAD_REQUEST, C::LoginFailed, "login-failed"),
            E::Busy => (S::SERVICE_UNAVAILABLE, C::Busy, "error-unavailable"),
            E::Unexpected(_) => (S::SERVICE_UNAVAILABLE, C::Unavailable, "error-unavailable"),
        }
    }

    fn log(&self) {
        match self {
            ConsoleError::Unexpected(cause) => {
                tracing::error!(error = format!("{cause:#}"), "console request failed")
            }
            other => tracing::info!(error = other.parts().1.as_str(), "console refused"),
        }
    }

    /// The refusal as the API's translated JSON.
    pub fn api(self, lang: Lang) -> Response {
        Refused::new(lang, true, self).into_response()
    }

    /// The refusal as a page (sign-in by redirect).
    pub fn page(self, lang: Lang) -> Response {
        Refused::new(lang, false, self).into_response()
    }
}

/// A [`ConsoleError`] with what it needs to answer: the language and whether the caller is the
/// API. The guard's extractors reject with it.
pub struct Refused {
    lang: Lang,
    api: bool,
    error: ConsoleError,
}

impl Refused {
    pub fn new(lang: Lang, api: bool, error: ConsoleError) -> Self {
        Self { lang, api, error }
    }
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        self.error.log();
        if !self.api && matches!(self.error, ConsoleError::NotSignedIn) {
            return Redirect::to("/console/login").into_response();
        }
        let (status, code, message_id) = self.error.parts();
        let message = self.lang.t(message_id);
        if self.api {
            let body = ApiError {
                error: code,
                message,
            };
            return (status, Json(body)).into_response();
        }
        let title = self.lang.t("page-title-error");
        let page = app::error_page::error_document(self.lang, &title, &message, "/console");
        (status, Html(page)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_machinery_answers_5xx_and_never_with_its_cause() {
        let cause = ConsoleError::unexpected("reading", anyhow::anyhow!("secret path /x"));
        let (status, code, message) = cause.parts();
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(code, ApiErrorCode::Unavailable);
        assert_eq!(message, "error-unavailable");
        for refusal in [
            ConsoleError::NotFound,
            ConsoleError::BadForm,
            ConsoleError::Csrf,
        ] {
            assert!(refusal.parts().0.is_client_error());
        }
    }

    #[test]
    fn every_refusal_is_said_in_every_console_language() {
        use app::i18n::{Lang, Locale};
        use ConsoleError as E;
        let all = [
            E::NotSignedIn,
            E::Forbidden,
            E::Csrf,
            E::StepUp,
            E::NoKey,
            E::NotFound,
            E::BadFilter,
            E::BadForm,
            E::BadChange,
            E::BadAssignee,
            E::BadView,
            E::TooManyViews,
            E::BadNote,
            E::BadReply,
            E::BadShare,
            E::NotSealed,
            E::NotResealed,
            E::InvalidKey,
            E::KeyExists,
            E::NoReturnCode,
            E::NotConsented,
            E::SamePerson,
            E::NotApproved,
            E::Named,
            E::NamesFacility,
            E::BadLabel,
            E::PasskeyFailed,
            E::NoPasskey,
            E::NoPasskeys,
            E::Duplicate,
            E::BadQuote,
            E::RecipientsChanged,
            E::LoginFailed,
            E::Busy,
        ];
        for locale in Locale::CONSOLE {
            for error in &all {
                let (_, _, id) = error.parts();
                // A missing id is shown as itself.
                assert_ne!(Lang::plain(locale).t(id), id, "{id} in {locale:?}");
                assert_eq!(
                    Lang::plain(locale).source_of(id),
                    locale,
                    "{id} in {locale:?}"
                );
            }
        }
    }
}
