use chrono::Local;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::model::dates::short_date;
use crate::team::{DeletedRecord, RecordKind};

/// Lists the partners and coalitions deleted here or on a teammate's
/// device, each with Restore, so that no delete is final until the user
/// empties the list on purpose.
#[component]
pub fn RecentlyDeletedSection() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<String>);
    let deleted = Memo::new(move |_| {
        // Every save, restore and emptying may change the list: look again.
        state.last_saved_at().track();
        state.recently_deleted()
    });
    let restore = move |record: &DeletedRecord| {
        message.set(Some(match state.restore_deleted(record) {
            Ok(done) => done,
            Err(reason) => reason,
        }));
    };
    let empty = move |_| {
        message.set(match state.empty_recently_deleted() {
            Ok(_) => None,
            Err(error) => Some(format!("Nothing was removed: {error}")),
        });
    };

    view! {
        <section aria-labelledby="recently-deleted-heading">
            <h2 id="recently-deleted-heading">"Recently deleted"</h2>
            <p>
                "A partner or coalition you delete, here or on a teammate's device, waits here with everything it held, and with any edit a teammate made before the delete reached them. Restore brings it back; it stays until you empty this list."
            </p>
            {move || match deleted.get() {
                Err(error) => view! { <p class="problem">{error.to_string()}</p> }.into_any(),
                Ok(records) if records.is_empty() => {
                    view! { <p>"Nothing deleted is waiting here."</p> }.into_any()
                }
                Ok(records) => {
                    let count = records.len();
                    view! {
                        <ul class="recently-deleted">
                            {records
                                .into_iter()
                                .map(|record| deleted_item(record, restore))
                                .collect_view()}
                        </ul>
                        <button type="button" class="danger" on:click=empty>
                            {if count == 1 {
                                "Empty recently deleted (1 item)".to_owned()
                            } else {
                                format!("Empty recently deleted ({count} items)")
                            }}
                        </button>
                    }
                        .into_any()
                }
            }}
            <p role="status">{move || message.get()}</p>
        </section>
    }
}

/// One deleted record: what it was, when it was deleted, and Restore.
fn deleted_item(
    record: DeletedRecord,
    restore: impl Fn(&DeletedRecord) + 'static,
) -> impl IntoView {
    let kind = match record.kind {
        RecordKind::Partner => "Partner",
        RecordKind::Coalition => "Coalition",
    };
    let name = if record.name.trim().is_empty() {
        "(no name)".to_owned()
    } else {
        record.name.clone()
    };
    let when = short_date(record.deleted_at.with_timezone(&Local).date_naive());
    let label = format!("Restore {name}");
    view! {
        <li>
            <span>
                <strong>{name}</strong>
                {format!(" · {kind}, deleted {when}")}
            </span>
            <button type="button" aria-label=label on:click=move |_| restore(&record)>
                "Restore"
            </button>
        </li>
    }
}
