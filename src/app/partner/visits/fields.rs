use leptos::prelude::*;

use super::VisitHandle;
use crate::app::components::{CheckboxField, InputKind, TextField};
use crate::app::handles::{Place, lens};

/// The DOM id of the visit's date, where a newly planned visit starts.
pub const DATE_FIELD: &str = "visit-date";

/// When and where the visit is, who comes and why, the agenda we send
/// ahead, the hosting checklist for that day, and what we heard after.
#[component]
pub fn VisitFields(
    /// The visit planned.
    visit: VisitHandle,
) -> impl IntoView {
    let (date, set_date) = visit.date(lens!(date));
    let (time, set_time) = visit.time(lens!(start_time));
    let (duration, set_duration) = visit.length_in_minutes(lens!(duration_minutes));
    let (place, set_place) = visit.text(lens!(place));
    let (who, set_who) = visit.text(lens!(who));
    let (item, set_item) = visit.text(lens!(their_item));
    let (agenda, set_agenda) = visit.text(lens!(agenda));
    let (notes, set_notes) = visit.text(lens!(notes));
    let (sent, set_sent) = visit.flag(lens!(hosting.agenda_sent_in_advance));
    let (early, set_early) = visit.flag(lens!(hosting.their_item_near_the_start));
    let (asked, set_asked) = visit.flag(lens!(hosting.their_perspective_asked));
    let (power, set_power) = visit.flag(lens!(hosting.power_dynamics_in_mind));
    view! {
        <section class="form-section" aria-labelledby="visit-details-heading">
            <h3 id="visit-details-heading">"The visit"</h3>
            <div class="record-grid">
                <TextField id=DATE_FIELD label="Day of the visit" kind=InputKind::Date value=date on_input=set_date />
                <TextField id="visit-time" label="Our meeting starts at" kind=InputKind::Time value=time on_input=set_time />
                <TextField id="visit-duration" label="Our meeting lasts (minutes)" kind=InputKind::Number value=duration on_input=set_duration />
            </div>
            <TextField id="visit-place" label="Place of our meeting" value=place on_input=set_place />
            <TextField id="visit-who" label="Who from their side will come" value=who on_input=set_who />
            <TextField id="visit-item" label="Their item: what they would like to share" multiline=true value=item on_input=set_item />
            <TextField
                id="visit-agenda"
                label="Agenda to send them in advance (one item a line)"
                multiline=true
                value=agenda
                on_input=set_agenda
            />
        </section>
        <section class="form-section" aria-labelledby="visit-hosting-heading">
            <h3 id="visit-hosting-heading">"Hosting them well"</h3>
            <p class="help">"Include them, respect their time, and defer to them on the needs of their community."</p>
            <CheckboxField id="visit-hosting-agenda" label="Agenda sent to them in advance" checked=sent on_change=set_sent />
            <CheckboxField id="visit-hosting-early" label="Their item placed near the start" checked=early on_change=set_early />
            <CheckboxField id="visit-hosting-asked" label="Their perspective and advice asked for" checked=asked on_change=set_asked />
            <CheckboxField id="visit-hosting-power" label="Power dynamics kept in mind; a welcoming room" checked=power on_change=set_power />
        </section>
        <section class="form-section" aria-labelledby="visit-after-heading">
            <h3 id="visit-after-heading">"After the visit"</h3>
            <TextField id="visit-notes" label="What we heard, and what follows" multiline=true value=notes on_input=set_notes />
        </section>
    }
}
