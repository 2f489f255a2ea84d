//! The workspace shared by every screen, and the one place that changes it
//! and has it saved.

mod autosave;
mod notices;
mod recently_deleted;
mod recovery;
mod scheduler;
mod stored;
mod tab_sync;
mod team;
mod this_device;
mod undo;
mod wiring;
mod workspaces;

pub use autosave::{RETRY_DELAY, SAVE_DELAY};
pub use notices::DependsOn;
pub use scheduler::Scheduler;
pub use tab_sync::{keep_this_version, take_other_version};
pub use undo::{UNDO_WINDOW, UndoNotice, UndoWords};

use std::rc::Rc;
use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;

use crate::app::browser::{PersistenceStatus, measure};
use crate::model::{
    Coalition, DeviceMeta, OurGroup, Partner, RecordId, ThisDevice, Timestamp, ValidationError,
    Workspace,
};
use crate::store::{
    Changes, KeyValueStore, Loaded, MemoryStore, Recovered, StoreError, WorkspaceKind,
    WorkspaceStore,
};

/// The storage side of the app state: the store, what awaits saving, and
/// the pending save timer.
struct SaveState {
    store: WorkspaceStore,
    /// False while unreadable data could not be set aside: then nothing may
    /// be written over it.
    saving_allowed: bool,
    pending: Changes,
    scheduler: Rc<dyn Scheduler>,
    /// The number of the save timer now waiting, if one is.
    timer: Option<u64>,
    /// How many save timers were ever set, to number the next one.
    timers_set: u64,
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
    last_saved_at: ReadSignal<Option<Timestamp>>,
}

/// The workspace, its storage and what the user must know about it,
/// provided to every screen through context.
#[derive(Clone, Copy)]
pub struct AppState {
    readers: Readers,
    workspace: RwSignal<Workspace>,
    meta: RwSignal<DeviceMeta>,
    /// What this device keeps for itself: its name and private notes.
    this_device: RwSignal<ThisDevice>,
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
    /// When the last save succeeded, this session.
    last_saved_at: RwSignal<Option<Timestamp>>,
    notices: StoredValue<notices::Notices>,
    /// Which workspace this tab shows.
    kind: WorkspaceKind,
}

impl AppState {
    /// Loads the workspace from `storage`; when it could not be opened
    /// (blocked by the browser), works in memory with the problem in view.
    /// Unreadable data is set aside, never overwritten. Saves wait on
    /// `scheduler`; nothing listens to the page until [`AppState::start`] wires it.
    pub fn new(
        storage: Result<Box<dyn KeyValueStore>, StoreError>,
        scheduler: Rc<dyn Scheduler>,
        kind: WorkspaceKind,
    ) -> Self {
        let (kv, mut problem): (Box<dyn KeyValueStore>, _) = match storage {
            Ok(kv) => (kv, None),
            Err(error) => (Box::new(MemoryStore::default()), Some(error)),
        };
        let mut store = WorkspaceStore::new(kv, kind.namespace());
        let (loaded, saving_allowed) =
            match measure("common-ground:load", || store.load(Utc::now())) {
                Ok(loaded) => (loaded, true),
                Err(error) => {
                    problem = Some(error);
                    (Loaded::default(), false)
                }
            };
        let needs_full_save = loaded.needs_full_save;
        let mut pending = if needs_full_save {
            Changes::everything(&loaded.workspace, None)
        } else {
            Changes {
                index: loaded.needs_index_save,
                ..Changes::default()
            }
        };
        if loaded.your_name_moved {
            // Written to this device's key, and dropped from the group's.
            pending.this_device = true;
            pending.group = true;
        }
        let needs_full_save = needs_full_save || loaded.needs_index_save || loaded.your_name_moved;
        let workspace = RwSignal::new(loaded.workspace);
        let meta = RwSignal::new(loaded.meta);
        let this_device = RwSignal::new(loaded.this_device);
        let problem = RwSignal::new(problem);
        let set_aside = RwSignal::new(loaded.set_aside);
        let conflict = RwSignal::new(false);
        let persistence_status = RwSignal::new(PersistenceStatus::NotAsked);
        let undo_notice = RwSignal::new(None);
        let last_saved_at = RwSignal::new(None);
        let state = Self {
            readers: Readers {
                workspace: workspace.read_only(),
                meta: meta.read_only(),
                problem: problem.read_only(),
                set_aside: set_aside.read_only(),
                conflict: conflict.read_only(),
                persistence_status: persistence_status.read_only(),
                undo_notice: undo_notice.read_only(),
                last_saved_at: last_saved_at.read_only(),
            },
            workspace,
            meta,
            this_device,
            problem,
            set_aside,
            conflict,
            persistence_status,
            save_state: StoredValue::new_local(SaveState {
                store,
                saving_allowed,
                pending,
                scheduler,
                timer: None,
                timers_set: 0,
            }),
            undo: StoredValue::new_local(undo::UndoState::default()),
            undo_notice,
            last_saved_at,
            notices: StoredValue::new(notices::Notices::default()),
            kind,
        };
        if needs_full_save {
            // A migrated or repaired layout is written back soon, not left half old.
            autosave::schedule(state);
        }
        state
    }

    /// Which workspace this tab shows: the user's own, or the demo.
    pub fn kind(self) -> WorkspaceKind {
        self.kind
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

    /// When the last save succeeded this session; `None` before the first.
    pub fn last_saved_at(self) -> ReadSignal<Option<Timestamp>> {
        self.readers.last_saved_at
    }

    /// Saves everything waiting now; false when some of it could not be
    /// saved, so that leaving the page (a reload, a switch) would lose it.
    pub fn save_now(self) -> bool {
        self.flush();
        !self.has_unsaved_changes()
    }

    /// Whether changes are waiting to be saved.
    pub fn has_unsaved_changes(self) -> bool {
        self.save_state
            .try_with_value(|save| !save.pending.is_empty())
            .unwrap_or(false)
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

    /// Reads the workspace, waking the caller only when `scope` changes.
    pub fn read_in<R>(self, scope: DependsOn, read: impl FnOnce(&Workspace) -> R) -> R {
        self.depend_on(scope);
        self.workspace.with_untracked(read)
    }

    /// Makes the running reader wake when `scope` changes. Kept apart from
    /// the generic [`AppState::read_in`] so its code is not copied into every reader.
    #[inline(never)]
    fn depend_on(self, scope: DependsOn) {
        if let Some(trigger) = self.notices.try_update_value(|n| n.trigger(scope)) {
            trigger.track();
        }
    }

    /// Reads our group's details, waking the caller only when they change.
    pub fn group_with<R>(self, read: impl FnOnce(&OurGroup) -> R) -> R {
        self.read_in(DependsOn::Group, |w| read(&w.our_group))
    }

    /// Reads the workspace for a list of names, waking the caller only when
    /// partners or coalitions come, go, are renamed, or a partner changes stage.
    pub fn roster_with<R>(self, read: impl FnOnce(&Workspace) -> R) -> R {
        self.read_in(DependsOn::Roster, read)
    }

    /// Applies an edit in memory and queues the changed records for saving.
    fn change(self, mut changes: Changes, edit: impl FnOnce(&mut Workspace)) {
        let roster_before = (!changes.index).then(|| {
            self.workspace
                .with_untracked(|w| notices::roster_of(w, &changes))
        });
        self.workspace.update(edit);
        let roster_changed = roster_before.is_none_or(|before| {
            self.workspace
                .with_untracked(|w| notices::roster_of(w, &changes) != before)
        });
        self.notices
            .with_value(|n| n.notify(&changes, roster_changed));
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

    /// Runs `task` after `delay` on the state's scheduler; false when no timer could be set.
    fn run_after(self, delay: Duration, task: Box<dyn FnOnce()>) -> bool {
        let scheduler = self
            .save_state
            .try_with_value(|save| Rc::clone(&save.scheduler));
        scheduler.is_some_and(|scheduler| scheduler.run_after(delay, task))
    }

    /// Shows `workspace` in place of the current one, waking every reader.
    fn set_workspace(self, workspace: Workspace) {
        self.workspace.set(workspace);
        self.notices.with_value(notices::Notices::notify_all);
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
