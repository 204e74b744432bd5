//! One question per screen. Choices are radio buttons (one answer, the picture scale), check boxes
//! (several) or a number per option (ranking); "I don't want to answer" is on every screen.

use super::{consult_page, quick_exit, shown, Text};
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
    /// A translated message when the last answer could not be taken.
    pub error: Option<String>,
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

pub fn consult_question_document(lang: Lang, page: QuestionPage, nonce: &str) -> String {
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
    let body = view! {
        {quick_exit(lang)}
        <p class="hint">{progress}</p>
        <form method="post" action=action>
            <fieldset>
                <legend>
                    <span class="consult-icon" aria-hidden="true">{page.icon}</span>" "
                    <span data-read="">{shown(page.text)}</span>
                </legend>
                {hint}
                {error}
                <ul class=list_class>{choices}</ul>
            </fieldset>
            <p class="consult-actions">
                <button type="submit" name="answer" value="next">{lang.t("consult-next")}</button>
                <button type="submit" name="answer" value="skip" class="secondary">
                    {lang.t("consult-skip")}
                </button>
            </p>
        </form>
    };
    consult_page(lang, title, body, nonce)
}
