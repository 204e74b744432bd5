//! The shared vocabulary: each word has one spelling, here. The database stores these names,
//! the API carries them, the browser matches them and the translations key on them
//! (`role-<name>`, `status-<name>`, …); nothing else spells them out.

/// An enum whose variants have stable names: `as_str`, `parse`, `ALL`, `NAMES`, serde as the
/// name, `Display` as the name.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in their order of use (workflow order for statuses).
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
            /// Every value's stable name, in the same order.
            pub const NAMES: &'static [&'static str] = &[$($text,)+];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value with this stable name; `None` for anything else.
            pub fn parse(raw: &str) -> Option<Self> {
                match raw {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// A console account's role. Each role sees only what its work needs.
    Role {
        Reviewer = "reviewer",
        SafeguardingLead = "safeguarding_lead",
        Auditor = "auditor",
        Admin = "admin",
        /// Prepares versions of stories for the purposes a child consented to; reads no cases.
        StoryEditor = "story_editor",
        /// Builds consultations and reads their results (never cases, never stories).
        ConsultationLead = "consultation_lead",
    }
}

impl Role {
    /// Roles that read cases, and so hold a key.
    pub const CASE_READERS: [Role; 2] = [Role::Reviewer, Role::SafeguardingLead];
    /// Everyone who holds a key: case readers, story editors (who read stories, never cases) and
    /// consultation leads (who read a consultation's written answers, never cases).
    pub const KEY_HOLDERS: [Role; 4] = [
        Role::Reviewer,
        Role::SafeguardingLead,
        Role::StoryEditor,
        Role::ConsultationLead,
    ];
}

vocabulary! {
    /// Where a case is in its workflow (a case without a status row is `New`).
    CaseStatus {
        New = "new",
        Acknowledged = "acknowledged",
        InProgress = "in_progress",
        WaitingForChild = "waiting_for_child",
        Referred = "referred",
        Closed = "closed",
    }
}

vocabulary! {
    /// What a case is about, as a reviewer files it.
    Category {
        Idea = "idea",
        Worry = "worry",
        Complaint = "complaint",
        Safety = "safety",
        Health = "health",
        Legal = "legal",
        Other = "other",
    }
}

vocabulary! {
    /// How soon a case needs someone. "I am not safe" and escalation make a case `Urgent`.
    Urgency {
        Normal = "normal",
        High = "high",
        Urgent = "urgent",
    }
}

vocabulary! {
    /// The inbox's queues.
    Queue {
        /// Every case the viewer may read.
        All = "all",
        /// New cases past their acknowledgement deadline.
        Overdue = "overdue",
        /// The safeguarding leads' urgent queue.
        Escalated = "escalated",
        /// The viewer's own cases.
        Mine = "mine",
        /// "I am not safe" sends beyond the site's urgent rate, until a lead sorts them.
        PossibleFlood = "possible_flood",
    }
}

vocabulary! {
    /// The kinds of question a consultation can ask.
    QuestionKind {
        /// One option.
        Single = "single",
        /// Any number of options.
        Multiple = "multiple",
        /// One point of a scale drawn as pictures (five faces).
        Scale = "scale",
        /// The options in order of importance.
        Ranking = "ranking",
        /// The child's own words, sealed in the browser to the consultation's readers.
        FreeText = "free_text",
    }
}

vocabulary! {
    /// Where a consultation is in its life, by the day.
    ConsultationState {
        NotYetOpen = "not_yet_open",
        /// Children can take part.
        Open = "open",
        /// No more answers; the results are out of embargo.
        Closed = "closed",
    }
}

vocabulary! {
    /// What became of a decision taken after a consultation ("you said, we did").
    ActionStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        /// Not done; the children are told why.
        NotDone = "not_done",
    }
}

vocabulary! {
    /// What a consultation's result may be broken down by.
    Dimension {
        /// The place the child took part at (coarsened to its region, then to everyone).
        Place = "place",
        /// The language the child took part in.
        Language = "language",
        /// The age band the child chose to give.
        AgeBand = "age_band",
    }
}

vocabulary! {
    /// Age bands a child may give (or not) when taking part. Bands, never an age.
    AgeBand {
        UpTo11 = "up_to_11",
        From12To14 = "12_to_14",
        From15To17 = "15_to_17",
        NotSaid = "not_said",
    }
}

vocabulary! {
    /// The stable code of every API refusal (`api::ApiError::error`), which the browser matches;
    /// the message beside it is translated for the reader.
    ApiErrorCode {
        // The child site.
        BadId = "bad_id",
        Empty = "empty",
        TooLong = "too_long",
        NotSealed = "not_sealed",
        TooLarge = "too_large",
        BadForm = "bad_form",
        CrossSite = "cross_site",
        RecipientsChanged = "recipients_changed",
        UnknownPlace = "unknown_place",
        ProofNeeded = "proof_needed",
        TooMany = "too_many",
        CodeNotFound = "code_not_found",
        CodeTries = "code_tries",
        Withdrawn = "withdrawn",
        NotConsented = "not_consented",
        StoryNeedsJs = "story_needs_js",
        Busy = "busy",
        FormExpired = "form_expired",
        Unavailable = "unavailable",
        // The console.
        SignIn = "sign_in",
        Forbidden = "forbidden",
        Csrf = "csrf",
        StepUp = "step_up",
        NotFound = "not_found",
        BadRequest = "bad_request",
        BadFilter = "bad_filter",
        BadChange = "bad_change",
        BadAssignee = "bad_assignee",
        BadView = "bad_view",
        BadNote = "bad_note",
        BadReply = "bad_reply",
        BadShare = "bad_share",
        BadLabel = "bad_label",
        NoKey = "no_key",
        KeyExists = "key_exists",
        InvalidKey = "invalid_key",
        NoReturnCode = "no_return_code",
        LoginFailed = "login_failed",
        NoPasskey = "no_passkey",
        NoPasskeys = "no_passkeys",
        Duplicate = "duplicate",
        SamePerson = "same_person",
        NotApproved = "not_approved",
        Named = "named",
        NamesFacility = "names_facility",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T: Copy + PartialEq + std::fmt::Debug + serde::Serialize>(
        all: &[T],
        names: &[&str],
        as_str: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
    ) {
        assert_eq!(all.len(), names.len());
        for (value, name) in all.iter().zip(names) {
            assert_eq!(as_str(*value), *name);
            assert_eq!(parse(name), Some(*value));
            assert_eq!(serde_json::to_string(value).unwrap(), format!("\"{name}\""));
        }
        assert_eq!(parse("root"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn every_word_has_one_spelling_everywhere() {
        round_trips(Role::ALL, Role::NAMES, Role::as_str, Role::parse);
        round_trips(
            CaseStatus::ALL,
            CaseStatus::NAMES,
            CaseStatus::as_str,
            CaseStatus::parse,
        );
        round_trips(
            Category::ALL,
            Category::NAMES,
            Category::as_str,
            Category::parse,
        );
        round_trips(
            Urgency::ALL,
            Urgency::NAMES,
            Urgency::as_str,
            Urgency::parse,
        );
        round_trips(Queue::ALL, Queue::NAMES, Queue::as_str, Queue::parse);
        round_trips(
            ApiErrorCode::ALL,
            ApiErrorCode::NAMES,
            ApiErrorCode::as_str,
            ApiErrorCode::parse,
        );
        let parsed: CaseStatus = serde_json::from_str("\"waiting_for_child\"").unwrap();
        assert_eq!(parsed, CaseStatus::WaitingForChild);
        assert!(serde_json::from_str::<Role>("\"root\"").is_err());
    }
}
