use leptos::prelude::*;

use crate::app::data::export_workspace;
use crate::app::routing::Route;
use crate::app::state::{keep_this_version, take_other_version, use_app_state};
use crate::store::StoreError;

/// Keeps every storage problem in view until it is resolved, so the user
/// never believes something is saved when it is not.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = use_app_state();
    let problem = state.problem();
    let set_aside = state.set_aside();
    let conflict = state.conflict();
    let newer_version =
        Memo::new(move |_| problem.with(|p| matches!(p, Some(StoreError::NewerVersion { .. }))));
    let saved = RwSignal::new(None::<String>);
    let save_as_file = move |_| {
        saved.set(Some(match export_workspace(state) {
            Ok(file_name) => format!("Saved this tab's data as {file_name}."),
            Err(reason) => format!("The file could not be saved: {reason}"),
        }));
    };
    view! {
        <div class="storage-notices" role="alert">
            {move || {
                problem.get().map(|error| view! { <p class="notice notice-warning">{error.to_string()}</p> })
            }}
            {move || {
                let reasons = set_aside
                    .with(|set_aside| set_aside.iter().map(|(_, reason)| reason.clone()).collect::<Vec<_>>());
                (!reasons.is_empty())
                    .then(|| {
                        view! {
                            <p class="notice notice-warning">
                                "Some stored data could not be read (" {reasons.join("; ")}
                                "). It was set aside exactly as it was, and nothing will overwrite it. "
                                <a href=Route::Data.href()>"Download it from the Data page"</a> "."
                            </p>
                        }
                    })
            }}
        </div>
        <Show when=move || newer_version.get()>
            <div class="notice notice-warning newer-version">
                <button type="button" on:click=save_as_file>
                    "Save this tab's data as a file"
                </button>
                <p role="status">{move || saved.get()}</p>
            </div>
        </Show>
        <Show when=move || conflict.get()>
            <section class="notice notice-warning conflict" aria-labelledby="conflict-heading">
                <h2 id="conflict-heading">"Changed in another tab"</h2>
                <p>
                    "Another tab saved changes to this workspace while this tab had changes not yet saved. Nothing has been overwritten. Which version do you want to keep?"
                </p>
                <div class="button-row">
                    <button type="button" on:click=move |_| keep_this_version(state)>
                        "Keep this tab's version"
                    </button>
                    <button type="button" on:click=move |_| take_other_version(state)>
                        "Load the other tab's version"
                    </button>
                </div>
            </section>
        </Show>
    }
}
