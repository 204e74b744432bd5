//! The browser's side of coming back: derive, ask, open, add, take back. The derived key and
//! token live in this page's memory only (`OPENED`), never in storage or a signal.

use super::story_net::open_story;
use super::{Back, BackState, Line};
use crate::api::coming_back::{
    ReturnAdd, ReturnRequest, ReturnView, WithdrawalDue, RETURN_ADD_PATH, RETURN_FOLLOW_PATH,
    RETURN_PATH, RETURN_WITHDRAW_PATH,
};
use crate::api::ApiError;
use crate::browser::let_the_page_paint;
use crate::case_notes::{open_note, seal_note, MAX_NOTE_CHARS};
use crate::child::page_data::{PageData, SiteFacts};
use crate::domain::SubmissionId;
use crate::i18n::Lang;
use crate::return_code::ReturnCode;
use crate::sealing::RecipientSet;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::prelude::*;
use std::cell::RefCell;
use zeroize::Zeroizing;

pub(super) struct Opened {
    pub token: Zeroizing<String>,
    pub identity: crate::sealing::Identity,
}

thread_local! {
    pub(super) static OPENED: RefCell<Option<Opened>> = const { RefCell::new(None) };
}

/// Forgets the key and the token (Close, or the case was taken back).
pub fn forget() {
    OPENED.with(|o| o.borrow_mut().take());
}

pub(super) fn token() -> Option<Zeroizing<String>> {
    OPENED.with(|o| o.borrow().as_ref().map(|o| o.token.clone()))
}

/// POSTs JSON; a refusal comes back as its translated message.
pub(super) async fn post<B: serde::Serialize>(
    path: &str,
    body: &B,
    lang: Lang,
) -> Result<gloo_net::http::Response, String> {
    let failed = || lang.t("error-not-arrived");
    let request = gloo_net::http::Request::post(path)
        .header("accept-language", lang.code())
        .json(body)
        .map_err(|_| failed())?;
    let response = request.send().await.map_err(|_| failed())?;
    if response.ok() {
        return Ok(response);
    }
    match response.json::<ApiError>().await {
        Ok(error) => Err(error.message),
        Err(_) => Err(failed()),
    }
}

/// Asks for the case with the token in memory and shows it.
pub(super) async fn show(back: Back, lang: Lang) {
    let Some(token) = token() else {
        return;
    };
    let request = ReturnRequest {
        token: token.to_string(),
    };
    let view = match post(RETURN_PATH, &request, lang).await {
        Ok(response) => response
            .json::<ReturnView>()
            .await
            .map_err(|_| lang.t("error-not-arrived")),
        Err(message) => Err(message),
    };
    match view {
        Ok(view) if view.story.is_some() => {
            back.state.set(BackState::Story(open_story(view)));
        }
        Ok(view) => {
            let lines = OPENED.with(|o| {
                let opened = o.borrow();
                let case = SubmissionId::parse(&view.case_id).ok();
                view.messages
                    .iter()
                    .map(|m| Line {
                        from_child: m.from_child,
                        day: m.day.clone(),
                        text: opened
                            .as_ref()
                            .zip(case.as_ref())
                            .zip(BASE64.decode(&m.ciphertext).ok())
                            .and_then(|((o, case), bytes)| {
                                open_note(&bytes, &o.identity, case).ok()
                            })
                            .map(|t| t.to_string())
                            .unwrap_or_else(|| lang.t("back-cannot-open")),
                    })
                    .collect()
            });
            RECIPIENTS
                .with(|r| *r.borrow_mut() = Some((view.case_id.clone(), view.recipients.clone())));
            back.state.set(BackState::Open {
                status: view.status,
                lines,
                keeps_until: view.withdraw_keeps_until,
                consultations: view.consultations,
            });
        }
        Err(message) => {
            forget();
            back.error.set(Some(message));
            back.state.set(BackState::Choosing);
        }
    }
}

thread_local! {
    /// The open case's id and who an addition is sealed to.
    static RECIPIENTS: RefCell<Option<(String, Vec<String>)>> = const { RefCell::new(None) };
}

pub async fn open(back: Back, lang: Lang) {
    let_the_page_paint().await;
    let Ok(code) = ReturnCode::from_indices(&back.chosen.get_untracked()) else {
        back.error.set(Some(lang.t("back-incomplete")));
        back.state.set(BackState::Choosing);
        return;
    };
    let derived = code.derive(&SiteFacts::for_page().code_salt);
    OPENED.with(|o| {
        *o.borrow_mut() = Some(Opened {
            token: derived.token.clone(),
            identity: derived.identity,
        })
    });
    show(back, lang).await;
}

pub async fn add(back: Back, lang: Lang, area: web_sys::HtmlTextAreaElement) {
    let text = Zeroizing::new(area.value());
    if text.trim().is_empty() || text.chars().count() > MAX_NOTE_CHARS {
        back.error.set(Some(lang.t("error-empty")));
        return;
    }
    let Some((case, recipients)) = RECIPIENTS.with(|r| r.borrow().clone()) else {
        return;
    };
    let sealed = SubmissionId::parse(&case)
        .ok()
        .zip(RecipientSet::parse(&recipients).ok())
        .and_then(|(case, set)| seal_note(&case, &text, &set).ok());
    let (Some(sealed), Some(token)) = (sealed, token()) else {
        back.error.set(Some(lang.t("error-unavailable")));
        return;
    };
    let body = ReturnAdd {
        token: token.to_string(),
        ciphertext: BASE64.encode(sealed.as_bytes()),
    };
    match post(RETURN_ADD_PATH, &body, lang).await {
        Ok(_) => {
            area.set_value("");
            back.error.set(None);
            back.notice.set(Some(lang.t("back-added")));
            show(back, lang).await;
        }
        Err(message) => back.error.set(Some(message)),
    }
}

/// The code follows the consultations this visit took part in; then the case is shown again.
pub async fn follow(back: Back, lang: Lang) {
    let Some(token) = token() else {
        return;
    };
    let body = ReturnRequest {
        token: token.to_string(),
    };
    match post(RETURN_FOLLOW_PATH, &body, lang).await {
        Ok(_) => show(back, lang).await,
        Err(message) => back.error.set(Some(message)),
    }
}

pub async fn withdraw(back: Back, lang: Lang) {
    let Some(token) = token() else {
        return;
    };
    let body = ReturnRequest {
        token: token.to_string(),
    };
    match post(RETURN_WITHDRAW_PATH, &body, lang).await {
        Ok(response) => {
            // 202: an urgent case, readable by a lead until the day given; 204: deleted.
            let until = match response.status() {
                202 => response
                    .json::<WithdrawalDue>()
                    .await
                    .ok()
                    .map(|due| due.readable_until),
                _ => None,
            };
            forget();
            RECIPIENTS.with(|r| r.borrow_mut().take());
            back.chosen.set(Vec::new());
            back.state.set(BackState::Withdrawn(until));
        }
        Err(message) => back.error.set(Some(message)),
    }
}
