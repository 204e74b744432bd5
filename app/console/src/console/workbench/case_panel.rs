//! One case, opened: its full text and notes decrypted here, and the reviewer's actions (status,
//! category, urgency, assignment, escalation, a new note sealed here to the case's recipients).
//! Each action is one audited request; after it the case and the list are fetched again.

use super::case_list::{badges, open_item, OpenedCase};
use super::holdings::Holdings;
use super::keyring;
use super::messages::{seal_and_post, CaseMessages};
use super::net::Api;
use super::shield_actions::ShieldActions;
use super::voice_player::voice_player;
use crate::api::console::{case_reference, CaseChange, CaseDetail, MessageItem, CASES_PATH};
use crate::case_notes::{open_note, MAX_NOTE_CHARS};
use crate::console::name_options;
use crate::domain::{Choices, SubmissionId, ELSEWHERE};
use crate::i18n::Lang;
use crate::vocabulary::{CaseStatus, Category, Urgency};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone)]
struct OpenedNote {
    author: String,
    day: String,
    text: String,
}

#[derive(Clone)]
struct Opened {
    case: OpenedCase,
    /// The case's ciphertext (base64), for re-sealing when it is shared.
    ciphertext: String,
    notes: Vec<OpenedNote>,
    recipients: Vec<String>,
    assignable: Vec<String>,
    child_recipient: Option<String>,
    messages: Vec<MessageItem>,
}

fn open_detail(detail: CaseDetail, lang: Lang) -> Opened {
    let case = open_item(&detail.case, lang);
    let ciphertext = detail.case.ciphertext.clone();
    let id = SubmissionId::parse(&detail.case.summary.id).ok();
    let notes = detail
        .notes
        .into_iter()
        .map(|n| {
            let text = keyring::current()
                .zip(id.as_ref())
                .zip(BASE64.decode(&n.ciphertext).ok())
                .and_then(|((identity, id), bytes)| open_note(&bytes, &identity, id).ok())
                .map(|t| t.to_string())
                .unwrap_or_else(|| lang.t("case-cannot-open"));
            OpenedNote {
                author: n.author.unwrap_or_default(),
                day: n.written_on,
                text,
            }
        })
        .collect();
    Opened {
        case,
        ciphertext,
        notes,
        recipients: detail.recipients,
        assignable: detail.assignable,
        child_recipient: detail.child_recipient,
        messages: detail.messages,
    }
}

#[component]
pub fn CasePanel(
    lang: Lang,
    api: Api,
    id: String,
    holdings: Holdings,
    /// Bumped to fetch this case again (the workbench's keys bump it too).
    reload: RwSignal<u32>,
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let opened = RwSignal::new(None::<Opened>);
    let error = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<String>);
    let path = format!("{CASES_PATH}/{id}");
    {
        let path = path.clone();
        Effect::new(move |_| {
            let asked = reload.get();
            let path = path.clone();
            spawn_local(async move {
                match api.get::<CaseDetail>(&path).await {
                    Ok(detail) => {
                        // The list's row shows what the case is now, unless this answer is
                        // already old: asked before a change that a newer fetch will bring, or
                        // for a case the reviewer has left (a change made by key meanwhile is
                        // in the row already, and this answer would undo it there).
                        let current = reload.try_get_untracked() == Some(asked)
                            && selected.try_get_untracked().flatten().as_deref()
                                == Some(detail.case.summary.id.as_str());
                        if current {
                            holdings.update(&detail.case.summary);
                        }
                        opened.set(Some(open_detail(detail, lang)));
                    }
                    Err(message) => error.set(Some(message)),
                }
            });
        });
    }
    let apply = {
        let path = path.clone();
        move |change: CaseChange| {
            let path = path.clone();
            spawn_local(async move {
                match api.send_json("POST", &path, &change).await {
                    Ok(()) => {
                        error.set(None);
                        notice.set(Some(lang.t("case-saved")));
                        reload.update(|n| *n += 1);
                    }
                    Err(message) => error.set(Some(message)),
                }
            });
        }
    };
    // Shared: reload the case (and its row). Stepped back: the case is no longer ours to see.
    let changed = Callback::new(move |left: bool| {
        if left {
            holdings.remove(&id);
            selected.set(None);
        } else {
            notice.set(Some(lang.t("share-done")));
            reload.update(|n| *n += 1);
        }
    });
    let note_field = NodeRef::<Textarea>::new();
    let add_note = {
        let path = format!("{path}/notes");
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(field) = note_field.get() else {
                return;
            };
            let Some(current) = opened.get_untracked() else {
                return;
            };
            let Ok(case) = SubmissionId::parse(&current.case.summary.id) else {
                return;
            };
            let text = field.value();
            let posting =
                match seal_and_post(api, lang, path.clone(), &case, &text, &current.recipients) {
                    Ok(posting) => posting,
                    Err(message) => return error.set(Some(message)),
                };
            spawn_local(async move {
                match posting.await {
                    Ok(()) => {
                        field.set_value("");
                        error.set(None);
                        notice.set(Some(lang.t("note-added")));
                        reload.update(|n| *n += 1);
                    }
                    Err(message) => error.set(Some(message)),
                }
            });
        }
    };
    let body = move || {
        let apply = apply.clone();
        opened.get().map(|o| {
            let s = o.case.summary.clone();
            let text = match &o.case.text {
                Ok(text) => view! { <p class="case-text" id="case-text" dir="auto" lang="">{text.clone()}</p> }.into_any(),
                Err(message) => view! { <p class="error">{message.clone()}</p> }.into_any(),
            };
            let notes = o
                .notes
                .iter()
                .map(|n| {
                    let by = lang.t_args(
                        "note-by",
                        &[("handle", n.author.clone().into()), ("day", n.day.clone().into())],
                    );
                    view! { <li><p class="hint">{by}</p><p class="case-text" dir="auto">{n.text.clone()}</p></li> }
                })
                .collect_view();
            let assignees = o
                .assignable
                .iter()
                .map(|h| {
                    let selected = s.assignee.as_deref() == Some(h.as_str());
                    view! { <option value=h.clone() selected=selected>{h.clone()}</option> }
                })
                .collect_view();
            let (a1, a2, a3, a4, a5) = (apply.clone(), apply.clone(), apply.clone(), apply.clone(), apply);
            let heading = lang.t_args(
                "case-heading",
                &[("ref", case_reference(&s.id).into()), ("day", s.received_on.clone().into())],
            );
            let due = lang.t_args("case-ack-due", &[("day", s.ack_due.clone().into())]);
            let sealed_in = lang.t(&format!("sealed-{}", s.sealed_in));
            let place = match o.case.place.as_deref() {
                None => lang.t("case-place-unsaid"),
                Some(ELSEWHERE) => lang.t("case-place-elsewhere"),
                Some(code) => lang.t_args("case-place", &[("place", code.to_owned().into())]),
            };
            view! {
                <h2 id="case-heading" tabindex="-1">{heading}</h2>
                <p>{badges(lang, &s)}</p>
                <p class="hint">{due}" · "{sealed_in}</p>
                <p id="case-place">{place}</p>
                {s.shared_by.clone().map(|by| view! {
                    <p id="case-copy" class="hint">{lang.t_args("case-shared-by", &[("handle", by.into())])}</p>
                })}
                {chosen(lang, &o.case.choices)}
                {text}
                {o.case.voice.as_ref().and_then(|v| voice_player(lang, &v.mime, &v.data, "case-voice".to_owned()))}
                <div class="case-actions">
                    <label for="case-status">{lang.t("inbox-col-status")}</label>
                    <select id="case-status" on:change=move |ev| {
                        if let Some(v) = CaseStatus::parse(&event_target_value(&ev)) { a1(CaseChange::Status(v)) }
                    }>
                        {name_options(lang, "status", CaseStatus::NAMES, Some(s.status.as_str()))}
                    </select>
                    <label for="case-category">{lang.t("case-category")}</label>
                    <select id="case-category" on:change=move |ev| {
                        if let Some(v) = Category::parse(&event_target_value(&ev)) { a2(CaseChange::Category(v)) }
                    }>
                        <option value="" disabled=true selected=s.category.is_none()>{lang.t("case-choose")}</option>
                        {name_options(lang, "category", Category::NAMES, s.category.map(Category::as_str))}
                    </select>
                    <label for="case-urgency">{lang.t("case-urgency")}</label>
                    <select id="case-urgency" on:change=move |ev| {
                        if let Some(v) = Urgency::parse(&event_target_value(&ev)) { a3(CaseChange::Urgency(v)) }
                    }>
                        {name_options(lang, "urgency", Urgency::NAMES, Some(s.urgency.as_str()))}
                    </select>
                    <label for="case-assignee">{lang.t("case-assignee")}</label>
                    <select id="case-assignee" on:change=move |ev| {
                        let handle = event_target_value(&ev);
                        a4(CaseChange::Assign((!handle.is_empty()).then_some(handle)))
                    }>
                        <option value="" selected=s.assignee.is_none()>{lang.t("case-unassigned")}</option>
                        {assignees}
                    </select>
                    <p>
                        <button type="button" id="escalate" class="secondary" disabled=s.escalated
                            on:click=move |_| a5(CaseChange::Escalate)>{lang.t("case-escalate")}</button>
                    </p>
                </div>
                <ShieldActions lang api id=s.id.clone() ciphertext=o.ciphertext.clone() changed/>
                <CaseMessages lang api case_id=s.id.clone() messages=o.messages.clone()
                    recipients=o.recipients.clone() child_recipient=o.child_recipient.clone()
                    child_lang=o.case.lang reload notice/>
                <h3>{lang.t("notes-heading")}</h3>
                <ul class="notes" id="notes">{notes}</ul>
            }
            .into_any()
        })
    };
    view! {
        <section class="case-panel" aria-labelledby="case-heading">
            <p class="error" role="alert">{move || error.get()}</p>
            <p role="status">{move || notice.get()}</p>
            {body}
            <form id="add-note" on:submit=add_note>
                <label for="note">{lang.t("note-label")}</label>
                <p id="note-hint" class="hint">{lang.t("note-hint")}</p>
                <textarea id="note" node_ref=note_field rows="4" dir="auto" aria-describedby="note-hint"
                    maxlength=MAX_NOTE_CHARS.to_string()></textarea>
                <p><button type="submit">{lang.t("note-add")}</button></p>
            </form>
        </section>
    }
    .into_any()
}

/// What the child chose in the guided flow, in the words the child saw (the child's messages).
fn chosen(lang: Lang, choices: &Choices) -> impl IntoView {
    let names = |prefix: &str, wires: Vec<&str>| {
        wires
            .iter()
            .map(|w| lang.t(&format!("{prefix}-{w}")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let line = |label: &str, said: String| {
        (!said.is_empty()).then(|| view! { <li><strong>{lang.t(label)}</strong>" "{said}</li> })
    };
    let kind = choices
        .kind
        .map(|k| lang.t(&format!("kind-{}", k.as_str())));
    let feelings = names(
        "feeling",
        choices.feelings.iter().map(|f| f.as_str()).collect(),
    );
    let wishes = names("wish", choices.wishes.iter().map(|w| w.as_str()).collect());
    view! {
        <ul class="chosen" id="case-chosen">
            {line("case-chose-kind", kind.unwrap_or_default())}
            {line("case-chose-feelings", feelings)}
            {line("case-chose-wishes", wishes)}
        </ul>
    }
}
