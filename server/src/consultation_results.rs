//! A consultation's results, the one way they leave the database: under embargo until the day
//! after it closes (for everyone: the console, the export and the public page), and only as
//! `heard_core::consultation::publish` gives them, which hides what could point at a small group.

use crate::store::{ConsultationRow, Day, QuestionRow, Store};
use app::consultation::{publish, Breakdown, MinGroup, Published, Shown};
use serde_json::{json, Value};

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
pub fn to_json(consultation: &ConsultationRow, results: &[QuestionResult]) -> Value {
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
        "questions": questions,
    })
}

/// The export as CSV: `question,view,group,option,count`; `view` is `all` or a breakdown's
/// level; `option` `*` is how many answered; `count` is `hidden` where hidden.
pub fn to_csv(results: &[QuestionResult]) -> String {
    let mut out = String::from("question,view,group,option,count\n");
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
