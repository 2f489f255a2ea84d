//! Recently deleted on the Data page: partners and coalitions deleted here
//! or on a teammate's device wait there, with all they held, until restored
//! or emptied for good.

use std::collections::BTreeMap;

use chrono::Utc;
use leptos::prelude::*;

use super::AppState;
use super::undo::{UndoWords, Undoable};
use crate::model::RecordId;
use crate::store::{Changes, Emptied, RestoredRecord, StoreError};
use crate::team::{DeletedRecord, RecordKind};

impl AppState {
    /// The partners and coalitions in Recently deleted, most recent first,
    /// as of the last save.
    pub fn recently_deleted(self) -> Result<Vec<DeletedRecord>, StoreError> {
        self.save_state
            .with_value(|save| save.store.recently_deleted())
    }

    /// Brings one record back into the lists with every edit its document
    /// holds, and says so; or says why it could not.
    pub fn restore_deleted(self, deleted: &DeletedRecord) -> Result<String, String> {
        let listed = self.workspace.with_untracked(|w| match deleted.kind {
            RecordKind::Partner => w.partner(deleted.id).is_some(),
            RecordKind::Coalition => w.coalition(deleted.id).is_some(),
        });
        if listed {
            // A second press of Restore before the list caught up.
            return Err(format!(
                "{} is already back in your lists.",
                display_name(&deleted.name, deleted.kind)
            ));
        }
        let record = self
            .save_state
            .with_value(|save| save.store.deleted_record(deleted.id, deleted.kind))
            .map_err(|error| error.to_string())?
            .ok_or_else(|| {
                format!(
                    "{} could not be read back, so it stays in Recently deleted.",
                    deleted.name
                )
            })?;
        let mut changes = Changes {
            index: true,
            ..Changes::default()
        };
        let name = match record {
            RestoredRecord::Partner(partner) => {
                changes.partner(partner.id);
                let name = partner.name().to_owned();
                self.change(changes, |w| w.partners.push(*partner));
                name
            }
            RestoredRecord::Coalition(coalition) => {
                changes.coalitions.insert(coalition.id);
                let name = coalition.name.clone();
                self.change(changes, |w| w.coalitions.push(coalition));
                name
            }
        };
        self.flush();
        Ok(format!("Restored {}.", display_name(&name, deleted.kind)))
    }

    /// Removes everything in Recently deleted for good, with Undo offered
    /// for a few seconds like every other delete. Gives how many went.
    pub fn empty_recently_deleted(self) -> Result<usize, StoreError> {
        self.flush();
        let emptied = self
            .save_state
            .try_update_value(|save| save.store.empty_recently_deleted())
            .unwrap_or(Err(StoreError::Unavailable("the app is closing".into())))?;
        let count = emptied.count();
        // Readers of Recently deleted look again after each write.
        self.last_saved_at.set(Some(Utc::now()));
        // What this device noted privately about them goes with them.
        let ids: Vec<RecordId> = emptied.entries.iter().map(|entry| entry.id).collect();
        let mut notes = BTreeMap::new();
        self.change_this_device(|device| notes = device.take_notes(&ids));
        if count > 0 {
            let what = match count {
                1 => "1 partner or coalition from Recently deleted, for good".to_owned(),
                n => format!("{n} partners and coalitions from Recently deleted, for good"),
            };
            self.offer_undo(
                UndoWords {
                    done: format!("Removed {what}."),
                    undone: "Put them back in Recently deleted.".to_owned(),
                },
                None,
                Undoable::Emptied(emptied, notes),
            );
        }
        Ok(count)
    }

    /// Undo of [`AppState::empty_recently_deleted`], private notes included.
    pub(super) fn put_back_emptied(self, emptied: Emptied, notes: BTreeMap<RecordId, String>) {
        self.change_this_device(|device| device.put_back_notes(notes));
        let written = self
            .save_state
            .try_update_value(|save| save.store.put_back_emptied(&emptied));
        match written {
            Some(Err(error)) => self.problem.set(Some(error)),
            _ => self.last_saved_at.set(Some(Utc::now())),
        }
    }
}

/// A record's name as a sentence shows it, even when it has none.
fn display_name(name: &str, kind: RecordKind) -> String {
    match (name.trim().is_empty(), kind) {
        (false, _) => name.to_owned(),
        (true, RecordKind::Partner) => "a partner with no name".to_owned(),
        (true, RecordKind::Coalition) => "a coalition with no name".to_owned(),
    }
}
