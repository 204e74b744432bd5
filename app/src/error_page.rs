//! Whole HTML pages rendered on the server outside the Leptos routes — 404s, refused form posts,
//! and the console's form pages — with Leptos' own escaping. Scripts only on console pages, each
//! nonce'd: the module that starts the console bundle (inbox, stories), and the passkey script
//! (pages where a passkey may sign in or confirm an action).

use crate::api::console::PASSKEY_SCRIPT_PATH;
use crate::i18n::Lang;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// Which site a page belongs to: its stylesheet and the name in its header.
#[derive(Clone, Copy)]
pub enum PageSite {
    Child,
    Console,
}

/// A complete page around `body`.
pub fn page_document(
    lang: Lang,
    site: PageSite,
    title: String,
    body: impl IntoView + 'static,
) -> String {
    render_page(lang, site, title, body, None)
}

/// The scripts of a console page, allowed by the response's CSP nonce.
struct Scripts {
    nonce: String,
    /// Whether the console bundle starts (it also gets the passkey script, for step-up).
    console_bundle: bool,
    /// The page's one script file (the passkey script on the console).
    src: &'static str,
}

/// A console page that loads and starts the console bundle.
pub fn page_document_with_script(
    lang: Lang,
    title: String,
    body: impl IntoView + 'static,
    nonce: &str,
) -> String {
    let scripts = Scripts {
        nonce: nonce.to_owned(),
        console_bundle: true,
        src: PASSKEY_SCRIPT_PATH,
    };
    render_page(lang, PageSite::Console, title, body, Some(scripts))
}

/// A console form page that loads the passkey script only (sign-in, step-up forms).
pub fn page_document_with_passkeys(
    lang: Lang,
    title: String,
    body: impl IntoView + 'static,
    nonce: &str,
) -> String {
    let scripts = Scripts {
        nonce: nonce.to_owned(),
        console_bundle: false,
        src: PASSKEY_SCRIPT_PATH,
    };
    render_page(lang, PageSite::Console, title, body, Some(scripts))
}

/// A page with one small script of its own from `src` (nonce'd), and nothing else: the child
/// site's consultation pages load their read-aloud this way.
pub fn page_document_with_own_script(
    lang: Lang,
    site: PageSite,
    title: String,
    body: impl IntoView + 'static,
    nonce: &str,
    src: &'static str,
) -> String {
    let scripts = Scripts {
        nonce: nonce.to_owned(),
        console_bundle: false,
        src,
    };
    render_page(lang, site, title, body, Some(scripts))
}

fn render_page(
    lang: Lang,
    site: PageSite,
    title: String,
    body: impl IntoView + 'static,
    scripts: Option<Scripts>,
) -> String {
    let bundle = scripts.as_ref().filter(|s| s.console_bundle).map(|s| {
        // A fixed text (no `<`, no user input): the module import the nonce allows. The WASM is
        // named explicitly: the generated loader has no default path.
        let (js, wasm) = crate::site_files::SiteFiles::current().console_bundle();
        let start = format!(
            "import init, {{ start_console }} from '{js}'; \
             init({{ module_or_path: '{wasm}' }}).then(() => start_console());"
        );
        view! { <script type="module" nonce=s.nonce.clone() inner_html=start></script> }
    });
    let passkey = scripts.as_ref().map(|s| {
        view! { <script nonce=s.nonce.clone() src=s.src defer=true></script> }
    });
    // A page that starts the console bundle carries its translations, as the console's other
    // pages do (the bundle embeds English only).
    let translations = bundle
        .is_some()
        .then(|| crate::page::translations_block(lang, crate::i18n::sources::Site::Console));
    let files = crate::site_files::SiteFiles::current();
    let workbench_styles = bundle
        .is_some()
        .then(|| view! { <link rel="stylesheet" href=files.workbench_stylesheet()/> });
    let (stylesheet, brand, header_class) = match site {
        PageSite::Child => (files.child_stylesheet(), lang.t("brand"), "site-header"),
        PageSite::Console => (
            files.console_stylesheet(),
            lang.t("console-title"),
            "site-header console",
        ),
    };
    Owner::new().with(move || {
        view! {
            <!DOCTYPE html>
            <html lang=lang.code() dir=lang.dir() data-fallback=lang.fallback.code()>
                <head>
                    {crate::page::head_meta()}
                    <title>{title}</title>
                    <link rel="stylesheet" href=stylesheet/>
                    {workbench_styles}
                    {translations}
                </head>
                <body>
                    <header class=header_class><span class="brand">{brand}</span></header>
                    <main id="main" class="card">{body}</main>
                    {bundle}
                    {passkey}
                </body>
            </html>
        }
        .to_html()
    })
}

/// `home` is where the "go back" link leads (`/` on the child site, `/console` on the console).
pub fn error_document(lang: Lang, title: &str, message: &str, home: &'static str) -> String {
    let site = if home.starts_with("/console") {
        PageSite::Console
    } else {
        PageSite::Child
    };
    let body = view! {
        <h1>{title.to_owned()}</h1>
        <p class="error" role="alert">{message.to_owned()}</p>
        <p><a href=home>{lang.t("error-go-back")}</a></p>
    };
    page_document(lang, site, title.to_owned(), body)
}
