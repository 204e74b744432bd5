//! A consultation's results, the one way they leave the database: under embargo until the day
//! after it closes (for everyone: the console, the export and the public page), and only as
//! `heard_core::consultation::publish` gives them, which hides what could point at a small group.

use crate::store::{ConsultationRow, Day, Milestone, QuestionRow, Store};
use app::consultation::{publish, Breakdown, MinGroup, Published, Shown};
use app::vocabulary::ActionStatus;
use serde_json::{json, Value};
use std::collections::BTreeMap;

pub struct QuestionResult {
    pub question: QuestionRow,
    pub published: Published,
}

/// The published results, or `None` while the consultation is under embargo.
pub async fn results(
    store: &Store,
    consultation: &ConsultationRow,
    today: &Day,
) -> sqlx::Result<Option<Vec<QuestionResult>>> {
    if !consultation.is_closed(today) {
        return Ok(None);
    }
    store
        .audit_milestone(consultation, Milestone::Published)
        .await?;
    let k = MinGroup::new(consultation.min_group).unwrap_or_default();
    let mut out = Vec::new();
    for question in store.questions(consultation.id).await? {
        let counts = store.question_counts(&question).await?;
        out.push(QuestionResult {
            published: publish(&counts, k),
            question,
        });
    }
    Ok(Some(out))
}

fn shown(count: &Shown) -> Value {
    match count {
        Shown::Count(c) => json!(c),
        Shown::Hidden => json!("hidden"),
    }
}

fn breakdown_json(b: &Breakdown) -> Value {
    json!({
        "dimension": b.dimension.as_str(),
        "level": b.level.as_str(),
        "groups": b.groups.iter().map(|(group, counts)| json!({
            "group": group,
            "respondents": counts.respondents,
            "options": counts.options,
        })).collect::<Vec<_>>(),
    })
}

/// The export as JSON: per question, the published counts (`"hidden"` where hidden).
/// The Lundy chain of a report: who asked (and receives the results), how many took part, what
/// was decided — and the quotes a lead approved. Texts in every language it was offered in.
pub struct Chain {
    /// Per language, who asked and receives the results.
    pub audience: BTreeMap<String, String>,
    /// The most children who answered any one question, as published (`None`: fewer than k).
    pub took_part: Option<u64>,
    pub decisions: Vec<Value>,
    pub done: usize,
    pub quotes: Vec<(String, String)>,
}

pub async fn chain(
    store: &Store,
    consultation: &ConsultationRow,
    results: &[QuestionResult],
) -> sqlx::Result<Chain> {
    let mut texts = BTreeMap::new();
    for locale in &consultation.locales {
        texts.insert(
            locale.clone(),
            store.consultation_texts(consultation, locale).await?,
        );
    }
    let text = |id: &str| -> BTreeMap<String, String> {
        texts
            .iter()
            .filter_map(|(l, t)| t.get(id).map(|(text, _)| (l.clone(), text.clone())))
            .collect()
    };
    let actions = store.actions(consultation.id).await?;
    let done = actions
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
        .count();
    let decisions = actions
        .iter()
        .map(|a| {
            let why = text(&format!("action-{}-why", a.position));
            json!({
                "status": a.status.as_str(),
                "question": a.question,
                "what": text(&format!("action-{}", a.position)),
                "why": (!why.is_empty()).then_some(why),
            })
        })
        .collect();
    let took_part = results
        .iter()
        .filter_map(|r| match r.published {
            Published::Shown { respondents, .. } => Some(respondents),
            Published::TooFew => None,
        })
        .max();
    // A quote leaves only beside a question whose results are shown.
    let shown: Vec<&str> = results
        .iter()
        .filter(|r| matches!(r.published, Published::Shown { .. }))
        .map(|r| r.question.key.as_str())
        .collect();
    let quotes = store
        .quotes(consultation.id)
        .await?
        .into_iter()
        .filter(|q| shown.contains(&q.question_key.as_str()))
        .map(|q| (q.question_key, q.quote))
        .collect();
    Ok(Chain {
        audience: text("audience"),
        took_part,
        decisions,
        done,
        quotes,
    })
}

pub fn to_json(consultation: &ConsultationRow, results: &[QuestionResult], chain: &Chain) -> Value {
    let questions: Vec<Value> = results
        .iter()
        .map(|r| match &r.published {
            Published::TooFew => json!({ "question": r.question.key, "too_few": true }),
            Published::Shown {
                respondents,
                options,
                breakdowns,
            } => json!({
                "question": r.question.key,
                "kind": r.question.kind.as_str(),
                "respondents": respondents,
                "options": options.iter().map(|(o, c)| json!({ "option": o, "count": shown(c) })).collect::<Vec<_>>(),
                "breakdowns": breakdowns.iter().map(breakdown_json).collect::<Vec<_>>(),
            }),
        })
        .collect();
    json!({
        "consultation": consultation.public_id,
        "closed_on": consultation.closes_on,
        "min_group": consultation.min_group,
        "lundy": {
            "audience": chain.audience,
            "took_part": chain.took_part.map_or_else(|| json!("too_few"), |n| json!(n)),
            "decisions": chain.decisions,
            "done": chain.done,
        },
        "questions": questions,
        "quotes": chain.quotes.iter().map(|(q, text)| json!({ "question": q, "quote": text })).collect::<Vec<_>>(),
    })
}

/// The export as CSV: `question,view,group,option,count`; `view` is `all` or a breakdown's
/// level; `option` `*` is how many answered; `count` is `hidden` where hidden. The first rows
/// (view `chain`) are the Lundy chain's numbers: who took part, decisions, done (the texts, and
/// the approved quotes, are in the JSON export).
pub fn to_csv(results: &[QuestionResult], chain: &Chain) -> String {
    let mut out = String::from("question,view,group,option,count\n");
    let took_part = chain
        .took_part
        .map_or_else(|| "too_few".to_owned(), |n| n.to_string());
    out.push_str(&format!(",chain,took_part,*,{took_part}\n"));
    out.push_str(&format!(",chain,decisions,*,{}\n", chain.decisions.len()));
    out.push_str(&format!(",chain,done,*,{}\n", chain.done));
    for r in results {
        let key = &r.question.key;
        match &r.published {
            Published::TooFew => out.push_str(&format!("{key},all,,*,too_few\n")),
            Published::Shown {
                respondents,
                options,
                breakdowns,
            } => {
                out.push_str(&format!("{key},all,,*,{respondents}\n"));
                for (option, count) in options {
                    let count = match count {
                        Shown::Count(c) => c.to_string(),
                        Shown::Hidden => "hidden".into(),
                    };
                    out.push_str(&format!("{key},all,,{option},{count}\n"));
                }
                for b in breakdowns {
                    let view = b.level.as_str();
                    for (group, counts) in &b.groups {
                        let group = csv_field(group);
                        out.push_str(&format!("{key},{view},{group},*,{}\n", counts.respondents));
                        for (option, count) in &counts.options {
                            out.push_str(&format!("{key},{view},{group},{option},{count}\n"));
                        }
                    }
                }
            }
        }
    }
    out
}

/// Keys are plain; a group (a facility code or region) is quoted, and a leading formula
/// character neutralised, so a spreadsheet never runs it.
fn csv_field(raw: &str) -> String {
    let guarded = if raw.starts_with(['=', '+', '-', '@']) {
        format!("'{raw}")
    } else {
        raw.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}
