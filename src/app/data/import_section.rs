use leptos::html::{Dialog, Input};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::merge_plan::MergePlan;
use crate::app::browser::{BrowserError, next_task};
use crate::app::components::{ConfirmDialog, open_dialog};
use crate::app::state::{AppState, UndoWords, use_app_state};
use crate::model::Workspace;
use crate::model::transfer::{
    ImportError, ImportPreview, Room, SlicedImport, check_import_size, check_workspace,
    plan_entries, plan_length, preview_header, replace_warning,
};
use crate::team::{RecordKind, TeamError, TeamState};

/// A file that passed every check, waiting for the user's choice: what it
/// holds, and what merging it through Yrs gives.
#[derive(Clone)]
struct Ready {
    workspace: Workspace,
    /// The file's documents; a file from before sharing has its records
    /// moved into documents the way every device moves its own over.
    documents: TeamState,
    merged: Workspace,
    merged_documents: TeamState,
    preview: ImportPreview,
    /// Partners and coalitions deleted on the other device, which merging
    /// moves to Recently deleted here.
    deleted_there: Vec<String>,
    /// Partners and coalitions in Recently deleted here that the other
    /// device restored, which merging brings back.
    restored_there: Vec<String>,
    /// What replacing would take away, asked about before it happens.
    replace_warning: String,
}

/// How long one slice of reading may hold the page, in milliseconds: well
/// under the 200 ms after which a page feels stuck, on a slow phone too.
const SLICE_MS: f64 = 40.0;
/// Records read between two looks at the clock.
const RECORDS_PER_LOOK: usize = 8;

/// Runs `step` (which does a number of records' worth of work and says
/// whether all is done) in slices of about [`SLICE_MS`], letting the page
/// draw and take input between them.
async fn in_slices<E>(mut step: impl FnMut(usize) -> Result<bool, E>) -> Result<(), E> {
    let mut done = false;
    while !done {
        next_task().await;
        let slice_started = js_sys::Date::now();
        while !done && js_sys::Date::now() - slice_started < SLICE_MS {
            done = step(RECORDS_PER_LOOK)?;
        }
    }
    next_task().await;
    Ok(())
}

/// Reads a chosen file as UTF-8 and checks it in full, a slice of records
/// at a time, refusing one that could not fit in `room`.
async fn read_in_slices(
    file: web_sys::File,
    room: Room,
) -> Result<(Workspace, Option<TeamState>), String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|error| {
        format!(
            "the file could not be read ({}).",
            BrowserError::from(error)
        )
    })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = String::from_utf8(bytes).map_err(|error| {
        ImportError::NotUtf8 {
            at: error.utf8_error().valid_up_to(),
        }
        .to_string()
    })?;
    next_task().await;
    let mut import = SlicedImport::start(text, room).map_err(|error| error.to_string())?;
    in_slices(|records| import.step(records))
        .await
        .map_err(|error| error.to_string())?;
    import.finish().map_err(|error| error.to_string())
}

/// Works out, before anything changes, what merging a file gives, through
/// Yrs and a slice of records at a time, the preview too. A file from before sharing carries
/// no documents: its records are moved into documents as every device
/// moves its own data over, so two devices that moved the same records over
/// agree on them.
async fn plan_merge(
    state: AppState,
    (workspace, documents): (Workspace, Option<TeamState>),
) -> Result<Ready, String> {
    let documents = match documents {
        Some(documents) => documents,
        None => moved_over(&workspace).await?,
    };
    let waiting_here = state
        .recently_deleted()
        .map_err(|error| error.to_string())?;
    next_task().await;
    let mut merge = state.start_merge(documents.clone())?;
    in_slices(|records| merge.step(records))
        .await
        .map_err(|error| error.to_string())?;
    let merged = state.merged_from(merge.finish())?;
    let restored_there = waiting_here
        .into_iter()
        .filter(|deleted| match deleted.kind {
            RecordKind::Partner => merged.workspace.partner(deleted.id).is_some(),
            RecordKind::Coalition => merged.workspace.coalition(deleted.id).is_some(),
        })
        .map(|deleted| deleted.name)
        .collect();
    let (mut preview, deleted_there, replace_warning) = state.workspace().with_untracked(|ours| {
        let deleted_there = ours
            .names_missing_from(&merged.workspace)
            .into_iter()
            .map(str::to_owned)
            .collect();
        (
            preview_header(ours, &workspace, &merged.workspace, &merged.on_both),
            deleted_there,
            replace_warning(ours, &workspace),
        )
    });
    let places = plan_length(&workspace);
    let mut done = 0;
    in_slices(|records| {
        let next = (done + records).min(places);
        preview
            .plan
            .extend(state.workspace().with_untracked(|ours| {
                plan_entries(
                    ours,
                    &workspace,
                    &merged.workspace,
                    &merged.on_both,
                    done..next,
                )
            }));
        done = next;
        Ok::<bool, String>(done == places)
    })
    .await?;
    Ok(Ready {
        workspace,
        documents,
        merged: merged.workspace,
        merged_documents: merged.documents,
        preview,
        deleted_there,
        restored_there,
        replace_warning,
    })
}

/// The documents of a file from before sharing: its records moved over as
/// every device moves its own, a slice at a time.
async fn moved_over(workspace: &Workspace) -> Result<TeamState, String> {
    let mut documents = TeamState::migrated_shell(workspace).map_err(|error| error.to_string())?;
    let partners = workspace.partners.len();
    let places = partners + workspace.coalitions.len();
    let mut done = 0;
    in_slices(|records| {
        for place in done..(done + records).min(places) {
            match workspace.partners.get(place) {
                Some(partner) => documents.add_migrated(partner.id, partner),
                None => match workspace.coalitions.get(place - partners) {
                    Some(coalition) => documents.add_migrated(coalition.id, coalition),
                    None => Ok(()),
                },
            }?;
        }
        done = (done + records).min(places);
        Ok(done == places)
    })
    .await
    .map_err(|error: TeamError| error.to_string())?;
    Ok(documents)
}

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
