//! Their people's visits to speak at our meeting: each its own record with
//! a date, our meeting's place, the care we owe them that day, and the
//! agenda we send ahead (printed or as a calendar file).

mod fields;
mod outputs;

use chrono::Utc;
use leptos::prelude::*;

use crate::app::browser::focus_when_rendered;
use crate::app::components::{
    HistoryItem, HistoryList, RemoveFromHistory, dated_label, dated_what, open_in_history,
};
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::guide::agenda::planned_visit;
use crate::model::{RecordId, Visit};

/// A handle on one visit of theirs to our meeting.
type VisitHandle = ItemHandle<PartnerHandle, Visit>;

/// Plans and keeps every visit of their leader or staff to our meeting.
#[component]
pub fn VisitsToOurMeeting(
    /// The partner visiting.
    partner: PartnerHandle,
) -> impl IntoView {
    let history = Memo::new(move |_| {
        partner
            .with(|p| p.visits.iter().rev().map(history_item).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let (chosen, choose) = signal(None::<RecordId>);
    let open = open_in_history(history, chosen);
    let visits = partner.list(lens!(visits));
    let plan = move |_| {
        let group = partner
            .state()
            .workspace()
            .with_untracked(|w| w.our_group.clone());
        let Some(visit) = partner.with(|p| planned_visit(p, &group, Visit::new(Utc::now()))) else {
            return;
        };
        choose.set(Some(visits.push(visit)));
        focus_when_rendered(fields::DATE_FIELD.into());
    };
    view! {
        <h2 id="visits-heading">"Their visits to our meeting"</h2>
        <p class="lede">
            "Invite their people to sit in on your meeting and explore working together. Send the agenda ahead, put their item near the start, ask for their perspective and advice on the issues you discuss, and keep in mind who holds power in the room."
            " "
            <crate::app::guide::WhyLink habit=crate::app::guide::HOST_WELL />
        </p>
        <button type="button" on:click=plan>
            "Plan a visit to our meeting"
        </button>
        <HistoryList id="visit-history-heading" heading="All visits" history open choose />
        {move || {
            open.get()
                .map(|visit| {
                    let visit = visits.item(visit);
                    view! {
                        <fields::VisitFields visit />
                        <outputs::VisitOutputs visit />
                        <RemoveFromHistory
                            label="Remove this visit"
                            help="If it did not take place, or was planned by mistake."
                            what=move || dated_what("the visit", visit.with(|v| v.date).flatten())
                            remove=move |what| visit.remove(what, fields::DATE_FIELD.into())
                        />
                        <outputs::PrintableVisitAgenda visit />
                    }
                })
        }}
    }
}

/// "Thursday, December 3, 2026 at Main library, planned".
fn history_item(visit: &Visit) -> HistoryItem {
    let state = if visit.notes.trim().is_empty() {
        "planned"
    } else {
        "written up"
    };
    HistoryItem {
        id: visit.id,
        label: dated_label(visit.date, &visit.place, state),
    }
}
