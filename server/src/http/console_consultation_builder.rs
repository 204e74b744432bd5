//! The leads' builder: `GET|POST /console/consultations/new` (a consultation from its
//! definition) and `GET|POST /console/consultations/{id}/manage` (what was decided; close early
//! and delete, each with a fresh second factor). Everything goes through `consultation_admin`,
//! as the CLI does; a refusal says why in the lead's language and changes nothing.

use super::console_consultation_refusals::{refusal, said};
use super::console_error::ConsoleError;
use super::console_guard::{ConsultationLeads, Page};
use super::console_session::{checked_form, page_csrf, WithCsrf};
use super::console_step_up::step_up;
use super::AppState;
use crate::audit::Actor;
use crate::consultation_admin as admin;
use app::i18n::Lang;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use console_ui::console::consultation_builder_page::{
    manage_document, new_consultation_document, BuilderForm, ManageForm,
};
use http::StatusCode;
use leptos::nonce::Nonce;
use serde::Deserialize;
use tower_sessions::Session;
use zeroize::Zeroize;

/// What a new lead starts from: the example, with its format in its comments.
const EXAMPLE: &str = include_str!("../../../docs/examples/consultation.toml");

pub async fn new_form(
    _: Page<ConsultationLeads>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
) -> Response {
    let form = BuilderForm {
        csrf: page_csrf(&session).await,
        nonce: nonce.to_string(),
        text: EXAMPLE.to_owned(),
        error: None,
    };
    Html(new_consultation_document(lang, form)).into_response()
}

#[derive(Deserialize)]
pub struct DefinitionForm {
    csrf: String,
    definition: String,
}

impl WithCsrf for DefinitionForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn add(
    Page(staff): Page<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    form: Result<Form<DefinitionForm>, FormRejection>,
) -> Response {
    let form = match checked_form(&session, lang, form).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    let added = admin::add(
        &state.store,
        &form.definition,
        Actor::Account(staff.account),
    )
    .await;
    let (status, error) = match added {
        Ok(_) => return Redirect::to(app::api::console::CONSULTATIONS_PAGE).into_response(),
        Err(e) => match refusal(lang, e) {
            Ok(told) => told,
            Err(e) => return e.page(lang),
        },
    };
    let page = BuilderForm {
        csrf: page_csrf(&session).await,
        nonce: nonce.to_string(),
        text: form.definition,
        error: Some(error),
    };
    (status, Html(new_consultation_document(lang, page))).into_response()
}

async fn manage_page(
    state: &AppState,
    session: &Session,
    lang: Lang,
    nonce: &Nonce,
    id: &str,
    actions: String,
    notice: Option<(String, bool)>,
) -> Result<String, ConsoleError> {
    let c = super::console_consultations::named(state, id).await?;
    let title = super::console_consultations::title(state, &c, lang).await?;
    let form = ManageForm {
        csrf: page_csrf(session).await,
        nonce: nonce.to_string(),
        open: !c.is_closed(&crate::store::Day::today()),
        id: c.public_id,
        title,
        actions,
        notice,
    };
    Ok(manage_document(lang, form))
}

pub async fn manage(
    _: Page<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    match manage_page(&state, &session, lang, &nonce, &id, String::new(), None).await {
        Ok(page) => Html(page).into_response(),
        Err(e) => e.page(lang),
    }
}

#[derive(Deserialize)]
pub struct ManageChange {
    csrf: String,
    action: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    actions: String,
}

impl Drop for ManageChange {
    fn drop(&mut self) {
        self.code.zeroize();
    }
}

impl WithCsrf for ManageChange {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn change(
    Page(staff): Page<ConsultationLeads>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    Path(id): Path<String>,
    form: Result<Form<ManageChange>, FormRejection>,
) -> Response {
    let form = match checked_form(&session, lang, form).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    let actor = Actor::Account(staff.account);
    let store = &state.store;
    let needs_step_up = matches!(form.action.as_str(), "close" | "delete");
    if needs_step_up {
        match step_up(&state, &session, &form.code).await {
            Ok(true) => {}
            Ok(false) => {
                return told(
                    &state,
                    &session,
                    lang,
                    &nonce,
                    &id,
                    &form,
                    lang.t("step-up-bad-code"),
                    StatusCode::FORBIDDEN,
                )
                .await
            }
            Err(e) => return ConsoleError::unexpected("checking a step-up code", e).page(lang),
        }
    }
    let done = match form.action.as_str() {
        "actions" => admin::set_actions(store, &id, &form.actions, actor)
            .await
            .map(|n| said(lang, "manage-actions-set", &[("count", n.into())])),
        "close" => admin::close(store, &id, actor)
            .await
            .map(|()| lang.t("manage-closed")),
        "delete" => match admin::delete(store, &id, actor).await {
            Ok(()) => return Redirect::to(app::api::console::CONSULTATIONS_PAGE).into_response(),
            Err(e) => Err(e),
        },
        _ => return ConsoleError::BadForm.page(lang),
    };
    let (status, notice, refused) = match done {
        Ok(notice) => (StatusCode::OK, notice, false),
        Err(e) => match refusal(lang, e) {
            Ok((status, notice)) => (status, notice, true),
            Err(e) => return e.page(lang),
        },
    };
    let kept = if refused {
        form.actions.clone()
    } else {
        String::new()
    };
    match manage_page(
        &state,
        &session,
        lang,
        &nonce,
        &id,
        kept,
        Some((notice, refused)),
    )
    .await
    {
        Ok(page) => (status, Html(page)).into_response(),
        Err(e) => e.page(lang),
    }
}

/// The manage page again with a refusal that is not the change's own (a wrong step-up code).
#[allow(clippy::too_many_arguments)]
async fn told(
    state: &AppState,
    session: &Session,
    lang: Lang,
    nonce: &Nonce,
    id: &str,
    form: &ManageChange,
    notice: String,
    status: StatusCode,
) -> Response {
    let actions = form.actions.clone();
    match manage_page(
        state,
        session,
        lang,
        nonce,
        id,
        actions,
        Some((notice, true)),
    )
    .await
    {
        Ok(page) => (status, Html(page)).into_response(),
        Err(e) => e.page(lang),
    }
}
