//! The list pane: every case held, as a dense table the reviewer sorts by any column, narrows by
//! search and filters (`console::triage`, all in this page), and opens a case from. The open case
//! is marked in its row (`aria-current`); the keyboard's next and previous follow this order.

use super::holdings::Holdings;
use crate::api::console::{case_reference, CaseSummary};
use crate::console::triage::{present, Column, Filters, Order, Row};
use crate::domain::ELSEWHERE;
use crate::i18n::{Lang, Locale};
use crate::vocabulary::{CaseStatus, Urgency};
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
                "{}|{}|{}|{}|{}|{}",
                r.id,
                r.status.as_str(),
                r.urgency.as_str(),
                r.assignee,
                r.overdue,
                r.escalated
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

/// The search box and one menu per filter, each offering what the held cases have.
#[component]
fn FilterBar(lang: Lang, holdings: Holdings, filters: RwSignal<Filters>) -> impl IntoView {
    let on_search = move |ev| {
        let text = event_target_value(&ev);
        filters.update(|f| f.search = text);
    };
    type Pick = fn(&mut Filters) -> &mut String;
    type Values = fn(&Row) -> Vec<&str>;
    let menu = move |id: &'static str,
                     label: &'static str,
                     pick: Pick,
                     values: Values,
                     shown: fn(Lang, &str) -> String| {
        let options = move || {
            holdings.rows.with(|rows| {
                present(rows, values)
                    .into_iter()
                    .map(|v| view! { <option value=v.clone()>{shown(lang, &v)}</option> })
                    .collect_view()
            })
        };
        view! {
            <span class="filter">
                <label for=id>{lang.t(label)}</label>
                <select id=id on:change=move |ev| {
                    let value = event_target_value(&ev);
                    filters.update(|f| *pick(f) = value);
                }>
                    <option value="">{lang.t("inbox-filter-all")}</option>
                    {options}
                </select>
            </span>
        }
    };
    view! {
        <div class="filters" role="search">
            <span class="filter search">
                <label for="wb-search">{lang.t("triage-search")}</label>
                <input type="search" id="wb-search" autocomplete="off" spellcheck="false"
                    aria-describedby="wb-search-hint" on:input=on_search/>
                <span id="wb-search-hint" class="hint">{lang.t("triage-search-hint")}</span>
            </span>
            {menu("wb-status", "inbox-filter-status", |f| &mut f.status, |r| vec![r.status.as_str()],
                |l, v| CaseStatus::parse(v).map_or_else(String::new, |s| l.t(&format!("status-{}", s.as_str()))))}
            {menu("wb-urgency", "case-urgency", |f| &mut f.urgency, |r| vec![r.urgency.as_str()],
                |l, v| Urgency::parse(v).map_or_else(String::new, |u| l.t(&format!("urgency-{}", u.as_str()))))}
            {menu("wb-kind", "triage-col-kind", |f| &mut f.kind, |r| vec![r.kind.as_str()],
                |l, v| l.t(&format!("kind-{v}")))}
            {menu("wb-feeling", "triage-feeling", |f| &mut f.feeling,
                |r| r.feelings.iter().map(String::as_str).collect(), |l, v| l.t(&format!("feeling-{v}")))}
            {menu("wb-wish", "triage-wish", |f| &mut f.wish,
                |r| r.wishes.iter().map(String::as_str).collect(), |l, v| l.t(&format!("wish-{v}")))}
            {menu("wb-assignee", "case-assignee", |f| &mut f.assignee, |r| vec![r.assignee.as_str()],
                |_, v| v.to_owned())}
            {menu("wb-place", "triage-col-place", |f| &mut f.place, |r| vec![r.place.as_str()],
                |l, v| if v == ELSEWHERE { l.t("triage-place-elsewhere") } else { v.to_owned() })}
            {menu("wb-lang", "triage-lang", |f| &mut f.lang, |r| vec![r.lang.as_str()],
                |_, v| Locale::parse(v).map_or_else(|| v.to_owned(), |l| l.self_name().to_owned()))}
        </div>
    }
}
