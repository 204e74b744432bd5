//! The list's search box and one menu per filter. Each menu offers the values the held cases
//! have and shows what the filters hold (a saved view sets them all at once); the search is
//! typed here and read only in this page (`console::triage`).

use super::holdings::Holdings;
use crate::console::triage::{present, Field, Filters};
use crate::domain::ELSEWHERE;
use crate::i18n::{Lang, Locale};
use crate::vocabulary::Queue;
use leptos::prelude::*;

/// A menu: its field, element id, label's translation key, and how a value is shown.
type Menu = (Field, &'static str, &'static str, fn(Lang, &str) -> String);

const MENUS: [Menu; 8] = [
    (Field::Status, "wb-status", "inbox-filter-status", |l, v| {
        l.t(&format!("status-{v}"))
    }),
    (Field::Urgency, "wb-urgency", "case-urgency", |l, v| {
        l.t(&format!("urgency-{v}"))
    }),
    (Field::Kind, "wb-kind", "triage-col-kind", |l, v| {
        l.t(&format!("kind-{v}"))
    }),
    (Field::Feeling, "wb-feeling", "triage-feeling", |l, v| {
        l.t(&format!("feeling-{v}"))
    }),
    (Field::Wish, "wb-wish", "triage-wish", |l, v| {
        l.t(&format!("wish-{v}"))
    }),
    (Field::Assignee, "wb-assignee", "case-assignee", |_, v| {
        v.to_owned()
    }),
    (Field::Place, "wb-place", "triage-col-place", |l, v| {
        if v == ELSEWHERE {
            l.t("triage-place-elsewhere")
        } else {
            v.to_owned()
        }
    }),
    (Field::Lang, "wb-lang", "triage-lang", |_, v| {
        Locale::parse(v).map_or_else(|| v.to_owned(), |l| l.self_name().to_owned())
    }),
];

#[component]
pub fn FilterBar(lang: Lang, holdings: Holdings, filters: RwSignal<Filters>) -> impl IntoView {
    let on_search = move |ev| {
        let text = event_target_value(&ev);
        filters.update(|f| f.search = text);
    };
    let menus = MENUS
        .into_iter()
        .map(|(field, id, label, shown)| {
            // Only this field: a search keystroke does not rebuild the menus.
            let current = Memo::new(move |_| filters.with(|f| field.get(f).to_owned()));
            let options = move || {
                let current = current.get();
                holdings.rows.with(|rows| {
                    let mut values = present(rows, |r| field.values(r));
                    // A saved view's value that no held case has is still shown as chosen.
                    if !current.is_empty() && !values.contains(&current) {
                        values.push(current.clone());
                    }
                    values
                        .into_iter()
                        .map(|v| {
                            let selected = v == current;
                            view! { <option value=v.clone() selected=selected>{shown(lang, &v)}</option> }
                        })
                        .collect_view()
                })
            };
            view! {
                <span class="filter">
                    <label for=id>{lang.t(label)}</label>
                    <select id=id prop:value=current on:change=move |ev| {
                        let value = event_target_value(&ev);
                        filters.update(|f| field.set(f, value));
                    }>
                        <option value="">{lang.t("inbox-filter-all")}</option>
                        {options}
                    </select>
                </span>
            }
        })
        .collect_view();
    let queue = Memo::new(move |_| filters.with(|f| f.queue.clone()));
    let queues = Queue::NAMES
        .iter()
        .map(|q| {
            let selected = move || queue.get() == *q;
            view! { <option value=*q selected=selected>{lang.t(&format!("queue-{q}"))}</option> }
        })
        .collect_view();
    view! {
        <div class="filters" role="search">
            <span class="filter search">
                <label for="wb-search">{lang.t("triage-search")}</label>
                <input type="search" id="wb-search" autocomplete="off" spellcheck="false"
                    aria-describedby="wb-search-hint" prop:value=move || filters.with(|f| f.search.clone())
                    on:input=on_search/>
                <span id="wb-search-hint" class="hint">{lang.t("triage-search-hint")}</span>
            </span>
            <span class="filter">
                <label for="wb-queue">{lang.t("inbox-filter-queue")}</label>
                <select id="wb-queue" prop:value=move || queue.get() on:change=move |ev| {
                    let value = event_target_value(&ev);
                    filters.update(|f| f.queue = value);
                }>
                    {queues}
                </select>
            </span>
            {menus}
        </div>
    }
}
