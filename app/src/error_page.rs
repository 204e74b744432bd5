//! A small complete HTML page for responses that are not a Leptos route: 404s and refused form
//! posts. Rendered with Leptos' own escaping; no scripts, so it needs no nonce.

use crate::i18n::Lang;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

/// `home` is where the "go back" link leads (`/` on the child site, `/console` on the console).
pub fn error_document(lang: Lang, title: &str, message: &str, home: &'static str) -> String {
    let stylesheet = if home.starts_with("/console") {
        "/console/assets/heard.css"
    } else {
        "/assets/heard.css"
    };
    let (title, message, back) = (
        title.to_owned(),
        message.to_owned(),
        lang.t("error-go-back"),
    );
    let brand = lang.t("brand");
    Owner::new().with(move || {
        view! {
            <!DOCTYPE html>
            <html lang=lang.code() dir=lang.dir()>
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <title>{title.clone()}</title>
                    <link rel="stylesheet" href=stylesheet/>
                </head>
                <body>
                    <header class="site-header"><span class="brand">{brand}</span></header>
                    <main id="main" class="card">
                        <h1>{title}</h1>
                        <p class="error" role="alert">{message}</p>
                        <p><a href=home>{back}</a></p>
                    </main>
                </body>
            </html>
        }
        .to_html()
    })
}
