use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{RecordId, Timestamp};

/// How a first contact reaches the partner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Email,
    PhoneCall,
    /// In person, at one of their public events.
    AtTheirEvent,
}

/// Whether a draft is still being written or went out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftStatus {
    #[default]
    Draft,
    Sent,
}

/// How the partner answered a contact that went out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    #[default]
    Awaiting,
    Replied,
    Declined,
}

/// One first-contact message; earlier ones stay as the partner's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactDraft {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub channel: Channel,
    /// The public event it is for, when the channel is in person.
    #[serde(default)]
    pub event_id: Option<RecordId>,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub status: DraftStatus,
    #[serde(default)]
    pub sent_on: Option<NaiveDate>,
    #[serde(default)]
    pub response: Response,
    #[serde(default)]
    pub follow_up_on: Option<NaiveDate>,
}
