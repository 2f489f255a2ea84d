//! How the meeting history names each meeting.

use leptos::prelude::*;

use crate::app::components::{HistoryItem, dated_label};
use crate::app::handles::{PartnerHandle, Place};
use crate::model::Meeting;

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
