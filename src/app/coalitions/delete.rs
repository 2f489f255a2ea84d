use leptos::html::Dialog;
use leptos::prelude::*;

use crate::app::components::{ConfirmDialog, open_dialog};
use crate::app::routing::{Route, go_to};
use crate::app::state::use_app_state;
use crate::model::{Coalition, RecordCounts, RecordId};

/// Deletes this coalition (its partners stay), after a confirmation that
/// says what goes; Undo brings it back for a few seconds.
#[component]
pub fn DeleteCoalition(
    /// The coalition to delete.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    let dialog = NodeRef::<Dialog>::new();
    let heading = RwSignal::new(String::new());
    let details = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let open = move |_| {
        let Some((name, loss)) =
            workspace.with_untracked(|w| w.coalition(id).map(|c| (c.name.clone(), what_goes(c))))
        else {
            return;
        };
        heading.set(format!("Delete {name}?"));
        details.set(loss);
        problem.set(open_dialog(dialog).err());
    };
    let delete = Callback::new(move |()| {
        let Some(name) = workspace.with_untracked(|w| w.coalition(id).map(|c| c.name.clone()))
        else {
            return;
        };
        state.remove_with_undo(
            format!("the coalition {name}"),
            &[],
            &[id],
            None,
            move |w| {
                w.coalitions.retain(|coalition| coalition.id != id);
            },
        );
        go_to(Route::Coalitions);
    });
    view! {
        <section class="danger-zone" aria-labelledby="delete-coalition-heading">
            <h2 id="delete-coalition-heading">"Delete this coalition"</h2>
            <p class="help">"Its partners stay; only the coalition, its notes and its log go. You can undo it for a few seconds."</p>
            <button type="button" class="danger" on:click=open>
                "Delete coalition"
            </button>
            <p role="status">{move || problem.get()}</p>
            <ConfirmDialog
                dialog
                id="delete-coalition-dialog"
                heading
                details
                confirm="Delete the coalition"
                cancel="Keep this coalition"
                on_confirm=delete
            />
        </section>
    }
}

/// What deleting `coalition` takes with it, in words.
fn what_goes(coalition: &Coalition) -> String {
    let records = RecordCounts {
        coalitions: 0,
        ..coalition.counts()
    };
    let with = records.sentence().map_or_else(
        || "its notes".to_owned(),
        |records| format!("its notes and {records}"),
    );
    format!(
        "This deletes {} with {with}. Its partners stay as they are. You can undo it for a few seconds afterwards.",
        coalition.name
    )
}
