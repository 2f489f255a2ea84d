use chrono::{Local, Utc};
use leptos::prelude::*;

use super::row::first_field;
use crate::app::components::open_for_editing;
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::guide::timeline::EntryKind;
use crate::model::{Commitment, Feedback, Lesson, LogEntry, RecordId};

/// The kinds of record written on the Log step, with their Add buttons'
/// words; meetings and visits are planned on the Meeting step.
const ADDED_HERE: [(EntryKind, &str); 4] = [
    (EntryKind::Interaction, "Add interaction"),
    (EntryKind::Feedback, "Add their feedback"),
    (EntryKind::Lesson, "Add a lesson"),
    (EntryKind::Commitment, "Add commitment"),
];

/// Adds a record of each kind the log is written in, dated today where it
/// has a date, and opens it for writing.
#[component]
pub fn AddButtons(
    /// The partner.
    partner: PartnerHandle,
    /// The open entry of the timeline.
    open: RwSignal<Option<RecordId>>,
    /// The kind the timeline shows, or every kind.
    shown: RwSignal<Option<EntryKind>>,
) -> impl IntoView {
    let add = move |kind: EntryKind| {
        let Some(added) = add_record(partner, kind) else {
            return;
        };
        if shown.get_untracked().is_some_and(|shown| shown != kind) {
            shown.set(None);
        }
        open_for_editing(open, added, first_field(kind, added));
    };
    view! {
        <div class="button-row">
            {ADDED_HERE
                .into_iter()
                .map(|(kind, label)| {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| add(kind)>
                            {label}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Adds a new record of `kind` to the partner, dated today where it has a
/// date, and gives its id; `None` for the kinds planned on the Meeting step.
fn add_record(partner: PartnerHandle, kind: EntryKind) -> Option<RecordId> {
    let today = Some(Local::now().date_naive());
    let now = Utc::now();
    let added = match kind {
        EntryKind::Interaction => partner.list(lens!(log)).push(LogEntry {
            date: today,
            ..LogEntry::new(now)
        }),
        EntryKind::Feedback => partner.list(lens!(feedback)).push(Feedback {
            date: today,
            ..Feedback::new(now)
        }),
        EntryKind::Lesson => partner.list(lens!(lessons)).push(Lesson {
            date: today,
            ..Lesson::new(now)
        }),
        EntryKind::Commitment => partner.list(lens!(commitments)).push(Commitment::new(now)),
        EntryKind::Meeting | EntryKind::Visit => return None,
    };
    Some(added)
}
