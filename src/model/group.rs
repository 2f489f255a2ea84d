use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Our own group, as the first contact and the meeting introduce it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OurGroup {
    pub name: String,
    /// The name of the person writing, which signs first-contact messages.
    /// It belongs to the person on this device, so it is kept with the
    /// device ([`super::ThisDevice`]) and only held here while the app runs:
    /// never stored with the group, in its document or in a file, and never
    /// read from one.
    #[serde(skip)]
    pub your_name: String,
    /// What our group does, in one line.
    pub one_line: String,
    /// Where we usually meet; a warning appears when a meeting is set there.
    pub meeting_place: String,
    pub next_meeting_on: Option<NaiveDate>,
    pub next_meeting_place: String,
}
