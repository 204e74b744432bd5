//! Domain types that parse at the edge, so invalid data cannot exist past it.

mod child_words;
mod envelope;
mod named_place;
mod submission_id;

pub use child_words::{ChildWords, ChildWordsError, MAX_CHILD_WORDS_CHARS};
pub use envelope::{Envelope, OpenedEnvelope, SealedIn};
pub use named_place::{FacilityCode, FacilityCodeError, NamedPlace, ELSEWHERE, UNSAID};
pub use submission_id::{SubmissionId, SubmissionIdError};
