//! A history of records of one kind (meetings, visits), newest first, with
//! one of them open for editing at a time, so their fields' ids stay unique.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::{RecordId, dates};

/// One record as a history lists it: what the user recognises it by.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct HistoryItem {
    pub id: RecordId,
    pub label: String,
}

/// A record's date, place and state as a history names it:
/// "Thursday, December 3, 2026 at 1200 Alder St, planned".
pub fn dated_label(date: Option<NaiveDate>, place: &str, state: &str) -> String {
    let when = date.map_or_else(|| "Date not set".to_owned(), dates::weekday_long_date);
    match place.trim() {
        "" => format!("{when}, {state}"),
        place => format!("{when} at {place}, {state}"),
    }
}

/// The record open below a history: the one chosen while it exists, else the newest.
pub fn open_in_history(
    history: Memo<Vec<HistoryItem>>,
    chosen: ReadSignal<Option<RecordId>>,
) -> Memo<Option<RecordId>> {
    Memo::new(move |_| {
        history.with(|history| {
            chosen
                .get()
                .filter(|id| history.iter().any(|item| item.id == *id))
                .or_else(|| history.first().map(|item| item.id))
        })
    })
}

/// Lists every record of a history so any of them can be opened; the open
/// one is marked as current. Shown once there is more than one.
#[component]
pub fn HistoryList(
    /// The DOM id of the list's heading.
    id: &'static str,
    /// The heading, such as "All meetings".
    heading: &'static str,
    /// The records, newest first.
    history: Memo<Vec<HistoryItem>>,
    /// The record open below the list.
    open: Memo<Option<RecordId>>,
    /// Opens another record.
    choose: WriteSignal<Option<RecordId>>,
) -> impl IntoView {
    view! {
        <Show when=move || history.with(|history| history.len() > 1)>
            <section class="history-list" aria-labelledby=id>
                <h3 id=id>{heading}</h3>
                <ul>
                    <For each=move || history.get() key=|item| item.clone() let:item>
                        <li>
                            <button
                                type="button"
                                class="secondary"
                                aria-current=move || (open.get() == Some(item.id)).then_some("true")
                                on:click=move |_| choose.set(Some(item.id))
                            >
                                {item.label.clone()}
                            </button>
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}

/// How the undo bar names a removed record of a history: "the meeting of Nov 3, 2026".
pub fn dated_what(record: &str, date: Option<NaiveDate>) -> String {
    match date {
        Some(date) => format!("{record} of {}", dates::short_date(date)),
        None => format!("{record} with no date"),
    }
}

/// Removes the record open below a history, for one that did not happen;
/// the undo bar offers it back.
#[component]
pub fn RemoveFromHistory(
    /// The button's words.
    label: &'static str,
    /// When to use it.
    help: &'static str,
    /// How the undo bar names the record.
    what: impl Fn() -> String + Send + Sync + 'static,
    /// Removes it, given `what`.
    remove: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="remove-from-history">
            <p class="help">{help}</p>
            <button type="button" class="secondary" on:click=move |_| remove(what())>
                {label}
            </button>
        </div>
    }
}
