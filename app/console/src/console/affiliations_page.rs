//! The staff member's affiliations page (server-rendered form, no script): declare that they work
//! for, or are connected to, a facility or the organisation running it. A declaration takes
//! effect at once (the safe side); an admin confirms it with `heard affiliations add`.

use super::enrol_page::document;
use crate::i18n::Lang;
use leptos::prelude::*;

pub struct AffiliationsForm {
    pub csrf: String,
    /// `(value, label)`: `facility:<code>` or `operator:<name>`.
    pub choices: Vec<(String, String)>,
    /// What this person has declared: (what, declared on, confirmed on).
    pub declared: Vec<(String, String, Option<String>)>,
    /// A translated message about the last attempt.
    pub notice: Option<String>,
}

pub fn affiliations_document(lang: Lang, form: AffiliationsForm) -> String {
    let options = form
        .choices
        .into_iter()
        .map(|(value, label)| view! { <option value=value>{label}</option> })
        .collect_view();
    let declared = form
        .declared
        .into_iter()
        .map(|(what, on, confirmed)| {
            let state = match confirmed {
                Some(day) => lang.t_args("affiliation-confirmed", &[("day", day.into())]),
                None => lang.t("affiliation-unconfirmed"),
            };
            view! { <li>{what}" · "{on}" · "{state}</li> }
        })
        .collect_view();
    let body = view! {
        <h1>{lang.t("affiliation-title")}</h1>
        <p>{lang.t("affiliation-intro")}</p>
        <p role="status">{form.notice}</p>
        <ul>{declared}</ul>
        <form method="post" action="/console/affiliations">
            <input type="hidden" name="csrf" value=form.csrf/>
            <label for="target">{lang.t("affiliation-label")}</label>
            <select id="target" name="target">{options}</select>
            <p><button type="submit">{lang.t("affiliation-submit")}</button></p>
        </form>
    };
    document(lang, lang.t("affiliation-title"), body)
}
