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

/// One facility's line of the auditors' proof.
pub struct FacilityProofRow {
    pub code: String,
    pub cases: usize,
    pub affiliated: usize,
    /// `handle case-id` of every breach: received a case naming it, or touched one.
    pub received: Vec<String>,
    pub read: Vec<String>,
    /// `label case-id` of every case naming it sealed to a key an admin added (no account).
    pub unaccounted: Vec<String>,
}

/// The per-facility proof that no affiliated account received or read a case naming it.
pub fn facility_proof_document(
    lang: Lang,
    rows: Vec<FacilityProofRow>,
    chain_intact: bool,
) -> String {
    let chain = if chain_intact {
        lang.t("proof-chain-intact")
    } else {
        lang.t("proof-chain-broken")
    };
    let empty = rows
        .is_empty()
        .then(|| view! { <p>{lang.t("proof-no-facilities")}</p> });
    let rows = rows
        .into_iter()
        .map(|r| {
            let held = r.received.is_empty() && r.read.is_empty();
            let verdict = if held {
                lang.t("proof-held")
            } else {
                lang.t_args(
                    "proof-breached",
                    &[
                        ("received", r.received.join(", ").into()),
                        ("read", r.read.join(", ").into()),
                    ],
                )
            };
            let class = if held { "verdict" } else { "error" };
            let unaccounted = if r.unaccounted.is_empty() {
                lang.t("proof-unaccounted-none")
            } else {
                r.unaccounted.join(", ")
            };
            view! {
                <tr>
                    <td>{r.code}</td>
                    <td>{r.cases}</td>
                    <td>{r.affiliated}</td>
                    <td class=class>{verdict}</td>
                    <td>{unaccounted}</td>
                </tr>
            }
        })
        .collect_view();
    let body = view! {
        <h1>{lang.t("proof-title")}</h1>
        <p>{lang.t("proof-intro")}</p>
        <p role="status" class=if chain_intact { "verdict" } else { "error" }>{chain}</p>
        {empty}
        <table class="audit">
            <thead>
                <tr>
                    <th scope="col">{lang.t("proof-col-facility")}</th>
                    <th scope="col">{lang.t("proof-col-cases")}</th>
                    <th scope="col">{lang.t("proof-col-affiliated")}</th>
                    <th scope="col">{lang.t("proof-col-verdict")}</th>
                    <th scope="col">{lang.t("proof-col-unaccounted")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    document(lang, lang.t("proof-title"), body)
}
