//! How the meeting history names each meeting.

use leptos::prelude::*;

use crate::app::components::HistoryItem;
use crate::app::handles::{PartnerHandle, Place};
use crate::model::{Meeting, dates};

/// The partner's meetings, newest first; changes only when one is added,
/// removed, dated, moved or held.
pub fn meeting_history(partner: PartnerHandle) -> Memo<Vec<HistoryItem>> {
    Memo::new(move |_| {
        partner
            .with(|p| p.meetings.iter().rev().map(history_item).collect())
            .unwrap_or_default()
    })
}

/// "Thursday, December 3, 2026 at 1200 Alder St, planned".
fn history_item(meeting: &Meeting) -> HistoryItem {
    let state = if meeting.after.held {
        "held"
    } else {
        "planned"
    };
    HistoryItem {
        id: meeting.id,
        label: dated_label(meeting.date, &meeting.location, state),
    }
}

/// A record's date, place and state as a history shows them.
pub fn dated_label(date: Option<chrono::NaiveDate>, place: &str, state: &str) -> String {
    let when = date.map_or_else(|| "Date not set".to_owned(), dates::weekday_long_date);
    match place.trim() {
        "" => format!("{when}, {state}"),
        place => format!("{when} at {place}, {state}"),
    }
}
