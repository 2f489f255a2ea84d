//! The partners' private notes: typed and saved like any edit, but kept
//! under their own key, apart from the workspace, so they never leave the
//! device.

use leptos::prelude::*;

use super::{AppState, autosave};
use crate::model::RecordId;

impl AppState {
    /// The private note about partner `id`; tracked, so a view follows it.
    pub fn private_note(self, id: RecordId) -> String {
        self.private_notes.with(|notes| notes.of(id).to_owned())
    }

    /// Writes the private note about partner `id`, saved within a second.
    pub fn set_private_note(self, id: RecordId, text: String) {
        self.private_notes.update(|notes| notes.set(id, text));
        self.save_state
            .update_value(|save| save.pending.private_notes = true);
        autosave::schedule(self);
    }
}
