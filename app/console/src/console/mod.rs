//! The reviewer console: a separate Leptos app on its own listener. Its pages are rendered on the
//! server; the inbox page starts the console bundle (`workbench`), which holds the reviewer's
//! unlocked key and decrypts in the browser. None of it reaches the child's bundle.

#[cfg(feature = "ssr")]
pub mod accounts_page;
#[cfg(feature = "ssr")]
pub mod affiliations_page;
#[cfg(feature = "ssr")]
pub mod audit_page;
#[cfg(feature = "ssr")]
pub mod consultation_builder_page;
#[cfg(feature = "ssr")]
pub mod consultations_page;
#[cfg(feature = "ssr")]
pub mod enrol_page;
#[cfg(feature = "ssr")]
pub mod inbox_page;
#[cfg(feature = "ssr")]
pub mod languages_page;
#[cfg(feature = "ssr")]
pub mod login_page;
#[cfg(feature = "ssr")]
pub mod passkeys_page;
pub mod saved_view;
#[cfg(feature = "ssr")]
pub mod stories_page;
pub mod team_counts;
pub mod triage;
#[cfg(feature = "hydrate")]
mod workbench;

use crate::i18n::sources::Site;
use crate::i18n::{Lang, Locale};
use crate::page::{current_lang, head_meta, translations_block, LangSwitch};
use crate::vocabulary::Role;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The HTML document around the console app's Leptos routes (rendered only: the console bundle is
/// started by the inbox page, not hydrated).
pub fn console_shell(_options: LeptosOptions) -> impl IntoView {
    let lang = current_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir() data-fallback=lang.fallback.code()>
            <head>
                {head_meta()}
                <link rel="stylesheet" href=app::site_files::SiteFiles::current().console_stylesheet()/>
                {translations_block(lang, Site::Console)}
                <MetaTags/>
            </head>
            <body>
                <ConsoleApp/>
            </body>
        </html>
    }
}

/// The `<option>`s of a select over stable names (statuses, queues, …), each shown translated as
/// `{prefix}-{name}`; `current` is selected. Both the server-rendered inbox and the workbench use it.
#[cfg_attr(not(any(feature = "ssr", feature = "hydrate")), allow(dead_code))]
pub(crate) fn name_options(
    lang: Lang,
    prefix: &'static str,
    values: &'static [&'static str],
    current: Option<&str>,
) -> impl IntoView {
    values
        .iter()
        .map(|v| {
            let selected = current == Some(*v);
            view! { <option value=*v selected=selected>{lang.t(&format!("{prefix}-{v}"))}</option> }
        })
        .collect_view()
}

#[component]
pub fn ConsoleApp() -> impl IntoView {
    provide_meta_context();
    let lang = current_lang();
    view! {
        <Router>
            <header class="site-header console">
                <span class="brand">{lang.t("console-title")}</span>
                <LangSwitch lang offered=&Locale::CONSOLE/>
            </header>
            <Routes fallback=move || view! { <ConsoleNotFound lang/> }>
                <Route path=path!("/console") view=move || view! { <ConsoleHome lang/> }/>
            </Routes>
        </Router>
    }
}

/// Who is signed in to the console, put into the request by the server's session layer.
#[derive(Clone, Debug)]
pub struct Viewer {
    pub handle: String,
    pub role: Role,
    /// The session's CSRF token, for forms that change state.
    pub csrf: String,
}

fn current_viewer() -> Option<Viewer> {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Viewer>().cloned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

#[component]
fn ConsoleHome(lang: Lang) -> impl IntoView {
    let status = match current_viewer() {
        Some(viewer) => {
            let role = lang.t(&format!("role-{}", viewer.role));
            let line = lang.t_args(
                "console-signed-in-as",
                &[("handle", viewer.handle.into()), ("role", role.into())],
            );
            let links: &[(&str, &str)] = match viewer.role {
                Role::Reviewer | Role::SafeguardingLead => &[
                    ("/console/inbox", "console-nav-inbox"),
                    ("/console/affiliations", "console-nav-affiliations"),
                ],
                Role::Auditor => &[
                    ("/console/audit", "console-nav-audit"),
                    ("/console/audit/facilities", "console-nav-proof"),
                ],
                Role::Admin => &[
                    ("/console/accounts", "console-nav-accounts"),
                    ("/console/languages", "console-nav-languages"),
                ],
                Role::StoryEditor => &[
                    ("/console/stories", "console-nav-stories"),
                    ("/console/affiliations", "console-nav-affiliations"),
                ],
                Role::ConsultationLead => &[(
                    crate::api::console::CONSULTATIONS_PAGE,
                    "console-nav-consultations",
                )],
            };
            // Every account manages its own passkeys.
            let own = [(crate::api::console::PASSKEYS_PAGE, "console-nav-passkeys")];
            let link = links
                .iter()
                .chain(own.iter())
                .map(|(href, id)| view! { <p><a href=*href>{lang.t(id)}</a></p> })
                .collect_view();
            view! {
                <p class="signed-in">{line}</p>
                {link}
                <form method="post" action="/console/logout">
                    <input type="hidden" name="csrf" value=viewer.csrf/>
                    <button type="submit" class="secondary">{lang.t("console-sign-out")}</button>
                </form>
            }
            .into_any()
        }
        None => view! {
            <p><a href="/console/login">{lang.t("console-sign-in")}</a></p>
        }
        .into_any(),
    };
    view! {
        <Title text=lang.t("console-title")/>
        <main id="main" class="card">
            <h1>{lang.t("console-heading")}</h1>
            {status}
        </main>
    }
}

#[component]
fn ConsoleNotFound(lang: Lang) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=lang.t("page-title-not-found")/>
        <main id="main" class="card">
            <h1>{lang.t("page-title-not-found")}</h1>
            <p>{lang.t("error-not-found")}</p>
        </main>
    }
}
