//! The story editors' workbench (the stories page): a page of the stories sealed to the editor's
//! key that the child says yes to (no sealed words in the list), each opened on request — its
//! ciphertext fetched then, audited, and opened here with the unlocked key; the consent as it stands per
//! purpose; the versions (opened here too) with their state; a form to prepare a version for a
//! purpose the child says yes to; publishing an approved public-education version; and
//! recording a guardian's or advocate's answer where the policy asks for one.

mod editor;

use super::keyring;
use super::net::Api;
use crate::api::stories::{
    EditorStory, EditorStoryLine, EditorStoryPage, EditorVersion, EDITOR_API,
};
use crate::domain::{OpenedEnvelope, OpenedVoice, SubmissionId};
use crate::i18n::{FluentValue, Lang};
use crate::sealing::open_with;
use crate::story::VersionContent;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A story and what the editor's key opened of it.
#[derive(Clone)]
pub(super) struct OpenedStory {
    pub story: EditorStory,
    pub text: String,
    pub name: Option<String>,
    /// A recording, when the child told the story out loud.
    pub voice: Option<OpenedVoice>,
    pub versions: Vec<(EditorVersion, Option<VersionContent>)>,
}

fn open_story(story: EditorStory) -> Option<OpenedStory> {
    let identity = keyring::current()?;
    let id = SubmissionId::parse(&story.id).ok()?;
    let bytes = BASE64.decode(&story.ciphertext).ok()?;
    let opened: OpenedEnvelope = open_with(&bytes, &identity, &id).ok()?;
    let versions = story
        .versions
        .iter()
        .map(|v| {
            let content = BASE64
                .decode(&v.ciphertext)
                .ok()
                .and_then(|b| VersionContent::open(&b, &identity, &id, &v.id).ok());
            (v.clone(), content)
        })
        .collect();
    Some(OpenedStory {
        text: opened.text.clone(),
        name: opened.name.clone(),
        voice: opened.voice.clone(),
        versions,
        story,
    })
}

#[component]
pub fn Stories(lang: Lang, api: Api) -> impl IntoView {
    let page = RwSignal::new(None::<Result<EditorStoryPage, String>>);
    let refresh = RwSignal::new(0u32);
    let before = RwSignal::new(None::<String>);
    // The `before` of each newer page, for "newer".
    let history = RwSignal::new(Vec::<Option<String>>::new());
    // Stories the editor opened while on this page: they stay open when the list refreshes.
    let opened_ids = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        refresh.track();
        let path = match before.get() {
            Some(b) => format!("{EDITOR_API}?before={b}"),
            None => EDITOR_API.to_owned(),
        };
        spawn_local(async move {
            page.set(Some(api.get::<EditorStoryPage>(&path).await));
        });
    });
    let next = move || {
        page.with(|p| match p {
            Some(Ok(p)) => p.next_before.clone(),
            _ => None,
        })
    };
    let older = move |_| {
        history.update(|h| h.push(before.get_untracked()));
        before.set(next());
    };
    let newer = move |_| {
        let previous = history.try_update(|h| h.pop()).flatten().flatten();
        before.set(previous);
    };
    let list = move || match page.get() {
        None => view! { <p class="hint">{lang.t("stories-loading")}</p> }.into_any(),
        Some(Err(message)) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
        Some(Ok(p)) if p.stories.is_empty() => {
            view! { <p id="stories-empty">{lang.t("stories-empty")}</p> }.into_any()
        }
        Some(Ok(p)) => p
            .stories
            .into_iter()
            .map(|line| view! { <StoryLine lang api line opened_ids refresh/> })
            .collect_view()
            .into_any(),
    };
    view! {
        <div id="stories">{list}</div>
        <p class="pager">
            <button type="button" class="secondary" on:click=newer
                disabled=move || history.with(|h| h.is_empty())>{lang.t("stories-newer")}</button>
            " "
            <button type="button" class="secondary" on:click=older
                disabled=move || next().is_none()>{lang.t("stories-older")}</button>
        </p>
    }
}

/// One story of the list: its day and the child's yes per purpose; opened on request, which
/// fetches its sealed words (audited) and opens them here with the unlocked key.
#[component]
fn StoryLine(
    lang: Lang,
    api: Api,
    line: EditorStoryLine,
    opened_ids: RwSignal<Vec<String>>,
    refresh: RwSignal<u32>,
) -> impl IntoView {
    let detail = RwSignal::new(None::<Result<OpenedStory, String>>);
    let load = {
        let id = line.id.clone();
        move || {
            let path = format!("{EDITOR_API}/{id}");
            spawn_local(async move {
                let opened = match api.get::<EditorStory>(&path).await {
                    Ok(story) => open_story(story).ok_or_else(|| lang.t("case-cannot-open")),
                    Err(message) => Err(message),
                };
                detail.set(Some(opened));
            });
        }
    };
    if opened_ids.with_untracked(|ids| ids.contains(&line.id)) {
        load();
    }
    let open = {
        let (id, load) = (line.id.clone(), load.clone());
        move |_| {
            opened_ids.update(|ids| ids.push(id.clone()));
            load();
        }
    };
    let heading = lang.t_args(
        "stories-story",
        &[("day", FluentValue::from(line.received_on.clone()))],
    );
    let yes_to = line
        .consents
        .iter()
        .filter(|c| c.child_yes)
        .map(|c| lang.t(&format!("story-purpose-{}", c.purpose)))
        .collect::<Vec<_>>()
        .join(", ");
    move || match detail.get() {
        Some(Ok(opened)) => view! { <StoryItem lang api opened refresh/> }.into_any(),
        other => {
            let error = match other {
                Some(Err(message)) => Some(message),
                _ => None,
            };
            view! {
                <article class="story-item" data-story=line.id.clone()>
                    <h2>{heading.clone()}</h2>
                    <p>{lang.t("stories-col-child")}": "{yes_to.clone()}</p>
                    <p class="error" role="alert">{error}</p>
                    <p><button type="button" class="story-open" on:click=open.clone()>
                        {lang.t("stories-open")}</button></p>
                </article>
            }
            .into_any()
        }
    }
}

fn yes_no(lang: Lang, value: Option<bool>) -> String {
    match value {
        Some(true) => lang.t("stories-yes"),
        Some(false) => lang.t("stories-no"),
        None => lang.t("stories-not-asked"),
    }
}

#[component]
fn StoryItem(lang: Lang, api: Api, opened: OpenedStory, refresh: RwSignal<u32>) -> impl IntoView {
    let story = opened.story.clone();
    let heading = lang.t_args(
        "stories-story",
        &[("day", FluentValue::from(story.received_on.clone()))],
    );
    let naming = lang.t(&format!("story-naming-{}", story.naming));
    let name = opened.name.clone().filter(|n| !n.is_empty());
    let rows = story
        .consents
        .iter()
        .map(|c| {
            let co = if c.co_needed {
                yes_no(lang, c.co_yes)
            } else {
                lang.t("stories-co-not-needed")
            };
            view! {
                <tr data-purpose=c.purpose.clone()>
                    <th scope="row">{lang.t(&format!("story-purpose-{}", c.purpose))}</th>
                    <td class="child-yes">{yes_no(lang, Some(c.child_yes))}</td>
                    <td>{co}</td>
                    <td class="usable">{yes_no(lang, Some(c.usable))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="story-item" data-story=story.id.clone()>
            <h2>{heading}</h2>
            <blockquote class="case-text story-text" lang="" dir="auto">{opened.text.clone()}</blockquote>
            {opened.voice.as_ref().and_then(|v| {
                super::voice_player::voice_player(lang, &v.mime, &v.data, format!("voice-{}", story.id))
            })}
            <p>{lang.t("stories-naming")}" "{naming}{name.map(|n| format!(" — {n}"))}</p>
            <table class="audit">
                <thead>
                    <tr>
                        <th scope="col">{lang.t("stories-col-purpose")}</th>
                        <th scope="col">{lang.t("stories-col-child")}</th>
                        <th scope="col">{lang.t("stories-col-co")}</th>
                        <th scope="col">{lang.t("stories-col-usable")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <editor::Versions lang api opened=opened.clone() refresh/>
            <editor::PrepareVersion lang api opened=opened.clone() refresh/>
            <editor::CoConsentForm lang api story=story.clone() refresh/>
        </article>
    }
}
