//! Two open tabs never silently overwrite each other: a tab with nothing
//! unsaved takes up what another tab saved; a tab with unsaved changes asks
//! the user which version to keep. A tab whose data a newer version of the
//! app has saved stops saving and keeps its edits in memory.

use chrono::Utc;
use leptos::prelude::*;

use super::AppState;
use crate::store::{Changes, StoreError};

impl AppState {
    /// Takes in a change another tab made to storage (`key` is `None` when
    /// it cleared everything). Without unsaved edits here, this tab shows
    /// what is stored now; with them, the user is asked which version to keep.
    pub fn storage_changed_elsewhere(self, key: Option<&str>, new_value: Option<&str>) {
        let foreign = self
            .save_state
            .with_value(|save| save.store.is_foreign_change(key, new_value));
        if !foreign {
            return;
        }
        let newer = self
            .save_state
            .with_value(|save| save.store.newer_version_stored());
        if let Some(found) = newer {
            self.stop_saving(StoreError::NewerVersion { found });
            return;
        }
        let has_unsaved = self.save_state.with_value(|save| !save.pending.is_empty());
        if has_unsaved {
            self.conflict.set(true);
        } else {
            reload(self);
        }
    }
}

impl AppState {
    /// Stops every save from this tab, for `why`, keeping the workspace in
    /// memory as it is (the user can still save it as a file).
    fn stop_saving(self, why: StoreError) {
        self.save_state
            .update_value(|save| save.saving_allowed = false);
        self.conflict.set(false);
        self.problem.set(Some(why));
    }
}

/// Shows what is stored now, dropping this tab's unsaved changes.
pub fn take_other_version(state: AppState) {
    state.save_state.update_value(|save| {
        save.pending = Changes::default();
    });
    state.conflict.set(false);
    reload(state);
}

/// Writes this tab's whole workspace over what the other tab saved.
pub fn keep_this_version(state: AppState) {
    let stored = state
        .save_state
        .try_update_value(|save| save.store.load(Utc::now()).ok())
        .flatten();
    let everything = state.workspace.with_untracked(|workspace| Changes {
        this_device: true,
        ..Changes::everything(workspace, stored.as_ref().map(|loaded| &loaded.workspace))
    });
    state
        .save_state
        .update_value(|save| save.pending.absorb(everything));
    state.conflict.set(false);
    state.flush();
}

fn reload(state: AppState) {
    let loaded = state
        .save_state
        .try_update_value(|save| save.store.load(Utc::now()));
    match loaded {
        Some(Ok(loaded)) => {
            state.set_workspace(loaded.workspace);
            state.meta.set(loaded.meta);
            state.this_device.set(loaded.this_device);
            if !loaded.set_aside.is_empty() {
                state
                    .set_aside
                    .update(|set_aside| set_aside.extend(loaded.set_aside));
            }
        }
        Some(Err(error @ StoreError::NewerVersion { .. })) => state.stop_saving(error),
        Some(Err(error)) => state.problem.set(Some(error)),
        None => {}
    }
}
