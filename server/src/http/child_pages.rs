//! What the child's pages read besides the intake itself:
//!
//! - `GET /api/facilities`, `GET /api/facilities/{code}/picture`: the places a child may name;
//! - the middleware that puts the page's lists (places, help contacts, facts about this
//!   instance) into the request for `child_ui::child::page_data` to render;
//! - `GET /exit`: Quick Exit. It ends the child's session, tells the browser to clear what this
//!   site stored (`Clear-Site-Data`), and lands on a neutral page (or the configured address);
//!   from a kiosk, back on the kiosk's start page (the kiosk's wipe).

use super::errors::{IntakeError, Refusal};
use super::lang::LangSource;
use super::AppState;
use anyhow::Context;
use app::api::{FacilityChoice, HelpContact};
use app::domain::SubmissionId;
use app::i18n::Lang;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Json};
use child_ui::child::page_data::{FacilityChoices, FormTicket, HelpContacts, SiteFacts};
use http::{header, HeaderValue, StatusCode};
use serde::Deserialize;
use tower_sessions::Session;

pub async fn facilities(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Result<Json<Vec<FacilityChoice>>, Refusal> {
    let choices = facility_choices(&state, lang)
        .await
        .map_err(Refusal::api(lang))?;
    Ok(Json(choices))
}

/// The facilities a child may name, by name in `lang`.
async fn facility_choices(
    state: &AppState,
    lang: Lang,
) -> Result<Vec<FacilityChoice>, IntakeError> {
    let rows = state
        .store
        .facilities(lang)
        .await
        .context("reading facilities")?;
    Ok(rows
        .into_iter()
        .map(|f| FacilityChoice {
            code: f.code,
            name: f.name,
            lang: f.name_lang,
            picture: f.has_picture,
        })
        .collect())
}

/// `GET /api/facilities/{code}/picture`: a facility's picture (PNG, JPEG or WebP, checked when
/// it was added), or 404.
pub async fn facility_picture(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(code): Path<String>,
) -> Response {
    match state.store.facility_picture(&code).await {
        Ok(Some((bytes, content_type))) => {
            ([(header::CONTENT_TYPE, content_type)], bytes).into_response()
        }
        Ok(None) => super::not_found(lang, "/"),
        Err(e) => {
            tracing::error!(error = %e, "reading a facility picture failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Middleware for the child's pages: the lists of `child_ui::child::page_data`, in the page's
/// language. If they cannot be read the page still works: it offers only "I'd rather not say"
/// and "somewhere else", and the help screen says to call the local emergency number.
pub async fn with_page_data(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    let mut lang = req.extensions().get::<Lang>().copied().unwrap_or_default();
    match super::child_kiosk::kiosk_mode(&state, req.uri().path()).await {
        Ok(Some((kiosk, default_lang))) => {
            req.extensions_mut().insert(kiosk);
            // A kiosk's default replaces only the browser's guess, never a child's choice; the
            // session keeps it for the pages and answers after this one (the wipe ends it).
            if let Some(locale) = default_lang {
                super::lang::remember_kiosk_default(&session, locale).await;
                let guessed = req.extensions().get::<LangSource>() == Some(&LangSource::Header);
                if guessed {
                    lang = state.fallbacks.lang(locale);
                    req.extensions_mut().insert(lang);
                }
            }
        }
        Ok(None) => {}
        Err(()) => return super::not_found(lang, "/"),
    }
    match facility_choices(&state, lang).await {
        Ok(list) => {
            req.extensions_mut().insert(FacilityChoices(list));
        }
        Err(e) => tracing::error!(error = %e, "reading facilities for a child page failed"),
    }
    match state.store.help_contacts(lang).await {
        Ok(rows) => {
            let contacts = rows
                .into_iter()
                .map(|c| HelpContact {
                    label: c.label,
                    lang: c.label_lang,
                    phone: c.phone,
                })
                .collect();
            req.extensions_mut().insert(HelpContacts(contacts));
        }
        Err(e) => tracing::error!(error = %e, "reading help contacts for a child page failed"),
    }
    // The start page (a phone's or a kiosk's) names the consultations and what came of them.
    let path = req.uri().path();
    let start = path == "/"
        || path
            .strip_prefix(super::child_kiosk::KIOSK_PREFIX)
            .is_some_and(|rest| !rest.contains('/'));
    if start {
        let kiosk = req
            .extensions()
            .get::<child_ui::child::kiosk::KioskMode>()
            .cloned();
        match super::child_consult_news::consult_news(&state, lang, kiosk.as_ref()).await {
            Ok(news) => {
                req.extensions_mut().insert(news);
            }
            Err(e) => tracing::error!(
                error = format!("{e:#}"),
                "reading consultations for the start page failed"
            ),
        }
    }
    req.extensions_mut().insert(SiteFacts {
        answer_days: state.ack_deadline_days,
        code_salt: state.code_salt.clone(),
    });
    let form_id = SubmissionId::generate();
    req.extensions_mut().insert(FormTicket {
        token: state
            .form_key
            .issue(&form_id, super::child_form_token::now()),
        submission_id: form_id.as_str().to_owned(),
    });
    next.run(req).await
}

/// The neutral page Quick Exit lands on when no other address is configured: empty, with a title
/// that says nothing about Heard, and nothing to go back to.
const NEUTRAL_PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title></title>\
</head><body></body></html>";

#[derive(Deserialize, Default)]
pub struct ExitQuery {
    kiosk: Option<String>,
}

/// `GET /exit`: Quick Exit. Works without JavaScript (it is the button's link); with JavaScript
/// the page has already blanked itself and replaced its history entry with this address. From a
/// kiosk (`?kiosk=<token>`) it is the kiosk's wipe and leads back to the kiosk's start page.
pub async fn quick_exit(
    State(state): State<AppState>,
    session: Session,
    query: Result<Query<ExitQuery>, QueryRejection>,
) -> Response {
    // The session held only abuse counters, but the cookie itself says "this device used Heard".
    if let Err(e) = session.flush().await {
        tracing::error!(error = %e, "ending a child session on quick exit failed");
    }
    let raw = query.ok().and_then(|Query(q)| q.kiosk).unwrap_or_default();
    let kiosk = super::child_kiosk::active_kiosk(&state, &raw).await;
    // A kiosk's wipe keeps site storage: it holds nothing but the kiosk's outbox of sealed sends
    // (`child_kiosk_outbox`), which must survive it; the page itself empties the web storage
    // before it comes here. Everywhere else, everything goes.
    let clear = if kiosk.is_some() {
        "\"cache\", \"cookies\""
    } else {
        "\"cache\", \"cookies\", \"storage\""
    };
    let mut response = match (kiosk, &state.quick_exit_url) {
        (Some(token), _) => Redirect::to(&format!(
            "{}{}",
            super::child_kiosk::KIOSK_PREFIX,
            token.reveal()
        ))
        .into_response(),
        (None, Some(url)) => Redirect::to(url).into_response(),
        (None, None) => Html(NEUTRAL_PAGE).into_response(),
    };
    response
        .headers_mut()
        .insert("clear-site-data", HeaderValue::from_static(clear));
    response
}
