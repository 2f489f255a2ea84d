use chrono::Local;
use leptos::prelude::*;

use super::{InputKind, RecordList};

use super::{CheckboxField, ChoiceSelect, TextField, date_from_input, date_to_input};
use crate::app::binding::ListBinding;
use crate::model::{LogEntry, RecordId};

/// An interaction log, of a partner or a coalition: what happened, with
/// whom, and whether we asked something.
#[component]
pub fn LogEntries(
    /// The log shown.
    log: ListBinding<LogEntry>,
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
            row=move |entry| view! { <LogEntryFields log entry /> }
        />
    }
}

/// The DOM id of an entry's summary, where a new entry is written.
fn summary_field(entry: RecordId) -> String {
    format!("log-{entry}-summary")
}

/// The fields of one interaction.
#[component]
fn LogEntryFields(
    /// The log the entry is in.
    log: ListBinding<LogEntry>,
    /// The entry.
    entry: RecordId,
) -> impl IntoView {
    let (date, set_date) = log.text(
        entry,
        |e| date_to_input(e.date),
        |e, v| e.date = date_from_input(&v),
    );
    let (summary, set_summary) = log.text(entry, |e| e.summary.clone(), |e, v| e.summary = v);
    let (people, set_people) = log.text(entry, |e| e.people.clone(), |e, v| e.people = v);
    let (kind, set_kind) = log.choice(entry, |e| e.kind, |e, v| e.kind = v);
    let asked = log.value(entry, |e| e.we_made_an_ask);
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
            <CheckboxField
                id=format!("log-{entry}-ask")
                label="We asked something of them"
                checked=Signal::derive(move || asked.get().unwrap_or(false))
                on_change=Callback::new(move |on: bool| log.edit(entry, |record| record.we_made_an_ask = on))
            />
            <button type="button" class="secondary" on:click=move |_| log.remove(entry, legend(), summary_field(entry))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
