//! Connects the state to the browser: local storage, real timers, saving
//! when the page is hidden, other tabs' saves, and asking the browser to
//! keep our data. Everything here is what native tests replace.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{AppState, Scheduler};
use crate::app::browser::{
    DEMO_HASH, PersistenceStatus, choose_demo, demo_chosen, location_hash, page_hidden,
    request_persistence,
};
use crate::model::Workspace;
use crate::store::{KeyValueStore, LocalStorageStore, WorkspaceKind};

/// Timers from the browser's `setTimeout`.
struct BrowserTimers;

impl Scheduler for BrowserTimers {
    fn run_after(&self, delay: Duration, task: Box<dyn FnOnce()>) -> bool {
        set_timeout_with_handle(task, delay).is_ok()
    }
}

impl AppState {
    /// Opens local storage (memory when the browser blocks it), loads the
    /// workspace this tab shows (the demo's story when it is opened empty)
    /// and wires the state to the page. The address `#/demo` opens the demo.
    pub fn start() -> Self {
        // `#/demo` stays in the address bar, so a copied address opens the demo too.
        if location_hash() == DEMO_HASH {
            // Where session storage is refused, the own workspace opens.
            let _ = choose_demo(true);
        }
        let kind = if demo_chosen() {
            WorkspaceKind::Demo
        } else {
            WorkspaceKind::Own
        };
        let storage = LocalStorageStore::open().map(|kv| Box::new(kv) as Box<dyn KeyValueStore>);
        let state = Self::new(storage, Rc::new(BrowserTimers), kind);
        if kind == WorkspaceKind::Demo && state.workspace.with_untracked(Workspace::is_empty) {
            // A failure shows as a storage problem; the demo then opens empty.
            let _ = state.reset_demo();
        }
        save_when_hidden(state);
        follow_other_tabs(state);
        ask_to_persist_after_first_save(state);
        state
    }
}

/// Saves when the page is hidden or closed, so a reload or a closed tab
/// loses nothing.
fn save_when_hidden(state: AppState) {
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

/// Hands the state every change other tabs make to storage.
fn follow_other_tabs(state: AppState) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        state.storage_changed_elsewhere(event.key().as_deref(), event.new_value().as_deref());
    });
    on_cleanup(move || handle.remove());
}

/// Once something has been saved, asks the browser not to clear our data
/// under storage pressure, and shows its answer.
fn ask_to_persist_after_first_save(state: AppState) {
    let last_saved = state.last_saved_at();
    Effect::new(move |asked: Option<bool>| {
        if asked == Some(true) || last_saved.get().is_none() {
            return asked.unwrap_or(false);
        }
        // Firefox asks the user, so the answer can take a while, or never come.
        state.persistence_status.set(PersistenceStatus::Asked);
        spawn_local(async move {
            let status = request_persistence().await;
            state.persistence_status.set(status);
        });
        true
    });
}
