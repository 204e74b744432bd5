//! A consultation's answers: one question's form checked (a choice, a ranking, or words, which
//! are sealed before anything is kept: `child_consult_written`), counted as +1 on its counters,
//! then the child moved on — to the next question or, after the last, to thanks.

use super::child_consult::{at, elsewhere, open, page, progress_key, Answer, Progress, TAKEN};
use super::child_consult_frame::PageFrame;
use super::child_consult_pages::{question_page, questions, text_locale};
use super::child_consult_written::seal_posted;
use super::errors::IntakeError;
use super::AppState;
use crate::store::ConsultationRow;
use anyhow::Context;
use app::consultation::SKIP;
use app::i18n::Lang;
use app::vocabulary::{Dimension, QuestionKind};
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use axum::{Extension, Form};
use tower_sessions::Session;

/// The groups an answer is counted in: the place and age band the child chose, and the
/// language the consultation is shown in — each a dimension of its own.
pub(super) fn page_groups(
    consultation: &ConsultationRow,
    lang: Lang,
    progress: &Progress,
) -> [(Dimension, String); 3] {
    [
        (Dimension::Place, progress.place.clone()),
        (
            Dimension::Language,
            text_locale(consultation, lang).to_owned(),
        ),
        (Dimension::AgeBand, progress.age.as_str().to_owned()),
    ]
}

/// Moves the child past question `n`: to the next, or, after the last, marks this session as
/// having taken part. Returns where to go.
pub(super) async fn advance(
    session: &Session,
    mut progress: Progress,
    total: usize,
    id: &str,
    n: usize,
) -> Result<String, IntakeError> {
    progress.next += 1;
    let done = progress.next >= total;
    let kept = if done {
        let mut taken: Vec<String> = session.get(TAKEN).await.ok().flatten().unwrap_or_default();
        taken.push(id.to_owned());
        let removed = session
            .remove::<Progress>(&progress_key(id))
            .await
            .map(|_| ());
        match removed {
            Ok(()) => session.insert(TAKEN, taken).await,
            Err(e) => Err(e),
        }
    } else {
        session.insert(&progress_key(id), progress).await
    };
    kept.context("keeping a consultation's progress")?;
    Ok(if done {
        format!("/consult/{id}/thanks")
    } else {
        format!("/consult/{id}/q/{}", n + 1)
    })
}

pub async fn answer(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    PageFrame(frame): PageFrame,
    session: Session,
    Path((id, n)): Path<(String, usize)>,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Answer {
    let refuse = page(lang);
    let consultation = match open(&state, lang, &id).await {
        Ok(c) => c,
        Err(response) => return Ok(response),
    };
    let Some(progress) = at(&session, &id, n).await else {
        return Ok(elsewhere(&session, &id).await);
    };
    let Ok(Form(fields)) = form.map(|Form(f)| Form(Posted(f))) else {
        return Err(refuse(IntakeError::BadForm));
    };
    let questions = questions(&state, &consultation).await.map_err(&refuse)?;
    let question = questions
        .get(progress.next)
        .ok_or_else(|| refuse(IntakeError::BadForm))?;
    let groups = page_groups(&consultation, lang, &progress);
    let skip = fields.iter().any(|(k, v)| k == "answer" && v == "skip");
    let taken = if skip {
        count(&state, question.id, &groups, &[SKIP.to_owned()]).await
    } else if question.kind == QuestionKind::FreeText {
        let words = fields
            .iter()
            .find(|(k, _)| k == "words")
            .map(|(_, v)| v.as_str());
        seal_posted(&state, lang, question, words, &progress.place, &groups).await
    } else {
        match chosen(question.kind, &question.options, &fields) {
            Ok(chosen) => count(&state, question.id, &groups, &chosen).await,
            Err(message_id) => Ok(Err(message_id)),
        }
    };
    if let Err(message_id) = taken.map_err(&refuse)? {
        let error = Some(lang.t(message_id));
        let place = progress.place.clone();
        return question_page(&state, lang, &consultation, n, &place, error, &frame).await;
    }
    let next = advance(&session, progress, questions.len(), &id, n)
        .await
        .map_err(&refuse)?;
    Ok(Redirect::to(&next).into_response())
}

/// A posted answer's fields. A written answer's words are among them until sealed: zeroed when
/// the request is done, as `ChildWords` is.
struct Posted(Vec<(String, String)>);

impl std::ops::Deref for Posted {
    type Target = [(String, String)];
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for Posted {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        for (_, value) in &mut self.0 {
            value.zeroize();
        }
    }
}

/// Counts a choice answer (or a skip), then empties the WAL.
async fn count(
    state: &AppState,
    question: i64,
    groups: &[(Dimension, String)],
    chosen: &[String],
) -> Result<Result<(), &'static str>, IntakeError> {
    state
        .store
        .count_answer(question, groups, chosen)
        .await
        .context("counting an answer")?;
    if let Err(e) = state.store.forget_deleted().await {
        tracing::error!(error = %e, "emptying the WAL after an answer failed");
    }
    Ok(Ok(()))
}

/// The options a form chose, checked against the question; `Err` is the message to show.
fn chosen(
    kind: QuestionKind,
    options: &[(String, String)],
    fields: &[(String, String)],
) -> Result<Vec<String>, &'static str> {
    let known = |key: &str| options.iter().any(|(k, _)| k == key);
    if kind == QuestionKind::Ranking {
        // Every option its own number; what is counted is the one ranked first.
        let mut ranks: Vec<(usize, &str)> = Vec::new();
        for (key, _) in options {
            let rank = fields
                .iter()
                .find(|(k, _)| k.strip_prefix("rank-") == Some(key.as_str()))
                .and_then(|(_, v)| v.parse::<usize>().ok())
                .filter(|r| (1..=options.len()).contains(r))
                .ok_or("consult-rank-each")?;
            ranks.push((rank, key));
        }
        ranks.sort_unstable();
        ranks.dedup_by_key(|(rank, _)| *rank);
        if ranks.len() != options.len() {
            return Err("consult-rank-each");
        }
        return Ok(vec![ranks[0].1.to_owned()]);
    }
    let mut picked: Vec<String> = fields
        .iter()
        .filter(|(k, v)| k == "choice" && known(v))
        .map(|(_, v)| v.clone())
        .collect();
    picked.sort_unstable();
    picked.dedup();
    let one = matches!(kind, QuestionKind::Single | QuestionKind::Scale);
    if picked.is_empty() || (one && picked.len() > 1) {
        return Err("consult-choose-one");
    }
    Ok(picked)
}
