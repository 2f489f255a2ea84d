use leptos::prelude::*;

use super::MeetingHandle;
use super::lines::{lines, parse_lines};
use crate::app::components::{InputKind, TextField};
use crate::app::handles::{GroupHandle, Place, lens};

/// The DOM id of the meeting's date, where a newly planned meeting starts.
pub const DATE_FIELD: &str = "meeting-date";

/// When and where: date, time, length, place (theirs by default), and who comes.
#[component]
pub fn MeetingDetails(
    /// The meeting planned.
    meeting: MeetingHandle,
) -> impl IntoView {
    let (date, set_date) = meeting.date(lens!(date));
    let (time, set_time) = meeting.time(lens!(start_time));
    let (duration, set_duration) = meeting.length_in_minutes(lens!(duration_minutes));
    let (location, set_location) = meeting.text(lens!(location));
    let (ours, set_ours) = meeting.text_as(
        lens!(our_attendees),
        |names| lines(names),
        |text| Some(parse_lines(text)),
    );
    let (theirs, set_theirs) = meeting.text_as(
        lens!(their_attendees),
        |names| lines(names),
        |text| Some(parse_lines(text)),
    );
    let group = GroupHandle(meeting.owner().state());
    let (our_place, set_our_place) = group.text(lens!(meeting_place));
    let at_our_place = Memo::new(move |_| {
        let ours = our_place.with(|place| place.trim().to_lowercase());
        !ours.is_empty() && location.with(|place| place.trim().to_lowercase()) == ours
    });
    view! {
        <section class="form-section" aria-labelledby="meeting-details-heading">
            <h3 id="meeting-details-heading">"When and where"</h3>
            <div class="record-grid">
                <TextField id=DATE_FIELD label="Date" kind=InputKind::Date value=date on_input=set_date />
                <TextField id="meeting-time" label="Start time" kind=InputKind::Time value=time on_input=set_time />
                <TextField id="meeting-duration" label="Duration (minutes)" kind=InputKind::Number value=duration on_input=set_duration />
            </div>
            <TextField
                id="meeting-location"
                label="Location"
                help="Go to them: their office, or wherever suits them. It starts as their address."
                value=location
                on_input=set_location
            />
            <Show when=move || at_our_place.get()>
                <p class="notice notice-warning" role="alert">
                    "This is our own meeting place. Offer to go to them instead: it saves them time away from their work, and shows respect."
                </p>
            </Show>
            <TextField
                id="group-meeting-place"
                label="Where our group usually meets"
                help="Used to warn when a meeting is set in our own space."
                value=our_place
                on_input=set_our_place
            />
            <div class="record-grid">
                <TextField id="meeting-ours" label="Who comes from our group (one per line)" multiline=true value=ours on_input=set_ours />
                <TextField id="meeting-theirs" label="Who comes from their side (one per line)" multiline=true value=theirs on_input=set_theirs />
            </div>
        </section>
    }
}
