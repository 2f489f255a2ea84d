use serde::{Deserialize, Serialize};

use super::{LogEntry, RecordId, Timestamp, ValidationError, clean_name};

/// Several partners working together, with notes and a log of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coalition {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub name: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub partner_ids: Vec<RecordId>,
    #[serde(default)]
    pub log: Vec<LogEntry>,
}

impl Coalition {
    /// Starts a coalition; the name is trimmed and must not be empty.
    pub fn new(name: &str, now: Timestamp) -> Result<Self, ValidationError> {
        Ok(Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            name: clean_name(name)?,
            notes: String::new(),
            partner_ids: Vec::new(),
            log: Vec::new(),
        })
    }
}
