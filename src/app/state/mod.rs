//! The workspace shared by every screen, and the one place that changes it
//! and has it saved.

mod autosave;
mod tab_sync;
mod undo;

pub use tab_sync::{keep_this_version, take_other_version};
pub use undo::UndoNotice;

use chrono::Utc;
use leptos::prelude::*;

use crate::app::browser::{PersistenceStatus, measure};
use crate::model::{
    Coalition, DeviceMeta, OurGroup, Partner, RecordId, Stage, ValidationError, Workspace,
};
use crate::store::{
    Changes, KeyValueStore, Loaded, LocalStorageStore, MemoryStore, OWN_WORKSPACE, Recovered,
    StoreError, WorkspaceStore,
};

/// The storage side of the app state: the store, what awaits saving, and
/// the pending save timer.
struct SaveState {
    store: WorkspaceStore,
    /// False while unreadable data could not be set aside: then nothing may
    /// be written over it.
    saving_allowed: bool,
    pending: Changes,
    timer: Option<TimeoutHandle>,
    persistence_requested: bool,
}

/// Read-only handles on the state, made once: each `read_only()` call makes
/// a new handle owned by the current component, which would die with it.
#[derive(Clone, Copy)]
struct Readers {
    workspace: ReadSignal<Workspace>,
    meta: ReadSignal<DeviceMeta>,
    problem: ReadSignal<Option<StoreError>>,
    set_aside: ReadSignal<Vec<(Recovered, String)>>,
    conflict: ReadSignal<bool>,
    persistence_status: ReadSignal<PersistenceStatus>,
    undo_notice: ReadSignal<Option<UndoNotice>>,
}

/// The workspace, its storage and what the user must know about it,
/// provided to every screen through context.
#[derive(Clone, Copy)]
pub struct AppState {
    readers: Readers,
    workspace: RwSignal<Workspace>,
    meta: RwSignal<DeviceMeta>,
    /// A storage problem that stays in view until it is resolved.
    problem: RwSignal<Option<StoreError>>,
    /// Stored values that could not be read and were set aside this session.
    set_aside: RwSignal<Vec<(Recovered, String)>>,
    /// Another tab saved while this one had unsaved changes.
    conflict: RwSignal<bool>,
    persistence_status: RwSignal<PersistenceStatus>,
    save_state: StoredValue<SaveState, LocalStorage>,
    /// The last removal, which Undo can put back for a few seconds.
    undo: StoredValue<undo::UndoState, LocalStorage>,
    undo_notice: RwSignal<Option<UndoNotice>>,
}

impl AppState {
    /// Opens local storage and loads the user's workspace. Blocked storage
    /// falls back to memory; unreadable data is set aside, never overwritten.
    pub fn start() -> Self {
        let (kv, mut problem): (Box<dyn KeyValueStore>, _) = match LocalStorageStore::open() {
            Ok(kv) => (Box::new(kv), None),
            Err(error) => (Box::new(MemoryStore::default()), Some(error)),
        };
        let mut store = WorkspaceStore::new(kv, OWN_WORKSPACE);
        let (loaded, saving_allowed) =
            match measure("common-ground:load", || store.load(Utc::now())) {
                Ok(loaded) => (loaded, true),
                Err(error) => {
                    problem = Some(error);
                    (Loaded::default(), false)
                }
            };
        let needs_full_save = loaded.needs_full_save;
        let pending = if needs_full_save {
            Changes::everything(&loaded.workspace, None)
        } else {
            Changes::default()
        };
        let workspace = RwSignal::new(loaded.workspace);
        let meta = RwSignal::new(loaded.meta);
        let problem = RwSignal::new(problem);
        let set_aside = RwSignal::new(loaded.set_aside);
        let conflict = RwSignal::new(false);
        let persistence_status = RwSignal::new(PersistenceStatus::NotAsked);
        let undo_notice = RwSignal::new(None);
        let state = Self {
            readers: Readers {
                workspace: workspace.read_only(),
                meta: meta.read_only(),
                problem: problem.read_only(),
                set_aside: set_aside.read_only(),
                conflict: conflict.read_only(),
                persistence_status: persistence_status.read_only(),
                undo_notice: undo_notice.read_only(),
            },
            workspace,
            meta,
            problem,
            set_aside,
            conflict,
            persistence_status,
            save_state: StoredValue::new_local(SaveState {
                store,
                saving_allowed,
                pending,
                timer: None,
                persistence_requested: false,
            }),
            undo: StoredValue::new_local(undo::UndoState::default()),
            undo_notice,
        };
        autosave::install(state);
        tab_sync::install(state);
        if needs_full_save {
            // A migrated or repaired layout is written back soon, not left half old.
            autosave::schedule(state);
        }
        state
    }

    /// The workspace, for reading.
    pub fn workspace(self) -> ReadSignal<Workspace> {
        self.readers.workspace
    }

    /// This device's backup bookkeeping.
    pub fn meta(self) -> ReadSignal<DeviceMeta> {
        self.readers.meta
    }

    /// The storage problem the user should know about, if any.
    pub fn problem(self) -> ReadSignal<Option<StoreError>> {
        self.readers.problem
    }

    /// Values set aside during this session, with why.
    pub fn set_aside(self) -> ReadSignal<Vec<(Recovered, String)>> {
        self.readers.set_aside
    }

    /// Whether another tab saved over changes this tab has not saved yet.
    pub fn conflict(self) -> ReadSignal<bool> {
        self.readers.conflict
    }

    /// What the browser answered when asked to keep our data.
    pub fn persistence_status(self) -> ReadSignal<PersistenceStatus> {
        self.readers.persistence_status
    }

    /// Adds a partner; it is saved within a second.
    pub fn add_partner(self, name: &str) -> Result<RecordId, ValidationError> {
        let partner = Partner::new(name, Utc::now())?;
        let id = partner.id;
        let mut changes = Changes::default();
        changes.partner(id);
        changes.index = true;
        self.change(changes, |workspace| workspace.add_partner(partner));
        Ok(id)
    }

    /// Sets a partner's stage by hand.
    pub fn set_stage(self, id: RecordId, stage: Stage) {
        self.edit_partner(id, |partner| partner.stage = stage);
    }

    /// Changes one partner in memory, stamps it, and queues it for saving.
    pub fn edit_partner(self, id: RecordId, edit: impl FnOnce(&mut Partner)) {
        let mut changes = Changes::default();
        changes.partner(id);
        self.change(changes, |workspace| {
            workspace.edit_partner(id, Utc::now(), edit);
        });
    }

    /// Starts a coalition; it is saved within a second.
    pub fn add_coalition(self, name: &str) -> Result<RecordId, ValidationError> {
        let coalition = Coalition::new(name, Utc::now())?;
        let id = coalition.id;
        let mut changes = Changes {
            index: true,
            ..Changes::default()
        };
        changes.coalitions.insert(id);
        self.change(changes, |workspace| workspace.coalitions.push(coalition));
        Ok(id)
    }

    /// Changes one coalition in memory, stamps it, and queues it for saving.
    pub fn edit_coalition(self, id: RecordId, edit: impl FnOnce(&mut Coalition)) {
        let mut changes = Changes::default();
        changes.coalitions.insert(id);
        self.change(changes, |workspace| {
            workspace.edit_coalition(id, Utc::now(), edit);
        });
    }

    /// Changes our group's details and queues them for saving.
    pub fn edit_group(self, edit: impl FnOnce(&mut OurGroup)) {
        let changes = Changes {
            group: true,
            ..Changes::default()
        };
        self.change(changes, |workspace| edit(&mut workspace.our_group));
    }

    /// Replaces the whole workspace (an import) and saves it at once. On a
    /// storage failure nothing changes, in memory or in storage.
    pub fn replace_workspace(self, workspace: Workspace) -> Result<(), StoreError> {
        let previous = self.workspace.get_untracked();
        let mut changes = Changes::everything(&workspace, Some(&previous));
        let mut meta = self.meta.get_untracked();
        meta.last_change_at = Some(Utc::now());
        let result = self.save_state.try_update_value(|save| {
            if !save.saving_allowed {
                return Err(StoreError::CouldNotSetAside(
                    "stored data is still waiting to be set aside".into(),
                ));
            }
            // Whatever was waiting is written too, as part of the same save.
            changes.absorb(std::mem::take(&mut save.pending));
            let saved = save.store.save(&workspace, &meta, &changes);
            if saved.is_err() {
                save.pending = changes;
            }
            saved
        });
        match result {
            Some(Ok(())) => {
                self.workspace.set(workspace);
                self.meta.set(meta);
                self.clear_write_problem();
                Ok(())
            }
            Some(Err(error)) => Err(error),
            None => Err(StoreError::WriteFailed("the app is shutting down".into())),
        }
    }

    /// Records that the user exported everything just now.
    pub fn record_export(self) {
        self.meta
            .update(|meta| meta.last_export_at = Some(Utc::now()));
        self.save_state
            .update_value(|save| save.pending.meta = true);
        self.flush();
    }

    /// Deletes every stored key of the workspace and empties it in memory,
    /// offering Undo for a few seconds.
    pub fn delete_all(self) -> Result<(), StoreError> {
        let result = self.save_state.try_update_value(|save| {
            save.store.delete_all().map(|stored| {
                let pending = std::mem::take(&mut save.pending);
                let saving_allowed = std::mem::replace(&mut save.saving_allowed, true);
                (stored, pending, saving_allowed)
            })
        });
        match result {
            Some(Ok((stored, pending, saving_allowed))) => {
                let wiped = undo::Wiped {
                    stored,
                    pending,
                    saving_allowed,
                    workspace: self.workspace.get_untracked(),
                    meta: self.meta.get_untracked(),
                    set_aside: self.set_aside.get_untracked(),
                };
                self.workspace.set(Workspace::default());
                self.meta.set(DeviceMeta::default());
                self.set_aside.set(Vec::new());
                self.offer_undo(
                    "all data".into(),
                    None,
                    undo::Undoable::Everything(Box::new(wiped)),
                );
                self.problem.update(|problem| {
                    if !matches!(problem, Some(StoreError::Unavailable(_))) {
                        *problem = None;
                    }
                });
                Ok(())
            }
            Some(Err(error)) => Err(error),
            None => Err(StoreError::WriteFailed("the app is shutting down".into())),
        }
    }

    /// The values set aside in storage, with their raw text, for download.
    pub fn recovered(self) -> Result<Vec<Recovered>, StoreError> {
        self.save_state.with_value(|save| save.store.recovered())
    }

    /// Whether changes are being saved; false while unreadable data could not
    /// be set aside and must not be written over.
    pub fn saving_allowed(self) -> bool {
        self.save_state.with_value(|save| save.saving_allowed)
    }

    /// Every live value of the workspace exactly as stored, as pretty JSON
    /// keyed by storage key, for download.
    pub fn raw_workspace_json(self) -> Result<String, String> {
        let values = self
            .save_state
            .with_value(|save| save.store.raw_live_values())
            .map_err(|error| error.to_string())?;
        serde_json::to_string_pretty(&values).map_err(|error| error.to_string())
    }

    /// The raw text stored under `key`.
    pub fn raw_value(self, key: &str) -> Result<Option<String>, StoreError> {
        self.save_state.with_value(|save| save.store.raw(key))
    }

    /// How much of the browser's local storage this site uses, in UTF-16 code units.
    pub fn used_code_units(self) -> Result<usize, StoreError> {
        self.save_state
            .with_value(|save| save.store.used_code_units())
    }

    /// Applies an edit in memory and queues the changed records for saving.
    fn change(self, mut changes: Changes, edit: impl FnOnce(&mut Workspace)) {
        self.workspace.update(edit);
        self.meta
            .update(|meta| meta.last_change_at = Some(Utc::now()));
        changes.meta = true;
        self.save_state
            .update_value(|save| save.pending.absorb(changes));
        autosave::schedule(self);
    }

    /// Saves whatever is pending now.
    pub fn flush(self) {
        autosave::flush(self);
    }

    fn clear_write_problem(self) {
        if self
            .problem
            .with_untracked(|problem| problem.as_ref().is_some_and(StoreError::is_write_failure))
        {
            self.problem.set(None);
        }
    }
}

/// The app state provided by [`crate::App`].
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
