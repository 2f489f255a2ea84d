use leptos::prelude::*;

use super::MeetingHandle;
use crate::app::components::{InputKind, TextField};
use crate::app::handles::{GroupHandle, Place, lens};
use crate::guide::agenda::follow_next_meeting;
use crate::model::OurGroup;

/// Our group as a meeting's invitation sees it: when a change moves our next
/// meeting, the invitation follows, unless it was rewritten by hand.
#[derive(Clone, Copy)]
struct GroupInvitingTo(MeetingHandle);

impl Place for GroupInvitingTo {
    type Target = OurGroup;

    fn with<V>(self, read: impl FnOnce(&OurGroup) -> V) -> Option<V> {
        GroupHandle(self.0.owner().state()).with(read)
    }

    fn edit(self, edit: impl FnOnce(&mut OurGroup)) {
        let group = GroupHandle(self.0.owner().state());
        let Some(before) = group.with(Clone::clone) else {
            return;
        };
        let mut after = before.clone();
        edit(&mut after);
        if after == before {
            return;
        }
        let changed = after.clone();
        group.edit(move |ours| *ours = changed);
        self.0.edit(|m| follow_next_meeting(m, &before, &after));
    }
}

/// When and where our group meets next, so the invitation we extend in the
/// close of the meeting says it; the agenda and the printout follow it.
#[component]
pub fn NextMeeting(
    /// The meeting planned, whose invitation follows.
    meeting: MeetingHandle,
) -> impl IntoView {
    let group = GroupInvitingTo(meeting);
    let (date, set_date) = group.date(lens!(next_meeting_on));
    let (place, set_place) = group.text(lens!(next_meeting_place));
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
