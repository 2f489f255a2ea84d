//! Every meeting with a partner, newest first, one of them open at a time.

use leptos::prelude::*;

use crate::app::handles::{PartnerHandle, Place};
use crate::model::{Meeting, RecordId, dates};

/// One meeting as the history lists it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct MeetingSummary {
    pub id: RecordId,
    label: String,
}

impl MeetingSummary {
    fn new(meeting: &Meeting) -> Self {
        let when = meeting
            .date
            .map_or_else(|| "Date not set".to_owned(), dates::weekday_long_date);
        let state = if meeting.after.held {
            "held"
        } else {
            "planned"
        };
        let place = meeting.location.trim();
        let label = if place.is_empty() {
            format!("{when}, {state}")
        } else {
            format!("{when} at {place}, {state}")
        };
        Self {
            id: meeting.id,
            label,
        }
    }
}

/// The partner's meetings, newest first; changes only when one is added,
/// removed, dated, moved or held.
pub fn meeting_history(partner: PartnerHandle) -> Memo<Vec<MeetingSummary>> {
    Memo::new(move |_| {
        partner
            .with(|p| p.meetings.iter().rev().map(MeetingSummary::new).collect())
            .unwrap_or_default()
    })
}

/// Lists every meeting with the partner so any of them can be opened; the
/// open one is marked as current.
#[component]
pub fn MeetingHistory(
    /// The meetings, newest first.
    history: Memo<Vec<MeetingSummary>>,
    /// The meeting open below the list.
    open: Memo<Option<RecordId>>,
    /// Opens another meeting.
    choose: WriteSignal<Option<RecordId>>,
) -> impl IntoView {
    view! {
        <section class="meeting-history" aria-labelledby="meeting-history-heading">
            <h3 id="meeting-history-heading">"All meetings"</h3>
            <ul>
                <For each=move || history.get() key=|summary| summary.clone() let:summary>
                    <li>
                        <button
                            type="button"
                            class="secondary"
                            aria-current=move || (open.get() == Some(summary.id)).then_some("true")
                            on:click=move |_| choose.set(Some(summary.id))
                        >
                            {summary.label.clone()}
                        </button>
                    </li>
                </For>
            </ul>
        </section>
    }
}
