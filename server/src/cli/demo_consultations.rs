//! Demo consultations for `cargo xtask demo`: the example definition
//! (`docs/examples/consultation.toml`) added twice — open today, for a newcomer to take part in,
//! and closed yesterday with 46 made-up children's answers and what was decided
//! (`docs/examples/actions.toml`), so its public results page shows at once "you said, we did"
//! and what the small-group rule hides. Both end with a free-text question; the closed one has a
//! few written answers, sealed to the demo lead's key (made here, as the demo reviewer's is), and
//! one quote the lead approved.

use super::demo::demo_account;
use crate::accounts::Role;
use crate::store::{Added, Day, Store};
use anyhow::Context;
use app::consultation::{seal_written_answer, ActionsDef, Definition, QuestionDef, SKIP, WRITTEN};
use app::domain::{ChildWords, NamedPlace, SealedIn};
use app::i18n::Locale;
use app::sealing::RecipientSet;
use app::vocabulary::{AgeBand, Dimension, QuestionKind};

pub const DEMO_LEAD: &str = "demo-consultation-lead";
const EXAMPLE: &str = include_str!("../../../docs/examples/consultation.toml");
const ACTIONS: &str = include_str!("../../../docs/examples/actions.toml");
const CLOSED_ID: &str = "food-and-free-time-last-month";
const DEMO_CHILDREN: usize = 46;

/// The free-text question both demo consultations end with.
const WRITTEN_QUESTION: [(&str, &str); 4] = [
    (
        "en",
        "Is there anything else you want to tell us about food or free time?",
    ),
    (
        "es",
        "¿Hay algo más que quieras contarnos sobre la comida o el tiempo libre?",
    ),
    (
        "fr",
        "Y a-t-il autre chose que tu veux nous dire sur les repas ou le temps libre ?",
    ),
    (
        "ar",
        "هل هناك شيء آخر عن الطعام أو وقت الفراغ يمكنك أن تخبرنا به؟",
    ),
];

/// Made-up written answers (language, words) for the closed demo consultation.
const DEMO_WRITTEN: [(&str, &str); 4] = [
    (
        "en",
        "More fruit at breakfast, please. And football on Sundays too.",
    ),
    ("es", "Me gustaría clases de guitarra por la tarde."),
    ("ar", "أريد وقتًا أطول للاتصال بعائلتي."),
    (
        "en",
        "The wifi stops every evening when everyone is online.",
    ),
];

/// Adds the demo consultations once; returns the demo lead's authenticator key.
pub async fn prepare(store: &Store) -> anyhow::Result<String> {
    let (secret, lead) = demo_account(store, DEMO_LEAD, Role::ConsultationLead).await?;
    let today = Day::today();
    let known: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    let mut open: Definition = toml::from_str(EXAMPLE).context("the example consultation")?;
    open.questions.push(QuestionDef {
        key: "say".into(),
        kind: QuestionKind::FreeText,
        icon: "✏️".into(),
        options: vec![],
    });
    for (locale, text) in WRITTEN_QUESTION {
        if let Some(texts) = open.texts.get_mut(locale) {
            texts.insert("q-say".into(), text.into());
        }
    }
    open.opens_on = today.minus_days(7).as_str().to_owned();
    open.closes_on = today.plus_days(30).as_str().to_owned();
    open.check(&known)?;
    store.add_consultation(&open, &today).await?;
    let mut closed = open.clone();
    closed.id = CLOSED_ID.to_owned();
    closed.opens_on = today.minus_days(30).as_str().to_owned();
    closed.closes_on = today.minus_days(1).as_str().to_owned();
    if store.add_consultation(&closed, &today).await? == Added::Added {
        answer(store, &closed).await?;
        written(store, &closed, &lead.recipient, lead.account).await?;
        let row = store
            .consultation(CLOSED_ID)
            .await?
            .context("the demo consultation just added")?;
        let actions: ActionsDef = toml::from_str(ACTIONS).context("the example actions")?;
        let keys: Vec<String> = closed.questions.iter().map(|q| q.key.clone()).collect();
        actions.check(&row.locales, row.fallback.as_deref(), &keys)?;
        store.set_actions(&row, &actions, &today).await?;
    }
    Ok(secret)
}

/// A few written answers, sealed to the demo lead's key as a child's browser would, and one quote
/// the lead approved.
async fn written(
    store: &Store,
    definition: &Definition,
    lead_key: &str,
    lead: i64,
) -> anyhow::Result<()> {
    let consultation = store
        .consultation(&definition.id)
        .await?
        .context("the demo consultation just added")?;
    let questions = store.questions(consultation.id).await?;
    let say = questions
        .iter()
        .find(|q| q.kind == QuestionKind::FreeText)
        .context("the demo's free-text question")?;
    let readers = RecipientSet::parse(&[lead_key])?;
    let today = Day::today();
    for (lang, words) in DEMO_WRITTEN {
        let words = ChildWords::parse(words.to_owned())?;
        let (id, sealed) =
            seal_written_answer(words, lang, NamedPlace::Unsaid, SealedIn::Browser, &readers)?;
        store
            .insert_written(say.id, &id, &sealed, &readers, &today)
            .await?;
    }
    store
        .add_quote(say.id, "More fruit at breakfast, please.", lead, &today)
        .await?;
    Ok(())
}

/// Made-up answers: skewed, so that some counts are small and the results page hides them.
async fn answer(store: &Store, definition: &Definition) -> anyhow::Result<()> {
    let consultation = store
        .consultation(&definition.id)
        .await?
        .context("the demo consultation just added")?;
    let questions = store.questions(consultation.id).await?;
    let place = store
        .facilities(app::i18n::Lang::default())
        .await?
        .first()
        .map(|f| f.code.clone())
        .unwrap_or_default();
    for child in 0..DEMO_CHILDREN {
        let language = ["en", "en", "en", "es", "es", "ar"][child % 6];
        let age = [AgeBand::From12To14, AgeBand::From15To17, AgeBand::NotSaid][child % 3];
        let place = if child % 4 == 0 {
            String::new()
        } else {
            place.clone()
        };
        let groups = [
            (Dimension::Place, place),
            (Dimension::Language, language.to_owned()),
            (Dimension::AgeBand, age.as_str().to_owned()),
        ];
        for (n, question) in questions.iter().enumerate() {
            let keys: Vec<&String> = question.options.iter().map(|(k, _)| k).collect();
            let chosen: Vec<String> = match n {
                // The food scale: mostly 3 to 5; three children chose 1, one did not answer.
                0 => vec![match child {
                    0..=2 => keys[0].clone(),
                    3 => SKIP.to_owned(),
                    c => keys[2 + c % 3].clone(),
                }],
                // Activities, several each.
                1 => keys
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| (child + i) % 3 != 0)
                    .map(|(_, k)| (*k).clone())
                    .collect(),
                // Something written: 20 children (their words are made up in `written`, four
                // of them sealed there; the counts stand for all 20).
                3 => vec![if child % 5 < 2 {
                    WRITTEN.to_owned()
                } else {
                    SKIP.to_owned()
                }],
                // What first: wifi 25, outings 15, a quiet room 6.
                _ => vec![match child {
                    0..=24 => keys[0].clone(),
                    25..=39 => keys[1].clone(),
                    _ => keys[2].clone(),
                }],
            };
            store.count_answer(question.id, &groups, &chosen).await?;
        }
    }
    Ok(())
}
