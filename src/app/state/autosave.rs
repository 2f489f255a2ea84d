//! Saving without a save button: a change is written at most one second
//! after it is made, and at once when the page is hidden or closed.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::AppState;
use crate::app::browser::{measure, page_hidden, request_persistence};

/// The longest a change waits in memory before it is saved.
const SAVE_DELAY: Duration = Duration::from_millis(1000);
/// How soon a failed save (a full quota, say) is tried again.
const RETRY_DELAY: Duration = Duration::from_secs(5);

/// Saves when the page is hidden or closed, so a reload or a closed tab
/// loses nothing.
pub(super) fn install(state: AppState) {
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| state.flush());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if page_hidden() {
            state.flush();
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
    });
}

/// Makes sure a save happens within [`SAVE_DELAY`] of the oldest unsaved change.
pub(super) fn schedule(state: AppState) {
    schedule_after(state, SAVE_DELAY);
}

fn schedule_after(state: AppState, delay: Duration) {
    let already_waiting = state.save_state.with_value(|save| save.timer.is_some());
    if already_waiting {
        return;
    }
    match set_timeout_with_handle(move || flush(state), delay) {
        Ok(handle) => state
            .save_state
            .update_value(|save| save.timer = Some(handle)),
        // Without timers, save at once rather than not at all.
        Err(_) => flush(state),
    }
}

/// Writes every pending change now. A failure keeps the changes pending,
/// shows the problem, and tries again a little later.
pub(super) fn flush(state: AppState) {
    let timer = state
        .save_state
        .try_update_value(|save| save.timer.take())
        .flatten();
    if let Some(timer) = timer {
        timer.clear();
    }
    if state.conflict.get_untracked() {
        // The user decides first; nothing is overwritten silently.
        return;
    }
    let outcome = state.workspace.with_untracked(|workspace| {
        state.meta.with_untracked(|meta| {
            state.save_state.try_update_value(|save| {
                if save.pending.is_empty() || !save.saving_allowed {
                    return None;
                }
                let changes = std::mem::take(&mut save.pending);
                let saved = measure("common-ground:save", || {
                    save.store.save(workspace, meta, &changes)
                });
                if saved.is_err() {
                    save.pending.absorb(changes);
                }
                let first_save = !save.persistence_requested && saved.is_ok();
                save.persistence_requested |= first_save;
                Some((saved, first_save))
            })
        })
    });
    match outcome.flatten() {
        Some((Ok(()), first_save)) => {
            state.clear_write_problem();
            if first_save {
                spawn_local(async move {
                    let status = request_persistence().await;
                    state.persistence_status.set(status);
                });
            }
        }
        Some((Err(error), _)) => {
            state.problem.set(Some(error));
            schedule_after(state, RETRY_DELAY);
        }
        None => {}
    }
}
