use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::merge_plan::MergePlan;
use crate::app::browser::BrowserError;
use crate::app::state::use_app_state;
use crate::model::Workspace;
use crate::model::transfer::{
    ImportPreview, check_import_size, check_workspace, merge, parse_import, preview,
};

/// A file that passed every check, waiting for the user's choice.
#[derive(Clone)]
struct Ready {
    workspace: Workspace,
    preview: ImportPreview,
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
        if let Err(error) = check_import_size(file.size() as u64) {
            refuse(error.to_string());
            return;
        }
        spawn_local(async move {
            let text = match JsFuture::from(file.text()).await {
                Ok(text) => text.as_string().unwrap_or_default(),
                Err(error) => {
                    return refuse(format!(
                        "the file could not be read ({}).",
                        BrowserError::from(error)
                    ));
                }
            };
            match parse_import(&text) {
                Ok(workspace) => {
                    let preview = state
                        .workspace()
                        .with_untracked(|ours| preview(ours, &workspace));
                    ready.set(Some(Ready { workspace, preview }));
                }
                Err(error) => refuse(error.to_string()),
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
    let replace = move |_| {
        if let Some(Ready { workspace, .. }) = ready.get_untracked() {
            finish(
                state
                    .replace_workspace(workspace)
                    .map_err(|error| error.to_string()),
            );
        }
    };
    let merge_in = move |_| {
        if let Some(Ready { workspace, .. }) = ready.get_untracked() {
            let merged = state
                .workspace()
                .with_untracked(|ours| merge(ours, workspace));
            let outcome = check_workspace(&merged)
                .map_err(|error| error.to_string())
                .and_then(|()| {
                    state
                        .replace_workspace(merged)
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
            {move || {
                ready
                    .with(|ready| ready.as_ref().map(|ready| ready.preview.clone()))
                    .map(|preview| {
                        let holds = match preview.incoming.sentence() {
                            Some(records) => format!("The file holds {records}."),
                            None => "The file holds no partners or coalitions.".to_owned(),
                        };
                        view! {
                            <div class="import-preview" role="group" aria-labelledby="import-preview-heading">
                                <h3 id="import-preview-heading">"Ready to import"</h3>
                                <p>{holds}</p>
                                <MergePlan preview />
                                <p>
                                    "Replace: your current data is removed and the file's data takes its place. Merge: nothing is removed; records are matched one by one, and where both have one, the one changed last is kept."
                                </p>
                                <div class="button-row">
                                    <button type="button" on:click=replace>
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
