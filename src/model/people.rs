use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{RecordId, Timestamp};

/// A leader or contact at a partner organization.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub notes: String,
}

/// One of the partner's public events: showing up is a good first contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicEvent {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub place: String,
}

/// A practice of theirs to respect, such as community-only spaces.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Practice {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub text: String,
}
