//! The child site's one error enum. Each variant the child can cause has a status, a stable code
//! and a translated message; `Unexpected` carries the cause chain to the log only, never to the
//! client (which hears "nothing was saved, try later").

use app::api::ApiError;
use app::domain::{ChildWordsError, MAX_CHILD_WORDS_CHARS};
use app::i18n::Lang;
use app::sealing::NotSealed;
use app::vocabulary::ApiErrorCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use http::StatusCode;

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("malformed submission id")]
    BadId,
    #[error("empty message")]
    Empty,
    #[error("message too long")]
    TooLong,
    #[error("body is not a recipient-sealed age file")]
    NotSealed,
    #[error("body too large")]
    TooLarge,
    #[error("form incomplete or malformed")]
    BadForm,
    #[error("cross-site state change")]
    CrossSite,
    #[error("no recipients are configured")]
    NoRecipients,
    #[error("sealed to a recipient set that is no longer current")]
    RecipientsChanged,
    #[error("names a place that is not a facility here")]
    UnknownPlace,
    #[error("no valid proof of work for a challenge of this session")]
    ProofNeeded,
    #[error("this session has sent its budget of submissions")]
    TooMany,
    #[error("no case for this return code")]
    CodeNotFound,
    #[error("this session tried too many wrong return codes")]
    CodeTries,
    #[error("the child took this case back")]
    Withdrawn,
    #[error("the child's consent for this purpose does not hold")]
    NotConsented,
    #[error("a story needs the browser's sealing and a return code")]
    StoryNeedsJs,
    #[error("the site's send limit for this window is reached")]
    Busy,
    #[error("the data directory's storage budget is spent")]
    StorageFull,
    #[error("the no-JavaScript form's token is missing, expired or not this form's")]
    FormExpired,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<ChildWordsError> for IntakeError {
    fn from(e: ChildWordsError) -> Self {
        match e {
            ChildWordsError::Empty => IntakeError::Empty,
            ChildWordsError::TooLong => IntakeError::TooLong,
        }
    }
}

impl From<NotSealed> for IntakeError {
    fn from(e: NotSealed) -> Self {
        match e {
            NotSealed::TooLarge => IntakeError::TooLarge,
            NotSealed::NotAge | NotSealed::Passphrase => IntakeError::NotSealed,
        }
    }
}

impl IntakeError {
    fn status(&self) -> StatusCode {
        match self {
            IntakeError::BadId
            | IntakeError::Empty
            | IntakeError::TooLong
            | IntakeError::NotSealed
            | IntakeError::BadForm
            | IntakeError::StoryNeedsJs
            | IntakeError::FormExpired
            | IntakeError::UnknownPlace => StatusCode::BAD_REQUEST,
            IntakeError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            IntakeError::CrossSite | IntakeError::ProofNeeded => StatusCode::FORBIDDEN,
            IntakeError::TooMany | IntakeError::CodeTries => StatusCode::TOO_MANY_REQUESTS,
            IntakeError::CodeNotFound => StatusCode::NOT_FOUND,
            IntakeError::Withdrawn => StatusCode::GONE,
            IntakeError::RecipientsChanged | IntakeError::NotConsented => StatusCode::CONFLICT,
            IntakeError::NoRecipients
            | IntakeError::Busy
            | IntakeError::StorageFull
            | IntakeError::Unexpected(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn code(&self) -> ApiErrorCode {
        match self {
            IntakeError::BadId => ApiErrorCode::BadId,
            IntakeError::Empty => ApiErrorCode::Empty,
            IntakeError::TooLong => ApiErrorCode::TooLong,
            IntakeError::NotSealed => ApiErrorCode::NotSealed,
            IntakeError::TooLarge => ApiErrorCode::TooLarge,
            IntakeError::BadForm => ApiErrorCode::BadForm,
            IntakeError::CrossSite => ApiErrorCode::CrossSite,
            IntakeError::RecipientsChanged => ApiErrorCode::RecipientsChanged,
            IntakeError::UnknownPlace => ApiErrorCode::UnknownPlace,
            IntakeError::ProofNeeded => ApiErrorCode::ProofNeeded,
            IntakeError::TooMany => ApiErrorCode::TooMany,
            IntakeError::CodeNotFound => ApiErrorCode::CodeNotFound,
            IntakeError::CodeTries => ApiErrorCode::CodeTries,
            IntakeError::Withdrawn => ApiErrorCode::Withdrawn,
            IntakeError::NotConsented => ApiErrorCode::NotConsented,
            IntakeError::StoryNeedsJs => ApiErrorCode::StoryNeedsJs,
            IntakeError::Busy => ApiErrorCode::Busy,
            IntakeError::FormExpired => ApiErrorCode::FormExpired,
            IntakeError::StorageFull | IntakeError::NoRecipients | IntakeError::Unexpected(_) => {
                ApiErrorCode::Unavailable
            }
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            IntakeError::BadId => lang.t("error-bad-id"),
            IntakeError::Empty => lang.t("error-empty"),
            IntakeError::TooLong => {
                lang.t_args("error-too-long", &[("max", MAX_CHILD_WORDS_CHARS.into())])
            }
            IntakeError::NotSealed => lang.t("error-not-sealed"),
            IntakeError::TooLarge => lang.t("error-too-large"),
            IntakeError::BadForm => lang.t("error-bad-form"),
            IntakeError::CrossSite => lang.t("error-cross-site"),
            IntakeError::RecipientsChanged => lang.t("error-recipients-changed"),
            IntakeError::UnknownPlace => lang.t("error-unknown-place"),
            IntakeError::ProofNeeded => lang.t("error-proof-needed"),
            IntakeError::TooMany => lang.t("error-too-many"),
            IntakeError::CodeNotFound => lang.t("back-not-found"),
            IntakeError::CodeTries => lang.t("back-too-many"),
            IntakeError::Withdrawn => lang.t("back-withdrawn"),
            IntakeError::NotConsented => lang.t("story-error-not-consented"),
            IntakeError::StoryNeedsJs => lang.t("story-error-needs-js"),
            IntakeError::Busy => lang.t("error-busy"),
            IntakeError::FormExpired => lang.t("error-form-expired"),
            IntakeError::StorageFull | IntakeError::NoRecipients | IntakeError::Unexpected(_) => {
                lang.t("error-unavailable")
            }
        }
    }
}

/// An error on its way to the child: JSON for the API, an HTML page for the form.
pub struct Refusal {
    lang: Lang,
    error: IntakeError,
    json: bool,
}

impl Refusal {
    pub fn new(lang: Lang, error: IntakeError, json: bool) -> Self {
        Self { lang, error, json }
    }

    pub fn api(lang: Lang) -> impl Fn(IntakeError) -> Self {
        move |error| Self::new(lang, error, true)
    }

    pub fn page(lang: Lang) -> impl Fn(IntakeError) -> Self {
        move |error| Self::new(lang, error, false)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match &self.error {
            IntakeError::Unexpected(cause) => {
                tracing::error!(
                    error = format!("{cause:#}"),
                    "unexpected failure; nothing stored"
                )
            }
            IntakeError::NoRecipients => tracing::error!("no recipients configured"),
            IntakeError::StorageFull => tracing::error!("storage budget spent; nothing stored"),
            other => tracing::info!(error = other.code().as_str(), "refused"),
        }
        let status = self.error.status();
        let message = self.error.message(self.lang);
        let mut response = if self.json {
            let body = ApiError {
                error: self.error.code(),
                message,
            };
            (status, Json(body)).into_response()
        } else {
            let title = self.lang.t("page-title-error");
            let page = app::error_page::error_document(self.lang, &title, &message, "/");
            (status, Html(page)).into_response()
        };
        if matches!(self.error, IntakeError::Busy) {
            // The window has room again within minutes.
            response.headers_mut().insert(
                http::header::RETRY_AFTER,
                http::HeaderValue::from_static("300"),
            );
        }
        response
    }
}
