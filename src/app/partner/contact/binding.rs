use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::model::{ContactDraft, RecordId};

/// A field of the draft being written, and the callback storing edits to it.
pub fn current_draft_text(
    id: RecordId,
    get: fn(&ContactDraft) -> &str,
    set: fn(&mut ContactDraft, String),
) -> (Signal<String>, Callback<String>) {
    let state = use_app_state();
    let workspace = state.workspace();
    let value = Memo::new(move |_| {
        workspace.with(|workspace| {
            workspace
                .partner(id)
                .and_then(|partner| partner.current_draft())
                .map(|draft| get(draft).to_owned())
                .unwrap_or_default()
        })
    });
    let on_input = Callback::new(move |text: String| {
        state.edit_partner(id, |partner| {
            if let Some(draft) = partner.current_draft_mut() {
                set(draft, text);
                draft.updated_at = Utc::now();
            }
        });
    });
    (value.into(), on_input)
}
