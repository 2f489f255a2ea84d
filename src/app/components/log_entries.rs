use chrono::{Local, Utc};
use leptos::prelude::*;

use super::{
    CheckboxField, ChoiceSelect, EditableEntry, InputKind, TextField, open_for_editing,
    timeline_order,
};
use crate::app::handles::{ItemHandle, ListHandle, Place, Undoable, lens};
use crate::guide::timeline::{interaction_line, interactions};
use crate::model::{InteractionKind, LogEntry, RecordId};

/// A coalition's interaction log as a timeline: newest first, each entry a
/// line that opens to its form in place, and a new one opened ready to write.
#[component]
pub fn LogEntries<P: Undoable>(
    /// The log shown.
    log: ListHandle<P, LogEntry>,
) -> impl IntoView {
    let open = RwSignal::new(None::<RecordId>);
    let order = timeline_order(
        move || {
            log.with_records(|entries| interactions(entries).collect())
                .unwrap_or_default()
        },
        open,
    );
    let add = move |_| {
        let added = log.push(LogEntry {
            date: Some(Local::now().date_naive()),
            ..LogEntry::new(Utc::now())
        });
        open_for_editing(open, added, summary_field(added));
    };
    view! {
        <section class="form-section" aria-labelledby="log-heading">
            <div class="timeline-head">
                <h3 id="log-heading">"Interactions"</h3>
                <button type="button" class="secondary" on:click=add>
                    "Add interaction"
                </button>
            </div>
            <ol class="timeline" aria-labelledby="log-heading">
                <For each=move || order.get() key=|entry| entry.id let:entry>
                    <LogEntryRow log entry=entry.id open />
                </For>
            </ol>
        </section>
    }
}

/// One interaction of a coalition's log, read as a line or edited in place.
#[component]
fn LogEntryRow<P: Undoable>(
    /// The log it is in.
    log: ListHandle<P, LogEntry>,
    /// The entry.
    entry: RecordId,
    /// The open entry of the log.
    open: RwSignal<Option<RecordId>>,
) -> impl IntoView {
    let record = log.item(entry);
    let read = Memo::new(move |_| record.with(interaction_line).unwrap_or_default());
    view! {
        <EditableEntry entry open line=read.into() first_field=summary_field(entry)>
            <LogEntryFields entry=record />
        </EditableEntry>
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
    let (from_them, set_from_them) = entry.flag(lens!(from_them));
    let asked_for_help = move || kind.get() == Some(InteractionKind::TheyAskedForHelp);
    // A call, a message or something else may come from either side.
    let either_way = move || {
        matches!(
            kind.get(),
            Some(InteractionKind::Call | InteractionKind::Email | InteractionKind::Other)
        )
    };
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
            <Show when=either_way>
                <CheckboxField
                    id=format!("log-{entry}-from-them")
                    label="They reached out to us"
                    checked=from_them
                    on_change=set_from_them
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
