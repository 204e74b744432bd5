//! What a story editor does with one story: read its versions (with their state), publish an
//! approved public-education version word for word, prepare a new version sealed to the child
//! and the editors, and record a guardian's or advocate's answer.

use super::super::net::Api;
use super::OpenedStory;
use crate::api::stories::{CoConsent, EditorStory, NewVersion, Publish, EDITOR_API};
use crate::domain::SubmissionId;
use crate::i18n::{Lang, Locale};
use crate::sealing::RecipientSet;
use crate::story::{Purpose, VersionContent};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Versions(
    lang: Lang,
    api: Api,
    opened: OpenedStory,
    refresh: RwSignal<u32>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let story_id = opened.story.id.clone();
    let items = opened
        .versions
        .into_iter()
        .map(|(v, content)| {
            let purpose = lang.t(&format!("story-purpose-{}", v.purpose));
            let state = lang.t(&format!("story-version-{}", v.state));
            let language = Locale::parse(&v.lang).map(Locale::self_name).unwrap_or_default();
            let publishable = v.purpose == Purpose::Public.as_str() && v.state == "approved";
            let published = v.published.then(|| {
                view! { <p class="published">{lang.t("stories-published")}</p> }
            });
            let path = format!("{EDITOR_API}/{story_id}/versions/{}/publish", v.id);
            let text = content.as_ref().map(|c| c.text.clone()).unwrap_or_else(|| lang.t("case-cannot-open"));
            let publish = (publishable && !v.published).then(|| {
                let content = content.clone();
                let on_click = move |_| {
                    let Some(c) = content.clone() else {
                        return;
                    };
                    let path = path.clone();
                    spawn_local(async move {
                        let body = Publish {
                            lang: c.lang,
                            byline: c.byline,
                            text: c.text,
                        };
                        match api.send_json("POST", &path, &body).await {
                            Ok(()) => refresh.update(|n| *n += 1),
                            Err(message) => error.set(Some(message)),
                        }
                    });
                };
                view! { <button type="button" class="publish" on:click=on_click>{lang.t("stories-publish")}</button> }
            });
            view! {
                <li class="version" data-version=v.id.clone() data-state=v.state.clone()>
                    <p><strong>{purpose}</strong>" · "{language}" · "{state}</p>
                    <blockquote class="case-text version-text" lang=v.lang.clone() dir="auto">{text}</blockquote>
                    {published}
                    {publish}
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>{lang.t("stories-versions")}</h3>
        <p class="error" role="alert">{move || error.get()}</p>
        <ul class="versions">{items}</ul>
    }
}

#[component]
pub fn PrepareVersion(
    lang: Lang,
    api: Api,
    opened: OpenedStory,
    refresh: RwSignal<u32>,
) -> impl IntoView {
    let story = opened.story.clone();
    let open_purposes: Vec<String> = story
        .consents
        .iter()
        .filter(|c| c.child_yes)
        .map(|c| c.purpose.clone())
        .collect();
    let purpose_options = open_purposes
        .iter()
        .map(|p| view! { <option value=p.clone()>{lang.t(&format!("story-purpose-{p}"))}</option> })
        .collect_view();
    let lang_options = Locale::ALL
        .iter()
        .map(|l| {
            let current = *l == lang.locale;
            view! { <option value=l.code() selected=current>{l.self_name()}</option> }
        })
        .collect_view();
    let id = story.id.clone();
    let (purpose_id, lang_id, byline_id, text_id) = (
        format!("purpose-{id}"),
        format!("lang-{id}"),
        format!("byline-{id}"),
        format!("text-{id}"),
    );
    let purpose_ref = NodeRef::<leptos::html::Select>::new();
    let lang_ref = NodeRef::<leptos::html::Select>::new();
    let byline_ref = NodeRef::<leptos::html::Input>::new();
    let text_ref = NodeRef::<leptos::html::Textarea>::new();
    let error = RwSignal::new(None::<String>);
    let named = story.naming != "none";
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(p), Some(l), Some(b), Some(t)) = (
            purpose_ref.get(),
            lang_ref.get(),
            byline_ref.get(),
            text_ref.get(),
        ) else {
            return;
        };
        let Some(purpose) = Purpose::parse(&p.value()) else {
            return;
        };
        let version = SubmissionId::generate().to_string();
        let content = VersionContent {
            story: story.id.clone(),
            version: version.clone(),
            purpose,
            lang: l.value(),
            byline: if named {
                b.value().trim().to_owned()
            } else {
                String::new()
            },
            text: t.value(),
        };
        let sealed = RecipientSet::parse(&story.seal_to)
            .ok()
            .and_then(|set| content.seal(&set).ok());
        let Some(sealed) = sealed else {
            error.set(Some(lang.t("error-unavailable")));
            return;
        };
        let body = NewVersion {
            id: version,
            purpose: purpose.as_str().to_owned(),
            lang: content.lang.clone(),
            ciphertext: BASE64.encode(sealed.as_bytes()),
        };
        let path = format!("{EDITOR_API}/{}/versions", story.id);
        spawn_local(async move {
            match api.send_json("POST", &path, &body).await {
                Ok(()) => refresh.update(|n| *n += 1),
                Err(message) => error.set(Some(message)),
            }
        });
    };
    view! {
        <form class="prepare-version" on:submit=submit>
            <h3>{lang.t("stories-prepare")}</h3>
            <p class="hint">{lang.t("stories-prepare-hint")}</p>
            <p>
                <label for=purpose_id.clone()>{lang.t("stories-col-purpose")}</label>
                <select id=purpose_id node_ref=purpose_ref>{purpose_options}</select>
            </p>
            <p>
                <label for=lang_id.clone()>{lang.t("stories-language")}</label>
                <select id=lang_id node_ref=lang_ref>{lang_options}</select>
            </p>
            <p>
                <label for=byline_id.clone()>{lang.t("stories-byline")}</label>
                <input type="text" id=byline_id node_ref=byline_ref disabled=!named
                    value=opened.name.clone().unwrap_or_default() autocomplete="off"/>
            </p>
            <p>
                <label for=text_id.clone()>{lang.t("stories-version-text")}</label>
                <textarea id=text_id node_ref=text_ref rows="6" dir="auto" spellcheck="false"
                    maxlength=crate::case_notes::MAX_NOTE_CHARS.to_string()>{opened.text.clone()}</textarea>
            </p>
            <p class="error" role="alert">{move || error.get()}</p>
            <p><button type="submit">{lang.t("stories-send-version")}</button></p>
        </form>
    }
}

#[component]
pub fn CoConsentForm(
    lang: Lang,
    api: Api,
    story: EditorStory,
    refresh: RwSignal<u32>,
) -> impl IntoView {
    let needed: Vec<String> = story
        .consents
        .iter()
        .filter(|c| c.co_needed && c.child_yes)
        .map(|c| c.purpose.clone())
        .collect();
    if needed.is_empty() {
        return None;
    }
    let error = RwSignal::new(None::<String>);
    let by_id = format!("co-by-{}", story.id);
    let by_ref = NodeRef::<leptos::html::Select>::new();
    let buttons = needed
        .into_iter()
        .map(|purpose| {
            let purpose_name = purpose.clone();
            let path = format!("{EDITOR_API}/{}/co-consent", story.id);
            let answer = move |yes: bool| {
                let by = by_ref.get().map(|s| s.value()).unwrap_or_default();
                let body = CoConsent {
                    purpose: purpose.clone(),
                    by,
                    yes,
                };
                let path = path.clone();
                spawn_local(async move {
                    match api.send_json("POST", &path, &body).await {
                        Ok(()) => refresh.update(|n| *n += 1),
                        Err(message) => error.set(Some(message)),
                    }
                });
            };
            let (yes, no) = (answer.clone(), answer);
            let name = lang.t(&format!("story-purpose-{purpose_name}"));
            view! {
                <p data-purpose=purpose_name.clone()>
                    <strong>{name}</strong>
                    " "
                    <button type="button" class="secondary" on:click=move |_| yes(true)>{lang.t("stories-co-yes")}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| no(false)>{lang.t("stories-co-no")}</button>
                </p>
            }
        })
        .collect_view();
    Some(view! {
        <div class="co-consent">
            <h3>{lang.t("stories-co-heading")}</h3>
            <p>
                <label for=by_id.clone()>{lang.t("stories-co-by")}</label>
                <select id=by_id node_ref=by_ref>
                    <option value="guardian">{lang.t("stories-co-guardian")}</option>
                    <option value="advocate">{lang.t("stories-co-advocate")}</option>
                </select>
            </p>
            {buttons}
            <p class="error" role="alert">{move || error.get()}</p>
        </div>
    })
}
