use leptos::prelude::*;

use crate::app::state::DependsOn;

use super::binding::edit_meeting;
use crate::app::binding::bound_text;
use crate::app::components::{InputKind, TextField, date_from_input, date_to_input};
use crate::app::state::{AppState, use_app_state};
use crate::guide::agenda::follow_next_meeting;
use crate::model::{OurGroup, RecordId};

/// When and where our group meets next, so the invitation we extend in the
/// close of the meeting says it; the agenda and the printout follow it.
#[component]
pub fn NextMeeting(
    /// The partner met.
    id: RecordId,
    /// The meeting planned, whose invitation follows.
    meeting: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    // Our group changes, and this meeting's invitation follows unless it was rewritten.
    let edit = move |change: fn(&mut OurGroup, String), text: String| {
        let before = state.workspace().with_untracked(|w| w.our_group.clone());
        let mut after = before.clone();
        change(&mut after, text);
        if after == before {
            return;
        }
        let group = after.clone();
        state.edit_group(move |ours| *ours = group);
        edit_meeting(state, id, meeting, |m| {
            follow_next_meeting(m, &before, &after)
        });
    };
    let (date, set_date) = bound_text(
        DependsOn::Group,
        |w| Some(date_to_input(w.our_group.next_meeting_on)),
        move |_: AppState, text| edit(|g, v| g.next_meeting_on = date_from_input(&v), text),
    );
    let (place, set_place) = bound_text(
        DependsOn::Group,
        |w| Some(w.our_group.next_meeting_place.clone()),
        move |_: AppState, text| edit(|g, v| g.next_meeting_place = v, text),
    );
    view! {
        <section class="form-section" aria-labelledby="next-meeting-heading">
            <h3 id="next-meeting-heading">"Our next meeting"</h3>
            <p class="help">
                "Close by inviting them to send someone to our next meeting, and make sure they know when and where it is."
            </p>
            <div class="record-grid">
                <TextField id="next-meeting-date" label="Day of our next meeting" kind=InputKind::Date value=date on_input=set_date />
                <TextField id="next-meeting-place" label="Place of our next meeting" value=place on_input=set_place />
            </div>
        </section>
    }
}
