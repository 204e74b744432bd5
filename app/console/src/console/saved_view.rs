//! A saved view as the workbench's filters and order (`heard_core::api::views` keeps them on the
//! server). Plain Rust, tested natively with the rest of `triage`.

use super::triage::{Column, Filters, Order};
use crate::api::views::ViewSettings;

/// The saved view of these filters and this order. The search is not in it: it is what the
/// reviewer looks for in the children's words, and it never leaves the browser.
pub fn view_of(filters: &Filters, order: Order) -> ViewSettings {
    ViewSettings {
        queue: filters.queue.clone(),
        status: filters.status.clone(),
        urgency: filters.urgency.clone(),
        kind: filters.kind.clone(),
        feeling: filters.feeling.clone(),
        wish: filters.wish.clone(),
        assignee: filters.assignee.clone(),
        place: filters.place.clone(),
        lang: filters.lang.clone(),
        sort: order.column.name().to_owned(),
        descending: order.descending,
    }
}

/// The filters and order a saved view sets; the search the reviewer typed stays as it is.
pub fn apply(view: &ViewSettings, search: &str) -> (Filters, Order) {
    let filters = Filters {
        search: search.to_owned(),
        queue: view.queue.clone(),
        kind: view.kind.clone(),
        feeling: view.feeling.clone(),
        wish: view.wish.clone(),
        place: view.place.clone(),
        lang: view.lang.clone(),
        status: view.status.clone(),
        urgency: view.urgency.clone(),
        assignee: view.assignee.clone(),
    };
    let order = Column::ALL
        .into_iter()
        .find(|c| c.name() == view.sort)
        .map_or_else(Order::default, |column| Order {
            column,
            descending: view.descending,
        });
    (filters, order)
}
