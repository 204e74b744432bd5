//! The list pane: every case held, as a dense table the reviewer sorts by any column, narrows by
//! search and filters (`console::triage`, all in this page), and opens a case from. The open case
//! is marked in its row (`aria-current`); the keyboard's next and previous follow this order.

use super::filter_bar::FilterBar;
use super::holdings::{Holdings, MOST_HELD};
use crate::api::console::{case_reference, CaseSummary};
use crate::console::triage::{Column, Filters, Order, Row};
use crate::domain::ELSEWHERE;
use crate::i18n::Lang;
use leptos::prelude::*;
use std::collections::BTreeSet;

const PREVIEW_CHARS: usize = 80;

#[component]
pub fn CaseTable(
    lang: Lang,
    holdings: Holdings,
    selected: RwSignal<Option<String>>,
    /// The cases marked for a bulk action.
    marked: RwSignal<BTreeSet<String>>,
    filters: RwSignal<Filters>,
    order: RwSignal<Order>,
    shown: Memo<Vec<usize>>,
) -> impl IntoView {
    let count = move || {
        let (shown, held) = (shown.with(Vec::len), holdings.rows.with(Vec::len));
        lang.t_args(
            "triage-count",
            &[("shown", shown.into()), ("held", held.into())],
        )
    };
    let progress = move || {
        holdings.loading.get().then(|| {
            let opened = holdings.opened.get();
            let label = lang.t_args("triage-opening", &[("count", opened.into())]);
            view! { <p class="hint" id="wb-progress" role="status">{label}</p> }
        })
    };
    let headers = Column::ALL
        .into_iter()
        .map(|column| {
            let sort = move || {
                let o = order.get();
                match (o.column == column, o.descending) {
                    (false, _) => "none",
                    (true, true) => "descending",
                    (true, false) => "ascending",
                }
            };
            view! {
                <th scope="col" aria-sort=sort>
                    <button type="button" class="sort" on:click=move |_| order.update(|o| *o = o.toggled(column))>
                        {lang.t(column.key())}
                    </button>
                </th>
            }
        })
        .collect_view();
    // Each row follows only whether it is the open one: a new selection wakes two rows, not all.
    let is_open = Selector::new(move || selected.get());
    let line = move |at: usize| {
        let row = holdings.rows.with_untracked(|rows| rows.get(at).cloned());
        let opened = holdings.cases.with_untracked(|cases| {
            cases.get(at).map(|c| {
                let preview = match &c.text {
                    Ok(text) => text.chars().take(PREVIEW_CHARS).collect::<String>(),
                    Err(message) => message.clone(),
                };
                (preview, flags(lang, &c.summary))
            })
        });
        row.zip(opened).map(|(row, (preview, flags))| {
            table_row(lang, row, preview, flags, selected, is_open.clone(), marked)
        })
    };
    view! {
        <section class="case-list" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{lang.t("workbench-cases")}</h2>
            <FilterBar lang holdings filters/>
            {progress}
            <p class="error" role="alert">{move || holdings.error.get()}</p>
            {move || holdings.capped.get().then(|| view! {
                <p class="hint" id="wb-capped">{lang.t_args("triage-capped", &[("most", MOST_HELD.into())])}</p>
            })}
            <p class="hint" id="wb-count" aria-live="polite">{count}</p>
            <div class="table-scroll">
                <table id="cases" class="cases" data-ready-ms=move || holdings.ready_ms.get()>
                    <thead><tr>
                        <th scope="col">
                            <input type="checkbox" id="mark-all" aria-label=lang.t("triage-mark-all")
                                prop:checked=move || all_marked(holdings, shown, marked)
                                on:change=move |ev| mark_all(holdings, shown, marked, event_target_checked(&ev))/>
                        </th>
                        {headers}
                        <th scope="col">{lang.t("triage-col-words")}</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || { holdings.rows.track(); shown.get() }
                            key=move |at| row_key(holdings, *at) children=line/>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Whether every case shown is marked (and at least one is shown).
fn all_marked(
    holdings: Holdings,
    shown: Memo<Vec<usize>>,
    marked: RwSignal<BTreeSet<String>>,
) -> bool {
    let ids = shown_ids(holdings, shown);
    !ids.is_empty() && marked.with(|m| ids.iter().all(|id| m.contains(id)))
}

/// Marks (or unmarks) every case shown, and only those.
fn mark_all(
    holdings: Holdings,
    shown: Memo<Vec<usize>>,
    marked: RwSignal<BTreeSet<String>>,
    on: bool,
) {
    let ids = shown_ids(holdings, shown);
    marked.update(|m| {
        for id in ids {
            if on {
                m.insert(id);
            } else {
                m.remove(&id);
            }
        }
    });
}

/// The ids of the cases shown, in the list's order.
pub fn shown_ids(holdings: Holdings, shown: Memo<Vec<usize>>) -> Vec<String> {
    holdings.rows.with(|rows| {
        shown.with(|s| {
            s.iter()
                .filter_map(|&i| rows.get(i).map(|r| r.id.clone()))
                .collect()
        })
    })
}

/// A row's key: what it shows, so that a case whose status or assignee changed is drawn again.
fn row_key(holdings: Holdings, at: usize) -> String {
    holdings.rows.with_untracked(|rows| {
        rows.get(at).map_or_else(String::new, |r| {
            format!(
                "{}|{}|{}|{}|{}|{}|{}|{}|{}",
                r.id,
                r.status.as_str(),
                r.urgency.as_str(),
                r.assignee,
                r.deadline,
                r.overdue,
                r.escalated,
                r.flood,
                r.withdrawal_due
            )
        })
    })
}

/// What the status cell says besides the status: escalated, a possible flood, taken back.
fn flags(lang: Lang, s: &CaseSummary) -> String {
    let mut flags = Vec::new();
    if s.escalated {
        flags.push(lang.t("case-escalated"));
    }
    if s.possible_flood {
        flags.push(lang.t("case-possible-flood"));
    }
    if let Some(day) = &s.withdrawal_due {
        flags.push(lang.t_args("case-withdrawal-due", &[("day", day.clone().into())]));
    }
    flags.join(" · ")
}

/// One case's row. The whole row opens the case on a click; its reference is also a button,
/// for the keyboard and screen readers.
fn table_row(
    lang: Lang,
    row: Row,
    preview: String,
    flags: String,
    selected: RwSignal<Option<String>>,
    is_open: Selector<Option<String>>,
    marked: RwSignal<BTreeSet<String>>,
) -> impl IntoView {
    let id = row.id.clone();
    let current = {
        let id = Some(id.clone());
        move || is_open.selected(&id).then_some("true")
    };
    let kind = (!row.kind.is_empty()).then(|| lang.t(&format!("kind-{}", row.kind)));
    let deadline = if row.deadline.is_empty() {
        String::new()
    } else if row.overdue {
        lang.t_args("case-overdue", &[("day", row.deadline.clone().into())])
    } else {
        row.deadline.clone()
    };
    let place = match row.place.as_str() {
        "" => String::new(),
        ELSEWHERE => lang.t("triage-place-elsewhere"),
        code => code.to_owned(),
    };
    let assignee = if row.assignee.is_empty() {
        lang.t("case-unassigned")
    } else {
        row.assignee.clone()
    };
    let class = if row.overdue {
        "case-line overdue"
    } else {
        "case-line"
    };
    let is_marked = {
        let id = row.id.clone();
        move || marked.with(|m| m.contains(&id))
    };
    let mark = {
        let id = row.id.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            marked.update(|m| {
                if on {
                    m.insert(id.clone());
                } else {
                    m.remove(&id);
                }
            });
        }
    };
    let mark_label = lang.t_args("triage-mark", &[("ref", case_reference(&row.id).into())]);
    let open = move |_| selected.set(Some(id.clone()));
    let row_current = current.clone();
    view! {
        <tr class=class aria-current=row_current data-id=row.id.clone() on:click=open>
            <td>
                <input type="checkbox" class="mark" aria-label=mark_label prop:checked=is_marked
                    on:change=mark on:click=|ev| ev.stop_propagation()/>
            </td>
            <td>
                <button type="button" class="case-ref" aria-current=current>
                    {case_reference(&row.id)}
                </button>
            </td>
            <td>{row.received_on.clone()}</td>
            <td>{kind}</td>
            <td>{lang.t(&format!("urgency-{}", row.urgency.as_str()))}</td>
            <td>
                {lang.t(&format!("status-{}", row.status.as_str()))}
                {(!flags.is_empty()).then(|| view! { <span class="flags">" · "{flags}</span> })}
            </td>
            <td>{assignee}</td>
            <td class="deadline">{deadline}</td>
            <td>{place}</td>
            <td class="preview" dir="auto">{preview}</td>
        </tr>
    }
}
