//! Console accounts: roles, handles, invitations. No default accounts exist; an admin invites.

pub mod credentials;
mod invitations;
pub mod login;
pub mod offboarding;
pub mod passkeys;

pub use invitations::{Invitation, InvitationToken};

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Reviewer,
    SafeguardingLead,
    Auditor,
    Admin,
    /// Prepares versions of stories for the purposes a child consented to; reads no cases.
    StoryEditor,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Reviewer,
        Role::SafeguardingLead,
        Role::Auditor,
        Role::Admin,
        Role::StoryEditor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Reviewer => "reviewer",
            Role::SafeguardingLead => "safeguarding_lead",
            Role::Auditor => "auditor",
            Role::Admin => "admin",
            Role::StoryEditor => "story_editor",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

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

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
