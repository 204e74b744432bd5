//! A consultation's results as a page body, for the child site's public page and the console
//! alike: per question, how many answered, a bar chart drawn on the server (SVG, hidden from
//! screen readers) and the same numbers as a table beside it; a breakdown only where the
//! small-group rule (`heard_core::consultation::publish`) let it through.

use crate::i18n::{Lang, Locale};
use leptos::prelude::*;

/// A consultation's own text, with the language it is in (a fallback's differs from the page's).
#[derive(Clone, Debug, Default)]
pub struct Text {
    pub text: String,
    pub lang: String,
}

/// A consultation's text in an element that says its language and direction.
pub fn shown(text: Text) -> impl IntoView {
    let dir = Locale::parse(&text.lang).map_or("ltr", |l| l.dir());
    view! { <span lang=text.lang dir=dir>{text.text}</span> }
}

pub struct BreakdownView {
    /// Translated: "By place", "By language"…
    pub title: String,
    /// The groups (translated names) and, per option in order, the count.
    pub groups: Vec<(String, Vec<u64>)>,
}

pub struct QuestionResultView {
    pub icon: String,
    pub text: Text,
    /// `None`: too few answered for anything to be shown.
    pub respondents: Option<u64>,
    /// Option text and count (`None`: hidden).
    pub options: Vec<(Text, Option<u64>)>,
    pub breakdowns: Vec<BreakdownView>,
    /// Quotes from written answers, each approved by a lead (shown only with the results).
    pub quotes: Vec<String>,
}

/// One thing decided after the consultation, and what became of it.
pub struct ActionView {
    /// The status's stable name (a class) and its translated label.
    pub status: &'static str,
    pub status_label: String,
    pub what: Text,
    pub why: Option<Text>,
    /// The question it answers.
    pub question: Option<Text>,
}

pub struct ResultsPage {
    pub title: Text,
    pub audience: Text,
    pub k: u32,
    pub actions: Vec<ActionView>,
    pub questions: Vec<QuestionResultView>,
}

/// "You said, we did": first, because it is what the children were asked for.
fn actions(lang: Lang, actions: Vec<ActionView>) -> impl IntoView {
    let none = actions
        .is_empty()
        .then(|| view! { <p data-read="">{lang.t("consult-actions-none")}</p> });
    let items = actions
        .into_iter()
        .map(|a| {
            let class = format!("consult-action action-{}", a.status);
            let question = a.question.map(|q| {
                view! { <p class="hint" data-read="">{lang.t("consult-action-answers")}" "{shown(q)}</p> }
            });
            let why = a.why.map(|w| {
                view! { <p data-read="">{lang.t("consult-action-why")}" "{shown(w)}</p> }
            });
            view! {
                <li class=class>
                    <p data-read=""><strong class="consult-status">{a.status_label}</strong>" "{shown(a.what)}</p>
                    {why}
                    {question}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="you-said-we-did">
            <h2 data-read="">{lang.t("consult-actions-title")}</h2>
            {none}
            <ul class="consult-actions-list">{items}</ul>
        </section>
    }
}

const BAR_WIDTH: u64 = 300;
const BAR_HEIGHT: u64 = 22;

fn chart(counts: &[Option<u64>]) -> impl IntoView {
    let max = counts.iter().flatten().copied().max().unwrap_or(0).max(1);
    let height = (BAR_HEIGHT * counts.len() as u64).max(BAR_HEIGHT);
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, count)| {
            let width = count.map_or(0, |c| c * BAR_WIDTH / max);
            let y = i as u64 * BAR_HEIGHT + 3;
            let class = if count.is_some() { "bar" } else { "bar hidden" };
            view! {
                <rect class=class x="0" y=y.to_string() width=width.to_string()
                    height=(BAR_HEIGHT - 6).to_string()></rect>
            }
        })
        .collect_view();
    let view_box = format!("0 0 {BAR_WIDTH} {height}");
    view! {
        <svg class="consult-chart" viewBox=view_box width=BAR_WIDTH.to_string()
            height=height.to_string() aria-hidden="true" focusable="false">
            {bars}
        </svg>
    }
}

fn breakdown(lang: Lang, options: &[Text], b: BreakdownView) -> impl IntoView {
    let heads = options
        .iter()
        .map(|o| view! { <th scope="col">{shown(o.clone())}</th> })
        .collect_view();
    let rows = b
        .groups
        .into_iter()
        .map(|(group, counts)| {
            let cells = counts
                .into_iter()
                .map(|c| view! { <td>{c.to_string()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{group}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="consult-table">
            <caption>{b.title}</caption>
            <thead><tr><th scope="col">{lang.t("consult-results-group")}</th>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn question(lang: Lang, k: u32, q: QuestionResultView) -> impl IntoView {
    let heading = view! {
        <h2 data-read=""><span class="consult-icon" aria-hidden="true">{q.icon}</span>" "{shown(q.text)}</h2>
    };
    let Some(respondents) = q.respondents else {
        let too_few = lang.t_args("consult-results-too-few", &[("k", k.into())]);
        return view! { {heading}<p class="consult-too-few" data-read="">{too_few}</p> }.into_any();
    };
    let answered = lang.t_args("consult-results-answered", &[("count", respondents.into())]);
    let hidden = lang.t_args("consult-results-hidden", &[("k", k.into())]);
    let counts: Vec<Option<u64>> = q.options.iter().map(|(_, c)| *c).collect();
    let option_texts: Vec<Text> = q.options.iter().map(|(t, _)| t.clone()).collect();
    let rows = q
        .options
        .into_iter()
        .map(|(text, count)| {
            let count = count.map_or_else(|| hidden.clone(), |c| c.to_string());
            view! { <tr><th scope="row">{shown(text)}</th><td>{count}</td></tr> }
        })
        .collect_view();
    let breakdowns = q
        .breakdowns
        .into_iter()
        .map(|b| breakdown(lang, &option_texts, b))
        .collect_view();
    let quotes = (!q.quotes.is_empty()).then(|| {
        let items = q
            .quotes
            .into_iter()
            .map(
                |quote| view! { <li><blockquote data-read="" dir="auto">{quote}</blockquote></li> },
            )
            .collect_view();
        view! {
            <p data-read="">{lang.t("consult-results-quotes")}</p>
            <ul class="consult-quotes">{items}</ul>
        }
    });
    view! {
        {heading}
        <p data-read="">{answered}</p>
        <div class="consult-result">
            {chart(&counts)}
            <table class="consult-table">
                <thead><tr>
                    <th scope="col">{lang.t("consult-results-option")}</th>
                    <th scope="col">{lang.t("consult-results-count")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {breakdowns}
        {quotes}
    }
    .into_any()
}

/// The page's title and body.
pub fn results_body(lang: Lang, page: ResultsPage) -> (String, impl IntoView) {
    let k = page.k;
    let title = page.title.text.clone();
    let questions = page
        .questions
        .into_iter()
        .map(|q| question(lang, k, q))
        .collect_view();
    let body = view! {
        <h1 data-read="">{shown(page.title)}</h1>
        <p data-read="">{lang.t("consult-results-intro")}" "{shown(page.audience)}</p>
        {actions(lang, page.actions)}
        <h2 data-read="">{lang.t("consult-results-title")}</h2>
        {questions}
    };
    (title, body)
}
