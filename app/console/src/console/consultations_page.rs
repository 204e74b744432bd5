//! The consultation leads' pages (server-rendered, no script): their consultations, each with its
//! days and state, and — only once closed — the published results and their export.

use crate::error_page::{page_document, PageSite};
use crate::i18n::Lang;
use app::consult_results::{results_body, ResultsPage};
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
            view! {
                <tr>
                    <th scope="row">{line.title}</th>
                    <td>{days}</td>
                    <td>{results}</td>
                </tr>
            }
        })
        .collect_view();
    let body = view! {
        <h1>{lang.t("consultations-title")}</h1>
        <p>{lang.t("consultations-intro")}</p>
        {empty}
        <table class="consult-table">
            <thead><tr>
                <th scope="col">{lang.t("consultations-name")}</th>
                <th scope="col">{lang.t("consultations-when")}</th>
                <th scope="col">{lang.t("consultations-results")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p><a href="/console">{lang.t("error-go-back")}</a></p>
    };
    page_document(lang, PageSite::Console, lang.t("consultations-title"), body)
}

pub fn consultation_results_document(lang: Lang, page: ResultsPage) -> String {
    let (title, body) = results_body(lang, page);
    let body = view! {
        {body}
        <p><a href=crate::api::console::CONSULTATIONS_PAGE>{lang.t("error-go-back")}</a></p>
    };
    page_document(lang, PageSite::Console, title, body)
}
