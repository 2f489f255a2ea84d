//! The one shape every list of records takes: a headed section, a row per
//! record, and a button that adds one and puts focus in it.

use std::sync::Arc;

use chrono::Utc;
use leptos::prelude::*;

use crate::app::browser::focus_when_rendered;
use crate::app::handles::{ListHandle, Place};
use crate::model::{Record, RecordId, Timestamp};

/// A section listing the records of `list`, each shown by `row`, with an
/// Add button that makes a record with `new_record` and focuses its first field.
#[component]
pub fn RecordList<P, T, Row, RowView>(
    /// The list shown.
    list: ListHandle<P, T>,
    /// The DOM id of the heading, which names the section.
    heading_id: &'static str,
    /// The heading's words.
    heading: &'static str,
    /// The Add button's words.
    add_label: &'static str,
    /// A new record, made at the given time.
    new_record: fn(Timestamp) -> T,
    /// The DOM id of a record's first field, focused once it is added.
    first_field: fn(RecordId) -> String,
    /// Shows one record.
    row: Row,
    /// Help shown under the heading.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView
where
    P: Place,
    T: Record + Send + Sync + 'static,
    Row: Fn(RecordId) -> RowView + Send + Sync + 'static,
    RowView: IntoView + 'static,
{
    let add = Callback::new(move |()| {
        let added = list.push(new_record(Utc::now()));
        focus_when_rendered(first_field(added));
    });
    record_list_section(RecordListSection {
        heading_id,
        heading,
        add_label,
        intro: children.map(|children| children()),
        ids: list.ids(),
        row: Arc::new(move |id| row(id).into_any()),
        add,
    })
}

/// What [`record_list_section`] shows, with nothing left generic.
struct RecordListSection {
    heading_id: &'static str,
    heading: &'static str,
    add_label: &'static str,
    intro: Option<AnyView>,
    ids: Memo<Vec<RecordId>>,
    row: Arc<dyn Fn(RecordId) -> AnyView + Send + Sync>,
    add: Callback<()>,
}

/// The markup of every [`RecordList`], written once.
fn record_list_section(section: RecordListSection) -> AnyView {
    let RecordListSection {
        heading_id,
        heading,
        add_label,
        intro,
        ids,
        row,
        add,
    } = section;
    view! {
        <section class="form-section" aria-labelledby=heading_id>
            <h3 id=heading_id>{heading}</h3>
            {intro}
            <For each=move || ids.get() key=|id| *id let:id>
                {row(id)}
            </For>
            <button type="button" class="secondary" on:click=move |_| add.run(())>
                {add_label}
            </button>
        </section>
    }
    .into_any()
}
