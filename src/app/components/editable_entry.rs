//! One entry of a timeline: a line to read, with an Edit button that opens
//! the entry's form in its place. Done or Escape closes it and puts focus
//! back on the Edit button, so a keyboard user goes on where they were.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::app::browser::focus_when_rendered;
use crate::guide::timeline::{EntryLine, TimelineEntry, keep_in_place, newest_first};
use crate::model::RecordId;

/// The DOM id of an entry's Edit button, where focus returns when it closes.
fn edit_button(entry: RecordId) -> String {
    format!("edit-{entry}")
}

/// Opens the entry `entry` for editing, focusing `first_field` once its form shows.
pub fn open_for_editing(open: RwSignal<Option<RecordId>>, entry: RecordId, first_field: String) {
    open.set(Some(entry));
    focus_when_rendered(first_field);
}

/// The entries `read` gives, newest first, with the open one kept where it
/// was while it is edited.
pub fn timeline_order(
    read: impl Fn() -> Vec<TimelineEntry> + Send + Sync + 'static,
    open: RwSignal<Option<RecordId>>,
) -> Memo<Vec<TimelineEntry>> {
    Memo::new(move |before: Option<&Vec<TimelineEntry>>| {
        let mut timeline = read();
        keep_in_place(&mut timeline, open.get(), before.map(Vec::as_slice));
        newest_first(&mut timeline);
        timeline
    })
}

/// A timeline entry, closed to one line or open to its form; at most one
/// entry of a timeline is open, the one `open` names.
#[component]
pub fn EditableEntry(
    /// The record shown.
    entry: RecordId,
    /// The entry of the timeline that is open, if any.
    open: RwSignal<Option<RecordId>>,
    /// How the entry reads while closed.
    line: Signal<EntryLine>,
    /// The DOM id of the form's first field, focused when it opens.
    first_field: String,
    /// The entry's form.
    children: ChildrenFn,
) -> impl IntoView {
    let is_open = Memo::new(move |_| open.get() == Some(entry));
    let close = move || {
        open.set(None);
        focus_when_rendered(edit_button(entry));
    };
    let on_escape = move |event: KeyboardEvent| {
        if is_open.get_untracked() && event.key() == "Escape" {
            event.prevent_default();
            close();
        }
    };
    let read = move || {
        let first_field = first_field.clone();
        view! {
            <span class="entry-when">{move || line.with(|line| line.when.clone())}</span>
            <span class="entry-what">
                <span class="entry-kind">{move || line.with(|line| line.kind.clone())}</span>
                " "
                <span class="entry-text">{move || line.with(|line| line.text.clone())}</span>
            </span>
            <button
                type="button"
                class="link-button"
                id=edit_button(entry)
                aria-label=move || line.with(EntryLine::edit_label)
                on:click=move |_| open_for_editing(open, entry, first_field.clone())
            >
                "Edit"
            </button>
        }
    };
    view! {
        <li class="timeline-entry" class:open=move || is_open.get() on:keydown=on_escape>
            <Show when=move || is_open.get() fallback=read>
                {children()}
                <button type="button" class="done-button" on:click=move |_| close()>
                    "Done"
                </button>
            </Show>
        </li>
    }
}
