//! The reviewer console: a separate Leptos app on its own listener. Rendered on the server only
//! for now (no WASM), so nothing of it reaches the child's bundle. Reviewer sign-in, the inbox and
//! in-browser decryption come with the console issue.

#[cfg(feature = "ssr")]
pub mod enrol_page;

use crate::i18n::Lang;
use crate::page::{current_lang, LangSwitch};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The HTML document around the console app. No hydration scripts: there is no console bundle yet.
pub fn console_shell(_options: LeptosOptions) -> impl IntoView {
    let lang = current_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="robots" content="noindex, nofollow"/>
                <link rel="stylesheet" href="/console/assets/heard.css"/>
                <MetaTags/>
            </head>
            <body>
                <ConsoleApp/>
            </body>
        </html>
    }
}

#[component]
pub fn ConsoleApp() -> impl IntoView {
    provide_meta_context();
    let lang = current_lang();
    view! {
        <Router>
            <header class="site-header console">
                <span class="brand">{lang.t("console-title")}</span>
                <LangSwitch lang/>
            </header>
            <Routes fallback=move || view! { <ConsoleNotFound lang/> }>
                <Route path=path!("/console") view=move || view! { <ConsoleHome lang/> }/>
            </Routes>
        </Router>
    }
}

#[component]
fn ConsoleHome(lang: Lang) -> impl IntoView {
    view! {
        <Title text=lang.t("console-title")/>
        <main id="main" class="card">
            <h1>{lang.t("console-heading")}</h1>
            <p>{lang.t("console-coming")}</p>
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
