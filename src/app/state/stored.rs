//! What the Data screen asks of storage as a whole: replacing the workspace
//! on import, deleting everything, and reading what is stored as it is.

use std::collections::BTreeMap;

use chrono::Utc;
use leptos::prelude::*;

use super::{AppState, undo};
use crate::model::transfer::{Room, STORAGE_CODE_UNITS};
use crate::model::{DeviceMeta, ThisDevice, Workspace};
use crate::store::{Changes, Recovered, StoreError};
use crate::team::TeamState;

impl AppState {
    /// Replaces the whole workspace (an import) and saves it at once. On a
    /// storage failure nothing changes, in memory or in storage.
    pub fn replace_workspace(self, workspace: Workspace) -> Result<(), StoreError> {
        let previous = self.workspace.get_untracked();
        let changes = Changes::everything(&workspace, Some(&previous));
        self.replace_stored(workspace, changes, None)
    }

    /// Shows `workspace` and saves `changes` at once, with `documents` in
    /// place of the stored ones when given; on a storage failure nothing
    /// changes, in memory or in storage.
    pub(super) fn replace_stored(
        self,
        workspace: Workspace,
        mut changes: Changes,
        documents: Option<&TeamState>,
    ) -> Result<(), StoreError> {
        let mut meta = self.meta.get_untracked();
        meta.last_change_at = Some(Utc::now());
        let result = self.save_state.try_update_value(|save| {
            if !save.saving_allowed {
                return Err(self.problem.get_untracked().unwrap_or_else(|| {
                    StoreError::CouldNotSetAside(
                        "stored data is still waiting to be set aside".into(),
                    )
                }));
            }
            // Whatever was waiting is written too, as part of the same save.
            changes.absorb(std::mem::take(&mut save.pending));
            let saved = match documents {
                Some(documents) => save
                    .store
                    .save_with_documents(&workspace, &meta, &changes, documents),
                None => save.store.save(&workspace, &meta, &changes, Utc::now()),
            };
            if saved.is_err() {
                save.pending = changes;
            }
            saved
        });
        match result {
            Some(Ok(())) => {
                self.set_workspace(workspace);
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
        self.record_in_meta(|meta| meta.last_export_at = Some(Utc::now()));
    }

    /// Records that Safari's limits on stored data were explained here, so
    /// the explanation is given once.
    pub fn record_safari_limits_explained(self) {
        self.record_in_meta(|meta| meta.safari_limits_explained_at = Some(Utc::now()));
    }

    /// Changes this device's bookkeeping and saves it at once.
    fn record_in_meta(self, change: impl FnOnce(&mut DeviceMeta)) {
        self.meta.update(change);
        self.save_state
            .update_value(|save| save.pending.meta = true);
        self.flush();
    }

    /// Shows and stores an imported workspace (with its documents, when the
    /// file carried them) in place of this device's, offering Undo, which
    /// puts every stored value back byte for byte. On a storage failure
    /// nothing changes.
    pub fn import_with_undo(
        self,
        workspace: Workspace,
        documents: Option<&TeamState>,
        words: undo::UndoWords,
    ) -> Result<(), StoreError> {
        self.flush();
        let before = self.save_state.with_value(|save| {
            save.store
                .snapshot()
                .map(|stored| (stored, save.pending.clone(), save.saving_allowed))
        });
        let kept = self.kept_for_undo(before?);
        let changes = Changes::everything(&workspace, Some(&kept.workspace));
        self.replace_stored(workspace, changes, documents)?;
        self.offer_undo(words, None, undo::Undoable::Everything(Box::new(kept)));
        Ok(())
    }

    /// What Undo needs to put everything back: the stored values, what was
    /// waiting to be saved and whether saving was allowed (`taken`), with
    /// the state in memory as it is now.
    fn kept_for_undo(
        self,
        (stored, pending, saving_allowed): (BTreeMap<String, String>, Changes, bool),
    ) -> undo::Wiped {
        undo::Wiped {
            stored,
            pending,
            saving_allowed,
            workspace: self.workspace.get_untracked(),
            meta: self.meta.get_untracked(),
            this_device: self.this_device.get_untracked(),
            set_aside: self.set_aside.get_untracked(),
        }
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
            Some(Ok(taken)) => {
                let wiped = self.kept_for_undo(taken);
                self.set_workspace(Workspace::default());
                self.meta.set(DeviceMeta::default());
                self.this_device.set(ThisDevice::default());
                self.set_aside.set(Vec::new());
                self.offer_undo(
                    undo::UndoWords::removed("all data"),
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

    /// The storage room an import may take: the browser's usual room, less
    /// what everything but this workspace's live data takes (it is replaced).
    pub fn room_for_import(self) -> Room {
        let taken = self.save_state.with_value(|save| {
            let all = save.store.used_code_units().unwrap_or(0);
            let ours = save.store.live_code_units().unwrap_or(0);
            all.saturating_sub(ours) as u64
        });
        Room {
            total: STORAGE_CODE_UNITS,
            taken_by_others: taken,
        }
    }

    /// How much of the browser's local storage this site uses, in UTF-16 code units.
    pub fn used_code_units(self) -> Result<usize, StoreError> {
        self.save_state
            .with_value(|save| save.store.used_code_units())
    }
}
