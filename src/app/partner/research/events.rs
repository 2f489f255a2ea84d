use leptos::prelude::*;

use crate::app::components::{InputKind, RecordList, TextField};
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::model::{PublicEvent, RecordId};

/// The partner's public events: showing up at one is a good first contact.
#[component]
pub fn EventsSection(
    /// The partner whose events these are.
    partner: PartnerHandle,
) -> impl IntoView {
    let events = partner.list(lens!(events));
    view! {
        <RecordList
            list=events
            heading_id="events-heading"
            heading="Their public events"
            add_label="Add event"
            new_record=PublicEvent::new
            first_field=title_field
            row=move |event| view! { <EventFields event=events.item(event) /> }
        >
            <p class="help">"Going to one of their public events is a good way to introduce yourself in person."</p>
        </RecordList>
    }
}

/// The DOM id of an event's title, the first field a new event gets.
fn title_field(event: RecordId) -> String {
    format!("event-{event}-title")
}

/// The fields of one event.
#[component]
fn EventFields(
    /// The event.
    event: ItemHandle<PartnerHandle, PublicEvent>,
) -> impl IntoView {
    let (title, set_title) = event.text(lens!(title));
    let (date, set_date) = event.date(lens!(date));
    let (place, set_place) = event.text(lens!(place));
    let id = event.id();
    let legend = move || match title.get().trim() {
        "" => "New event".to_owned(),
        title => title.to_owned(),
    };
    view! {
        <fieldset class="record">
            <legend>{legend}</legend>
            <div class="record-grid">
                <TextField id=title_field(id) label="Title" value=title on_input=set_title />
                <TextField id=format!("event-{id}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
                <TextField id=format!("event-{id}-place") label="Place" value=place on_input=set_place />
            </div>
            <button type="button" class="secondary" on:click=move |_| event.remove(legend(), title_field(id))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
