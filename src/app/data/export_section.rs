use chrono::{Local, Utc};
use leptos::prelude::*;

use crate::app::browser::download_text;
use crate::app::components::{BackupStatusText, TextField};
use crate::app::state::{AppState, use_app_state};
use crate::model::transfer::{export_file_name, export_json, export_sample_json, sample_file_name};
use crate::store::WorkspaceKind;

/// Downloads the whole workspace as one JSON file, named by the current
/// time; the demo's is named and marked as sample data.
pub fn export_workspace(state: AppState) -> Result<String, String> {
    let demo = state.kind() == WorkspaceKind::Demo;
    let shared = state.shared_states().map_err(|error| error.to_string())?;
    let json = state
        .workspace()
        .with_untracked(|workspace| match demo {
            true => export_sample_json(workspace, Some(&shared), Utc::now()),
            false => export_json(workspace, Some(&shared), Utc::now()),
        })
        .map_err(|error| error.to_string())?;
    let local = Local::now().naive_local();
    let file_name = match demo {
        true => sample_file_name(local),
        false => export_file_name(&state.device_name_untracked(), local),
    };
    download_text(&file_name, "application/json", &json).map_err(|error| error.to_string())?;
    state.record_export();
    Ok(file_name)
}

/// Lets the user take a complete copy of their data out of the browser.
#[component]
pub fn ExportSection() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<String>);
    let export = move |_| {
        message.set(Some(match export_workspace(state) {
            Ok(file_name) => format!("Exported to {file_name}."),
            Err(reason) => format!("The export failed: {reason}"),
        }));
    };
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"Export"</h2>
            <p>
                "Download everything in this workspace as one JSON file. Keep it somewhere safe: it is your backup, and the way to move your notes to another browser."
            </p>
            <p>
                <BackupStatusText />
            </p>
            {(state.kind() == WorkspaceKind::Own)
                .then(|| {
                    view! {
                        <TextField
                            id="device-name"
                            label="This device's name"
                            help="The files this device saves carry it, so a teammate knows whose they are: for example \u{201c}Ana's laptop\u{201d}."
                            value=Signal::derive(move || state.device_name())
                            on_input=Callback::new(move |name| state.set_device_name(name))
                        />
                    }
                })}
            <button type="button" on:click=export>
                "Export data"
            </button>
            <p role="status">{move || message.get()}</p>
        </section>
    }
}
