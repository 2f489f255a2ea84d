use serde_json::error::Category;
use thiserror::Error;

use super::{EXPORT_FORMAT, MAX_NESTING};
use crate::model::RecordId;

/// Why an import was refused; each class of bad input has its own message,
/// naming the record and field at fault where there is one.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error(
        "The file is {} MB. With the room this browser's storage has free, files over {} MB cannot fit, so it is refused before it is read.",
        megabytes(*bytes), megabytes(*largest)
    )]
    TooLarge { bytes: u64, largest: u64 },
    #[error(
        "The file's data would take about {} MB of this browser's storage, and Common Ground has {} MB free here (of {} MB). Import a smaller file, or free some space first.",
        mebi(*needed), mebi(*free), mebi(*total)
    )]
    NoRoom { needed: u64, free: u64, total: u64 },
    #[error(
        "The file is not UTF-8 text (the byte at position {at} cannot be read), so it is not a Common Ground export."
    )]
    NotUtf8 { at: usize },
    #[error("The file is empty.")]
    Empty,
    #[error(
        "The file is not JSON (it goes wrong at line {line}, column {column}), so it is not a Common Ground export."
    )]
    NotJson { line: usize, column: usize },
    #[error("The file ends too early: it looks truncated, perhaps by an interrupted download.")]
    Truncated,
    #[error(
        "The file nests data more than {MAX_NESTING} levels deep, which no Common Ground export does."
    )]
    TooDeep,
    #[error(
        "This JSON file is not a Common Ground export: it lacks \"format\": \"{EXPORT_FORMAT}\"."
    )]
    NotAnExport,
    #[error("The file's \"schema_version\" is missing or is not a whole number from 1 up.")]
    BadVersion,
    #[error(
        "The file comes from a newer version of Common Ground (data format {found}; this version reads up to {supported}). Update the app, then import it again."
    )]
    NewerVersion { found: u32, supported: u32 },
    /// The documents' states beside the records are refused.
    #[error("{0}")]
    Shared(#[from] crate::team::SharedStateError),
    #[error("{record} is missing the required field \"{field}\".")]
    MissingField { record: String, field: String },
    #[error("{record}: {problem}.")]
    Invalid { record: String, problem: String },
    #[error("Two records share the id {id}: {first} and {second}.")]
    DuplicateId {
        id: RecordId,
        first: String,
        second: String,
    },
}

impl ImportError {
    /// Classifies a JSON syntax error: cut short, or not JSON at all.
    pub(crate) fn from_json(error: serde_json::Error) -> Self {
        match error.classify() {
            Category::Eof => ImportError::Truncated,
            _ => ImportError::NotJson {
                line: error.line(),
                column: error.column(),
            },
        }
    }

    /// Turns a record's deserialization error into a message naming it.
    pub(super) fn in_record(record: String, error: &serde_json::Error) -> Self {
        // The position is within one record's text, which the user never sees.
        let message = error.to_string();
        let message = match message.rsplit_once(" at line ") {
            Some((problem, _)) if error.line() > 0 => problem.to_owned(),
            _ => message,
        };
        match message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
        {
            Some(field) => ImportError::MissingField {
                record,
                field: field.to_owned(),
            },
            None => ImportError::Invalid {
                record,
                problem: message,
            },
        }
    }
}

/// Code units of storage as MB, one decimal: a browser's 5,242,880 are "5.0".
fn mebi(units: u64) -> String {
    crate::model::one_decimal(units, 1_048_576)
}

fn megabytes(bytes: u64) -> String {
    crate::model::one_decimal(bytes, 1_048_576)
}
