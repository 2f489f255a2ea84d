use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::DependsOn;

use super::binding::{edit_meeting, find, meeting_text};
use crate::app::binding::ListBinding;
use crate::app::browser::focus_when_rendered;
use crate::app::components::TextField;
use crate::app::partner::log::{CommitmentFields, what_field};
use crate::app::routing::{Route, Step};
use crate::app::state::use_app_state;
use crate::model::{Commitment, RecordId, Stage};

/// The DOM id of the note that the meeting took place, where focus goes
/// once it is marked as met.
const HELD_NOTE: &str = "meeting-held";

/// After the meeting: what we heard in their words, the next steps (which
/// become commitments), our invitation and their meetings we may attend.
#[component]
pub fn AfterMeetingSection(
    /// The partner met.
    id: RecordId,
    /// The meeting held.
    meeting: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let held = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            find(w, id, meeting).is_some_and(|m| m.after.held)
        })
    });
    let (heard, set_heard) = meeting_text(
        id,
        meeting,
        |m| m.after.what_we_heard.clone(),
        |m, v| m.after.what_we_heard = v,
    );
    let (invitation, set_invitation) = meeting_text(
        id,
        meeting,
        |m| m.after.invitation_extended.clone(),
        |m, v| m.after.invitation_extended = v,
    );
    let (their_meetings, set_their_meetings) = meeting_text(
        id,
        meeting,
        |m| m.after.their_meetings_we_may_attend.clone(),
        |m, v| m.after.their_meetings_we_may_attend = v,
    );
    let commitments =
        ListBinding::<Commitment>::new(id, |p| &p.commitments, |p| &mut p.commitments);
    let steps = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            w.partner(id)
                .map(|p| {
                    p.commitments
                        .iter()
                        .filter(|c| c.meeting_id == Some(meeting))
                        .map(|c| c.id)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let add_step = move |_| {
        let added = commitments.add(Commitment {
            meeting_id: Some(meeting),
            ..Commitment::new(Utc::now())
        });
        focus_when_rendered(what_field(added));
    };
    let mark_met = move |_| {
        edit_meeting(state, id, meeting, |m| m.after.held = true);
        state.edit_partner(id, |partner| {
            partner.stage = partner.stage.advance_to(Stage::Met)
        });
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
            <h4>"Next steps"</h4>
            <p class="help">"Each next step is a commitment, by us or by them, and shows up in the log and on the dashboard."</p>
            <For each=move || steps.get() key=|step| *step let:step>
                <CommitmentFields commitments item=step />
            </For>
            <button type="button" class="secondary" on:click=add_step>
                "Add next step"
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
                    <a href=Route::Partner(id, Step::Log).href()>"Log what happens next"</a>
                </p>
            </Show>
        </section>
    }
}
