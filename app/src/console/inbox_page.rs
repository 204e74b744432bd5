//! The inbox page: the cases sealed to the reviewer's key, newest first, with a status filter and
//! keyset paging. Metadata only; reading a case happens in the browser once the console has its
//! bundle.

use super::enrol_page::document;
use crate::i18n::Lang;
use leptos::prelude::*;

/// Case statuses in workflow order (stable names, translated as `status-<name>`).
pub const STATUSES: [&str; 6] = [
    "new",
    "acknowledged",
    "in_progress",
    "waiting_for_child",
    "referred",
    "closed",
];

pub struct InboxLine {
    pub seq: i64,
    pub received_on: String,
    pub status: String,
    pub sealed_in: String,
}

pub enum Inbox {
    /// The account has no key: nothing can be sealed to it.
    NoKey,
    Page {
        lines: Vec<InboxLine>,
        status: Option<String>,
        /// `?before=` of the next (older) page, when there may be one.
        next_before: Option<i64>,
    },
}

pub fn inbox_document(lang: Lang, inbox: Inbox) -> String {
    let body = match inbox {
        Inbox::NoKey => {
            view! { <h1>{lang.t("inbox-title")}</h1><p>{lang.t("inbox-no-key")}</p> }.into_any()
        }
        Inbox::Page {
            lines,
            status,
            next_before,
        } => {
            let options = STATUSES
                .into_iter()
                .map(|s| {
                    let selected = status.as_deref() == Some(s);
                    view! { <option value=s selected=selected>{lang.t(&format!("status-{s}"))}</option> }
                })
                .collect_view();
            let next = next_before.map(|before| {
                let filter = status.as_deref().map(|s| format!("&status={s}")).unwrap_or_default();
                view! { <p><a href=format!("/console/inbox?before={before}{filter}")>{lang.t("inbox-next")}</a></p> }
            });
            let empty = lines
                .is_empty()
                .then(|| view! { <p>{lang.t("inbox-empty")}</p> });
            let rows = lines
                .into_iter()
                .map(|l| {
                    view! {
                        <tr>
                            <td>{l.seq}</td>
                            <td>{l.received_on}</td>
                            <td>{lang.t(&format!("status-{}", l.status))}</td>
                            <td>{lang.t(&format!("sealed-{}", l.sealed_in))}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h1>{lang.t("inbox-title")}</h1>
                <form method="get" action="/console/inbox" class="filters">
                    <label for="status">{lang.t("inbox-filter-status")}</label>
                    <select id="status" name="status">
                        <option value="">{lang.t("inbox-filter-all")}</option>
                        {options}
                    </select>
                    <button type="submit" class="secondary">{lang.t("inbox-filter-apply")}</button>
                </form>
                {empty}
                <table class="audit">
                    <thead>
                        <tr>
                            <th scope="col">{lang.t("inbox-col-seq")}</th>
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
    };
    document(lang, lang.t("inbox-title"), body)
}
