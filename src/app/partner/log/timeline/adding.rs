use chrono::{Local, Utc};
use leptos::prelude::*;

use super::row::first_field;
use crate::app::components::open_for_editing;
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::guide::timeline::EntryKind;
use crate::model::{Commitment, Feedback, Lesson, LogEntry, RecordId};

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
    let added = move |kind: EntryKind, id: RecordId| {
        if shown.get_untracked().is_some_and(|shown| shown != kind) {
            shown.set(None);
        }
        open_for_editing(open, id, first_field(kind, id));
    };
    let today = move || Some(Local::now().date_naive());
    let add_interaction = move |_| {
        let id = partner.list(lens!(log)).push(LogEntry {
            date: today(),
            ..LogEntry::new(Utc::now())
        });
        added(EntryKind::Interaction, id);
    };
    let add_feedback = move |_| {
        let id = partner.list(lens!(feedback)).push(Feedback {
            date: today(),
            ..Feedback::new(Utc::now())
        });
        added(EntryKind::Feedback, id);
    };
    let add_lesson = move |_| {
        let id = partner.list(lens!(lessons)).push(Lesson {
            date: today(),
            ..Lesson::new(Utc::now())
        });
        added(EntryKind::Lesson, id);
    };
    let add_commitment = move |_| {
        let id = partner
            .list(lens!(commitments))
            .push(Commitment::new(Utc::now()));
        added(EntryKind::Commitment, id);
    };
    view! {
        <div class="button-row">
            <button type="button" class="secondary" on:click=add_interaction>
                "Add interaction"
            </button>
            <button type="button" class="secondary" on:click=add_feedback>
                "Add their feedback"
            </button>
            <button type="button" class="secondary" on:click=add_lesson>
                "Add a lesson"
            </button>
            <button type="button" class="secondary" on:click=add_commitment>
                "Add commitment"
            </button>
        </div>
    }
}
