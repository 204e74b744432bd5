//! Consultation pages of the child site, rendered on the server only and working without
//! JavaScript: the list, an honest first screen, one question per screen, thanks, and the
//! results once the consultation has closed. The server hands each page finished texts (a
//! consultation's own texts carry the language they are in, for a fallback's `lang`).

mod question;

pub use app::consult_results::{
    shown, ActionView, BreakdownView, QuestionResultView, ResultsPage, Text,
};
pub use question::{consult_question_document, OptionView, QuestionPage, WrittenForm};

use crate::api::CONSULT_READ_ALOUD_PATH;
use crate::child::kiosk::{KioskGuard, KioskMode};
use crate::child::quick_exit::{QuickExit, QUICK_EXIT_SCRIPT};
use crate::error_page::{page_document_with_own_script, PageSite};
use crate::i18n::Lang;
use crate::vocabulary::AgeBand;
use leptos::prelude::*;

/// What every consultation page carries besides its body: the response's CSP nonce (for its
/// scripts) and, on a shared kiosk, the kiosk's wipe.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    pub nonce: String,
    pub kiosk: KioskMode,
}

/// Quick Exit (on a kiosk: the kiosk's wipe), and the read-aloud button (shown by the page's
/// script only where the device has a voice for the language; it reads every element marked
/// `data-read`).
pub(crate) fn quick_exit(lang: Lang, frame: &Frame) -> impl IntoView {
    let exit = frame.kiosk.is_kiosk().then(|| frame.kiosk.exit.clone());
    view! {
        <p class="consult-exit">
            <QuickExit lang=lang exit=exit/>" "
            <button type="button" class="read-aloud secondary" data-read-aloud="" hidden=true>
                {lang.t("read-aloud")}
            </button>
        </p>
    }
}

/// A consultation page: its script is read-aloud, beside the inlined Quick Exit script (which
/// on a kiosk also runs the idle warning and wipe, from the kiosk's marker rendered here).
pub(crate) fn consult_page(
    lang: Lang,
    title: String,
    body: impl IntoView + 'static,
    frame: &Frame,
) -> String {
    let guard = frame.kiosk.is_kiosk().then(|| {
        // The guard reads the page's language from its context: rendered in an owner of its own.
        let kiosk = frame.kiosk.clone();
        let html = Owner::new().with(move || {
            provide_context(lang);
            view! { <KioskGuard mode=kiosk/> }.to_html()
        });
        view! { <div inner_html=html></div> }
    });
    let body = view! {
        <script nonce=frame.nonce.clone() inner_html=QUICK_EXIT_SCRIPT></script>
        {guard}
        {body}
    };
    page_document_with_own_script(
        lang,
        PageSite::Child,
        title,
        body,
        &frame.nonce,
        CONSULT_READ_ALOUD_PATH,
    )
}

/// The public results page, once closed.
pub fn consult_results_document(lang: Lang, page: ResultsPage, frame: &Frame) -> String {
    let (title, body) = app::consult_results::results_body(lang, page);
    let body = view! { {quick_exit(lang, frame)} {body} };
    consult_page(lang, title, body, frame)
}

pub struct ListItem {
    pub id: String,
    pub title: Text,
}

fn links(items: Vec<ListItem>, results: bool) -> impl IntoView {
    items
        .into_iter()
        .map(|item| {
            let href = if results {
                format!("/consult/{}/results", item.id)
            } else {
                format!("/consult/{}", item.id)
            };
            view! { <li><a href=href>{shown(item.title)}</a></li> }
        })
        .collect_view()
}

/// `/consult`: what is open, and what came of the closed ones.
pub fn consult_list_document(
    lang: Lang,
    open: Vec<ListItem>,
    closed: Vec<ListItem>,
    frame: &Frame,
) -> String {
    let empty = open
        .is_empty()
        .then(|| view! { <p id="no-consultations">{lang.t("consult-list-none")}</p> });
    let closed = (!closed.is_empty()).then(|| {
        view! {
            <h2>{lang.t("consult-list-closed")}</h2>
            <ul id="closed-consultations">{links(closed, true)}</ul>
        }
    });
    let body = view! {
        {quick_exit(lang, frame)}
        <h1 data-read="">{lang.t("consult-list-title")}</h1>
        <p data-read="">{lang.t("consult-list-intro")}</p>
        {empty}
        <ul id="consultations">{links(open, false)}</ul>
        {closed}
    };
    consult_page(lang, lang.t("consult-list-title"), body, frame)
}

/// The first screen: who asked, what for, that it is voluntary, who sees what.
pub struct StartPage {
    pub id: String,
    pub title: Text,
    pub purpose: Text,
    pub audience: Text,
    pub k: u32,
    /// The places a child may say (code, name); empty: none is asked.
    pub places: Vec<(String, String)>,
}

pub fn consult_start_document(lang: Lang, page: StartPage, frame: &Frame) -> String {
    let action = format!("/consult/{}/start", page.id);
    let place = (!page.places.is_empty()).then(|| {
        let options = page
            .places
            .into_iter()
            .map(|(code, name)| view! { <option value=code>{name}</option> })
            .collect_view();
        view! {
            <p>
                <label for="consult-place">{lang.t("consult-start-place")}</label>
                <select id="consult-place" name="place">
                    <option value="" selected=true>{lang.t("consult-place-none")}</option>
                    {options}
                </select>
            </p>
        }
    });
    let ages = AgeBand::ALL
        .iter()
        .map(|band| {
            let selected = *band == AgeBand::NotSaid;
            let label = lang.t(&format!("consult-age-{band}"));
            view! { <option value=band.as_str() selected=selected>{label}</option> }
        })
        .collect_view();
    let privacy = lang.t_args("consult-start-privacy", &[("k", page.k.into())]);
    let title = page.title.text.clone();
    let body = view! {
        {quick_exit(lang, frame)}
        <h1 data-read="">{shown(page.title)}</h1>
        <h2 data-read="">{lang.t("consult-start-audience")}</h2>
        <p data-read="">{shown(page.audience)}</p>
        <h2 data-read="">{lang.t("consult-start-why")}</h2>
        <p data-read="">{shown(page.purpose)}</p>
        <p data-read="">{lang.t("consult-start-voluntary")}</p>
        <p data-read="">{privacy}</p>
        <form method="post" action=action>
            {place}
            <p>
                <label for="consult-age">{lang.t("consult-start-age")}</label>
                <select id="consult-age" name="age">{ages}</select>
            </p>
            <p><button type="submit">{lang.t("consult-start-button")}</button></p>
        </form>
    };
    consult_page(lang, title, body, frame)
}

/// After the last question; `day` is the day after which results are shown.
pub fn consult_thanks_document(lang: Lang, day: &str, done_before: bool, frame: &Frame) -> String {
    let text = if done_before {
        lang.t("consult-done-before")
    } else {
        lang.t_args("consult-thanks-text", &[("day", day.to_owned().into())])
    };
    // A child who has a picture code may have it remember these questions (on `/back`).
    let back = frame.kiosk.back_page();
    let body = view! {
        {quick_exit(lang, frame)}
        <h1>{lang.t("consult-thanks-title")}</h1>
        <p id="consult-thanks" role="status" data-read="">{text}</p>
        <p data-read="">{lang.t("consult-thanks-follow")}" "<a href=back>{lang.t("consult-thanks-follow-link")}</a></p>
        <p><a href="/consult">{lang.t("consult-thanks-back")}</a></p>
    };
    consult_page(lang, lang.t("consult-thanks-title"), body, frame)
}
