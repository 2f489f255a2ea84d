use leptos::html::{Dialog, Input};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::import_plan::{Ready, plan_merge, read_in_slices};
use super::merge_plan::MergePlan;
use crate::app::browser::next_task;
use crate::app::components::{ConfirmDialog, open_dialog};
use crate::app::state::{UndoWords, use_app_state};
use crate::model::transfer::{check_import_size, check_workspace};

/// Brings an exported file back: checked in full, previewed, then replacing
/// or merging with the current data at the user's choice.
#[component]
pub fn ImportSection() -> impl IntoView {
    let state = use_app_state();
    let input = NodeRef::<Input>::new();
    let ready = RwSignal::new(None::<Ready>);
    let message = RwSignal::new(None::<String>);

    let refuse = move |reason: String| {
        ready.set(None);
        message.set(Some(format!(
            "Import refused: {reason} Nothing was changed."
        )));
    };
    let choose_file = move |_| {
        let Some(file) = input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        message.set(None);
        ready.set(None);
        let room = state.room_for_import();
        if let Err(error) = check_import_size(file.size() as u64, room) {
            refuse(error.to_string());
            return;
        }
        message.set(Some("Reading the file\u{2026}".into()));
        spawn_local(async move {
            let read = match read_in_slices(file, room).await {
                Ok(read) => read,
                Err(reason) => return refuse(reason),
            };
            next_task().await;
            match plan_merge(state, read).await {
                Ok(planned) => {
                    next_task().await;
                    message.set(None);
                    ready.set(Some(planned));
                }
                Err(reason) => refuse(reason),
            }
        });
    };
    let finish = move |outcome: Result<(), String>| {
        ready.set(None);
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
        message.set(Some(match outcome {
            Ok(()) => "Imported. Your data is saved.".to_owned(),
            Err(reason) => format!("The import was not saved: {reason} Nothing was changed."),
        }));
    };
    let replace_dialog = NodeRef::<Dialog>::new();
    let ask_to_replace = move |_| {
        if let Err(error) = open_dialog(replace_dialog) {
            message.set(Some(error.to_string()));
        }
    };
    let replace = Callback::new(move |()| {
        let Some(Ready {
            workspace,
            documents,
            ..
        }) = ready.get_untracked()
        else {
            return;
        };
        let words = UndoWords {
            done: "Replaced your data with the file's.".into(),
            undone: "Put back your data as it was before the import.".into(),
        };
        let outcome =
            state
                .taken_whole(workspace, &documents)
                .and_then(|(workspace, documents)| {
                    state
                        .import_with_undo(workspace, Some(&documents), words)
                        .map_err(|error| error.to_string())
                });
        finish(outcome);
    });
    let merge_in = move |_| {
        if let Some(Ready {
            merged,
            merged_documents,
            ..
        }) = ready.get_untracked()
        {
            let words = UndoWords {
                done: "Merged the file's data with yours.".into(),
                undone: "Put back your data as it was before the merge.".into(),
            };
            let outcome = check_workspace(&merged)
                .map_err(|error| error.to_string())
                .and_then(|()| {
                    state
                        .import_with_undo(merged, Some(&merged_documents), words)
                        .map_err(|error| error.to_string())
                });
            finish(outcome);
        }
    };
    let cancel = move |_| {
        ready.set(None);
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
        message.set(Some("Import cancelled. Nothing was changed.".into()));
    };

    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"Import"</h2>
            <p>
                "Bring back a file exported from Common Ground. It is checked completely first; nothing changes until you choose below."
            </p>
            <label for="import-file">"Import data"</label>
            <input
                id="import-file"
                type="file"
                accept="application/json,.json"
                node_ref=input
                on:change=choose_file
            />
            <p class="import-message" role="alert">
                {move || message.get()}
            </p>
            <ConfirmDialog
                dialog=replace_dialog
                id="replace-dialog"
                heading="Replace your data?".to_owned()
                details=Signal::derive(move || {
                    ready
                        .with(|ready| ready.as_ref().map(|ready| ready.replace_warning.clone()))
                        .unwrap_or_default()
                })
                confirm="Replace everything"
                cancel="Keep my data"
                on_confirm=replace
            />
            {move || {
                ready
                    .with(|ready| {
                        ready
                            .as_ref()
                            .map(|ready| {
                                (
                                    ready.preview.clone(),
                                    ready.deleted_there.clone(),
                                    ready.restored_there.clone(),
                                )
                            })
                    })
                    .map(|(preview, deleted_there, restored_there)| {
                        let holds = match preview.incoming.sentence() {
                            Some(records) => format!("The file holds {records}."),
                            None => "The file holds no partners or coalitions.".to_owned(),
                        };
                        view! {
                            <div class="import-preview" role="group" aria-labelledby="import-preview-heading">
                                <h3 id="import-preview-heading">"Ready to import"</h3>
                                <p>{holds}</p>
                                <MergePlan preview />
                                {(!deleted_there.is_empty())
                                    .then(|| {
                                        view! {
                                            <p>
                                                {format!(
                                                    "Deleted on the other device, so merging moves them to Recently deleted here: {}.",
                                                    deleted_there.join(", "),
                                                )}
                                            </p>
                                        }
                                    })}
                                {(!restored_there.is_empty())
                                    .then(|| {
                                        view! {
                                            <p>
                                                {format!(
                                                    "Restored on the other device, so merging brings them back from Recently deleted here: {}.",
                                                    restored_there.join(", "),
                                                )}
                                            </p>
                                        }
                                    })}
                                <p>
                                    "Replace: your current data is removed and the file's data takes its place; you are asked first. Merge: both devices' changes are kept field by field; where both changed the same field, one change stands on every device; a partner deleted on either device stays deleted, and waits in Recently deleted."
                                </p>
                                <div class="button-row">
                                    <button type="button" class="danger" on:click=ask_to_replace>
                                        "Replace my data"
                                    </button>
                                    <button type="button" on:click=merge_in>
                                        "Merge with my data"
                                    </button>
                                    <button type="button" class="secondary" on:click=cancel>
                                        "Cancel import"
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
