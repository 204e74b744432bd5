//! Bulk actions on the cases the reviewer marked in the list: acknowledge, assign to me, close.
//! Each first asks for a confirmation that says how many cases it changes; then it sends one
//! change per case, the very request the open case's menus send, so the server checks and audits
//! every one as if made by hand. It says how many changed, and names any that could not be.

use super::holdings::Holdings;
use super::net::Api;
use super::shortcuts;
use crate::api::console::{case_reference, CaseChange, CASES_PATH};
use crate::i18n::Lang;
use crate::vocabulary::{CaseStatus, Urgency};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeSet;

/// What a bulk action does to each case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bulk {
    Acknowledge,
    AssignToMe,
    Close,
}

impl Bulk {
    const ALL: [Bulk; 3] = [Bulk::Acknowledge, Bulk::AssignToMe, Bulk::Close];

    fn name(self) -> &'static str {
        match self {
            Bulk::Acknowledge => "acknowledge",
            Bulk::AssignToMe => "assign-me",
            Bulk::Close => "close",
        }
    }

    fn change(self, handle: &str) -> CaseChange {
        match self {
            Bulk::Acknowledge => CaseChange::Status(CaseStatus::Acknowledged),
            Bulk::AssignToMe => CaseChange::Assign(Some(handle.to_owned())),
            Bulk::Close => CaseChange::Status(CaseStatus::Closed),
        }
    }
}

/// What the server just did to a case, shown in the list at once (without fetching it again).
pub fn apply_locally(holdings: Holdings, id: &str, change: &CaseChange) {
    holdings.amend(id, |s| match change {
        CaseChange::Status(status) => {
            s.status = *status;
            s.overdue = false;
            s.respond_overdue &= !matches!(status, CaseStatus::Closed | CaseStatus::Referred);
        }
        CaseChange::Assign(who) => s.assignee = who.clone(),
        CaseChange::Urgency(urgency) => s.urgency = *urgency,
        CaseChange::Category(category) => s.category = Some(*category),
        CaseChange::Escalate => {
            s.escalated = true;
            s.urgency = Urgency::Urgent;
        }
    });
}

/// The marked cases' bar: its buttons, the confirmation, and what came of it.
#[component]
pub fn BulkBar(
    lang: Lang,
    api: Api,
    holdings: Holdings,
    marked: RwSignal<BTreeSet<String>>,
    handle: String,
) -> impl IntoView {
    let pending = RwSignal::new(None::<Bulk>);
    let outcome = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let count = move || marked.with(BTreeSet::len);
    let ask = move |bulk: Bulk| {
        pending.set(Some(bulk));
        request_animation_frame(|| shortcuts::focus("#bulk-yes"));
    };
    let handle = StoredValue::new(handle);
    let run = move |_| {
        let Some(bulk) = pending.get_untracked() else {
            return;
        };
        let ids: Vec<String> = marked.get_untracked().into_iter().collect();
        let change = bulk.change(&handle.get_value());
        // Acknowledging is the first answer to a new case: a later one is left as it is.
        let (ids, mut refused): (Vec<String>, Vec<String>) = if bulk == Bulk::Acknowledge {
            let new = |id: &String| {
                holdings.rows.with_untracked(|rows| {
                    rows.iter()
                        .any(|r| r.id == *id && r.status == CaseStatus::New)
                })
            };
            let (new, later): (Vec<String>, Vec<String>) = ids.into_iter().partition(new);
            (new, later.iter().map(|id| case_reference(id)).collect())
        } else {
            (ids, Vec::new())
        };
        busy.set(true);
        spawn_local(async move {
            let mut changed = 0usize;
            for id in ids {
                match api
                    .send_json("POST", &format!("{CASES_PATH}/{id}"), &change)
                    .await
                {
                    Ok(()) => {
                        changed += 1;
                        apply_locally(holdings, &id, &change);
                        marked.update(|m| {
                            m.remove(&id);
                        });
                    }
                    Err(_) => refused.push(case_reference(&id)),
                }
            }
            let mut said = lang.t_args("bulk-done", &[("count", changed.into())]);
            if !refused.is_empty() {
                let refs = refused.join(", ");
                said.push(' ');
                said.push_str(&lang.t_args("bulk-refused", &[("refs", refs.into())]));
            }
            outcome.set(Some(said));
            pending.set(None);
            busy.set(false);
            request_animation_frame(|| shortcuts::focus("#bulk-outcome"));
        });
    };
    let buttons = Bulk::ALL
        .into_iter()
        .map(|bulk| {
            view! {
                <button type="button" class="secondary" id=format!("bulk-{}", bulk.name())
                    on:click=move |_| ask(bulk)>{lang.t(&format!("bulk-{}", bulk.name()))}</button>
            }
        })
        .collect_view();
    let question = move || {
        pending.get().map(|bulk| {
            let question = lang.t_args(
                &format!("bulk-confirm-{}", bulk.name()),
                &[("count", count().into())],
            );
            view! {
                <div id="bulk-confirm" role="group" aria-labelledby="bulk-question">
                    <p id="bulk-question"><strong>{question}</strong></p>
                    <button type="button" id="bulk-yes" on:click=run disabled=move || busy.get()>
                        {lang.t("bulk-yes")}
                    </button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| {
                        pending.set(None);
                        shortcuts::focus(&format!("#bulk-{}", bulk.name()));
                    }>
                        {lang.t("bulk-cancel")}
                    </button>
                </div>
            }
        })
    };
    view! {
        <section class="bulk" aria-label=lang.t("bulk-heading") hidden=move || count() == 0 && outcome.with(Option::is_none)>
            <p>
                <span id="bulk-count">{move || lang.t_args("bulk-selected", &[("count", count().into())])}</span>
                " "
                <span hidden=move || count() == 0>{buttons}</span>
                " "
                <button type="button" class="secondary" hidden=move || count() == 0
                    on:click=move |_| marked.set(BTreeSet::new())>{lang.t("bulk-clear")}</button>
            </p>
            {question}
            <p role="status" id="bulk-outcome" tabindex="-1">{move || outcome.get()}</p>
        </section>
    }
}
