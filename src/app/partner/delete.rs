use leptos::html::Dialog;
use leptos::prelude::*;

use crate::app::components::{ConfirmDialog, open_dialog};
use crate::app::routing::{Route, go_to};
use crate::app::state::use_app_state;
use crate::model::{Partner, RecordCounts, RecordId, Workspace};

/// Deletes this partner, after a confirmation that names what goes with it;
/// Undo brings everything back for a few seconds.
#[component]
pub fn DeletePartner(
    /// The partner to delete.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    let dialog = NodeRef::<Dialog>::new();
    // Filled when the dialog opens, so typing elsewhere never recounts.
    let heading = RwSignal::new(String::new());
    let details = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let open = move |_| {
        let Some((name, loss)) = workspace.with_untracked(|w| {
            w.partner(id)
                .map(|partner| (partner.name().to_owned(), what_goes_with(w, partner)))
        }) else {
            return;
        };
        heading.set(format!("Delete {name}?"));
        details.set(loss);
        problem.set(open_dialog(dialog).err());
    };
    let delete = Callback::new(move |()| {
        let Some((name, coalitions)) = workspace.with_untracked(|w| {
            w.partner(id).map(|partner| {
                let coalitions: Vec<_> = w.coalitions_of(id).map(|c| c.id).collect();
                (partner.name().to_owned(), coalitions)
            })
        }) else {
            return;
        };
        state.remove_with_undo(
            format!("{name} and everything kept about it"),
            &[id],
            &coalitions,
            None,
            move |w| {
                w.partners.retain(|partner| partner.id != id);
                for coalition in &mut w.coalitions {
                    coalition.partner_ids.retain(|member| *member != id);
                }
            },
        );
        go_to(Route::Partners);
    });
    view! {
        <section class="danger-zone" aria-labelledby="delete-partner-heading">
            <h2 id="delete-partner-heading">"Delete this partner"</h2>
            <p class="help">"Removes the partner and everything kept about it from this browser. You can undo it for a few seconds."</p>
            <button type="button" class="danger" on:click=open>
                "Delete partner"
            </button>
            <p role="status">{move || problem.get()}</p>
            <ConfirmDialog
                dialog
                id="delete-partner-dialog"
                heading
                details
                confirm="Delete it and its records"
                cancel="Keep this partner"
                on_confirm=delete
            />
        </section>
    }
}

/// What deleting `partner` takes with it, in words.
fn what_goes_with(workspace: &Workspace, partner: &Partner) -> String {
    let records = RecordCounts {
        partners: 0,
        ..partner.counts()
    };
    let mut text = match records.sentence() {
        Some(records) => format!(
            "This deletes {} with its research, {records}.",
            partner.name()
        ),
        None => format!("This deletes {} with its research.", partner.name()),
    };
    let coalitions = workspace.coalitions_of(partner.id).count();
    if coalitions > 0 {
        let coalitions = RecordCounts {
            coalitions,
            ..RecordCounts::default()
        };
        text.push_str(&format!(
            " It also leaves {}.",
            coalitions.sentence().unwrap_or_default()
        ));
    }
    text.push_str(" You can undo it for a few seconds afterwards.");
    text
}
