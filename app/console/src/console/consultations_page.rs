//! The consultation leads' pages (server-rendered, no script): their consultations, each with its
//! days and state, and — only once closed — the published results and their export.

use crate::error_page::{page_document, PageSite};
use crate::i18n::Lang;
use app::consult_results::{results_body, shown, ResultsPage};
use app::vocabulary::ActionStatus;
use leptos::prelude::*;

pub struct ConsultationLine {
    pub id: String,
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
    /// Results may be read (the day after it closed).
    pub closed: bool,
}

pub fn consultations_document(lang: Lang, lines: Vec<ConsultationLine>) -> String {
    let empty = lines
        .is_empty()
        .then(|| view! { <p id="no-consultations">{lang.t("consultations-none")}</p> });
    let rows = lines
        .into_iter()
        .map(|line| {
            let days = lang.t_args(
                "consultations-days",
                &[
                    ("opens", line.opens_on.into()),
                    ("closes", line.closes_on.into()),
                ],
            );
            let results = if line.closed {
                let href = format!("/console/consultations/{}", line.id);
                let csv = format!("/console/consultations/{}/export.csv", line.id);
                view! {
                    <a href=href>{lang.t("consultations-results")}</a>" · "
                    <a href=csv>{lang.t("consultations-export")}</a>
                }
                .into_any()
            } else {
                view! { <span>{lang.t("consultations-embargo")}</span> }.into_any()
            };
            let written = format!("/console/consultations/{}/written", line.id);
            let manage = format!("/console/consultations/{}/manage", line.id);
            view! {
                <tr>
                    <th scope="row">{line.title}</th>
                    <td>{days}</td>
                    <td>{results}</td>
                    <td>
                        <a href=written>{lang.t("consultations-written")}</a>" · "
                        <a href=manage>{lang.t("consultations-manage")}</a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let body = view! {
        <h1>{lang.t("consultations-title")}</h1>
        <p>{lang.t("consultations-intro")}</p>
        <p><a href="/console/consultations/new" id="new-consultation">{lang.t("builder-title")}</a></p>
        {empty}
        <table class="consult-table">
            <thead><tr>
                <th scope="col">{lang.t("consultations-name")}</th>
                <th scope="col">{lang.t("consultations-when")}</th>
                <th scope="col">{lang.t("consultations-results")}</th>
                <th scope="col">{lang.t("consultations-more")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p><a href="/console">{lang.t("error-go-back")}</a></p>
    };
    page_document(lang, PageSite::Console, lang.t("consultations-title"), body)
}

/// The Lundy chain at a glance, for a report: who asked (and received the results), how many
/// took part (the most who answered any one question, as published), what was decided.
fn chain(lang: Lang, page: &ResultsPage) -> impl IntoView {
    let took_part = page.questions.iter().filter_map(|q| q.respondents).max();
    let took_part = match took_part {
        Some(count) => lang.t_args("consultations-took-part", &[("count", count.into())]),
        None => lang.t_args("consultations-took-part-few", &[("k", page.k.into())]),
    };
    let done = page
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done.as_str())
        .count();
    let decided = lang.t_args(
        "consultations-decided",
        &[("count", page.actions.len().into()), ("done", done.into())],
    );
    view! {
        <section id="lundy-chain">
            <h2>{lang.t("consultations-chain")}</h2>
            <ul>
                <li>{lang.t("consultations-asked-by")}" "{shown(page.audience.clone())}</li>
                <li>{took_part}</li>
                <li>{decided}</li>
            </ul>
        </section>
    }
}

pub fn consultation_results_document(lang: Lang, page: ResultsPage) -> String {
    let chain = chain(lang, &page);
    let (title, body) = results_body(lang, page);
    let body = view! {
        {chain}
        {body}
        <p><a href=crate::api::console::CONSULTATIONS_PAGE>{lang.t("error-go-back")}</a></p>
    };
    page_document(lang, PageSite::Console, title, body)
}

/// The host of the workbench in its written-answers mode for one consultation: the lead unlocks
/// their key here, and their browser opens the answers sealed to it.
pub fn written_document(
    lang: Lang,
    consultation: &str,
    title: String,
    has_key: bool,
    seed: super::inbox_page::WorkbenchSeed,
) -> String {
    use crate::api::console::WORKBENCH_ID;
    let body = view! {
        <h1>{title.clone()}</h1>
        <p>{lang.t("written-intro")}</p>
        <section id=WORKBENCH_ID data-csrf=seed.csrf data-has-key=has_key.to_string()
            data-fallbacks=seed.fallbacks data-mode="written" data-consultation=consultation.to_owned()
            aria-live="polite">
            <p class="hint">{lang.t("inbox-needs-script")}</p>
        </section>
        <p><a href=crate::api::console::CONSULTATIONS_PAGE>{lang.t("error-go-back")}</a></p>
    };
    super::enrol_page::document_with_script(lang, title, body, &seed.nonce)
}
