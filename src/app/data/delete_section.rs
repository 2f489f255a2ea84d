use leptos::html::Dialog;
use leptos::prelude::*;

use super::export_section::export_workspace;
use crate::app::components::open_dialog;
use crate::app::state::use_app_state;

/// Deletes everything this workspace stores in the browser, after a
/// confirmation that says what will be lost and offers an export first.
#[component]
pub fn DeleteSection() -> impl IntoView {
    let state = use_app_state();
    let dialog = NodeRef::<Dialog>::new();
    let message = RwSignal::new(None::<String>);
    let counts = Memo::new(move |_| state.workspace().with(|workspace| workspace.counts()));

    let open = move |_| {
        message.set(None);
        if let Err(error) = open_dialog(dialog) {
            message.set(Some(error.to_string()));
        }
    };
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let export_first = move |_| {
        if let Err(reason) = export_workspace(state) {
            message.set(Some(format!("The export failed: {reason}")));
        }
    };
    let delete = move |_| {
        close();
        message.set(Some(match state.delete_all() {
            Ok(()) => "All data was deleted from this browser.".to_owned(),
            Err(error) => format!("Nothing was deleted: {error}"),
        }));
    };

    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete"</h2>
            <p>"Remove every partner, note and setting this workspace keeps in this browser."</p>
            <button type="button" class="danger" on:click=open>
                "Delete all data"
            </button>
            <p role="status">{move || message.get()}</p>
            <dialog node_ref=dialog aria-labelledby="delete-dialog-heading" aria-describedby="delete-dialog-what">
                <h2 id="delete-dialog-heading">"Delete all data?"</h2>
                <p id="delete-dialog-what">
                    {move || match counts.get().sentence() {
                        Some(records) => format!(
                            "This deletes {records}, with every note about them, your group's details, and any data set aside as unreadable. You can undo it for a few seconds afterwards."
                        ),
                        None => "This deletes your group's details and any data set aside as unreadable. You can undo it for a few seconds afterwards.".to_owned(),
                    }}
                </p>
                <p>"If you may want any of it later, export a copy first."</p>
                <div class="button-row">
                    <button type="button" on:click=export_first>
                        "Export a copy first"
                    </button>
                    <button type="button" class="danger" on:click=delete>
                        "Delete everything"
                    </button>
                    <button type="button" class="secondary" on:click=move |_| close()>
                        "Keep my data"
                    </button>
                </div>
            </dialog>
        </section>
    }
}
