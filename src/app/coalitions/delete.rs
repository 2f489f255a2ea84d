use leptos::prelude::*;

use crate::app::components::{DeleteRecord, DeleteWords};
use crate::app::handles::CoalitionHandle;
use crate::app::routing::{Route, go_to};
use crate::model::{Coalition, RecordCounts};

/// The words of the coalition's delete section and dialog.
const WORDS: DeleteWords = DeleteWords {
    id: "delete-coalition",
    heading: "Delete this coalition",
    help: "Its partners stay; only the coalition, its notes and its log go. You can undo it for a few seconds.",
    button: "Delete coalition",
    confirm: "Delete the coalition",
    cancel: "Keep this coalition",
};

/// Deletes this coalition (its partners stay), after a confirmation that
/// says what goes; Undo brings it back for a few seconds.
#[component]
pub fn DeleteCoalition(
    /// The coalition to delete.
    coalition: CoalitionHandle,
) -> impl IntoView {
    let (state, id) = (coalition.state(), coalition.id());
    let workspace = state.workspace();
    let ask = Callback::new(move |()| {
        workspace.with_untracked(|w| {
            let coalition = w.coalition(id)?;
            Some((format!("Delete {}?", coalition.name), what_goes(coalition)))
        })
    });
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
    view! { <DeleteRecord words=WORDS ask on_delete=delete /> }
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
