//! The workspace shared by every screen, and the one place that asks the
//! store to save it.

use chrono::Utc;
use leptos::prelude::*;

use crate::model::{Partner, RecordId, ValidationError, Workspace};
use crate::store::{LocalStorageStore, MemoryStore, OWN_WORKSPACE, StoreError, WorkspaceStore};

/// The workspace, its storage and any storage problem to show, provided to
/// every screen through context.
#[derive(Clone, Copy)]
pub struct AppState {
    workspace: RwSignal<Workspace>,
    storage_problem: RwSignal<Option<StoreError>>,
    /// `None` while stored data could not be read: then nothing may overwrite it.
    store: StoredValue<Option<WorkspaceStore>, LocalStorage>,
}

impl AppState {
    /// Opens local storage and loads the user's workspace. Blocked storage
    /// falls back to memory; unreadable data is left alone and not saved over.
    pub fn start() -> Self {
        let (store, workspace, problem) = match LocalStorageStore::open() {
            Ok(kv) => {
                let store = WorkspaceStore::new(Box::new(kv), OWN_WORKSPACE);
                match store.load() {
                    Ok(workspace) => (Some(store), workspace, None),
                    Err(error) => (None, Workspace::default(), Some(error)),
                }
            }
            Err(error) => {
                let memory = WorkspaceStore::new(Box::new(MemoryStore::default()), OWN_WORKSPACE);
                (Some(memory), Workspace::default(), Some(error))
            }
        };
        Self {
            workspace: RwSignal::new(workspace),
            storage_problem: RwSignal::new(problem),
            store: StoredValue::new_local(store),
        }
    }

    /// The workspace, for reading.
    pub fn workspace(self) -> ReadSignal<Workspace> {
        self.workspace.read_only()
    }

    /// The storage problem the user should know about, if any.
    pub fn storage_problem(self) -> ReadSignal<Option<StoreError>> {
        self.storage_problem.read_only()
    }

    /// Adds a partner and stores it; a storage failure is shown, and the
    /// partner stays in memory.
    pub fn add_partner(self, name: &str) -> Result<RecordId, ValidationError> {
        let partner = Partner::new(name, Utc::now())?;
        self.workspace
            .update(|workspace| workspace.add_partner(partner.clone()));
        let saved = self.workspace.with_untracked(|workspace| {
            self.store
                .try_update_value(|store| {
                    store
                        .as_mut()
                        .map(|store| store.add_partner(workspace, &partner))
                })
                .flatten()
        });
        match saved {
            Some(Err(error)) => self.storage_problem.set(Some(error)),
            Some(Ok(())) if self.has_write_problem() => self.storage_problem.set(None),
            _ => {}
        }
        Ok(partner.id)
    }

    fn has_write_problem(self) -> bool {
        self.storage_problem.with_untracked(|problem| {
            matches!(
                problem,
                Some(StoreError::QuotaExceeded | StoreError::WriteFailed(_))
            )
        })
    }
}

/// The app state provided by [`crate::App`].
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
