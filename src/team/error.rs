//! What can go wrong reading a team's shared state.

use thiserror::Error;

/// Why a document's state, or a record inside it, could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum TeamError {
    /// The bytes are not a Yrs update: damaged, cut short, or something else.
    #[error("its shared state is damaged or cut short")]
    Damaged,
    /// A record in a document does not read as the model's record.
    #[error("a record in its shared state cannot be read: {0}")]
    Unreadable(String),
}
