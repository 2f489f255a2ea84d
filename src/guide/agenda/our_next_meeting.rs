//! The invitation to our next meeting, kept in step with its date and place.

use crate::model::dates;
use chrono::NaiveDate;

use crate::model::{Meeting, OurGroup};

/// Our group's next meeting as a phrase, "Thursday, December 3, at Main
/// library", with a bracketed placeholder for what is not set yet.
pub fn next_meeting(group: &OurGroup) -> String {
    let date = group
        .next_meeting_on
        .map_or_else(|| "[date]".to_owned(), long_date);
    match group.next_meeting_place.trim() {
        "" => format!("{date}, at [place]"),
        place => format!("{date}, at {place}"),
    }
}

/// The invitation a new meeting notes as extended: our next meeting, once
/// its date or place is known; empty until then.
pub fn invitation_to_note(group: &OurGroup) -> String {
    if group.next_meeting_on.is_some() || !group.next_meeting_place.trim().is_empty() {
        next_meeting(group)
    } else {
        String::new()
    }
}

/// The agenda item that invites them to our next meeting.
pub fn invitation(group: &OurGroup) -> String {
    format!("An invitation to our next meeting: {}", next_meeting(group))
}

/// Brings a planned meeting in step when our next meeting's date or place
/// changes from `before` to `after`: the invitation in its agenda, and the
/// invitation noted after it, follow unless the user has rewritten them.
pub fn follow_next_meeting(meeting: &mut Meeting, before: &OurGroup, after: &OurGroup) {
    let (old, new) = (invitation(before), invitation(after));
    for item in &mut meeting.agenda {
        if item.title == old {
            item.title.clone_from(&new);
        }
    }
    let noted = &mut meeting.after.invitation_extended;
    if noted.trim().is_empty() || *noted == next_meeting(before) {
        *noted = next_meeting(after);
    }
}

/// `date` as "Thursday, December 3".
fn long_date(date: NaiveDate) -> String {
    dates::weekday_month_day(date)
}
