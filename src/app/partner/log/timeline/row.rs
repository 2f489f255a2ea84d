use chrono::Local;
use leptos::prelude::*;

use super::meeting_forms::{
    MeetingEntryFields, VisitEntryFields, meeting_date_field, visit_date_field,
};
use crate::app::components::{EditableEntry, LogEntryFields, summary_field};
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::app::partner::log::commitments::{CommitmentFields, what_field};
use crate::app::partner::log::feedback::{
    FeedbackFields, LessonFields, feedback_text_field, lesson_field,
};
use crate::app::partner::log_follows;
use crate::guide::timeline::{EntryKind, line};
use crate::model::RecordId;

/// The DOM id of the field an entry's form opens at: where its words are
/// written, or a meeting's or visit's date.
pub fn first_field(kind: EntryKind, entry: RecordId) -> String {
    match kind {
        EntryKind::Interaction => summary_field(entry),
        EntryKind::Meeting => meeting_date_field(entry),
        EntryKind::Visit => visit_date_field(entry),
        EntryKind::Feedback => feedback_text_field(entry),
        EntryKind::Lesson => lesson_field(entry),
        EntryKind::Commitment => what_field(entry),
    }
}

/// One record of the timeline, read as a line or edited in its own form.
#[component]
pub fn TimelineRow(
    /// The partner.
    partner: PartnerHandle,
    /// What kind of record it is.
    kind: EntryKind,
    /// The record.
    entry: RecordId,
    /// The open entry of the timeline.
    open: RwSignal<Option<RecordId>>,
) -> impl IntoView {
    let today = Local::now().date_naive();
    let read = Memo::new(move |_| {
        partner
            .with(|p| line(p, kind, entry, today))
            .flatten()
            .unwrap_or_default()
    });
    let form = move || match kind {
        EntryKind::Interaction => {
            view! { <LogEntryFields entry=partner.list(lens!(log)).item(entry) /> }.into_any()
        }
        EntryKind::Meeting => {
            let meetings = partner.list(lens!(meetings)).keeping_in_step(log_follows);
            view! { <MeetingEntryFields meeting=meetings.item(entry) /> }.into_any()
        }
        EntryKind::Visit => {
            view! { <VisitEntryFields visit=partner.list(lens!(visits)).item(entry) /> }.into_any()
        }
        EntryKind::Feedback => {
            view! { <FeedbackFields feedback=partner.list(lens!(feedback)).item(entry) /> }
                .into_any()
        }
        EntryKind::Lesson => {
            view! { <LessonFields lesson=partner.list(lens!(lessons)).item(entry) /> }.into_any()
        }
        EntryKind::Commitment => {
            view! { <CommitmentFields commitment=partner.list(lens!(commitments)).item(entry) /> }
                .into_any()
        }
    };
    view! {
        <EditableEntry entry open line=read.into() first_field=first_field(kind, entry)>
            {form()}
        </EditableEntry>
    }
}
