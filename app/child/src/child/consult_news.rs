//! On the start page (a phone's and a kiosk's alike): the consultations open now, and "you said,
//! we did" — what was decided after the closed ones, each leading to its results. The server
//! hands every text finished, in the page's language (or the consultation's fallback): the
//! bundle carries none of a consultation's words and no consultation messages.

use super::page_data::PageData;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One consultation: its title (in `lang`), where it leads, and, once closed, what was decided
/// ("3 decisions, 1 done", finished).
pub use crate::api::coming_back::ConsultLink as NewsItem;

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct ConsultNews {
    pub open_heading: String,
    pub closed_heading: String,
    pub open: Vec<NewsItem>,
    pub closed: Vec<NewsItem>,
}

impl PageData for ConsultNews {
    const SELECTOR: &'static str = "aside.consult-news";
}

/// The links, as list items (also for the consultations a return code follows, on `/back`).
pub fn items(items: Vec<NewsItem>) -> impl IntoView {
    items
        .into_iter()
        .map(|item| {
            let note = item
                .note
                .map(|n| view! { " " <span class="hint" data-read="">{n}</span> });
            view! {
                <li>
                    // `external`: a server-rendered page, not a route of this app.
                    <a href=item.href rel="external" data-read="" lang=item.lang dir="auto">
                        {item.title}
                    </a>
                    {note}
                </li>
            }
        })
        .collect_view()
}

/// The section, or nothing when there is no consultation to show. `hidden`: once the child has
/// started to share something.
#[component]
pub fn ConsultNewsSection(hidden: Signal<bool>) -> impl IntoView {
    let news = ConsultNews::for_page();
    if news.open.is_empty() && news.closed.is_empty() {
        return ().into_any();
    }
    let attribute = news.to_attribute();
    let open = (!news.open.is_empty()).then(|| {
        view! {
            <h2 data-read="">{news.open_heading}</h2>
            <ul>{items(news.open)}</ul>
        }
    });
    let closed = (!news.closed.is_empty()).then(|| {
        view! {
            <h2 id="you-said-we-did" data-read="">{news.closed_heading}</h2>
            <ul>{items(news.closed)}</ul>
        }
    });
    view! {
        <aside class="card consult-news" data-list=attribute hidden=hidden>
            {open}
            {closed}
        </aside>
    }
    .into_any()
}

/// On `/back`, once the code opened the case: the consultations the code follows, and the offer
/// to follow those this visit took part in (`on_follow`).
#[component]
pub fn FollowedSection(
    followed: crate::api::coming_back::FollowedConsultations,
    on_follow: Callback<()>,
) -> impl IntoView {
    let list = (!followed.items.is_empty()).then(|| view! { <ul>{items(followed.items)}</ul> });
    let offer = followed.follow.map(|label| {
        view! {
            <p class="hint" id="consult-follow-hint">{followed.follow_hint}</p>
            <p>
                <button type="button" class="secondary" id="consult-follow"
                    aria-describedby="consult-follow-hint" on:click=move |_| on_follow.run(())>
                    {label}
                </button>
            </p>
        }
    });
    view! {
        <section class="consult-news" id="consult-followed">
            <h2>{followed.heading}</h2>
            {list}
            {offer}
        </section>
    }
}
