//! A story, when the child comes back with its pictures: each version waiting for them, shown
//! exactly as it would be used (opened in this browser), to approve or decline; and each
//! purpose with its yes or no, read aloud on request, to change at any time. Taking back a yes
//! works at once: the versions for it are deleted and nothing of it stays published.

use super::Back;
use crate::child::read_aloud::ReadAloud;
use crate::i18n::{FluentValue, Lang, Locale};
use crate::story::{Purpose, VersionContent};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ConsentLine {
    pub purpose: Purpose,
    pub yes: bool,
    pub until: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct VersionLine {
    pub id: String,
    pub purpose: Purpose,
    pub state: String,
    /// None when this browser could not open it (then it cannot be approved).
    pub content: Option<VersionContent>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StoryOpen {
    pub consents: Vec<ConsentLine>,
    pub versions: Vec<VersionLine>,
}

fn purpose_target(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Learning => "back-purpose-learning",
        Purpose::Advocacy => "back-purpose-advocacy",
        Purpose::Public => "back-purpose-public",
        Purpose::Media => "back-purpose-media",
    }
}

fn version_view(lang: Lang, back: Back, v: VersionLine) -> impl IntoView {
    let purpose = lang.t(&format!("story-purpose-{}", v.purpose.as_str()));
    let heading = lang.t_args(
        "story-version-for",
        &[("purpose", FluentValue::from(purpose))],
    );
    let Some(content) = v.content else {
        return view! {
            <li class="version"><h3>{heading}</h3><p>{lang.t("back-cannot-open")}</p></li>
        }
        .into_any();
    };
    let language = Locale::parse(&content.lang)
        .map(Locale::self_name)
        .unwrap_or_default();
    let dir = Locale::parse(&content.lang).map(Locale::dir);
    let byline = (!content.byline.is_empty()).then(|| {
        let line = lang.t_args(
            "story-version-byline",
            &[("name", FluentValue::from(content.byline.clone()))],
        );
        view! { <p class="byline">{line}</p> }
    });
    let state = lang.t(&format!("story-version-{}", v.state));
    let awaiting = v.state == "awaiting";
    let (yes_id, no_id) = (v.id.clone(), v.id.clone());
    let approve = move |_| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(super::story_net::answer_version(
            back,
            lang,
            yes_id.clone(),
            true,
        ));
        #[cfg(not(feature = "hydrate"))]
        let _ = (&yes_id, back);
    };
    let decline = move |_| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(super::story_net::answer_version(
            back,
            lang,
            no_id.clone(),
            false,
        ));
        #[cfg(not(feature = "hydrate"))]
        let _ = &no_id;
    };
    view! {
        <li class="version" data-version=v.id.clone()>
            <h3>{heading}</h3>
            <p class="hint">{language}" · "<span class="version-state">{state}</span></p>
            <blockquote class="case-text version-text" lang=content.lang.clone() dir=dir>
                {content.text}
            </blockquote>
            {byline}
            <div class="step-nav" hidden=!awaiting>
                <button type="button" class="secondary version-decline" on:click=decline>
                    {lang.t("story-version-decline")}
                </button>
                <button type="button" class="version-approve" on:click=approve>
                    {lang.t("story-version-approve")}
                </button>
            </div>
        </li>
    }
    .into_any()
}

fn consent_view(lang: Lang, back: Back, c: ConsentLine) -> impl IntoView {
    let p = c.purpose.as_str();
    let target = purpose_target(c.purpose);
    let status = match (&c.yes, &c.until) {
        (true, Some(until)) => lang.t_args(
            "story-consent-yes-until",
            &[("day", FluentValue::from(until.clone()))],
        ),
        (true, None) => lang.t("story-consent-yes"),
        (false, _) => lang.t("story-consent-said-no"),
    };
    let purpose = c.purpose;
    let change = move |yes: bool| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(super::story_net::change_consent(back, lang, purpose, yes));
        #[cfg(not(feature = "hydrate"))]
        let _ = (yes, purpose, back);
    };
    let buttons = if c.yes {
        view! {
            <button type="button" class="secondary consent-withdraw" on:click=move |_| change(false)>
                {lang.t("story-consent-withdraw")}
            </button>
            <button type="button" class="secondary consent-renew" on:click=move |_| change(true)>
                {lang.t("story-consent-renew")}
            </button>
        }
        .into_any()
    } else {
        view! {
            <button type="button" class="secondary consent-give" on:click=move |_| change(true)>
                {lang.t("story-consent-give")}
            </button>
        }
        .into_any()
    };
    view! {
        <li id=target class="consent-line" data-purpose=p>
            <div class="step-head">
                <h3 data-read="">{lang.t(&format!("story-purpose-{p}"))}</h3>
                <ReadAloud target/>
            </div>
            <p data-read="">{lang.t(&format!("story-purpose-{p}-body"))}</p>
            <p class="consent-status" data-read="">{status}</p>
            <p class="step-nav">{buttons}</p>
        </li>
    }
}

#[component]
pub(crate) fn StoryPanel(back: Back, story: StoryOpen) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let versions = if story.versions.is_empty() {
        view! { <p class="hint">{lang.t("story-no-versions")}</p> }.into_any()
    } else {
        let items = story
            .versions
            .into_iter()
            .map(|v| version_view(lang, back, v))
            .collect_view();
        view! { <ul class="versions" id="story-versions">{items}</ul> }.into_any()
    };
    let consents = story
        .consents
        .into_iter()
        .map(|c| consent_view(lang, back, c))
        .collect_view();
    view! {
        <h2 id="story-h">{lang.t("story-back-heading")}</h2>
        <p>{lang.t("story-back-intro")}</p>
        <h2>{lang.t("story-versions-heading")}</h2>
        {versions}
        <h2>{lang.t("story-consents-heading")}</h2>
        <ul class="consents" id="story-consents">{consents}</ul>
        <p class="hint">{lang.t("story-consent-never")}</p>
    }
}
