use leptos::prelude::*;

use crate::app::binding::ListBinding;
use crate::app::components::{InputKind, RecordList, TextField, date_from_input, date_to_input};
use crate::model::{PublicEvent, RecordId};

/// The partner's public events: showing up at one is a good first contact.
#[component]
pub fn EventsSection(
    /// The partner whose events these are.
    id: RecordId,
) -> impl IntoView {
    let events = ListBinding::<PublicEvent>::new(id, |p| &p.events, |p| &mut p.events);
    view! {
        <RecordList
            list=events
            heading_id="events-heading"
            heading="Their public events"
            add_label="Add event"
            new_record=PublicEvent::new
            first_field=title_field
            row=move |event| view! { <EventFields events event /> }
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
    /// The list the event is in.
    events: ListBinding<PublicEvent>,
    /// The event.
    event: RecordId,
) -> impl IntoView {
    let (title, set_title) = events.text(event, |e| e.title.clone(), |e, v| e.title = v);
    let (date, set_date) = events.text(
        event,
        |e| date_to_input(e.date),
        |e, v| e.date = date_from_input(&v),
    );
    let (place, set_place) = events.text(event, |e| e.place.clone(), |e, v| e.place = v);
    let legend = move || match title.get().trim() {
        "" => "New event".to_owned(),
        title => title.to_owned(),
    };
    view! {
        <fieldset class="record">
            <legend>{legend}</legend>
            <div class="record-grid">
                <TextField id=title_field(event) label="Title" value=title on_input=set_title />
                <TextField id=format!("event-{event}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
                <TextField id=format!("event-{event}-place") label="Place" value=place on_input=set_place />
            </div>
            <button type="button" class="secondary" on:click=move |_| events.remove(event, legend(), title_field(event))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
