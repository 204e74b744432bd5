//! `heard facilities` and `heard affiliations`: the places children may name, and which staff are
//! affiliated with them (and so are never among the recipients of a case naming them).

use super::keys::open;
use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
use crate::store::{AffiliationTarget, Store};
use anyhow::{bail, Context};
use app::domain::FacilityCode;
use app::i18n::Locale;

/// `--name en="Casa Norte"`: a language code and a text in it of 1 to `max` characters.
pub(super) fn parse_in_lang(raw: &str, max: usize) -> anyhow::Result<(String, String)> {
    let (lang, text) = raw
        .split_once('=')
        .context("give LANG=TEXT, e.g. en=\"Casa Norte\"")?;
    let lang = Locale::parse(lang)
        .filter(|l| Locale::ALL.contains(l))
        .with_context(|| format!("{lang:?} is not an enabled language"))?;
    let text = text.trim();
    if text.is_empty() || text.chars().count() > max {
        bail!("each text has 1 to {max} characters");
    }
    Ok((lang.code().to_owned(), text.to_owned()))
}

/// Largest facility picture, in bytes.
const MAX_PICTURE_BYTES: usize = 256 * 1024;

/// The content type of a PNG, JPEG or WebP file, from its first bytes; anything else is refused.
pub fn picture_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

fn read_picture(path: &std::path::Path) -> anyhow::Result<(Vec<u8>, &'static str)> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if bytes.len() > MAX_PICTURE_BYTES {
        bail!(
            "the picture is larger than {} KiB",
            MAX_PICTURE_BYTES / 1024
        );
    }
    let kind = picture_type(&bytes).context("the picture must be a PNG, JPEG or WebP file")?;
    Ok((bytes, kind))
}

pub async fn add(
    data: &DataArgs,
    code: &str,
    operator: Option<&str>,
    names: &[String],
    picture: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let picture = picture.map(read_picture).transpose()?;
    let code = FacilityCode::parse(code)?;
    let operator = operator.map(FacilityCode::parse).transpose()?;
    let names = names
        .iter()
        .map(|n| parse_in_lang(n, 120))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if names.is_empty() {
        bail!("give the facility at least one name, e.g. --name en=\"Casa Norte\"");
    }
    let store = open(data).await?;
    store
        .add_facility(
            code.as_str(),
            operator.as_ref().map(FacilityCode::as_str),
            &names,
        )
        .await
        .with_context(|| format!("adding {} (is the code already used?)", code.as_str()))?;
    if let Some((bytes, kind)) = picture {
        store
            .set_facility_picture(code.as_str(), &bytes, kind)
            .await?;
    }
    store
        .audit(Actor::Cli, AuditAction::FacilityAdd, code.as_str())
        .await?;
    println!("Added facility {}.", code.as_str());
    Ok(())
}

/// Retires a facility (it is no longer offered to children; cases naming it stay shielded).
pub async fn retire(data: &DataArgs, code: &str) -> anyhow::Result<()> {
    let store = open(data).await?;
    if !store.retire_facility(code).await? {
        bail!("no active facility {code:?}");
    }
    store
        .audit(Actor::Cli, AuditAction::FacilityRetire, code)
        .await?;
    println!("Retired facility {code}: children can no longer name it.");
    Ok(())
}

/// Lists facilities with how many unaffiliated reviewers can read a case naming each, and a
/// warning where that is fewer than two.
pub async fn list(data: &DataArgs) -> anyhow::Result<()> {
    let store = open(data).await?;
    for facility in store.facilities(app::i18n::Lang::default()).await? {
        let readers = store.unaffiliated_reviewers(facility.id).await?;
        let warning = if readers < 2 {
            "  WARNING: thin coverage, fewer than two unaffiliated reviewers"
        } else {
            ""
        };
        println!(
            "{}\t{}\t{}\treviewers who can read it: {readers}{warning}",
            facility.code,
            facility.operator.as_deref().unwrap_or("-"),
            facility.name
        );
    }
    Ok(())
}

async fn target(
    store: &Store,
    facility: Option<&str>,
    operator: Option<&str>,
) -> anyhow::Result<(AffiliationTarget, String)> {
    match (facility, operator) {
        (Some(code), None) => {
            let id = store
                .facility_id(code)
                .await?
                .with_context(|| format!("no facility {code:?}"))?;
            Ok((AffiliationTarget::Facility(id), format!("facility:{code}")))
        }
        (None, Some(operator)) => {
            let operator = FacilityCode::parse(operator)?;
            let subject = format!("operator:{}", operator.as_str());
            Ok((
                AffiliationTarget::Operator(operator.as_str().to_owned()),
                subject,
            ))
        }
        _ => bail!("give exactly one of --facility or --operator"),
    }
}

/// Records (and confirms) an affiliation. From now on the account is left out of the recipients
/// of new cases naming the facility, and cannot see any case naming it.
pub async fn affiliate(
    data: &DataArgs,
    handle: &str,
    facility: Option<&str>,
    operator: Option<&str>,
) -> anyhow::Result<()> {
    let store = open(data).await?;
    let account = store
        .login_account(handle)
        .await?
        .with_context(|| format!("no account {handle:?}"))?;
    let (target, subject) = target(&store, facility, operator).await?;
    let subject = format!("account:{} {subject}", account.id);
    let new = store.affiliate(account.id, &target, true).await?;
    if new {
        store
            .audit(Actor::Cli, AuditAction::AffiliationDeclare, &subject)
            .await?;
    }
    store
        .audit(Actor::Cli, AuditAction::AffiliationConfirm, &subject)
        .await?;
    println!("{handle} is affiliated with {subject} (confirmed).");
    Ok(())
}

pub async fn list_affiliations(data: &DataArgs) -> anyhow::Result<()> {
    for a in open(data).await?.affiliations().await? {
        let target = a
            .facility
            .map(|f| format!("facility:{f}"))
            .or(a.operator.map(|o| format!("operator:{o}")))
            .unwrap_or_default();
        let confirmed = a.confirmed_on.as_deref().unwrap_or("not yet confirmed");
        println!(
            "{}\t{target}\tdeclared {}\tconfirmed {confirmed}",
            a.handle, a.declared_on
        );
    }
    Ok(())
}
