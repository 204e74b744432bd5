//! Domain types that parse at the edge, so invalid data cannot exist past it.

mod child_words;
mod envelope;
mod submission_id;

pub use child_words::{ChildWords, ChildWordsError, MAX_CHILD_WORDS_CHARS};
pub use envelope::{Envelope, OpenedEnvelope, SealedIn};
pub use submission_id::{SubmissionId, SubmissionIdError};
