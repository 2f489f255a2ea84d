//! The log as one timeline: every interaction, meeting, visit, piece of
//! feedback, lesson and commitment, newest first, each a line to read that
//! opens to its form in place.

mod adding;
mod meeting_forms;
mod row;

use leptos::prelude::*;

use crate::app::components::{Field, FieldIds, timeline_order};
use crate::app::handles::{PartnerHandle, Place};
use crate::guide::timeline::{EntryKind, entries};
use crate::model::RecordId;

/// The DOM id of the filter by kind.
const FILTER: &str = "timeline-filter";

/// Everything that happened with a partner, or is planned, newest first.
#[component]
pub fn Timeline(
    /// The partner.
    partner: PartnerHandle,
) -> impl IntoView {
    let open = RwSignal::new(None::<RecordId>);
    let shown = RwSignal::new(None::<EntryKind>);
    let order = timeline_order(move || partner.with(entries).unwrap_or_default(), open);
    let visible = Memo::new(move |_| {
        let shown = shown.get();
        order.with(|order| {
            order
                .iter()
                .filter(|entry| shown.is_none_or(|kind| entry.kind == kind))
                .map(|entry| (entry.kind, entry.id))
                .collect::<Vec<_>>()
        })
    });
    let choose = move |event| shown.set(EntryKind::from_key(&event_target_value(&event)));
    let empty = move || {
        match shown.get() {
        None => "Nothing logged yet. Add what happened, what they told you, what you learned and who promised what.".to_owned(),
        Some(kind) => format!("Nothing under “{}” yet.", kind.plural()),
    }
    };
    view! {
        <section class="form-section" aria-labelledby="timeline-heading">
            <div class="timeline-head">
                <h3 id="timeline-heading">"Timeline"</h3>
                <adding::AddButtons partner open shown />
                <Field ids=FieldIds::new(FILTER) label="Show">
                    <select id=FILTER on:change=choose>
                        <option value="" selected=move || shown.get().is_none()>
                            "Everything"
                        </option>
                        {EntryKind::ALL
                            .into_iter()
                            .map(|kind| {
                                view! {
                                    <option value=kind.key() selected=move || shown.get() == Some(kind)>
                                        {kind.plural()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </Field>
            </div>
            <Show when=move || visible.with(Vec::is_empty)>
                <p class="empty">{empty}</p>
            </Show>
            <ol class="timeline" aria-labelledby="timeline-heading">
                <For each=move || visible.get() key=|entry| entry.1 let:entry>
                    <row::TimelineRow partner kind=entry.0 entry=entry.1 open />
                </For>
            </ol>
        </section>
    }
}
