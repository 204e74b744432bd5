//! The team's queues at a glance, for a safeguarding lead above all: per assignee, how many open
//! cases, new, overdue and escalated. Counted here over the cases this viewer holds, so the shield
//! holds by construction: a case kept from the viewer is in no count, and no count is asked of
//! the server.

use super::holdings::Holdings;
use crate::console::team_counts::team_queues;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn TeamQueues(lang: Lang, holdings: Holdings) -> impl IntoView {
    let lines = move || {
        holdings.rows.with(|rows| {
            team_queues(rows)
                .into_iter()
                .map(|q| {
                    let who = if q.assignee.is_empty() {
                        lang.t("case-unassigned")
                    } else {
                        q.assignee
                    };
                    view! {
                        <tr>
                            <th scope="row">{who}</th>
                            <td>{q.open}</td>
                            <td>{q.new}</td>
                            <td>{q.overdue}</td>
                            <td>{q.escalated}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <details class="team-queues" id="team-queues">
            <summary>{lang.t("queues-heading")}</summary>
            <p class="hint">{lang.t("queues-hint")}</p>
            <table class="cases">
                <thead>
                    <tr>
                        <th scope="col">{lang.t("case-assignee")}</th>
                        <th scope="col">{lang.t("queues-open")}</th>
                        <th scope="col">{lang.t("queues-new")}</th>
                        <th scope="col">{lang.t("queues-overdue")}</th>
                        <th scope="col">{lang.t("queues-escalated")}</th>
                    </tr>
                </thead>
                <tbody>{lines}</tbody>
            </table>
        </details>
    }
}
