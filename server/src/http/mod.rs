//! The two listeners' routers. The child site and the console share no route: each has its own
//! router, its own session cookie, its own CSP and its own fallback (a translated 404).

mod child_consult;
mod child_consult_answer;
mod child_consult_follow;
mod child_consult_frame;
mod child_consult_news;
mod child_consult_pages;
mod child_consult_written;
mod child_floodgate;
mod child_form_token;
mod child_intake;
mod child_kiosk;
mod child_kiosk_kept;
mod child_kiosk_outbox;
mod child_limits;
mod child_nojs;
mod child_pages;
mod child_readers;
mod child_return;
mod child_story;
mod child_story_return;
mod child_upload;
mod compressed_pages;
mod console_access;
mod console_accounts;
mod console_affiliations;
mod console_cases;
mod console_consultation_builder;
mod console_consultation_refusals;
mod console_consultation_written;
mod console_consultations;
mod console_enrol;
mod console_error;
pub mod console_guard;
mod console_inbox;
mod console_keys;
mod console_languages;
mod console_messages;
mod console_passkey_assert;
mod console_passkeys;
pub mod console_policy;
mod console_session;
mod console_shield;
mod console_step_up;
mod console_stories;
mod console_story_list;
mod console_story_publish;
mod console_views;
mod errors;
mod lang;
mod operator;
mod request_log;
mod same_origin;
pub mod security;
mod session_stores;
mod sessions;
mod state;
mod static_files;
mod story_pages;

use app::api::coming_back::{
    RETURN_ADD_PATH, RETURN_FOLLOW_PATH, RETURN_PATH, RETURN_WITHDRAW_PATH,
};
use app::api::console::{
    CASES_PATH, CONSULTATIONS_PAGE, KEY_PATH, PASSKEYS_PAGE, PASSKEY_CONFIRM_ANSWER_PATH,
    PASSKEY_CONFIRM_PATH, PASSKEY_LOGIN_ANSWER_PATH, PASSKEY_LOGIN_PATH,
    PASSKEY_REGISTER_ANSWER_PATH, PASSKEY_REGISTER_PATH, PASSKEY_REMOVE_PATH, PASSKEY_SCRIPT_PATH,
};
use app::api::stories::{
    EDITOR_API, EDITOR_PAGE, PUBLIC_STORIES_PAGE, STORIES_PATH, STORY_CONSENT_PATH,
    STORY_VERSION_PATH,
};
use app::api::views::{MAX_VIEW_BYTES, VIEWS_PATH};
use app::api::{
    CONSOLE_ROOT, CONSULT_READ_ALOUD_PATH, CONSULT_SEAL_PATH, FACILITIES_PATH, KIOSK_OUTBOX_SCRIPT,
    NOJS_SEND_PATH, QUICK_EXIT_PATH, RECIPIENTS_PATH, SUBMISSIONS_PATH,
};
use app::case_notes::MAX_NOTE_BYTES;
use app::i18n::Lang;
use app::sealing::{MAX_SEALED_BYTES, MAX_TEXT_SEALED_BYTES};
use app::site_files::SiteFiles;
use axum::extract::DefaultBodyLimit;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{middleware, Extension, Router};
use child_kiosk::KIOSK_PREFIX;
use child_ui::child::{child_shell, ChildApp};
use console_ui::console::{console_shell, ConsoleApp};
use http::StatusCode;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use security::Site;
use std::path::PathBuf;
use tower_sessions::{SessionManagerLayer, SessionStore};

pub use child_floodgate::{FloodLimits, Floodgate};
pub use child_form_token::FormKey;
pub use child_kiosk_outbox::DELIVERIES_PER_HOUR;
pub use operator::operator_router;
pub use session_stores::{AnySessionStore, SessionStores};
pub use sessions::{SessionConfig, CHILD_SESSIONS_MAX};
pub use state::AppState;

/// The no-JavaScript form carries at most 10,000 characters, URL-encoded (up to 12 bytes each).
const MAX_FORM_BYTES: usize = 128 * 1024;

/// Hands what the HTTP layer decided (nonce, language) to the Leptos render.
fn leptos_context() {
    if let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() {
        if let Some(nonce) = parts.extensions.get::<leptos::nonce::Nonce>() {
            provide_context(nonce.clone());
        }
        if let Some(lang) = parts.extensions.get::<Lang>() {
            provide_context(*lang);
        }
    }
}

pub fn child_router(state: AppState, sessions: &SessionConfig) -> Router {
    let options = state.leptos.clone();
    let site_root = PathBuf::from(options.site_root.as_ref());
    // The built site's hashed folders: only the current build's files are served.
    let files = SiteFiles::current();
    let routes = generate_route_list(ChildApp);
    let api = Router::new()
        .route(RECIPIENTS_PATH, get(child_intake::recipients))
        .route(FACILITIES_PATH, get(child_pages::facilities))
        .route(
            &format!("{FACILITIES_PATH}/{{code}}/picture"),
            get(child_pages::facility_picture),
        )
        .route(QUICK_EXIT_PATH, get(child_pages::quick_exit))
        .route(
            &format!("{KIOSK_PREFIX}{{token}}/{KIOSK_OUTBOX_SCRIPT}"),
            get(child_kiosk_outbox::script),
        )
        .route(RETURN_PATH, post(child_return::view))
        .route(
            RETURN_ADD_PATH,
            post(child_return::add).layer(DefaultBodyLimit::max(2 * MAX_NOTE_BYTES)),
        )
        .route(RETURN_WITHDRAW_PATH, post(child_return::withdraw))
        .route(RETURN_FOLLOW_PATH, post(child_consult_follow::follow))
        .route(
            &format!("{SUBMISSIONS_PATH}/{{id}}"),
            put(child_intake::put_sealed).layer(DefaultBodyLimit::max(MAX_SEALED_BYTES)),
        )
        .route(
            &format!("{STORIES_PATH}/{{id}}"),
            put(child_story::put_story).layer(DefaultBodyLimit::max(MAX_SEALED_BYTES)),
        )
        .route(STORY_CONSENT_PATH, post(child_story_return::change_consent))
        .route(STORY_VERSION_PATH, post(child_story_return::answer_version))
        .route(PUBLIC_STORIES_PAGE, get(story_pages::public_page))
        .route("/consult", get(child_consult::list))
        .route(
            CONSULT_READ_ALOUD_PATH,
            get(child_consult_frame::read_aloud_script),
        )
        .route("/consult/{id}", get(child_consult::start))
        .route(
            "/consult/{id}/start",
            post(child_consult::begin).layer(DefaultBodyLimit::max(MAX_FORM_BYTES)),
        )
        .route(
            "/consult/{id}/q/{n}",
            get(child_consult::question)
                .post(child_consult_answer::answer)
                .layer(DefaultBodyLimit::max(MAX_FORM_BYTES)),
        )
        .route(
            "/consult/{id}/q/{n}/sealed/{sid}",
            put(child_consult_written::put_sealed)
                .layer(DefaultBodyLimit::max(MAX_TEXT_SEALED_BYTES)),
        )
        .route(CONSULT_SEAL_PATH, get(child_consult_frame::seal_script))
        .route("/consult/{id}/thanks", get(child_consult::thanks))
        .route("/consult/{id}/results", get(child_consult::public_results))
        .route(
            NOJS_SEND_PATH,
            post(child_nojs::post_form).layer(DefaultBodyLimit::max(MAX_FORM_BYTES)),
        );
    let app = Router::new()
        .leptos_routes_with_context(&state, routes, leptos_context, move || {
            child_shell(options.clone())
        })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            child_pages::with_page_data,
        ))
        .merge(api)
        .nest_service(
            &format!("/{}", files.child_pkg_dir()),
            static_files::files(site_root.join(files.child_pkg_dir())),
        )
        .nest_service(
            &format!("/{}", files.assets_dir()),
            static_files::files(site_root.join(files.assets_dir())),
        )
        .fallback(not_found_child)
        .layer(middleware::from_fn(compressed_pages::mark))
        .layer(compressed_pages::layer())
        .with_state(state.clone());
    with_baseline(app, Site::Child, sessions.child_layer(), &state)
}

pub fn console_router(state: AppState, sessions: &SessionConfig) -> Router {
    let options = state.leptos.clone();
    let site_root = PathBuf::from(options.site_root.as_ref());
    // The built site's hashed folders: only the current build's files are served.
    let files = SiteFiles::current();
    let routes = generate_route_list(ConsoleApp);
    let app = Router::new()
        .leptos_routes_with_context(&state, routes, leptos_context, move || {
            console_shell(options.clone())
        })
        .route(
            &format!("{CONSOLE_ROOT}/login"),
            get(console_session::login_form).post(console_session::login),
        )
        .route(
            &format!("{CONSOLE_ROOT}/logout"),
            post(console_session::logout),
        )
        .merge(passkey_routes())
        .route(
            &format!("{CONSOLE_ROOT}/audit"),
            get(console_access::audit_log),
        )
        .route(
            &format!("{CONSOLE_ROOT}/audit/facilities"),
            get(console_access::facility_proof),
        )
        .route(&format!("{CONSOLE_ROOT}/inbox"), get(console_inbox::inbox))
        .route(EDITOR_PAGE, get(story_pages::editor_page))
        .route(EDITOR_API, get(console_story_list::list))
        .route(
            &format!("{EDITOR_API}/{{id}}"),
            get(console_story_list::detail),
        )
        .route(
            &format!("{EDITOR_API}/{{id}}/versions"),
            post(console_stories::add_version).layer(DefaultBodyLimit::max(2 * MAX_NOTE_BYTES)),
        )
        .route(
            &format!("{EDITOR_API}/{{id}}/versions/{{version}}/publish"),
            post(console_story_publish::publish).layer(DefaultBodyLimit::max(2 * MAX_NOTE_BYTES)),
        )
        .route(
            &format!("{EDITOR_API}/{{id}}/co-consent"),
            post(console_stories::co_consent),
        )
        .route(CONSULTATIONS_PAGE, get(console_consultations::list))
        .route(
            &format!("{CONSULTATIONS_PAGE}/{{id}}"),
            get(console_consultations::show),
        )
        .route(
            &format!("{CONSULTATIONS_PAGE}/{{id}}/export.csv"),
            get(console_consultations::export_csv),
        )
        .route(
            &format!("{CONSULTATIONS_PAGE}/{{id}}/export.json"),
            get(console_consultations::export_json),
        )
        .merge(written_routes())
        .route(
            &format!("{CONSULTATIONS_PAGE}/new"),
            get(console_consultation_builder::new_form)
                .post(console_consultation_builder::add)
                .layer(DefaultBodyLimit::max(BUILDER_BODY_LIMIT)),
        )
        .route(
            &format!("{CONSULTATIONS_PAGE}/{{id}}/manage"),
            get(console_consultation_builder::manage)
                .post(console_consultation_builder::change)
                .layer(DefaultBodyLimit::max(BUILDER_BODY_LIMIT)),
        )
        .route(
            &format!("{CONSOLE_ROOT}/accounts"),
            get(console_accounts::show).post(console_accounts::change),
        )
        .route(
            &format!("{CONSOLE_ROOT}/languages"),
            get(console_languages::show).post(console_languages::set_fallback),
        )
        .route(
            &format!("{CONSOLE_ROOT}/affiliations"),
            get(console_affiliations::show).post(console_affiliations::declare),
        )
        .route(
            KEY_PATH,
            get(console_keys::own_key).put(console_keys::register_key),
        )
        .route(CASES_PATH, get(console_cases::list))
        .route(
            VIEWS_PATH,
            get(console_views::list)
                .put(console_views::save)
                .delete(console_views::delete)
                .layer(DefaultBodyLimit::max(MAX_VIEW_BYTES)),
        )
        .route(
            &format!("{CASES_PATH}/{{id}}"),
            get(console_cases::detail).post(console_cases::change),
        )
        .route(
            &format!("{CASES_PATH}/{{id}}/recuse"),
            post(console_shield::recuse),
        )
        .route(
            &format!("{CASES_PATH}/{{id}}/share"),
            get(console_shield::share_candidates)
                .post(console_shield::share)
                .layer(DefaultBodyLimit::max(MAX_SEALED_BYTES)),
        )
        .route(
            &format!("{CASES_PATH}/{{id}}/notes"),
            post(console_cases::add_note).layer(DefaultBodyLimit::max(MAX_NOTE_BYTES)),
        )
        .route(
            &format!("{CASES_PATH}/{{id}}/replies"),
            post(console_messages::reply).layer(DefaultBodyLimit::max(MAX_NOTE_BYTES)),
        )
        .route(
            &format!("{CONSOLE_ROOT}/enrol/{{token}}"),
            get(console_enrol::show).post(console_enrol::submit),
        )
        // The console bundle is built into `console-pkg/<hash>` and served as `/console/pkg/<hash>`
        // (never by the child site).
        .nest_service(
            &format!("{CONSOLE_ROOT}/pkg/{}", files.console_hash()),
            static_files::files(site_root.join(files.console_pkg_dir())),
        )
        .nest_service(
            &format!("{CONSOLE_ROOT}/{}", files.assets_dir()),
            static_files::files(site_root.join(files.assets_dir())),
        )
        .fallback(not_found_console)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            console_session::load_viewer,
        ))
        .with_state(state.clone());
    with_baseline(app, Site::Console, sessions.console_layer(), &state)
}

/// A consultation's written answers: its leads' page and API. A re-sealed answer is at most a
/// text submission's size.
fn written_routes() -> Router<AppState> {
    use app::api::consultations::{CASE_RECIPIENTS_PATH, CONSULTATIONS_API};
    Router::new()
        .route(
            &format!("{CONSULTATIONS_PAGE}/{{id}}/written"),
            get(console_consultation_written::page),
        )
        .route(
            &format!("{CONSULTATIONS_API}/{{id}}/written"),
            get(console_consultation_written::list),
        )
        .route(
            &format!("{CONSULTATIONS_API}/{{id}}/written/{{answer}}/quote"),
            post(console_consultation_written::quote),
        )
        .route(
            &format!("{CONSULTATIONS_API}/{{id}}/written/{{answer}}/case"),
            post(console_consultation_written::make_case),
        )
        .route(
            CASE_RECIPIENTS_PATH,
            get(console_consultation_written::case_recipients),
        )
        .layer(DefaultBodyLimit::max(MAX_TEXT_SEALED_BYTES))
}

/// Passkeys: the account's page, the two-step ceremonies, and their script. The answers are an
/// authenticator's JSON: a few kilobytes.
fn passkey_routes() -> Router<AppState> {
    Router::new()
        .route(
            PASSKEYS_PAGE,
            get(console_passkeys::show).post(console_passkeys::without_script),
        )
        .route(
            PASSKEY_REGISTER_PATH,
            post(console_passkeys::register_start),
        )
        .route(
            PASSKEY_REGISTER_ANSWER_PATH,
            post(console_passkeys::register_answer),
        )
        .route(PASSKEY_REMOVE_PATH, post(console_passkeys::remove))
        .route(
            PASSKEY_CONFIRM_PATH,
            post(console_passkey_assert::confirm_start),
        )
        .route(
            PASSKEY_CONFIRM_ANSWER_PATH,
            post(console_passkey_assert::confirm_answer),
        )
        .route(
            PASSKEY_LOGIN_PATH,
            post(console_passkey_assert::login_start),
        )
        .route(
            PASSKEY_LOGIN_ANSWER_PATH,
            post(console_passkey_assert::login_answer),
        )
        .route(PASSKEY_SCRIPT_PATH, get(console_passkey_assert::script))
        .layer(DefaultBodyLimit::max(PASSKEY_BODY_LIMIT))
}

/// The largest consultation definition a lead may send (20 questions of 8 options, in 26
/// languages of 600 characters, fits with room).
const BUILDER_BODY_LIMIT: usize = 1024 * 1024;

/// The largest passkey request body (an attestation with a certificate chain fits easily).
const PASSKEY_BODY_LIMIT: usize = 64 * 1024;

/// The layers every route of a listener gets (outermost last): CSRF check, language, session,
/// request log, security headers.
fn with_baseline<S: SessionStore + Clone>(
    router: Router,
    site: Site,
    session_layer: SessionManagerLayer<S>,
    state: &AppState,
) -> Router {
    let languages = lang::Languages::new(site, state);
    router
        .layer(middleware::from_fn(same_origin::refuse_cross_site))
        .layer(middleware::from_fn_with_state(
            languages,
            lang::negotiate_lang,
        ))
        .layer(session_layer)
        .layer(middleware::from_fn_with_state(
            site,
            request_log::log_request,
        ))
        .layer(middleware::from_fn_with_state(
            site,
            security::security_headers,
        ))
}

async fn not_found_child(Extension(lang): Extension<Lang>) -> Response {
    not_found(lang, "/")
}

async fn not_found_console(Extension(lang): Extension<Lang>) -> Response {
    not_found(lang, CONSOLE_ROOT)
}

pub(crate) fn not_found(lang: Lang, home: &'static str) -> Response {
    let title = lang.t("page-title-not-found");
    let page = app::error_page::error_document(lang, &title, &lang.t("error-not-found"), home);
    (StatusCode::NOT_FOUND, Html(page)).into_response()
}
