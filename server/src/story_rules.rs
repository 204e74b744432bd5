//! When a story may be used: the child's yes must hold (not withdrawn, not expired), and where
//! the admins' policy asks for it, a guardian's or advocate's yes too — which can never replace
//! the child's: the child's "no" always wins. Pure, so it is tested without a database.

use crate::store::Day;
use app::story::Purpose;

/// The admins' policy (`heard stories policy`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryPolicy {
    /// How long a yes holds before the child must renew it (default 12).
    pub expiry_months: u32,
    /// Below this age (or when the child did not say their age) a second consent is needed.
    pub co_consent_under: Option<u8>,
    /// Purposes that always need a second consent (e.g. media).
    pub co_consent_for: Vec<Purpose>,
}

impl Default for StoryPolicy {
    fn default() -> Self {
        Self {
            expiry_months: 12,
            co_consent_under: None,
            co_consent_for: Vec::new(),
        }
    }
}

/// One purpose's consent as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentState {
    pub purpose: Purpose,
    pub child_yes: bool,
    /// The day of the child's last answer for this purpose.
    pub child_on: String,
    pub co_yes: Option<bool>,
}

impl StoryPolicy {
    /// Whether a second consent is needed for `purpose` from a child of `age`.
    pub fn co_needed(&self, purpose: Purpose, age: Option<u8>) -> bool {
        self.co_consent_for.contains(&purpose)
            || self
                .co_consent_under
                .is_some_and(|under| age.is_none_or(|a| a < under))
    }

    /// The last day a yes given on `given` holds.
    pub fn until(&self, given: &str) -> Option<String> {
        let day = Day::parse(given)?;
        Some(
            day.add_months(self.expiry_months as i32)
                .minus_days(1)
                .as_str()
                .to_owned(),
        )
    }

    /// The child's yes holds today: through the last day they were shown, not a day longer.
    pub fn child_live(&self, state: &ConsentState, today: &Day) -> bool {
        state.child_yes
            && self
                .until(&state.child_on)
                .is_some_and(|until| today.as_str() <= until.as_str())
    }

    /// The purpose may be used today for a story of a child of `age`.
    pub fn usable(&self, state: &ConsentState, age: Option<u8>, today: &Day) -> bool {
        self.child_live(state, today)
            && (!self.co_needed(state.purpose, age) || state.co_yes == Some(true))
    }
}

/// Whether published words name a facility (its code or its name, in any case). Faces,
/// locations and names of family cannot be found by a program; facilities can, and are refused.
pub fn names_a_facility(text: &str, facilities: &[String]) -> bool {
    let text = text.to_lowercase();
    facilities
        .iter()
        .map(|f| f.trim().to_lowercase())
        .filter(|f| f.chars().count() >= 3)
        .any(|f| text.contains(&f))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(purpose: Purpose, yes: bool, on: &str, co: Option<bool>) -> ConsentState {
        ConsentState {
            purpose,
            child_yes: yes,
            child_on: on.into(),
            co_yes: co,
        }
    }

    #[test]
    fn a_yes_expires_after_the_policy_months_and_the_childs_no_always_wins() {
        let policy = StoryPolicy::default();
        let today = Day::parse("2027-03-10").unwrap();
        assert!(policy.usable(
            &state(Purpose::Public, true, "2026-03-11", None),
            None,
            &today
        ));
        assert!(!policy.usable(
            &state(Purpose::Public, true, "2026-03-10", None),
            None,
            &today
        ));
        assert_eq!(policy.until("2026-03-11").as_deref(), Some("2027-03-10"));
        // At a month's end, the day shown is the last day it holds.
        let month = StoryPolicy {
            expiry_months: 1,
            ..StoryPolicy::default()
        };
        assert_eq!(month.until("2026-03-31").as_deref(), Some("2026-04-29"));
        let end = state(Purpose::Public, true, "2026-03-31", None);
        assert!(month.child_live(&end, &Day::parse("2026-04-29").unwrap()));
        assert!(!month.child_live(&end, &Day::parse("2026-04-30").unwrap()));
        let no = state(Purpose::Public, false, "2027-03-01", Some(true));
        assert!(
            !policy.usable(&no, Some(16), &today),
            "a guardian's yes never replaces the child's no"
        );
    }

    #[test]
    fn the_policy_asks_a_second_yes_under_an_age_or_for_a_purpose() {
        let policy = StoryPolicy {
            expiry_months: 12,
            co_consent_under: Some(14),
            co_consent_for: vec![Purpose::Media],
        };
        let today = Day::parse("2027-01-01").unwrap();
        assert!(policy.co_needed(Purpose::Public, Some(12)));
        assert!(
            policy.co_needed(Purpose::Public, None),
            "an unsaid age is treated as young"
        );
        assert!(!policy.co_needed(Purpose::Public, Some(15)));
        assert!(policy.co_needed(Purpose::Media, Some(17)));
        let waiting = state(Purpose::Media, true, "2026-12-01", None);
        assert!(!policy.usable(&waiting, Some(17), &today));
        let both = state(Purpose::Media, true, "2026-12-01", Some(true));
        assert!(policy.usable(&both, Some(17), &today));
    }

    #[test]
    fn facility_names_and_codes_are_found_in_any_case() {
        let facilities = vec!["Casa Esperanza".to_owned(), "demo-hope-house".to_owned()];
        assert!(names_a_facility("I lived at CASA ESPERANZA.", &facilities));
        assert!(names_a_facility("the demo-hope-house kitchen", &facilities));
        assert!(!names_a_facility("I lived in a shelter.", &facilities));
    }
}
