//! The child site: a Leptos app rendered on the server. In the child's browser, coming back runs
//! as Leptos islands (`islands`, the `back-pages` bundle); the start page and its flows run as
//! the small `share-pages` bundle (`crate::enhance`), which works on the server's HTML and has
//! no renderer at all.

#[cfg(feature = "back-pages")]
pub mod back;
pub mod consult_news;
#[cfg(any(feature = "ssr", feature = "back-pages"))]
mod islands;
pub mod kiosk;
#[cfg(any(feature = "ssr", feature = "back-pages"))]
mod pad;
pub mod page_data;
pub mod quick_exit;
#[cfg(any(feature = "ssr", feature = "back-pages"))]
mod read_aloud;
#[cfg(all(feature = "hydrate", feature = "share-pages"))]
pub(crate) mod send;
#[cfg(all(feature = "ssr", feature = "share-pages"))]
mod share;
#[cfg(feature = "hydrate")]
pub(crate) mod speech;
#[cfg(feature = "share-pages")]
pub(crate) mod steps;

#[cfg(feature = "ssr")]
use crate::i18n::{sources::Site, Lang};
#[cfg(feature = "ssr")]
use crate::page::{current_lang, head_meta, translations_block};
#[cfg(feature = "ssr")]
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::{provide_meta_context, MetaTags, Title};
#[cfg(feature = "ssr")]
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The HTML document around the child app, rendered on the server.
#[cfg(feature = "ssr")]
pub fn child_shell(options: LeptosOptions) -> impl IntoView {
    let lang = current_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir() data-fallback=lang.fallback.code()>
            <head>
                {head_meta()}
                {styles()}
                {quick_exit_script()}
                // Only coming back's bundle translates in the browser; the start page's takes
                // finished texts from its HTML.
                {on_back_page().then(|| translations_block(lang, Site::Child))}
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
#[cfg(feature = "ssr")]
fn bundle_for_page(options: LeptosOptions) -> LeptosOptions {
    let mut options = options;
    if on_back_page() {
        options.output_name = BACK_BUNDLE.into();
    }
    options
}

/// Whether the page being rendered is one of coming back's.
#[cfg(feature = "ssr")]
fn on_back_page() -> bool {
    use_context::<http::request::Parts>().is_some_and(|parts| is_back_page(parts.uri.path()))
}

/// Whether `path` is a page of coming back.
pub fn is_back_page(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    path == "/back" || (path.starts_with("/kiosk/") && path.ends_with("/back"))
}

/// The stylesheet, in the page itself with the page's CSP nonce: on a slow phone a linked one is a
/// second round trip before the first words show. A page rendered without a built site (a unit
/// test) links it instead.
#[cfg(feature = "ssr")]
fn styles() -> impl IntoView {
    let files = app::site_files::SiteFiles::current();
    match leptos::nonce::use_nonce() {
        Some(nonce) if !files.child_styles().is_empty() => {
            view! { <style nonce=nonce.to_string() inner_html=files.child_styles()></style> }
                .into_any()
        }
        _ => view! { <link rel="stylesheet" href=files.child_stylesheet()/> }.into_any(),
    }
}

/// Quick Exit's script, inlined with the page's CSP nonce (rendered on the server only: the
/// document head is not hydrated).
#[cfg(feature = "ssr")]
fn quick_exit_script() -> impl IntoView {
    leptos::nonce::use_nonce().map(|nonce| {
        view! { <script nonce=nonce.to_string() inner_html=quick_exit::QUICK_EXIT_SCRIPT></script> }
    })
}

/// The language picker: an island where coming back's Leptos bundle runs; elsewhere the same
/// HTML, whose "listen" buttons the start page's bundle wakes (`crate::enhance::speech`).
#[cfg(feature = "ssr")]
fn languages(lang: Lang) -> impl IntoView {
    if on_back_page() {
        view! { <islands::LanguagesIsland/> }.into_any()
    } else {
        let listen = Callback::new(|_: crate::i18n::Locale| {});
        view! { <crate::page::LangSwitch lang listen/> }.into_any()
    }
}

#[cfg(feature = "ssr")]
#[component]
pub fn ChildApp() -> impl IntoView {
    provide_meta_context();
    let lang = current_lang();
    provide_context(lang);
    let kiosk = <kiosk::KioskMode as page_data::PageData>::for_page();
    let exit = kiosk.is_kiosk().then(|| kiosk.exit.clone());
    let guard = kiosk
        .is_kiosk()
        .then(|| view! { <kiosk::KioskGuard mode=kiosk.clone()/> });
    let facts = <page_data::SiteFacts as page_data::PageData>::for_page();
    let salt = facts.code_salt.clone();
    let facts = page_data::PageData::to_attribute(&facts);
    view! {
        <Router>
            <header class="site-header">
                <span class="brand">{lang.t("brand")}</span>
                {languages(lang)}
                <quick_exit::QuickExit lang exit/>
            </header>
            {guard}
            <div id="site-facts" hidden=true data-list=facts data-code-salt=salt></div>
            <Pages lang/>
        </Router>
    }
}

/// The start page: its title and its flows, written on the server; its bundle needs no
/// renderer (`crate::enhance`).
#[cfg(feature = "ssr")]
#[component]
fn SharePage() -> impl IntoView {
    let lang = expect_context::<Lang>();
    read_aloud::Speech::provide(lang);
    view! {
        <Title text=lang.t("page-title-intake")/>
        <share::SharePage/>
    }
}

/// Coming back: its title on the server, the page an island.
#[cfg(feature = "ssr")]
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
#[cfg(feature = "ssr")]
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

/// Where the no-JavaScript path lands after the server committed the submission.
#[cfg(feature = "ssr")]
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

#[cfg(feature = "ssr")]
#[component]
fn NotFound(lang: Lang) -> impl IntoView {
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
