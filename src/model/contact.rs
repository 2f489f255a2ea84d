use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::choice::choice;
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

impl Channel {
    /// Every channel, in the order the app offers them.
    pub const ALL: [Channel; 3] = [Channel::Email, Channel::PhoneCall, Channel::AtTheirEvent];
}

choice!(Channel {
    Email => "email", "Email";
    PhoneCall => "phone_call", "Phone call";
    AtTheirEvent => "at_their_event", "In person at one of their events";
});

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

impl Response {
    /// Every response, in the order the app offers them.
    pub const ALL: [Response; 3] = [Response::Awaiting, Response::Replied, Response::Declined];
}

choice!(Response {
    Awaiting => "awaiting", "Awaiting a reply";
    Replied => "replied", "Replied";
    Declined => "declined", "Declined";
});

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

impl ContactDraft {
    /// A new, empty email draft; the composer fills it from a template.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            channel: Channel::default(),
            event_id: None,
            subject: String::new(),
            body: String::new(),
            status: DraftStatus::Draft,
            sent_on: None,
            response: Response::Awaiting,
            follow_up_on: None,
        }
    }
}
