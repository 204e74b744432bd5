//! Defining and changing consultations — adding one from its definition, setting what was
//! decided, closing early, deleting — the same for the operator's CLI (`heard consultations`) and
//! the leads' console, each checked whole before anything is stored and each audited under the
//! actor who did it.

use crate::audit::{Actor, AuditAction};
use crate::store::{Added, Day, Store};
use app::consultation::{ActionsDef, ActionsError, Definition, DefinitionError};
use app::i18n::Locale;

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// The text is not TOML of the right shape (the parser's own words: where, and what).
    #[error("not a definition: {0}")]
    NotToml(String),
    #[error(transparent)]
    Definition(#[from] DefinitionError),
    #[error(transparent)]
    Actions(#[from] ActionsError),
    #[error("a consultation {0:?} exists already")]
    Exists(String),
    #[error("{0:?} is no active facility here")]
    UnknownPlace(String),
    #[error("no consultation {0:?}")]
    NoConsultation(String),
    #[error("no open consultation {0:?}")]
    NotOpen(String),
    #[error(transparent)]
    Store(#[from] sqlx::Error),
}

/// Parses and checks a definition (the TOML of `docs/CONSULTATIONS.md`).
pub fn parse_definition(text: &str) -> Result<Definition, AdminError> {
    let definition: Definition =
        toml::from_str(text).map_err(|e| AdminError::NotToml(e.message().to_owned()))?;
    let known: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    definition.check(&known)?;
    Ok(definition)
}

/// Adds a consultation from its definition's text.
pub async fn add(store: &Store, text: &str, actor: Actor) -> Result<Definition, AdminError> {
    let definition = parse_definition(text)?;
    match store.add_consultation(&definition, &Day::today()).await? {
        Added::Added => {}
        Added::Exists => return Err(AdminError::Exists(definition.id)),
        Added::UnknownPlace(code) => return Err(AdminError::UnknownPlace(code)),
    }
    store
        .audit(actor, AuditAction::ConsultationAdd, &definition.id)
        .await?;
    Ok(definition)
}

/// Sets (replaces) what was decided after consultation `id`. Returns how many actions.
pub async fn set_actions(
    store: &Store,
    id: &str,
    text: &str,
    actor: Actor,
) -> Result<usize, AdminError> {
    let actions: ActionsDef =
        toml::from_str(text).map_err(|e| AdminError::NotToml(e.message().to_owned()))?;
    let consultation = store
        .consultation(id)
        .await?
        .ok_or_else(|| AdminError::NoConsultation(id.to_owned()))?;
    let questions: Vec<String> = store
        .questions(consultation.id)
        .await?
        .into_iter()
        .map(|q| q.key)
        .collect();
    actions.check(
        &consultation.locales,
        consultation.fallback.as_deref(),
        &questions,
    )?;
    store
        .set_actions(&consultation, &actions, &Day::today())
        .await?;
    store
        .audit(actor, AuditAction::ConsultationActions, id)
        .await?;
    Ok(actions.actions.len())
}

/// Closes an open consultation now: no more answers, and its results leave the embargo.
pub async fn close(store: &Store, id: &str, actor: Actor) -> Result<(), AdminError> {
    if !store.close_consultation(id, &Day::today()).await? {
        return Err(AdminError::NotOpen(id.to_owned()));
    }
    store
        .audit(actor, AuditAction::ConsultationClose, id)
        .await?;
    Ok(())
}

/// Deletes a consultation whole (audited first, by the store).
pub async fn delete(store: &Store, id: &str, actor: Actor) -> Result<(), AdminError> {
    if store.delete_consultation(id, actor).await? {
        Ok(())
    } else {
        Err(AdminError::NoConsultation(id.to_owned()))
    }
}
