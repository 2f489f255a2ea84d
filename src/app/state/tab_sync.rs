//! Two open tabs never silently overwrite each other: a tab with nothing
//! unsaved takes up what another tab saved; a tab with unsaved changes asks
//! the user which version to keep.

use chrono::Utc;
use leptos::prelude::*;

use super::AppState;
use crate::store::Changes;

/// Listens for saves made in other tabs.
pub(super) fn install(state: AppState) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        let foreign = state.save_state.with_value(|save| {
            save.store
                .is_foreign_change(event.key().as_deref(), event.new_value().as_deref())
        });
        if !foreign {
            return;
        }
        let has_unsaved = state.save_state.with_value(|save| !save.pending.is_empty());
        if has_unsaved {
            state.conflict.set(true);
        } else {
            reload(state);
        }
    });
    on_cleanup(move || handle.remove());
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
    let everything = state.workspace.with_untracked(|workspace| {
        Changes::everything(workspace, stored.as_ref().map(|loaded| &loaded.workspace))
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
            state.workspace.set(loaded.workspace);
            state.meta.set(loaded.meta);
            if !loaded.set_aside.is_empty() {
                state
                    .set_aside
                    .update(|set_aside| set_aside.extend(loaded.set_aside));
            }
        }
        Some(Err(error)) => state.problem.set(Some(error)),
        None => {}
    }
}
