//! One question per screen. Choices are radio buttons (one answer, the picture scale), check boxes
//! (several) or a number per option (ranking); "I don't want to answer" is on every screen.

use super::{consult_page, quick_exit, shown, Frame, Text};
use crate::i18n::Lang;
use crate::vocabulary::QuestionKind;
use leptos::prelude::*;

pub struct OptionView {
    pub key: String,
    pub icon: String,
    pub text: Text,
}

pub struct QuestionPage {
    pub id: String,
    /// 1-based.
    pub n: usize,
    pub total: usize,
    pub kind: QuestionKind,
    pub icon: String,
    pub text: Text,
    pub options: Vec<OptionView>,
    /// A free-text question's form: whom the browser seals the words to. `None` on a free-text
    /// question: nobody can read a written answer yet, so only "I don't want to answer" is offered.
    pub written: Option<WrittenForm>,
    /// A translated message when the last answer could not be taken.
    pub error: Option<String>,
}

/// What `/consult/seal.js` needs to seal a written answer in the browser.
pub struct WrittenForm {
    /// The readers' age recipients, space-separated.
    pub readers: String,
    /// Their set's id, sent back so the server knows whom it was sealed to.
    pub set_id: String,
    /// Where the sealed answer is `PUT` (with `/{id}`).
    pub seal_to: String,
    /// The place the child chose, sealed in with the words (a case made from it needs it).
    pub place: String,
}

/// The text box of a free-text question, or, when nobody could read it, the reason there is none.
fn written_box(lang: Lang, written: &Option<WrittenForm>) -> impl IntoView {
    match written {
        Some(_) => view! {
            <p class="hint" data-read="">{lang.t("consult-written-who-reads")}</p>
            <label for="words">{lang.t("consult-written-label")}</label>
            <textarea id="words" name="words" rows="6"
                maxlength=crate::domain::MAX_CHILD_WORDS_CHARS.to_string()></textarea>
        }
        .into_any(),
        None => view! { <p class="hint" data-read="">{lang.t("consult-written-unavailable")}</p> }
            .into_any(),
    }
}

fn choice(kind: QuestionKind, option: OptionView, count: usize) -> impl IntoView {
    let id = format!("choice-{}", option.key);
    let picture = view! { <span class="consult-icon" aria-hidden="true">{option.icon}</span> };
    let input = match kind {
        QuestionKind::Ranking => {
            let name = format!("rank-{}", option.key);
            let numbers = (1..=count)
                .map(|n| view! { <option value=n.to_string()>{n.to_string()}</option> })
                .collect_view();
            view! {
                <select id=id.clone() name=name>
                    <option value="" selected=true>"–"</option>
                    {numbers}
                </select>
            }
            .into_any()
        }
        QuestionKind::Multiple => {
            view! { <input type="checkbox" id=id.clone() name="choice" value=option.key/> }
                .into_any()
        }
        _ => {
            view! { <input type="radio" id=id.clone() name="choice" value=option.key/> }.into_any()
        }
    };
    view! {
        <li class="consult-choice">
            {input}
            <label for=id>{picture}" "<span data-read="">{shown(option.text)}</span></label>
        </li>
    }
}

pub fn consult_question_document(lang: Lang, page: QuestionPage, frame: &Frame) -> String {
    let action = format!("/consult/{}/q/{}", page.id, page.n);
    let progress = lang.t_args(
        "consult-question-progress",
        &[("n", page.n.into()), ("total", page.total.into())],
    );
    let hint = match page.kind {
        QuestionKind::Multiple => Some(lang.t("consult-multiple-hint")),
        QuestionKind::Ranking => Some(lang.t("consult-rank-hint")),
        _ => None,
    }
    .map(|hint| view! { <p class="hint" data-read="">{hint}</p> });
    let error = page
        .error
        .map(|e| view! { <p class="error" role="alert">{e}</p> });
    let count = page.options.len();
    let kind = page.kind;
    let list_class = if kind == QuestionKind::Scale {
        "consult-choices consult-scale"
    } else {
        "consult-choices"
    };
    let choices = page
        .options
        .into_iter()
        .map(|o| choice(kind, o, count))
        .collect_view();
    let title = page.text.text.clone();
    let written = (kind == QuestionKind::FreeText).then(|| written_box(lang, &page.written));
    let can_write = kind != QuestionKind::FreeText || page.written.is_some();
    // Only a free-text form with readers carries `data-seal-to`, which loads the sealing script.
    let seal = page.written;
    let attr = |f: fn(&WrittenForm) -> &String| seal.as_ref().map(|s| f(s).clone());
    let (seal_to, readers) = (attr(|s| &s.seal_to), attr(|s| &s.readers));
    let (set_id, place) = (attr(|s| &s.set_id), attr(|s| &s.place));
    let choices = (count > 0).then(|| view! { <ul class=list_class>{choices}</ul> });
    let next = can_write.then(|| {
        view! { <button type="submit" name="answer" value="next">{lang.t("consult-next")}</button> }
    });
    let body = view! {
        {quick_exit(lang, frame)}
        <p class="hint">{progress}</p>
        <form
            method="post"
            action=action
            data-seal-to=seal_to
            data-seal-readers=readers
            data-seal-set=set_id
            data-seal-place=place
        >
            <fieldset>
                <legend>
                    <span class="consult-icon" aria-hidden="true">{page.icon}</span>" "
                    <span data-read="">{shown(page.text)}</span>
                </legend>
                {hint}
                {error}
                {written}
                {choices}
            </fieldset>
            <p class="consult-actions">
                {next}
                <button type="submit" name="answer" value="skip" class="secondary">
                    {lang.t("consult-skip")}
                </button>
            </p>
        </form>
    };
    consult_page(lang, title, body, frame)
}
