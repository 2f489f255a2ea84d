//! Saving without a save button: a change is written at most one second
//! after it is made, and at once when the page is hidden or closed.

use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;

use super::AppState;
use crate::app::browser::measure;

/// The longest a change waits in memory before it is saved.
pub const SAVE_DELAY: Duration = Duration::from_millis(1000);
/// How soon a failed save (a full quota, say) is tried again.
pub const RETRY_DELAY: Duration = Duration::from_secs(5);

/// Makes sure a save happens within [`SAVE_DELAY`] of the oldest unsaved change.
pub(super) fn schedule(state: AppState) {
    schedule_after(state, SAVE_DELAY);
}

/// Sets the save timer unless one is already waiting; each timer carries a
/// number so one that was overtaken by an earlier save does nothing.
fn schedule_after(state: AppState, delay: Duration) {
    let number = state
        .save_state
        .try_update_value(|save| {
            if save.timer.is_some() {
                return None;
            }
            save.timers_set += 1;
            save.timer = Some(save.timers_set);
            Some(save.timers_set)
        })
        .flatten();
    let Some(number) = number else {
        return;
    };
    let set = state.run_after(
        delay,
        Box::new(move || {
            let still_current = state
                .save_state
                .try_with_value(|save| save.timer == Some(number))
                .unwrap_or(false);
            if still_current {
                flush(state);
            }
        }),
    );
    if !set {
        // Without timers, save at once rather than not at all.
        flush(state);
    }
}

/// Writes every pending change now. A failure keeps the changes pending,
/// shows the problem, and tries again a little later.
pub(super) fn flush(state: AppState) {
    state.save_state.update_value(|save| save.timer = None);
    if state.conflict.get_untracked() {
        // The user decides first; nothing is overwritten silently.
        return;
    }
    let device = state.this_device;
    let outcome = state.workspace.with_untracked(|workspace| {
        state.meta.with_untracked(|meta| {
            state.save_state.try_update_value(|save| {
                if save.pending.is_empty() || !save.saving_allowed {
                    return None;
                }
                let changes = std::mem::take(&mut save.pending);
                let saved = measure("common-ground:save", || {
                    save.store.save(workspace, meta, &changes, Utc::now())?;
                    if changes.this_device {
                        device.with_untracked(|device| save.store.save_this_device(device))?;
                    }
                    Ok(())
                });
                if saved.is_err() {
                    save.pending.absorb(changes);
                }
                Some(saved)
            })
        })
    });
    match outcome.flatten() {
        Some(Ok(())) => {
            state.clear_write_problem();
            state.last_saved_at.set(Some(Utc::now()));
        }
        Some(Err(error)) => {
            state.problem.set(Some(error));
            schedule_after(state, RETRY_DELAY);
        }
        None => {}
    }
}
