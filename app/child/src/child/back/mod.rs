//! Coming back with the secret pictures (`/back`): the child chooses their eight pictures; the
//! browser derives the lookup token and the child's own key from them (Argon2id,
//! `crate::return_code`) and asks for the case. The child sees its status in plain words, reads
//! the replies (opened in the browser), adds a message, or takes the whole message back. The key
//! lives only in this page's memory; "Close" and leaving the page forget it.

mod story;

#[cfg(feature = "hydrate")]
mod net;
#[cfg(feature = "hydrate")]
mod story_net;

use crate::child::pad::{code_list, Pad};
use crate::i18n::Lang;
use crate::return_code::CODE_LENGTH;
use leptos::prelude::*;

/// One message as the child reads it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Line {
    pub from_child: bool,
    pub day: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub(crate) enum BackState {
    Choosing,
    Opening,
    Open {
        status: String,
        lines: Vec<Line>,
        /// An urgent case: the last day a lead could still read it if taken back today.
        keeps_until: Option<String>,
        /// The consultations the code follows, or may follow.
        consultations: Option<crate::api::coming_back::FollowedConsultations>,
    },
    /// The code is a story's: its versions and consents.
    Story(story::StoryOpen),
    /// Taken back: deleted at once, or (an urgent case) readable by a lead until the day given.
    Withdrawn(Option<String>),
}

/// The page's state, shared with `net` (which holds the key itself, outside any signal).
#[derive(Clone, Copy)]
pub(crate) struct Back {
    pub chosen: RwSignal<Vec<usize>>,
    pub state: RwSignal<BackState>,
    pub error: RwSignal<Option<String>>,
    pub notice: RwSignal<Option<String>>,
    pub confirm_withdraw: RwSignal<bool>,
}

#[component]
pub fn BackPage() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let back = Back {
        chosen: RwSignal::new(Vec::new()),
        state: RwSignal::new(BackState::Choosing),
        error: RwSignal::new(None),
        notice: RwSignal::new(None),
        confirm_withdraw: RwSignal::new(false),
    };
    let open = move |_| {
        if back.state.get_untracked() == BackState::Opening {
            return;
        }
        if back.chosen.with(Vec::len) != CODE_LENGTH {
            back.error.set(Some(lang.t("back-incomplete")));
            return;
        }
        back.error.set(None);
        back.state.set(BackState::Opening);
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(net::open(back, lang));
    };
    let remove = move |_| {
        back.chosen.update(|c| {
            c.pop();
        })
    };
    let choosing = move || matches!(back.state.get(), BackState::Choosing | BackState::Opening);
    let opening = move || back.state.get() == BackState::Opening;
    let slots = move || code_list(lang, back.chosen.get(), lang.t("back-chosen"));
    view! {
        <main id="main" class="card back">
            <h1 id="back-h" tabindex="-1">{lang.t("back-heading")}</h1>
            <noscript><p class="error">{lang.t("back-needs-js")}</p></noscript>
            <p id="back-error" class="error" role="alert">{move || back.error.get()}</p>
            <p role="status">{move || back.notice.get()}</p>
            <section class="choose-code" hidden=move || !choosing()>
                <p id="back-hint" class="hint">{lang.t("back-hint")}</p>
                {slots}
                <div class="step-nav">
                    <button type="button" class="secondary" on:click=remove>{lang.t("back-remove")}</button>
                    <button type="button" id="back-open" on:click=open
                        aria-disabled=move || opening().then_some("true")>
                        {move || if opening() { lang.t("back-opening") } else { lang.t("back-open") }}
                    </button>
                </div>
                <Pad chosen=back.chosen/>
            </section>
            <OpenCase back/>
        </main>
    }
    .into_any()
}

/// The case once open: status, messages, adding one, taking it all back.
#[component]
fn OpenCase(back: Back) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let add_field = NodeRef::<leptos::html::Textarea>::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        if let Some(area) = add_field.get() {
            leptos::task::spawn_local(net::add(back, lang, area));
        }
    };
    // The first press asks again; only the second takes the message back.
    let withdraw = move |_| {
        if !back.confirm_withdraw.get_untracked() {
            back.confirm_withdraw.set(true);
        } else {
            #[cfg(feature = "hydrate")]
            leptos::task::spawn_local(net::withdraw(back, lang));
        }
    };
    let close = move |_| {
        #[cfg(feature = "hydrate")]
        net::forget();
        back.chosen.set(Vec::new());
        back.notice.set(None);
        back.error.set(None);
        back.confirm_withdraw.set(false);
        back.state.set(BackState::Choosing);
    };
    let body = move || match back.state.get() {
        BackState::Open {
            status,
            lines,
            keeps_until,
            consultations,
        } => {
            let on_follow = Callback::new(move |()| {
                #[cfg(feature = "hydrate")]
                leptos::task::spawn_local(net::follow(back, lang));
            });
            let followed = consultations.map(|followed| {
                view! { <crate::child::consult_news::FollowedSection followed on_follow/> }
            });
            // A list holds only list items: "no replies yet" is one, too.
            let replies = if lines.is_empty() {
                view! { <li><p class="hint">{lang.t("back-no-replies")}</p></li> }.into_any()
            } else {
                lines
                    .into_iter()
                    .map(|l| {
                        let who = if l.from_child {
                            "back-reply-from-you"
                        } else {
                            "back-reply-from-us"
                        };
                        view! {
                            <li>
                                <p class="hint">{lang.t(who)}" · "<span dir="ltr">{l.day}</span></p>
                                <p class="case-text" dir="auto" lang="">{l.text}</p>
                            </li>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            Some(view! {
                <h2>{lang.t("back-status-heading")}</h2>
                <p id="back-status">{lang.t(&format!("back-status-{status}"))}</p>
                <h2>{lang.t("back-replies-heading")}</h2>
                <ul class="notes" id="back-messages">{replies}</ul>
                <form id="back-add" on:submit=add>
                    <label for="back-add-text">{lang.t("back-add-label")}</label>
                    <textarea id="back-add-text" node_ref=add_field rows="4" dir="auto"
                        autocomplete="off" spellcheck="false"
                        maxlength=crate::case_notes::MAX_NOTE_CHARS.to_string()></textarea>
                    <p><button type="submit">{lang.t("back-add")}</button></p>
                </form>
                {followed}
                <h2>{lang.t("back-withdraw-heading")}</h2>
                <p id="back-withdraw-body">{match keeps_until {
                    Some(day) => lang.t_args("back-withdraw-body-urgent", &[("day", day.into())]),
                    None => lang.t("back-withdraw-body"),
                }}</p>
                <p>
                    <button type="button" class="secondary" id="back-withdraw" on:click=withdraw>
                        {move || if back.confirm_withdraw.get() {
                            lang.t("back-withdraw-confirm")
                        } else {
                            lang.t("back-withdraw")
                        }}
                    </button>
                </p>
            }
            .into_any())
        }
        BackState::Withdrawn(until) => {
            let said = match until {
                Some(day) => lang.t_args("back-withdrawn-urgent", &[("day", day.into())]),
                None => lang.t("back-withdrawn"),
            };
            Some(view! { <p id="back-status">{said}</p> }.into_any())
        }
        BackState::Story(open) => Some(view! { <story::StoryPanel back story=open/> }.into_any()),
        _ => None,
    };
    view! {
        <section class="open-case" hidden=move || matches!(back.state.get(), BackState::Choosing | BackState::Opening)>
            {body}
            <p><button type="button" class="secondary" on:click=close>{lang.t("back-close")}</button></p>
        </section>
    }
    .into_any()
}
