//! Console accounts: roles, handles, invitations. No default accounts exist; an admin invites.

pub mod credentials;
mod invitations;
pub mod login;
pub mod offboarding;
pub mod passkeys;

pub use invitations::{Invitation, InvitationToken};

/// Roles are part of the shared vocabulary (`heard-core`): the browser matches the same enum.
pub use heard_core::vocabulary::Role;

/// A login name: 3–40 of `a-z 0-9 . _ -`, starting with a letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handle(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a handle is 3 to 40 lowercase letters, digits, '.', '_' or '-', starting with a letter")]
pub struct HandleError;

impl Handle {
    pub fn parse(raw: &str) -> Result<Self, HandleError> {
        let ok = (3..=40).contains(&raw.len())
            && raw.starts_with(|c: char| c.is_ascii_lowercase())
            && raw
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(HandleError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_parse_strictly() {
        assert!(Handle::parse("ana.lopez").is_ok());
        for bad in [
            "an",
            "Ana",
            "1ana",
            "ana lopez",
            "ana@x",
            &"a".repeat(41),
            "",
        ] {
            assert_eq!(Handle::parse(bad), Err(HandleError), "{bad:?}");
        }
    }
}
