//! Meetings and visits as the timeline edits them: when, where, and what we
//! heard. Agendas, printouts and calendar files stay on the Meeting page.

use leptos::prelude::*;

use crate::app::components::{InputKind, TextField};
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::app::routing::{Route, Step};
use crate::model::{Meeting, RecordId, Visit};

/// The DOM id of a meeting's date in the timeline.
pub fn meeting_date_field(meeting: RecordId) -> String {
    format!("timeline-meeting-{meeting}-date")
}

/// The DOM id of a visit's date in the timeline.
pub fn visit_date_field(visit: RecordId) -> String {
    format!("timeline-visit-{visit}-date")
}

/// A listen-first meeting's day, place and what we heard there.
#[component]
pub fn MeetingEntryFields(
    /// The meeting.
    meeting: ItemHandle<PartnerHandle, Meeting>,
) -> impl IntoView {
    let (date, set_date) = meeting.date(lens!(date));
    let (place, set_place) = meeting.text(lens!(location));
    let (heard, set_heard) = meeting.text(lens!(after.what_we_heard));
    let id = meeting.id();
    view! {
        <fieldset class="record">
            <legend>"Listen-first meeting"</legend>
            <div class="record-grid">
                <TextField id=meeting_date_field(id) label="Date" kind=InputKind::Date value=date on_input=set_date />
                <TextField id=format!("timeline-meeting-{id}-place") label="Place" value=place on_input=set_place />
            </div>
            <TextField
                id=format!("timeline-meeting-{id}-heard")
                label="What we heard"
                help="Their priorities, in their own words."
                multiline=true
                value=heard
                on_input=set_heard
            />
            <MeetingPageLink partner=meeting.owner() />
        </fieldset>
    }
}

/// A visit of theirs to our meeting: its day, who came, and what we heard.
#[component]
pub fn VisitEntryFields(
    /// The visit.
    visit: ItemHandle<PartnerHandle, Visit>,
) -> impl IntoView {
    let (date, set_date) = visit.date(lens!(date));
    let (who, set_who) = visit.text(lens!(who));
    let (notes, set_notes) = visit.text(lens!(notes));
    let id = visit.id();
    view! {
        <fieldset class="record">
            <legend>"Visit to our meeting"</legend>
            <div class="record-grid">
                <TextField id=visit_date_field(id) label="Day of the visit" kind=InputKind::Date value=date on_input=set_date />
                <TextField id=format!("timeline-visit-{id}-who") label="Who from their side will come" value=who on_input=set_who />
            </div>
            <TextField
                id=format!("timeline-visit-{id}-notes")
                label="What we heard, and what follows"
                multiline=true
                value=notes
                on_input=set_notes
            />
            <MeetingPageLink partner=visit.owner() />
        </fieldset>
    }
}

/// Where the rest of a meeting or visit is kept.
#[component]
fn MeetingPageLink(
    /// The partner met.
    partner: PartnerHandle,
) -> impl IntoView {
    view! {
        <p class="help">
            "Its agenda, printout and calendar file are on the "
            <a href=Route::Partner(partner.id(), Step::Meeting).href()>"Meeting page"</a>
            "."
        </p>
    }
}
