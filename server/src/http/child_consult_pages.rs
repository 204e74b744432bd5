//! The consultation pages' data: a consultation's own texts in the child's language (or the
//! language it falls back to), the places a child may say, and the results turned into what the
//! results page shows (group names translated, hidden counts as hidden).

use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::consultation_results::QuestionResult;
use crate::store::{ConsultationRow, QuestionRow};
use anyhow::Context;
use app::consultation::{Level, Published, Shown};
use app::i18n::{Lang, Locale};
use app::vocabulary::AgeBand;
use axum::response::{Html, IntoResponse, Response};
use child_ui::consult::{
    consult_question_document, consult_results_document, consult_start_document, ActionView,
    BreakdownView, Frame, OptionView, QuestionPage, QuestionResultView, ResultsPage, StartPage,
    Text, WrittenForm,
};
use std::collections::BTreeMap;

/// A consultation's texts in one language.
pub struct Texts(BTreeMap<String, (String, String)>);

impl Texts {
    pub fn get(&self, id: &str) -> Text {
        let (text, lang) = self.0.get(id).cloned().unwrap_or_default();
        Text { text, lang }
    }
}

/// The language a consultation is shown in: the page's, if it is offered in it, else its first.
pub fn text_locale(consultation: &ConsultationRow, lang: Lang) -> &str {
    consultation
        .locales
        .iter()
        .find(|l| l.as_str() == lang.code())
        .or(consultation.locales.first())
        .map_or("en", String::as_str)
}

pub async fn texts(
    state: &AppState,
    consultation: &ConsultationRow,
    lang: Lang,
) -> Result<Texts, IntakeError> {
    let locale = text_locale(consultation, lang);
    let texts = state
        .store
        .consultation_texts(consultation, locale)
        .await
        .context("reading a consultation's texts")?;
    Ok(Texts(texts))
}

/// A consultation's questions, in order.
pub async fn questions(
    state: &AppState,
    consultation: &ConsultationRow,
) -> Result<Vec<QuestionRow>, IntakeError> {
    Ok(state
        .store
        .questions(consultation.id)
        .await
        .context("reading questions")?)
}

/// The places a child may say it lives at: those it is offered at, or every facility.
pub async fn places(
    state: &AppState,
    lang: Lang,
    consultation: &ConsultationRow,
) -> Result<Vec<(String, String)>, IntakeError> {
    let offered = state
        .store
        .consultation_places(consultation.id)
        .await
        .context("reading a consultation's places")?;
    let all = state
        .store
        .facilities(lang)
        .await
        .context("reading facilities")?;
    Ok(all
        .into_iter()
        .filter(|f| offered.is_empty() || offered.contains(&f.code))
        .map(|f| (f.code, f.name))
        .collect())
}

pub async fn start_page(
    state: &AppState,
    lang: Lang,
    consultation: &ConsultationRow,
    frame: &Frame,
) -> Result<Response, Refusal> {
    let refuse = Refusal::page(lang);
    let texts = texts(state, consultation, lang).await.map_err(&refuse)?;
    let places = places(state, lang, consultation).await.map_err(&refuse)?;
    let page = StartPage {
        id: consultation.public_id.clone(),
        title: texts.get("title"),
        purpose: texts.get("purpose"),
        audience: texts.get("audience"),
        k: consultation.min_group,
        places,
    };
    Ok(Html(consult_start_document(lang, page, frame)).into_response())
}

pub async fn question_page(
    state: &AppState,
    lang: Lang,
    consultation: &ConsultationRow,
    n: usize,
    place: &str,
    error: Option<String>,
    frame: &Frame,
) -> Result<Response, Refusal> {
    let refuse = Refusal::page(lang);
    let questions = questions(state, consultation).await.map_err(&refuse)?;
    let total = questions.len();
    let question = questions
        .into_iter()
        .nth(n.saturating_sub(1))
        .ok_or_else(|| refuse(IntakeError::BadForm))?;
    let texts = texts(state, consultation, lang).await.map_err(&refuse)?;
    let options = question
        .options
        .iter()
        .map(|(key, icon)| OptionView {
            key: key.clone(),
            icon: icon.clone(),
            text: texts.get(&format!("q-{}-{key}", question.key)),
        })
        .collect();
    let page = QuestionPage {
        id: consultation.public_id.clone(),
        n,
        total,
        kind: question.kind,
        icon: question.icon.clone(),
        text: texts.get(&format!("q-{}", question.key)),
        options,
        written: written_form(state, consultation, &question, n, place)
            .await
            .map_err(&refuse)?,
        error,
    };
    let status = if page.error.is_some() {
        http::StatusCode::BAD_REQUEST
    } else {
        http::StatusCode::OK
    };
    Ok((status, Html(consult_question_document(lang, page, frame))).into_response())
}

/// For a free-text question, what the browser seals to (`None`: no lead holds a key yet).
async fn written_form(
    state: &AppState,
    consultation: &ConsultationRow,
    question: &QuestionRow,
    n: usize,
    place: &str,
) -> Result<Option<WrittenForm>, IntakeError> {
    if question.kind != app::vocabulary::QuestionKind::FreeText {
        return Ok(None);
    }
    Ok(super::child_consult_written::readers(state)
        .await?
        .map(|set| WrittenForm {
            readers: set.to_strings().join(" "),
            set_id: set.id(),
            seal_to: format!("/consult/{}/q/{n}/sealed", consultation.public_id),
            place: place.to_owned(),
        }))
}

fn group_name(lang: Lang, level: Level, group: &str, places: &BTreeMap<String, String>) -> String {
    if group.is_empty() {
        return lang.t("consult-results-none-said");
    }
    match level {
        Level::Place => places
            .get(group)
            .cloned()
            .unwrap_or_else(|| group.to_owned()),
        Level::Region => group.to_owned(),
        Level::Language => {
            Locale::parse(group).map_or_else(|| group.to_owned(), |l| l.self_name().to_owned())
        }
        Level::AgeBand => AgeBand::parse(group)
            .filter(|b| *b != AgeBand::NotSaid)
            .map_or_else(
                || lang.t("consult-results-none-said"),
                |b| lang.t(&format!("consult-age-{b}")),
            ),
    }
}

/// The public results page (child site).
pub async fn results_page(
    state: &AppState,
    lang: Lang,
    consultation: &ConsultationRow,
    found: Vec<QuestionResult>,
    frame: &Frame,
) -> Result<Response, Refusal> {
    let page = results_view(state, lang, consultation, found)
        .await
        .map_err(Refusal::page(lang))?;
    Ok(Html(consult_results_document(lang, page, frame)).into_response())
}

/// Published results as the results page shows them (the child site's and the console's).
pub async fn results_view(
    state: &AppState,
    lang: Lang,
    consultation: &ConsultationRow,
    found: Vec<QuestionResult>,
) -> Result<ResultsPage, IntakeError> {
    let texts = texts(state, consultation, lang).await?;
    let places: BTreeMap<String, String> = places(state, lang, consultation)
        .await?
        .into_iter()
        .collect();
    let quotes = state
        .store
        .quotes(consultation.id)
        .await
        .context("reading quotes")?;
    let questions = found
        .into_iter()
        .map(|r| {
            let q = &r.question;
            let own = |id: &str| Text {
                text: lang.t(id),
                lang: lang.code().to_owned(),
            };
            let option_text = |key: &str| {
                if key == app::consultation::SKIP {
                    own("consult-skip")
                } else if key == app::consultation::WRITTEN {
                    own("consult-results-written")
                } else {
                    texts.get(&format!("q-{}-{key}", q.key))
                }
            };
            let (respondents, options, breakdowns) = match r.published {
                Published::TooFew => (None, Vec::new(), Vec::new()),
                Published::Shown {
                    respondents,
                    options,
                    breakdowns,
                } => {
                    let keys: Vec<String> = options.iter().map(|(k, _)| k.clone()).collect();
                    let options = options
                        .into_iter()
                        .map(|(key, shown)| {
                            let count = match shown {
                                Shown::Count(c) => Some(c),
                                Shown::Hidden => None,
                            };
                            (option_text(&key), count)
                        })
                        .collect();
                    let breakdowns = breakdowns
                        .into_iter()
                        .map(|b| BreakdownView {
                            title: lang.t(&format!("consult-results-by-{}", b.level.as_str())),
                            groups: b
                                .groups
                                .iter()
                                .map(|(g, c)| {
                                    let counts = keys
                                        .iter()
                                        .map(|k| c.options.get(k).copied().unwrap_or(0))
                                        .collect();
                                    (group_name(lang, b.level, g, &places), counts)
                                })
                                .collect(),
                        })
                        .collect();
                    (Some(respondents), options, breakdowns)
                }
            };
            // A quote is shown only where the question's results are (k or more answered).
            let quotes = quotes
                .iter()
                .filter(|quote| respondents.is_some() && quote.question_key == q.key)
                .map(|quote| quote.quote.clone())
                .collect();
            QuestionResultView {
                icon: q.icon.clone(),
                text: texts.get(&format!("q-{}", q.key)),
                respondents,
                options,
                breakdowns,
                quotes,
            }
        })
        .collect();
    let actions = state
        .store
        .actions(consultation.id)
        .await
        .context("reading actions")?
        .into_iter()
        .map(|a| {
            let why = texts.0.contains_key(&format!("action-{}-why", a.position));
            ActionView {
                status: a.status.as_str(),
                status_label: lang.t(&format!("consult-action-{}", a.status)),
                what: texts.get(&format!("action-{}", a.position)),
                why: why.then(|| texts.get(&format!("action-{}-why", a.position))),
                question: a.question.map(|q| texts.get(&format!("q-{q}"))),
            }
        })
        .collect();
    Ok(ResultsPage {
        title: texts.get("title"),
        audience: texts.get("audience"),
        k: consultation.min_group,
        actions,
        questions,
    })
}
