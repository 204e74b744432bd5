//! Passkeys (WebAuthn, by `webauthn-rs`) as a console account's second factor, beside its TOTP
//! authenticator: at sign-in instead of a code, and for step-up before a sensitive action.
//!
//! - Registering one is itself sensitive (a stolen session must not add the thief's key): it
//!   asks for a fresh second factor first (`http::console_passkeys`).
//! - Every ceremony's state (the challenge) stays on the server, in the session store, and is
//!   taken out when it is answered: one answer per challenge, five minutes at most.
//! - webauthn-rs checks origin, relying party, challenge, signature, user verification and the
//!   signature counter; a credential id is unique across all accounts (`store::passkeys`).
//! - Passkeys need a console address with a domain name (WebAuthn refuses bare IP addresses):
//!   the configured `--console-url`, or `localhost` when the console listens on loopback.

use crate::store::{NewPasskey, PasskeyRow, Store};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use webauthn_rs::prelude::{
    CreationChallengeResponse, Passkey, PasskeyAuthentication, PasskeyRegistration,
    PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse, Url, Uuid,
    Webauthn, WebauthnBuilder,
};

/// How long a challenge may wait for its answer, in seconds.
pub const CEREMONY_SECONDS: i64 = 5 * 60;

/// A name the account holder gives a passkey ("work laptop"): 1 to 40 characters, no control
/// characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyLabel(String);

impl PasskeyLabel {
    pub fn parse(raw: &str) -> Option<Self> {
        let label = raw.trim();
        let ok = (1..=40).contains(&label.chars().count()) && !label.chars().any(char::is_control);
        ok.then(|| Self(label.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The relying party: this console. `None` where passkeys cannot work (an address without a
/// domain name that is not loopback).
#[derive(Clone)]
pub struct Passkeys(Arc<Webauthn>);

impl Passkeys {
    pub fn for_console(console_url: &str) -> Option<Self> {
        let origin = passkey_origin(console_url)?;
        let rp_id = origin.domain()?.to_owned();
        let webauthn = WebauthnBuilder::new(&rp_id, &origin)
            .ok()?
            .rp_name("Heard")
            .build()
            .ok()?;
        Some(Self(Arc::new(webauthn)))
    }

    /// The origin browsers will report (tests and messages).
    pub fn origin(&self) -> String {
        self.0
            .get_allowed_origins()
            .first()
            .map(|o| o.origin().ascii_serialization())
            .unwrap_or_default()
    }
}

/// The console's origin for WebAuthn: its URL when that names a domain; `localhost` in place of
/// a loopback address (browsers treat both as this machine; only the name is allowed).
pub fn passkey_origin(console_url: &str) -> Option<Url> {
    let mut url = Url::parse(console_url).ok()?;
    if url.domain().is_some() {
        return Some(url);
    }
    let ip: std::net::IpAddr = url.host_str()?.trim_matches(['[', ']']).parse().ok()?;
    if !ip.is_loopback() {
        return None;
    }
    url.set_host(Some("localhost")).ok()?;
    Some(url)
}

/// A registration waiting for the browser's answer (kept in the session).
#[derive(Serialize, Deserialize)]
pub struct PendingRegistration {
    pub account: i64,
    pub label: PasskeyLabel,
    pub user_uuid: String,
    pub started: i64,
    state: PasskeyRegistration,
}

/// An assertion waiting for the browser's answer (kept in the session).
#[derive(Serialize, Deserialize)]
pub struct PendingAssertion {
    pub account: i64,
    pub started: i64,
    state: PasskeyAuthentication,
}

/// Why a ceremony's answer was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Too late, or for another account than the session's.
    Expired,
    /// webauthn-rs refused it (wrong challenge, origin, signature, counter, user verification).
    Invalid,
    /// That credential is already registered (to this account or another).
    Duplicate,
}

fn decoded(rows: &[PasskeyRow]) -> Vec<(i64, Passkey)> {
    rows.iter()
        .filter_map(|row| match serde_json::from_str::<Passkey>(&row.passkey) {
            Ok(passkey) => Some((row.id, passkey)),
            Err(e) => {
                tracing::error!(error = %e, passkey = row.id, "a stored passkey does not parse");
                None
            }
        })
        .collect()
}

impl Passkeys {
    /// A challenge to create a passkey for `account`, excluding the ones it has.
    pub async fn begin_registration(
        &self,
        store: &Store,
        account: i64,
        handle: &str,
        label: PasskeyLabel,
        now: i64,
    ) -> Result<(CreationChallengeResponse, PendingRegistration), anyhow::Error> {
        let rows = store.passkeys_of(account).await?;
        let user_uuid = rows
            .first()
            .and_then(|r| Uuid::parse_str(&r.user_uuid).ok())
            .unwrap_or_else(Uuid::new_v4);
        let exclude = decoded(&rows)
            .into_iter()
            .map(|(_, p)| p.cred_id().clone())
            .collect();
        let (challenge, state) =
            self.0
                .start_passkey_registration(user_uuid, handle, handle, Some(exclude))?;
        let pending = PendingRegistration {
            account,
            label,
            user_uuid: user_uuid.to_string(),
            started: now,
            state,
        };
        Ok((challenge, pending))
    }

    /// Checks the browser's answer and stores the passkey; its id.
    pub async fn complete_registration(
        &self,
        store: &Store,
        account: i64,
        pending: PendingRegistration,
        answer: &RegisterPublicKeyCredential,
        now: i64,
    ) -> Result<Result<(), Refused>, anyhow::Error> {
        if pending.account != account || now - pending.started > CEREMONY_SECONDS {
            return Ok(Err(Refused::Expired));
        }
        let Ok(passkey) = self.0.finish_passkey_registration(answer, &pending.state) else {
            return Ok(Err(Refused::Invalid));
        };
        let credential_id = URL_SAFE_NO_PAD.encode(passkey.cred_id());
        let stored = store
            .add_passkey(NewPasskey {
                account,
                user_uuid: &pending.user_uuid,
                credential_id: &credential_id,
                label: pending.label.as_str(),
                passkey: &serde_json::to_string(&passkey)?,
            })
            .await?;
        Ok(if stored {
            Ok(())
        } else {
            Err(Refused::Duplicate)
        })
    }

    /// A challenge any of the account's passkeys can answer; `None` when it has none.
    pub async fn begin_assertion(
        &self,
        store: &Store,
        account: i64,
        now: i64,
    ) -> Result<Option<(RequestChallengeResponse, PendingAssertion)>, anyhow::Error> {
        let passkeys: Vec<Passkey> = decoded(&store.passkeys_of(account).await?)
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        if passkeys.is_empty() {
            return Ok(None);
        }
        let (challenge, state) = self.0.start_passkey_authentication(&passkeys)?;
        Ok(Some((
            challenge,
            PendingAssertion {
                account,
                started: now,
                state,
            },
        )))
    }

    /// Checks the browser's answer; on success records the new counter and the day of use.
    pub async fn complete_assertion(
        &self,
        store: &Store,
        pending: PendingAssertion,
        answer: &PublicKeyCredential,
        now: i64,
    ) -> Result<Result<(), Refused>, anyhow::Error> {
        if now - pending.started > CEREMONY_SECONDS {
            return Ok(Err(Refused::Expired));
        }
        let Ok(result) = self.0.finish_passkey_authentication(answer, &pending.state) else {
            return Ok(Err(Refused::Invalid));
        };
        let rows = store.passkeys_of(pending.account).await?;
        for (id, mut passkey) in decoded(&rows) {
            if passkey.update_credential(&result).is_some() {
                let json = serde_json::to_string(&passkey)?;
                store.passkey_used(pending.account, id, &json).await?;
                return Ok(Ok(()));
            }
        }
        // Removed between challenge and answer.
        Ok(Err(Refused::Invalid))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_parse_strictly() {
        assert_eq!(
            PasskeyLabel::parse("  work laptop ").unwrap().as_str(),
            "work laptop"
        );
        assert!(PasskeyLabel::parse("ordinateur de bureau").is_some());
        for bad in ["", "   ", "a\nb", &"x".repeat(41)] {
            assert_eq!(PasskeyLabel::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_origin_is_the_console_url_or_localhost_for_loopback() {
        let origin = |u: &str| passkey_origin(u).map(|o| o.origin().ascii_serialization());
        assert_eq!(
            origin("https://console.example.org"),
            Some("https://console.example.org".into())
        );
        assert_eq!(
            origin("http://127.0.0.1:3001"),
            Some("http://localhost:3001".into())
        );
        assert_eq!(
            origin("http://[::1]:3001"),
            Some("http://localhost:3001".into())
        );
        // A public IP address has no name WebAuthn accepts: no passkeys there.
        assert_eq!(origin("https://203.0.113.7"), None);
        assert_eq!(origin("not a url"), None);
        assert!(Passkeys::for_console("http://127.0.0.1:3001").is_some());
        assert!(Passkeys::for_console("https://203.0.113.7").is_none());
    }
}
