//! The order of the screens of each guided flow: the server names the screens by it, the
//! browser's flow walks them by it. Pure, so it is tested without a browser.
//!
//! Choosing what to share comes first; then, before the first question, an honest screen about
//! who reads it (for "I am not safe", the help contacts take its place, because help comes
//! first); then one question per screen; then a review before sending.
// The server names the screens; only the browser walks them.
#![cfg_attr(not(feature = "hydrate"), allow(dead_code))]

use crate::domain::Kind;
use crate::story::Purpose;

/// One screen of the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Choose,
    Before,
    Help,
    Feelings,
    Words,
    Place,
    Wish,
    /// A story's consent for one purpose, its naming, the child's age (stories only).
    Consent(Purpose),
    Naming,
    Age,
    Review,
}

impl Step {
    /// Every screen, in the order of the server's form.
    pub const ALL: [Step; 14] = [
        Step::Choose,
        Step::Before,
        Step::Help,
        Step::Feelings,
        Step::Words,
        Step::Place,
        Step::Wish,
        Step::Consent(Purpose::Learning),
        Step::Consent(Purpose::Advocacy),
        Step::Consent(Purpose::Public),
        Step::Consent(Purpose::Media),
        Step::Naming,
        Step::Age,
        Step::Review,
    ];

    /// The screen whose section has the id `id`.
    pub fn by_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The id of the screen's section (also what the tests click through).
    pub fn id(self) -> &'static str {
        match self {
            Step::Choose => "step-choose",
            Step::Before => "step-before",
            Step::Help => "step-help",
            Step::Feelings => "step-feelings",
            Step::Words => "step-words",
            Step::Place => "step-place",
            Step::Wish => "step-wish",
            Step::Consent(Purpose::Learning) => "step-consent-learning",
            Step::Consent(Purpose::Advocacy) => "step-consent-advocacy",
            Step::Consent(Purpose::Public) => "step-consent-public",
            Step::Consent(Purpose::Media) => "step-consent-media",
            Step::Naming => "step-naming",
            Step::Age => "step-age",
            Step::Review => "step-review",
        }
    }
}

/// The key the server writes "Step n of total" under, for the browser's flow.
pub fn progress_key(n: usize, total: usize) -> String {
    format!("step-progress-{n}-{total}")
}

/// The screens after "choose", in order, for a kind of message.
pub fn steps_for(kind: Kind) -> &'static [Step] {
    use Step::*;
    match kind {
        Kind::Idea => &[Before, Words, Place, Review],
        Kind::Worry | Kind::Complaint => &[Before, Feelings, Words, Place, Wish, Review],
        Kind::Unsafe => &[Help, Words, Place, Review],
        Kind::Story => &[
            Before,
            Words,
            Place,
            Consent(Purpose::Learning),
            Consent(Purpose::Advocacy),
            Consent(Purpose::Public),
            Consent(Purpose::Media),
            Naming,
            Age,
            Review,
        ],
    }
}

/// Where `step` is in the flow of `kind`: (its number from 1, how many there are).
pub fn progress(kind: Kind, step: Step) -> Option<(usize, usize)> {
    let steps = steps_for(kind);
    let at = steps.iter().position(|s| *s == step)?;
    Some((at + 1, steps.len()))
}

/// The screen after `step` (the review is the last).
pub fn next(kind: Kind, step: Step) -> Step {
    let steps = steps_for(kind);
    match steps.iter().position(|s| *s == step) {
        Some(at) => steps.get(at + 1).copied().unwrap_or(Step::Review),
        None => steps[0],
    }
}

/// The screen before `step`; from the first one, back to choosing what to share.
pub fn back(kind: Kind, step: Step) -> Step {
    let steps = steps_for(kind);
    match steps.iter().position(|s| *s == step) {
        Some(at) if at > 0 => steps[at - 1],
        _ => Step::Choose,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flow_is_honest_or_helpful_first_and_reviews_last() {
        for kind in Kind::ALL {
            let steps = steps_for(*kind);
            let first = steps[0];
            if *kind == Kind::Unsafe {
                assert_eq!(
                    first,
                    Step::Help,
                    "help comes first when a child is not safe"
                );
            } else {
                assert_eq!(first, Step::Before);
            }
            assert_eq!(steps.last(), Some(&Step::Review));
            assert!(
                steps.contains(&Step::Words),
                "every flow lets the child write"
            );
        }
    }

    #[test]
    fn every_screen_of_every_flow_is_found_by_its_id() {
        let mut all: Vec<Step> = vec![Step::Choose];
        for kind in Kind::ALL {
            all.extend_from_slice(steps_for(*kind));
        }
        for step in all {
            assert!(Step::ALL.contains(&step), "{step:?} is in Step::ALL");
            assert_eq!(Step::by_id(step.id()), Some(step));
        }
        let mut ids: Vec<&str> = Step::ALL.iter().map(|s| s.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Step::ALL.len(), "every screen has its own id");
    }

    #[test]
    fn next_and_back_walk_the_whole_flow_and_back_leads_to_choose() {
        for kind in Kind::ALL {
            let mut step = next(*kind, Step::Choose);
            let mut seen = vec![step];
            while step != Step::Review {
                step = next(*kind, step);
                seen.push(step);
            }
            assert_eq!(seen, steps_for(*kind));
            while step != Step::Choose {
                step = back(*kind, step);
            }
            assert_eq!(next(*kind, Step::Review), Step::Review);
        }
        assert_eq!(progress(Kind::Worry, Step::Feelings), Some((2, 6)));
        assert_eq!(progress(Kind::Idea, Step::Feelings), None);
        assert_eq!(
            progress(Kind::Story, Step::Consent(Purpose::Public)),
            Some((6, 10))
        );
    }
}
