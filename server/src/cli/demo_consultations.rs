//! Demo consultations for `cargo xtask demo`: the example definition
//! (`docs/examples/consultation.toml`) added twice — open today, for a newcomer to take part in,
//! and closed yesterday with 46 made-up children's answers and what was decided
//! (`docs/examples/actions.toml`), so its public results page shows at once "you said, we did"
//! and what the small-group rule hides.

use super::demo::demo_login;
use crate::accounts::Role;
use crate::store::{Added, Day, Store};
use anyhow::Context;
use app::consultation::{ActionsDef, Definition, SKIP};
use app::i18n::Locale;
use app::vocabulary::{AgeBand, Dimension};

pub const DEMO_LEAD: &str = "demo-consultation-lead";
const EXAMPLE: &str = include_str!("../../../docs/examples/consultation.toml");
const ACTIONS: &str = include_str!("../../../docs/examples/actions.toml");
const CLOSED_ID: &str = "food-and-free-time-last-month";
const DEMO_CHILDREN: usize = 46;

/// Adds the demo consultations once; returns the demo lead's authenticator key.
pub async fn prepare(store: &Store) -> anyhow::Result<String> {
    let lead = demo_login(store, DEMO_LEAD, Role::ConsultationLead).await?;
    let today = Day::today();
    let known: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    let mut open: Definition = toml::from_str(EXAMPLE).context("the example consultation")?;
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
        let row = store
            .consultation(CLOSED_ID)
            .await?
            .context("the demo consultation just added")?;
        let actions: ActionsDef = toml::from_str(ACTIONS).context("the example actions")?;
        let keys: Vec<String> = closed.questions.iter().map(|q| q.key.clone()).collect();
        actions.check(&row.locales, row.fallback.as_deref(), &keys)?;
        store.set_actions(&row, &actions, &today).await?;
    }
    lead.totp_secret.context("an enrolled demo lead")
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
