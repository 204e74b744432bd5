//! What a child chose in a guided flow: what kind of message it is, how they feel, what they
//! would like to happen. Each is a closed list, so a value outside it cannot exist past the edge;
//! every one is optional, because every question can be skipped. The free text stays in
//! [`super::ChildWords`].

use serde::{Deserialize, Serialize};

/// Declares a closed list of choices with their wire names (also the suffix of their Fluent ids).
macro_rules! choices {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            pub fn parse(raw: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|c| c.as_str() == raw)
            }
        }
    };
}

choices! {
    /// What the child wants to share (the first screen). `Unsafe` is "I am not safe": the help
    /// contacts are shown at once and the case goes to the safeguarding leads' urgent queue.
    /// `Story` is a story told under the child's consent (`crate::story`): sealed to the story
    /// editors, never a case.
    Kind { Idea = "idea", Worry = "worry", Complaint = "complaint", Unsafe = "unsafe", Story = "story" }
}

choices! {
    /// A feeling, chosen as a picture (translated as `feeling-<name>`).
    Feeling {
        Happy = "happy", Okay = "okay", Sad = "sad", Scared = "scared", Angry = "angry",
        Worried = "worried",
    }
}

choices! {
    /// What the child would like to happen (translated as `wish-<name>`).
    Wish { Talk = "talk", Change = "change", JustKnow = "just_know", NotSure = "not_sure" }
}

/// Everything a child chose besides the free text. The urgent queue is decided from `kind`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feelings: Vec<Feeling>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wishes: Vec<Wish>,
}

impl Choices {
    /// From the raw values of a form or the page (unknown values are refused, duplicates kept
    /// once, the order of the closed list kept).
    pub fn parse<'a>(
        kind: Option<&str>,
        feelings: impl IntoIterator<Item = &'a str>,
        wishes: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, UnknownChoice> {
        let kind = match kind.filter(|k| !k.is_empty()) {
            Some(k) => Some(Kind::parse(k).ok_or(UnknownChoice)?),
            None => None,
        };
        let feelings = feelings
            .into_iter()
            .map(|f| Feeling::parse(f).ok_or(UnknownChoice))
            .collect::<Result<Vec<_>, _>>()?;
        let wishes = wishes
            .into_iter()
            .map(|w| Wish::parse(w).ok_or(UnknownChoice))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            kind,
            feelings: Feeling::ALL
                .iter()
                .copied()
                .filter(|f| feelings.contains(f))
                .collect(),
            wishes: Wish::ALL
                .iter()
                .copied()
                .filter(|w| wishes.contains(w))
                .collect(),
        })
    }

    /// Whether the child chose anything at all.
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.feelings.is_empty() && self.wishes.is_empty()
    }

    /// "I am not safe": the case goes to the urgent queue.
    pub fn is_urgent(&self) -> bool {
        self.kind == Some(Kind::Unsafe)
    }
}

/// A value that is not in the closed list.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not one of the offered choices")]
pub struct UnknownChoice;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip_and_unknown_values_are_refused() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(Kind::parse("Unsafe"), None);
        assert_eq!(
            Choices::parse(Some("idea"), ["happy", "nope"], []),
            Err(UnknownChoice)
        );
        assert_eq!(Choices::parse(Some("x"), [], []), Err(UnknownChoice));
    }

    #[test]
    fn duplicates_collapse_and_order_follows_the_list() {
        let c = Choices::parse(None, ["sad", "happy", "sad"], ["not_sure", "talk"]).unwrap();
        assert_eq!(c.feelings, vec![Feeling::Happy, Feeling::Sad]);
        assert_eq!(c.wishes, vec![Wish::Talk, Wish::NotSure]);
        assert!(!c.is_urgent());
    }

    #[test]
    fn only_not_safe_is_urgent_and_nothing_chosen_is_empty() {
        assert!(Choices::parse(Some("unsafe"), [], []).unwrap().is_urgent());
        assert!(Choices::parse(Some(""), [], []).unwrap().is_empty());
        assert!(!Choices::parse(Some("worry"), [], []).unwrap().is_empty());
    }
}
