//! The reviewer's saved views: choose one to set every filter and the order at once; save the
//! current filters under a name; delete the chosen one. Kept on the server as settings of the
//! account (`heard_core::api::views`), without the search (`console::triage::view_of`).

use super::net::Api;
use crate::api::views::{SavedView, ViewName, VIEWS_PATH};
use crate::console::saved_view::{apply, view_of};
use crate::console::triage::{Filters, Order};
use crate::i18n::Lang;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn SavedViews(
    lang: Lang,
    api: Api,
    filters: RwSignal<Filters>,
    order: RwSignal<Order>,
) -> impl IntoView {
    let views = RwSignal::new(Vec::<SavedView>::new());
    let chosen = RwSignal::new(String::new());
    let said = RwSignal::new(None::<String>);
    let fetch = move || {
        spawn_local(async move {
            match api.get::<Vec<SavedView>>(VIEWS_PATH).await {
                Ok(found) => views.set(found),
                Err(message) => said.set(Some(message)),
            }
        });
    };
    fetch();
    let choose = move |ev| {
        let name = event_target_value(&ev);
        let found = views.with(|v| v.iter().find(|v| v.name == name).cloned());
        chosen.set(name);
        if let Some(saved) = found {
            let search = filters.with_untracked(|f| f.search.clone());
            let (new_filters, new_order) = apply(&saved.view, &search);
            filters.set(new_filters);
            order.set(new_order);
        }
    };
    let name_field = NodeRef::<Input>::new();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(field) = name_field.get() else {
            return;
        };
        let name = field.value().trim().to_owned();
        let view = filters.with_untracked(|f| view_of(f, order.get_untracked()));
        let saved = SavedView { name, view };
        spawn_local(async move {
            match api.send_json("PUT", VIEWS_PATH, &saved).await {
                Ok(()) => {
                    said.set(Some(
                        lang.t_args("views-saved", &[("name", saved.name.clone().into())]),
                    ));
                    field.set_value("");
                    chosen.set(saved.name);
                    fetch();
                }
                Err(message) => said.set(Some(message)),
            }
        });
    };
    let delete = move |_| {
        let name = chosen.get_untracked();
        if name.is_empty() {
            return;
        }
        spawn_local(async move {
            match api
                .send_json("DELETE", VIEWS_PATH, &ViewName { name })
                .await
            {
                Ok(()) => {
                    said.set(None);
                    chosen.set(String::new());
                    fetch();
                }
                Err(message) => said.set(Some(message)),
            }
        });
    };
    let options = move || {
        let current = chosen.get();
        views
            .get()
            .into_iter()
            .map(|v| {
                let selected = v.name == current;
                let value = v.name.clone();
                view! { <option value=value selected=selected>{v.name}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="saved-views filters">
            <span class="filter">
                <label for="wb-views">{lang.t("views-label")}</label>
                <select id="wb-views" prop:value=move || chosen.get() on:change=choose>
                    <option value="">{lang.t("views-none")}</option>
                    {options}
                </select>
            </span>
            <button type="button" class="secondary" id="wb-view-delete"
                disabled=move || chosen.with(String::is_empty) on:click=delete>{lang.t("views-delete")}</button>
            <form id="wb-view-save" class="filter" on:submit=save>
                <label for="wb-view-name">{lang.t("views-name")}</label>
                <input type="text" id="wb-view-name" node_ref=name_field maxlength="60" required=true
                    autocomplete="off" aria-describedby="wb-views-hint"/>
                <button type="submit" class="secondary">{lang.t("views-save")}</button>
            </form>
            <p id="wb-views-hint" class="hint">{lang.t("views-hint")}</p>
            <p role="status" id="wb-views-said">{move || said.get()}</p>
        </div>
    }
}
