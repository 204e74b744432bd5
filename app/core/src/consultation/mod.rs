//! Consultations: questions asked of children about decisions that affect them, and what came
//! of them. The parts with no server and no browser in them live here — the kinds of question,
//! the groups a result may be broken down by, and the rule that protects small groups
//! ([`results::publish`]), which every view of a result (console, export, public page) goes
//! through.

pub mod actions;
pub mod definition;
pub mod results;
pub mod written;

pub use actions::{ActionDef, ActionTexts, ActionsDef, ActionsError};
pub use definition::{Definition, DefinitionError, OptionDef, QuestionDef};
pub use results::{publish, Breakdown, Counts, Level, MinGroup, Published, QuestionCounts, Shown};
pub use written::{seal_written_answer, seal_written_answer_agreed, WRITTEN};

/// The fewest answers any published number may stand for, by default.
pub const DEFAULT_MIN_GROUP: u32 = 10;
/// The fewest it may ever be set to.
pub const LOWEST_MIN_GROUP: u32 = 5;

/// The option every question has: "I don't want to answer". Counted like any other option, so
/// results say how many chose not to answer.
pub const SKIP: &str = "skip";
