//! The auditor's page: the audit log and the chain's verdict. Entries name actors, actions and
//! subjects (ids), never content.

use super::enrol_page::document;
use crate::i18n::Lang;
use leptos::prelude::*;

/// One row as shown.
pub struct AuditRow {
    pub seq: i64,
    pub day: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
}

/// `broken_at`: the first entry that fails verification, if any.
pub fn audit_document(
    lang: Lang,
    rows: Vec<AuditRow>,
    checked: usize,
    head: &str,
    broken_at: Option<i64>,
) -> String {
    let verdict = match broken_at {
        None => lang.t_args(
            "audit-intact",
            &[
                ("entries", checked.into()),
                ("head", head.to_owned().into()),
            ],
        ),
        Some(seq) => lang.t_args("audit-broken", &[("seq", seq.into())]),
    };
    let class = if broken_at.is_some() {
        "error"
    } else {
        "verdict"
    };
    let rows = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{r.seq}</td>
                    <td>{r.day}</td>
                    <td>{r.actor}</td>
                    <td>{r.action}</td>
                    <td>{r.subject}</td>
                </tr>
            }
        })
        .collect_view();
    let body = view! {
        <h1>{lang.t("audit-title")}</h1>
        <p class=class role="status">{verdict}</p>
        <table class="audit">
            <caption>{lang.t("audit-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.t("audit-col-seq")}</th>
                    <th scope="col">{lang.t("audit-col-day")}</th>
                    <th scope="col">{lang.t("audit-col-actor")}</th>
                    <th scope="col">{lang.t("audit-col-action")}</th>
                    <th scope="col">{lang.t("audit-col-subject")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    document(lang, lang.t("audit-title"), body)
}
