use leptos::prelude::*;

use crate::app::components::{DeleteRecord, DeleteWords};
use crate::app::handles::PartnerHandle;
use crate::app::routing::{Route, go_to};
use crate::model::{Partner, RecordCounts, Workspace};

/// The words of the partner's delete section and dialog.
const WORDS: DeleteWords = DeleteWords {
    id: "delete-partner",
    heading: "Delete this partner",
    help: "Removes the partner and everything kept about it from this browser. You can undo it for a few seconds.",
    button: "Delete partner",
    confirm: "Delete it and its records",
    cancel: "Keep this partner",
};

/// Deletes this partner, after a confirmation that names what goes with it;
/// Undo brings everything back for a few seconds.
#[component]
pub fn DeletePartner(
    /// The partner to delete.
    partner: PartnerHandle,
) -> impl IntoView {
    let (state, id) = (partner.state(), partner.id());
    let workspace = state.workspace();
    let ask = Callback::new(move |()| {
        workspace.with_untracked(|w| {
            let partner = w.partner(id)?;
            Some((
                format!("Delete {}?", partner.name()),
                what_goes_with(w, partner),
            ))
        })
    });
    let delete = Callback::new(move |()| {
        let Some((name, coalitions)) = workspace.with_untracked(|w| {
            let partner = w.partner(id)?;
            let coalitions: Vec<_> = w.coalitions_of(id).map(|c| c.id).collect();
            Some((partner.name().to_owned(), coalitions))
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
    view! { <DeleteRecord words=WORDS ask on_delete=delete /> }
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
