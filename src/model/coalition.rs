use serde::{Deserialize, Serialize};

use super::{LogEntry, RecordId, Timestamp};

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
