//! The inbox list: a page of cases fetched with their ciphertexts, decrypted here with the
//! unlocked key, newest first, with queue and status filters and keyset paging. The time from
//! the start of decryption to the next painted frame is put on the list (`data-page-ms`) for the
//! browser benchmark.

use super::keyring;
use super::net::Api;
use crate::api::console::{case_reference, CaseItem, CasePage, CaseSummary, CASES_PATH};
use crate::domain::{Choices, OpenedVoice, SubmissionId};
use crate::i18n::Lang;
use crate::sealing::open_with;
use crate::vocabulary::{CaseStatus, Queue};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::prelude::*;
use leptos::task::spawn_local;

const PREVIEW_CHARS: usize = 160;

/// A case as the reviewer sees it: its summary and its text, or why it could not be opened.
#[derive(Clone)]
pub struct OpenedCase {
    pub summary: CaseSummary,
    pub text: Result<String, String>,
    /// The place the child named, as sealed in: a facility code or `elsewhere`.
    pub place: Option<String>,
    /// What the child chose in the guided flow (sealed in too).
    pub choices: Choices,
    /// The language the child wrote in (replies and their templates use it).
    pub lang: Lang,
    /// A voice recording sealed with the case.
    pub voice: Option<OpenedVoice>,
}

/// Decrypts one case with the unlocked key, checking the id sealed inside.
pub fn open_item(item: &CaseItem, lang: Lang) -> OpenedCase {
    let cannot = || lang.t("case-cannot-open");
    let opened = (|| {
        let identity = keyring::current().ok_or_else(cannot)?;
        let id = SubmissionId::parse(&item.summary.id).map_err(|_| cannot())?;
        let bytes = BASE64.decode(&item.ciphertext).map_err(|_| cannot())?;
        open_with(&bytes, &identity, &id).map_err(|_| cannot())
    })();
    let (text, place, choices, child_lang, voice) = match opened {
        Ok(opened) => (
            Ok(opened.text.clone()),
            opened.place.clone(),
            opened.choices.clone(),
            super::child_langs::child_lang(&opened.lang).unwrap_or(lang),
            opened.voice.clone(),
        ),
        Err(message) => (Err(message), None, Choices::default(), lang, None),
    };
    OpenedCase {
        summary: item.summary.clone(),
        text,
        place,
        choices,
        lang: child_lang,
        voice,
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// The badges of a case: status, urgency, category, assignee, escalation, deadline.
pub fn badges(lang: Lang, s: &CaseSummary) -> impl IntoView {
    let mut parts = vec![
        lang.t(&format!("status-{}", s.status)),
        lang.t(&format!("urgency-{}", s.urgency)),
    ];
    if let Some(category) = &s.category {
        parts.push(lang.t(&format!("category-{category}")));
    }
    if let Some(assignee) = &s.assignee {
        parts.push(lang.t_args("case-assigned-to", &[("handle", assignee.clone().into())]));
    }
    if s.escalated {
        parts.push(lang.t("case-escalated"));
    }
    if s.overdue {
        parts.push(lang.t_args("case-overdue", &[("day", s.ack_due.clone().into())]));
    }
    if s.possible_flood {
        parts.push(lang.t("case-possible-flood"));
    }
    if let Some(day) = &s.withdrawal_due {
        parts.push(lang.t_args("case-withdrawal-due", &[("day", day.clone().into())]));
    }
    let line = parts.join(" · ");
    view! { <span class="badges">{line}</span> }
}

#[component]
pub fn CaseList(
    lang: Lang,
    api: Api,
    selected: RwSignal<Option<String>>,
    refresh: RwSignal<u32>,
) -> impl IntoView {
    let queue = RwSignal::new("all".to_owned());
    let status = RwSignal::new(String::new());
    let before = RwSignal::new(None::<String>);
    // The `before` of each earlier page, for "newer".
    let history = RwSignal::new(Vec::<Option<String>>::new());
    let cases = RwSignal::new(Vec::<OpenedCase>::new());
    let next_before = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let page_ms = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let mut path = format!("{CASES_PATH}?queue={}", queue.get());
        let status = status.get();
        if !status.is_empty() {
            path.push_str(&format!("&status={status}"));
        }
        if let Some(before) = before.get() {
            path.push_str(&format!("&before={before}"));
        }
        refresh.track();
        spawn_local(async move {
            match api.get::<CasePage>(&path).await {
                Ok(page) => {
                    let started = now_ms();
                    let opened: Vec<OpenedCase> = page
                        .cases
                        .iter()
                        .map(|item| open_item(item, lang))
                        .collect();
                    error.set(None);
                    next_before.set(page.next_before);
                    cases.set(opened);
                    request_animation_frame(move || {
                        page_ms.set(Some(format!("{:.1}", now_ms() - started)));
                    });
                }
                Err(message) => error.set(Some(message)),
            }
        });
    });
    let reset = move || {
        before.set(None);
        history.set(Vec::new());
    };
    let older = move |_| {
        history.update(|h| h.push(before.get_untracked()));
        before.set(next_before.get_untracked());
    };
    let newer = move |_| {
        let previous = history.try_update(|h| h.pop()).flatten().flatten();
        before.set(previous);
    };
    let queue_options = Queue::NAMES
        .iter()
        .map(|q| view! { <option value=*q>{lang.t(&format!("queue-{q}"))}</option> })
        .collect_view();
    let status_options = CaseStatus::NAMES
        .iter()
        .map(|s| view! { <option value=*s>{lang.t(&format!("status-{s}"))}</option> })
        .collect_view();
    let line = move |case: OpenedCase| {
        let id = case.summary.id.clone();
        let preview = match &case.text {
            Ok(text) => text.chars().take(PREVIEW_CHARS).collect::<String>(),
            Err(message) => message.clone(),
        };
        let heading = lang.t_args(
            "case-heading",
            &[
                ("ref", case_reference(&case.summary.id).into()),
                ("day", case.summary.received_on.clone().into()),
            ],
        );
        let current = {
            let id = id.clone();
            move || (selected.get().as_deref() == Some(id.as_str())).then_some("true")
        };
        view! {
            <li>
                <button type="button" class="case-line" aria-current=current
                    on:click=move |_| selected.set(Some(id.clone()))>
                    <strong>{heading}</strong>
                    {badges(lang, &case.summary)}
                    <span class="preview">{preview}</span>
                </button>
            </li>
        }
        .into_any()
    };
    view! {
        <section class="case-list" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{lang.t("workbench-cases")}</h2>
            <div class="filters">
                <label for="wb-queue">{lang.t("inbox-filter-queue")}</label>
                <select id="wb-queue" on:change=move |ev| { reset(); queue.set(event_target_value(&ev)); }>
                    {queue_options}
                </select>
                <label for="wb-status">{lang.t("inbox-filter-status")}</label>
                <select id="wb-status" on:change=move |ev| { reset(); status.set(event_target_value(&ev)); }>
                    <option value="">{lang.t("inbox-filter-all")}</option>
                    {status_options}
                </select>
            </div>
            <p class="error" role="alert">{move || error.get()}</p>
            {move || cases.with(|c| c.is_empty()).then(|| view! { <p>{lang.t("inbox-empty")}</p> })}
            <ul id="cases" class="cases" data-page-ms=move || page_ms.get()>
                <For each=move || cases.get() key=|c| format!("{:?}", c.summary) children=line/>
            </ul>
            <p class="pager">
                <button type="button" class="secondary" on:click=newer
                    disabled=move || history.with(|h| h.is_empty())>{lang.t("inbox-newer")}</button>
                " "
                <button type="button" class="secondary" on:click=older
                    disabled=move || next_before.get().is_none()>{lang.t("inbox-next")}</button>
            </p>
        </section>
    }
    .into_any()
}
