use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{HostingChecklist, RecordId, Timestamp};

/// A visit of their leader or staff to speak at our meeting: the other half
/// of showing up for each other. Each visit has its own date, our meeting's
/// place, the care we owe them that day, and the agenda we send ahead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub start_time: Option<NaiveTime>,
    #[serde(default)]
    pub duration_minutes: u32,
    /// Where our group meets that day.
    #[serde(default)]
    pub place: String,
    /// Who comes from their side.
    #[serde(default)]
    pub who: String,
    /// What they come to tell our group about, in their words.
    #[serde(default)]
    pub their_item: String,
    /// Our meeting's agenda as we send it to them in advance, one item a line.
    #[serde(default)]
    pub agenda: String,
    #[serde(default)]
    pub hosting: HostingChecklist,
    /// What we heard and what follows, after the visit.
    #[serde(default)]
    pub notes: String,
}

impl Visit {
    /// A new visit with nothing planned yet.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: None,
            start_time: None,
            duration_minutes: 0,
            place: String::new(),
            who: String::new(),
            their_item: String::new(),
            agenda: String::new(),
            hosting: HostingChecklist::default(),
            notes: String::new(),
        }
    }
}
