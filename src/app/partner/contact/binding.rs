use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::DependsOn;

use crate::app::binding::bound_text;
use crate::model::{ContactDraft, Record, RecordId};

/// A field of the draft being written, and the callback storing edits to it.
pub fn current_draft_text(
    id: RecordId,
    get: fn(&ContactDraft) -> &str,
    set: fn(&mut ContactDraft, String),
) -> (Signal<String>, Callback<String>) {
    bound_text(
        DependsOn::Partner(id),
        move |workspace| {
            let draft = workspace.partner(id)?.current_draft()?;
            Some(get(draft).to_owned())
        },
        move |state, text| {
            state.edit_partner(id, |partner| {
                if let Some(draft) = partner.current_draft_mut() {
                    draft.edit(Utc::now(), |draft| set(draft, text));
                }
            });
        },
    )
}
