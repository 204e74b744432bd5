//! Domain types that parse at the edge, so invalid data cannot exist past it.

mod answers;
mod child_words;
mod envelope;
mod named_place;
mod phone_number;
mod submission_id;
mod voice;

pub use answers::{Choices, Feeling, Kind, UnknownChoice, Wish};
pub use child_words::{ChildWords, ChildWordsError, MAX_CHILD_WORDS_CHARS};
pub use envelope::{Answers, Envelope, NothingToSend, OpenedEnvelope, OpenedVoice, SealedIn};
pub use named_place::{FacilityCode, FacilityCodeError, NamedPlace, ELSEWHERE, UNSAID};
pub use phone_number::{PhoneNumber, PhoneNumberError};
pub use submission_id::{SubmissionId, SubmissionIdError};
pub use voice::{is_audio_type, Recording, RecordingError, MAX_VOICE_BYTES};
