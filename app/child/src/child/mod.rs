//! The child site: a Leptos app rendered on the server, of which only the islands (`islands`)
//! run in the child's browser.

#[cfg(feature = "back-pages")]
pub mod back;
pub mod consult_news;
mod islands;
pub mod kiosk;
mod pad;
pub mod page_data;
pub mod quick_exit;
mod read_aloud;
#[cfg(all(feature = "hydrate", feature = "share-pages"))]
mod send;
#[cfg(feature = "share-pages")]
mod share;

use crate::i18n::sources::Site;
use crate::i18n::Lang;
use crate::page::{current_lang, head_meta, translations_block};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::components::Router;
#[cfg(any(feature = "share-pages", feature = "back-pages"))]
use leptos_router::{
    components::{Route, Routes},
    path,
};

/// The HTML document around the child app, rendered on the server.
pub fn child_shell(options: LeptosOptions) -> impl IntoView {
    let lang = current_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir() data-fallback=lang.fallback.code()>
            <head>
                {head_meta()}
                <link rel="stylesheet" href=app::site_files::SiteFiles::current().child_stylesheet()/>
                {quick_exit_script()}
                {translations_block(lang, Site::Child)}
                <HydrationScripts options=bundle_for_page(options) islands=true/>
                <MetaTags/>
            </head>
            <body>
                <ChildApp/>
            </body>
        </html>
    }
}

/// The name of coming back's bundle (`heard-back.js`, beside `heard.js` in the same folder).
pub const BACK_BUNDLE: &str = "heard-back";

/// The bundle a page hydrates with: coming back (`/back`, a kiosk's `…/back`) has its own.
fn bundle_for_page(options: LeptosOptions) -> LeptosOptions {
    #[cfg(feature = "ssr")]
    {
        let mut options = options;
        let path = use_context::<http::request::Parts>().map(|parts| parts.uri.path().to_owned());
        if path.as_deref().is_some_and(is_back_page) {
            options.output_name = BACK_BUNDLE.into();
        }
        options
    }
    #[cfg(not(feature = "ssr"))]
    options
}

/// Whether `path` is a page of coming back.
pub fn is_back_page(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    path == "/back" || (path.starts_with("/kiosk/") && path.ends_with("/back"))
}

/// Quick Exit's script, inlined with the page's CSP nonce (rendered on the server only: the
/// document head is not hydrated).
fn quick_exit_script() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        leptos::nonce::use_nonce().map(|nonce| {
            view! { <script nonce=nonce.to_string() inner_html=quick_exit::QUICK_EXIT_SCRIPT></script> }
        })
    }
}

#[component]
pub fn ChildApp() -> impl IntoView {
    provide_meta_context();
    let lang = current_lang();
    provide_context(lang);
    let kiosk = <kiosk::KioskMode as page_data::PageData>::for_page();
    let exit = kiosk.is_kiosk().then(|| kiosk.exit.clone());
    let guard = kiosk.is_kiosk().then(|| view! { <islands::KioskIsland/> });
    let facts = <page_data::SiteFacts as page_data::PageData>::for_page();
    let facts = page_data::PageData::to_attribute(&facts);
    view! {
        <Router>
            <header class="site-header">
                <span class="brand">{lang.t("brand")}</span>
                <islands::LanguagesIsland/>
                <quick_exit::QuickExit lang exit/>
            </header>
            {guard}
            <div id="site-facts" hidden=true data-list=facts></div>
            <Pages lang/>
        </Router>
    }
}

/// The start page: its title on the server, its flows an island.
#[cfg(feature = "share-pages")]
#[component]
fn SharePage() -> impl IntoView {
    let lang = expect_context::<Lang>();
    view! {
        <Title text=lang.t("page-title-intake")/>
        <islands::ShareIsland/>
    }
}

/// Coming back: its title on the server, the page an island.
#[cfg(feature = "back-pages")]
#[component]
fn BackPage() -> impl IntoView {
    let lang = expect_context::<Lang>();
    view! {
        <Title text=lang.t("page-title-back")/>
        <islands::BackIsland/>
    }
}

/// The pages of this build. The server renders them all (`ssr` turns on both sets); the browser
/// gets two bundles, so that sending never downloads coming back and the reverse: `heard.js`
/// (`share-pages`: the start page and its flows, and the no-JavaScript landing) and
/// `heard-back.js` (`back-pages`: coming back with the pictures). Each page links its own
/// (`child_shell`); a page's links to the other set are full page loads (`rel="external"`).
#[cfg(all(feature = "share-pages", feature = "back-pages"))]
#[component]
fn Pages(lang: Lang) -> impl IntoView {
    view! {
        <Routes fallback=move || view! { <NotFound lang/> }>
            <Route path=path!("/") view=SharePage/>
            <Route path=path!("/kiosk/:token") view=SharePage/>
            <Route path=path!("/back") view=BackPage/>
            <Route path=path!("/kiosk/:token/back") view=BackPage/>
            <Route path=path!("/sent") view=SentPage/>
        </Routes>
    }
}

#[cfg(all(feature = "share-pages", not(feature = "back-pages")))]
#[component]
fn Pages(lang: Lang) -> impl IntoView {
    view! {
        <Routes fallback=move || view! { <NotFound lang/> }>
            <Route path=path!("/") view=SharePage/>
            <Route path=path!("/kiosk/:token") view=SharePage/>
            <Route path=path!("/sent") view=SentPage/>
        </Routes>
    }
}

#[cfg(all(feature = "back-pages", not(feature = "share-pages")))]
#[component]
fn Pages(lang: Lang) -> impl IntoView {
    view! {
        <Routes fallback=move || view! { <NotFound lang/> }>
            <Route path=path!("/back") view=BackPage/>
            <Route path=path!("/kiosk/:token/back") view=BackPage/>
        </Routes>
    }
}

#[cfg(not(any(feature = "share-pages", feature = "back-pages")))]
#[component]
fn Pages(lang: Lang) -> impl IntoView {
    view! { <NotFound lang/> }
}

/// Where the no-JavaScript path lands after the server committed the submission.
#[cfg(feature = "share-pages")]
#[component]
fn SentPage() -> impl IntoView {
    let lang = expect_context::<Lang>();
    view! {
        <Title text=lang.t("page-title-sent")/>
        <main id="main" class="card">
            <h1>{lang.t("intake-sent-heading")}</h1>
            <p>{lang.t("intake-sent-body")}</p>
            <p><a href="/" rel="external">{lang.t("intake-write-another")}</a></p>
        </main>
    }
}

#[component]
fn NotFound(lang: Lang) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=lang.t("page-title-not-found")/>
        <main id="main" class="card">
            <h1>{lang.t("page-title-not-found")}</h1>
            <p>{lang.t("error-not-found")}</p>
            <p><a href="/" rel="external">{lang.t("error-go-back")}</a></p>
        </main>
    }
}
