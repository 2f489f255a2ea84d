use chrono::Utc;
use leptos::prelude::*;

use super::MeetingHandle;
use crate::app::browser::focus_when_rendered;
use crate::app::components::TextField;
use crate::app::handles::{Place, lens};
use crate::app::partner::log::{CommitmentFields, what_field};
use crate::app::routing::{Route, Step};
use crate::model::{Commitment, Stage};

/// The DOM id of the note that the meeting took place, where focus goes
/// once it is marked as met.
const HELD_NOTE: &str = "meeting-held";

/// After the meeting: what we heard in their words, the steps we agreed on
/// (ours are promises; theirs are notes), our invitation and their meetings
/// we may attend.
#[component]
pub fn AfterMeetingSection(
    /// The meeting held.
    meeting: MeetingHandle,
) -> impl IntoView {
    let partner = meeting.owner();
    let held = Memo::new(move |_| meeting.with(|m| m.after.held).unwrap_or(false));
    let (heard, set_heard) = meeting.text(lens!(after.what_we_heard));
    let (invitation, set_invitation) = meeting.text(lens!(after.invitation_extended));
    let (their_meetings, set_their_meetings) =
        meeting.text(lens!(after.their_meetings_we_may_attend));
    let commitments = partner.list(lens!(commitments));
    let steps = Memo::new(move |_| {
        partner
            .with(|p| {
                p.commitments
                    .iter()
                    .filter(|c| c.meeting_id == Some(meeting.id()))
                    .map(|c| c.id)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let add_step = move |_| {
        let added = commitments.push(Commitment {
            meeting_id: Some(meeting.id()),
            ..Commitment::new(Utc::now())
        });
        focus_when_rendered(what_field(added));
    };
    let mark_met = move |_| {
        meeting.edit(|m| m.after.held = true);
        partner.edit(|p| p.stage = p.stage.advance_to(Stage::Met));
        focus_when_rendered(HELD_NOTE.into());
    };
    view! {
        <section class="form-section" aria-labelledby="after-heading">
            <h3 id="after-heading">"After the meeting"</h3>
            <TextField
                id="after-heard"
                label="What we heard"
                help="Their priorities, in their own words."
                multiline=true
                value=heard
                on_input=set_heard
            />
            <h4>"Steps we agreed on"</h4>
            <p class="help">"Small steps, and no formal commitment at this stage. Ours are promises we keep: they show on the dashboard until done. Theirs are notes of what they said they might do, never a claim on them."</p>
            <For each=move || steps.get() key=|step| *step let:step>
                <CommitmentFields commitment=commitments.item(step) />
            </For>
            <button type="button" class="secondary" on:click=add_step>
                "Add a step we agreed on"
            </button>
            <TextField id="after-invitation" label="The invitation we extended" multiline=true value=invitation on_input=set_invitation />
            <TextField
                id="after-their-meetings"
                label="Their meetings we may attend"
                multiline=true
                value=their_meetings
                on_input=set_their_meetings
            />
            <Show
                when=move || held.get()
                fallback=move || view! { <button type="button" on:click=mark_met>"Mark as met"</button> }
            >
                <p class="done" id=HELD_NOTE tabindex="-1">
                    "This meeting took place. "
                    <a href=Route::Partner(partner.id(), Step::Log).href()>"Log what happens next"</a>
                </p>
            </Show>
        </section>
    }
}
