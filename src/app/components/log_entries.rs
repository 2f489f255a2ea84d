use chrono::Local;
use leptos::prelude::*;

use super::{InputKind, RecordList};

use super::{CheckboxField, ChoiceSelect, TextField};
use crate::app::handles::{ItemHandle, ListHandle, Place, Undoable, lens};
use crate::model::{InteractionKind, LogEntry, RecordId};

/// An interaction log, of a partner or a coalition: what happened, with
/// whom, and whether we asked something.
#[component]
pub fn LogEntries<P: Undoable>(
    /// The log shown.
    log: ListHandle<P, LogEntry>,
) -> impl IntoView {
    view! {
        <RecordList
            list=log
            heading_id="log-heading"
            heading="Interactions"
            add_label="Add interaction"
            new_record=|now| LogEntry {
                date: Some(Local::now().date_naive()),
                ..LogEntry::new(now)
            }
            first_field=summary_field
            row=move |entry| view! { <LogEntryFields entry=log.item(entry) /> }
        />
    }
}

/// The DOM id of an entry's summary, where a new entry is written.
pub fn summary_field(entry: RecordId) -> String {
    format!("log-{entry}-summary")
}

/// The fields of one interaction.
#[component]
pub fn LogEntryFields<P: Undoable>(
    /// The entry.
    entry: ItemHandle<P, LogEntry>,
) -> impl IntoView {
    let (date, set_date) = entry.date(lens!(date));
    let (summary, set_summary) = entry.text(lens!(summary));
    let (people, set_people) = entry.text(lens!(people));
    let (kind, set_kind) = entry.choice(lens!(kind));
    let (asked, set_asked) = entry.flag(lens!(we_made_an_ask));
    let (did, set_did) = entry.text(lens!(what_we_did));
    let asked_for_help = move || kind.get() == Some(InteractionKind::TheyAskedForHelp);
    let record = entry;
    let entry = record.id();
    let legend = move || {
        let kind = kind.get().unwrap_or_default().label();
        match date.get().as_str() {
            "" => kind.to_owned(),
            date => format!("{date}: {kind}"),
        }
    };
    view! {
        <fieldset class="record">
            <legend>{legend}</legend>
            <div class="record-grid">
                <TextField id=format!("log-{entry}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
                <ChoiceSelect id=format!("log-{entry}-kind") label="Kind" value=kind on_change=set_kind />
                <TextField id=format!("log-{entry}-people") label="People" value=people on_input=set_people />
            </div>
            <TextField id=summary_field(entry) label="Summary" multiline=true value=summary on_input=set_summary />
            <Show when=asked_for_help>
                <TextField
                    id=format!("log-{entry}-what-we-did")
                    label="What we did about it"
                    help="Help given when they ask counts as showing up for them, even outside our usual tactics."
                    multiline=true
                    value=did
                    on_input=set_did
                />
            </Show>
            <CheckboxField
                id=format!("log-{entry}-ask")
                label="We asked something of them"
                checked=asked
                on_change=set_asked
            />
            <button type="button" class="secondary" on:click=move |_| record.remove(legend(), summary_field(entry))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
