//! `GET|POST /console/affiliations`: reviewers and safeguarding leads declare their affiliations.
//! A declaration excludes them at once from new cases naming the facility and hides existing
//! ones; it is audited; an admin confirms it (`heard affiliations add`).

use super::console_error::ConsoleError;
use super::console_guard::{KeyHolders, Page};
use super::console_session::{checked_form, page_csrf, WithCsrf};
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::AffiliationTarget;
use app::i18n::Lang;
use axum::extract::rejection::FormRejection;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::{Extension, Form};
use console_ui::console::affiliations_page::{affiliations_document, AffiliationsForm};
use http::StatusCode;
use serde::Deserialize;
use tower_sessions::Session;

async fn page(
    state: &AppState,
    session: &Session,
    lang: Lang,
    account: i64,
    notice: Option<String>,
) -> Response {
    let read = async {
        let handle = state.store.handle_of(account).await?;
        let facilities = state.store.facilities(lang).await?;
        let declared = state.store.affiliations().await?;
        Ok::<_, sqlx::Error>((handle, facilities, declared))
    };
    let (handle, facilities, declared) = match read.await {
        Ok(parts) => parts,
        Err(e) => return ConsoleError::unexpected("reading affiliations", e).page(lang),
    };
    let mut operators: Vec<String> = facilities
        .iter()
        .filter_map(|f| f.operator.clone())
        .collect();
    operators.sort();
    operators.dedup();
    let mut choices: Vec<(String, String)> = facilities
        .into_iter()
        .map(|f| (format!("facility:{}", f.code), f.name))
        .collect();
    choices.extend(operators.into_iter().map(|o| {
        let label = lang.t_args("affiliation-operator", &[("operator", o.clone().into())]);
        (format!("operator:{o}"), label)
    }));
    let declared = declared
        .into_iter()
        .filter(|a| Some(&a.handle) == handle.as_ref())
        .map(|a| {
            let what = a.facility.or(a.operator).unwrap_or_default();
            (what, a.declared_on, a.confirmed_on)
        })
        .collect();
    let csrf = page_csrf(session).await;
    let form = AffiliationsForm {
        csrf,
        choices,
        declared,
        notice,
    };
    Html(affiliations_document(lang, form)).into_response()
}

pub async fn show(
    Page(staff): Page<KeyHolders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
) -> Response {
    page(&state, &session, lang, staff.account, None).await
}

impl WithCsrf for Declaration {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

#[derive(Deserialize)]
pub struct Declaration {
    csrf: String,
    target: String,
}

pub async fn declare(
    Page(staff): Page<KeyHolders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    form: Result<Form<Declaration>, FormRejection>,
) -> Response {
    let account = staff.account;
    // A post without the session's token (or without a form at all) changes nothing.
    let form = match checked_form(&session, lang, form).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    // Only a facility or an operator that exists here.
    let facilities = state.store.facilities(lang).await.unwrap_or_default();
    let target = match form.target.split_once(':') {
        Some(("facility", code)) => facilities
            .iter()
            .find(|f| f.code == code)
            .map(|f| AffiliationTarget::Facility(f.id)),
        Some(("operator", name)) => facilities
            .iter()
            .any(|f| f.operator.as_deref() == Some(name))
            .then(|| AffiliationTarget::Operator(name.to_owned())),
        _ => None,
    };
    let Some(target) = target else {
        let notice = Some(lang.t("affiliation-invalid"));
        let refused = page(&state, &session, lang, account, notice).await;
        return (StatusCode::BAD_REQUEST, refused).into_response();
    };
    let done = async {
        let subject = format!("account:{account} {}", form.target);
        state
            .store
            .audit(
                Actor::Account(account),
                AuditAction::AffiliationDeclare,
                &subject,
            )
            .await?;
        state.store.affiliate(account, &target, false).await
    };
    match done.await {
        Ok(_) => {
            page(
                &state,
                &session,
                lang,
                account,
                Some(lang.t("affiliation-declared")),
            )
            .await
        }
        Err(e) => ConsoleError::unexpected("declaring an affiliation", e).page(lang),
    }
}
