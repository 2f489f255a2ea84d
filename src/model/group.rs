use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Our own group, as the first contact and the meeting introduce it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OurGroup {
    pub name: String,
    /// The name of the person writing, which signs first-contact messages.
    /// Written only when set, so files from before it existed round-trip unchanged.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub your_name: String,
    /// What our group does, in one line.
    pub one_line: String,
    /// Where we usually meet; a warning appears when a meeting is set there.
    pub meeting_place: String,
    pub next_meeting_on: Option<NaiveDate>,
    pub next_meeting_place: String,
}
