//! The inbox page, rendered on the server: the host of the reviewer's workbench. Without the
//! console bundle it lists the cases sealed to the reviewer's key as metadata only (newest first,
//! status and queue filters, keyset paging). The bundle then replaces `#workbench` with the
//! workbench that unlocks the key and decrypts in the browser (`console::workbench`).

use super::enrol_page::document_with_script;
use super::name_options;
use crate::api::console::WORKBENCH_ID;
use crate::i18n::Lang;
use crate::vocabulary::{CaseStatus, Queue};
use leptos::prelude::*;

pub struct InboxLine {
    /// The case's opaque reference (`case_reference`), never a sequence number.
    pub reference: String,
    pub received_on: String,
    pub status: String,
    pub sealed_in: String,
}

pub enum Inbox {
    /// The account has no key yet: nothing can have been sealed to it.
    NoKey,
    Page {
        lines: Vec<InboxLine>,
        status: Option<String>,
        queue: String,
        /// `?before=` of the next (older) page, when there may be one.
        next_before: Option<String>,
    },
}

/// What the page hands to the bundle.
pub struct WorkbenchSeed {
    pub csrf: String,
    pub nonce: String,
    /// Each child language's fallback, `quc=es mam=es …` (for reply templates).
    pub fallbacks: String,
    /// The reviewer's own handle, for "assign to me" (empty where the page assigns nothing).
    pub handle: String,
}

fn page_view(lang: Lang, inbox: Inbox) -> AnyView {
    let Inbox::Page {
        lines,
        status,
        queue,
        next_before,
    } = inbox
    else {
        return view! { <p>{lang.t("inbox-no-key")}</p> }.into_any();
    };
    let next = next_before.map(|before| {
        let filter = status
            .as_deref()
            .map(|s| format!("&status={s}"))
            .unwrap_or_default();
        let href = format!("/console/inbox?before={before}&queue={queue}{filter}");
        view! { <p><a href=href>{lang.t("inbox-next")}</a></p> }
    });
    let empty = lines
        .is_empty()
        .then(|| view! { <p>{lang.t("inbox-empty")}</p> });
    let rows = lines
        .into_iter()
        .map(|l| {
            view! {
                <tr>
                    <td>{l.reference}</td>
                    <td>{l.received_on}</td>
                    <td>{lang.t(&format!("status-{}", l.status))}</td>
                    <td>{lang.t(&format!("sealed-{}", l.sealed_in))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <form method="get" action="/console/inbox" class="filters">
            <label for="queue">{lang.t("inbox-filter-queue")}</label>
            <select id="queue" name="queue">{name_options(lang, "queue", Queue::NAMES, Some(queue.as_str()))}</select>
            <label for="status">{lang.t("inbox-filter-status")}</label>
            <select id="status" name="status">
                <option value="">{lang.t("inbox-filter-all")}</option>
                {name_options(lang, "status", CaseStatus::NAMES, status.as_deref())}
            </select>
            <button type="submit" class="secondary">{lang.t("inbox-filter-apply")}</button>
        </form>
        {empty}
        <table class="audit">
            <thead>
                <tr>
                    <th scope="col">{lang.t("inbox-col-ref")}</th>
                    <th scope="col">{lang.t("inbox-col-day")}</th>
                    <th scope="col">{lang.t("inbox-col-status")}</th>
                    <th scope="col">{lang.t("inbox-col-sealed")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {next}
    }
    .into_any()
}

pub fn inbox_document(lang: Lang, inbox: Inbox, seed: WorkbenchSeed) -> String {
    let has_key = (!matches!(inbox, Inbox::NoKey)).to_string();
    let body = view! {
        <h1>{lang.t("inbox-title")}</h1>
        <section id=WORKBENCH_ID data-csrf=seed.csrf data-has-key=has_key
            data-fallbacks=seed.fallbacks data-handle=seed.handle>
            <p class="hint">{lang.t("inbox-needs-script")}</p>
            {page_view(lang, inbox)}
        </section>
    };
    document_with_script(lang, lang.t("inbox-title"), body, &seed.nonce)
}
