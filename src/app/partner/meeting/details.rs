use chrono::NaiveTime;
use leptos::prelude::*;

use crate::app::state::DependsOn;

use super::binding::{find, lines, meeting_text, parse_lines};
use crate::app::binding::bound_text;
use crate::app::components::{InputKind, TextField, date_from_input, date_to_input};
use crate::app::state::use_app_state;
use crate::model::RecordId;

/// The DOM id of the meeting's date, where a newly planned meeting starts.
pub const DATE_FIELD: &str = "meeting-date";

/// When and where: date, time, length, place (theirs by default), and who comes.
#[component]
pub fn MeetingDetails(
    /// The partner met.
    id: RecordId,
    /// The meeting planned.
    meeting: RecordId,
) -> impl IntoView {
    let workspace = use_app_state().workspace();
    let (date, set_date) = meeting_text(
        id,
        meeting,
        |m| date_to_input(m.date),
        |m, v| m.date = date_from_input(&v),
    );
    let (time, set_time) = meeting_text(
        id,
        meeting,
        |m| {
            m.start_time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default()
        },
        |m, v| m.start_time = NaiveTime::parse_from_str(&v, "%H:%M").ok(),
    );
    let (duration, set_duration) = meeting_text(
        id,
        meeting,
        |m| m.duration_minutes.to_string(),
        |m, v| {
            if let Ok(minutes) = v.trim().parse() {
                m.duration_minutes = minutes;
            }
        },
    );
    let (location, set_location) =
        meeting_text(id, meeting, |m| m.location.clone(), |m, v| m.location = v);
    let (ours, set_ours) = meeting_text(
        id,
        meeting,
        |m| lines(&m.our_attendees),
        |m, v| m.our_attendees = parse_lines(&v),
    );
    let (theirs, set_theirs) = meeting_text(
        id,
        meeting,
        |m| lines(&m.their_attendees),
        |m, v| m.their_attendees = parse_lines(&v),
    );
    let (our_place, set_our_place) = bound_text(
        DependsOn::Group,
        |w| Some(w.our_group.meeting_place.clone()),
        |state, text| state.edit_group(|group| group.meeting_place = text),
    );
    let at_our_place = Memo::new(move |_| {
        workspace.with(|w| {
            let ours = w.our_group.meeting_place.trim().to_lowercase();
            find(w, id, meeting)
                .is_some_and(|m| !ours.is_empty() && m.location.trim().to_lowercase() == ours)
        })
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
