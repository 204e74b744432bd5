//! A case as the reviewer holds it: decrypted here with the unlocked key (`open_item`), and the
//! badges the open case shows. The list of them is `case_table`, fed by `holdings`.

use super::keyring;
use crate::api::console::{CaseItem, CaseSummary};
use crate::domain::{Choices, OpenedVoice, SubmissionId};
use crate::i18n::Lang;
use crate::sealing::open_with;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::prelude::*;

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
