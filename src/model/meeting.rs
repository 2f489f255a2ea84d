use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{RecordId, Timestamp};

/// The part of a listen-first meeting an agenda item belongs to, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgendaSection {
    /// Thanks for hosting us, and brief introductions.
    Welcome,
    /// Their work, their community's needs, what matters to them now.
    Listening,
    /// What brought each person to this work.
    HumanElement,
    /// Where our work lines up and how we could help.
    Alignment,
    /// Next steps, our invitation, their meetings we may attend.
    Close,
}

/// One item of a meeting's agenda, with its planned minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub section: AgendaSection,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub minutes: u32,
}

impl AgendaItem {
    /// A new, untitled item of `section`, with no minutes planned yet.
    pub fn new(section: AgendaSection, now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            section,
            title: String::new(),
            minutes: 0,
        }
    }
}

/// A question we want to ask them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub text: String,
}

impl Question {
    /// A new question, not written yet.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            text: String::new(),
        }
    }
}

/// What we note after the meeting. Its next steps are commitments that
/// point back to the meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AfterMeeting {
    pub held: bool,
    /// Their priorities, in their words.
    pub what_we_heard: String,
    pub invitation_extended: String,
    pub their_meetings_we_may_attend: String,
}

/// A listen-first meeting, ideally at their place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub start_time: Option<NaiveTime>,
    #[serde(default)]
    pub duration_minutes: u32,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub our_attendees: Vec<String>,
    #[serde(default)]
    pub their_attendees: Vec<String>,
    #[serde(default)]
    pub agenda: Vec<AgendaItem>,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub our_introduction: String,
    #[serde(default)]
    pub after: AfterMeeting,
}

impl Meeting {
    /// A new meeting with nothing planned yet: no date, place, agenda or questions.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: None,
            start_time: None,
            duration_minutes: 0,
            location: String::new(),
            our_attendees: Vec::new(),
            their_attendees: Vec::new(),
            agenda: Vec::new(),
            questions: Vec::new(),
            our_introduction: String::new(),
            after: AfterMeeting::default(),
        }
    }
}
