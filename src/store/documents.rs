//! The workspace's Yrs documents beside its readable records (schema 4):
//! one key per document, written in the same batch as the records they
//! mirror, so that another device's copy merges with every edit made here
//! and a deleted record waits in Recently deleted with all it held.
//!
//! Records are read at startup from their readable JSON, which is quick; a
//! document is opened only when its record is saved, deleted or restored.
//! A record kept before schema 4 gets its document the first time it is
//! saved, moved over from what was stored the same way on every device.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::batch::Batch;
use super::packing::{pack_bytes, unpack, unpack_bytes};
use super::workspace_store::{StoredIndex, WorkspaceStore};
use super::{Changes, StoreError};
use crate::model::{Coalition, OurGroup, Partner, RecordId, Timestamp, Workspace};
use crate::team::{DeletedRecord, IndexDoc, Listed, RecordDoc, RecordKind, TeamError, TeamState};
use crate::team::{MAX_DOCUMENT_BYTES, session_client};

/// A record brought back from Recently deleted.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoredRecord {
    Partner(Box<Partner>),
    Coalition(Coalition),
}

impl WorkspaceStore {
    /// Queues the documents of what `changes` names: each changed record's
    /// document edited field by field to match `workspace`, and the index
    /// arranged to list exactly its records, the others in Recently deleted.
    pub(super) fn write_documents(
        &self,
        workspace: &Workspace,
        changes: &Changes,
        now: Timestamp,
        batch: &mut Batch,
    ) -> Result<(), StoreError> {
        for &id in &changes.partners {
            let key = self.keys.partner(id);
            match workspace.partner(id) {
                Some(partner) => self.write_record_document(id, &key, partner, batch)?,
                None => self.keep_deleted_document::<Partner>(id, &key, batch)?,
            }
        }
        for &id in &changes.coalitions {
            let key = self.keys.coalition(id);
            match workspace.coalition(id) {
                Some(coalition) => self.write_record_document(id, &key, coalition, batch)?,
                None => self.keep_deleted_document::<Coalition>(id, &key, batch)?,
            }
        }
        if changes.group {
            let doc = self.open_group_document()?;
            doc.edit(None, &workspace.our_group).map_err(written)?;
            batch.set(self.keys.group_document(), stored_document(&doc.state()));
        }
        if changes.index {
            let index = self.open_index_document()?;
            let partners: Vec<RecordId> = workspace.partners.iter().map(|p| p.id).collect();
            let coalitions: Vec<RecordId> = workspace.coalitions.iter().map(|c| c.id).collect();
            index.arrange(RecordKind::Partner, &partners, now);
            index.arrange(RecordKind::Coalition, &coalitions, now);
            batch.set(self.keys.index_document(), stored_document(&index.state()));
        }
        Ok(())
    }

    /// Edits one record's document to match `record`, opening or moving it over first.
    fn write_record_document<R: Serialize + DeserializeOwned>(
        &self,
        id: RecordId,
        readable_key: &str,
        record: &R,
        batch: &mut Batch,
    ) -> Result<(), StoreError> {
        let doc = match self.open_record_document::<R>(id, readable_key)? {
            Some(doc) => {
                doc.edit(None, record).map_err(written)?;
                doc
            }
            // Made from its content, so that two devices importing the same
            // file make the same document.
            None => RecordDoc::migrate(record, self.client).map_err(written)?,
        };
        batch.set(self.keys.document(id), stored_document(&doc.state()));
        Ok(())
    }

    /// Makes sure a record leaving the lists keeps its document, so that
    /// Recently deleted can bring it back with everything it held.
    fn keep_deleted_document<R: Serialize + DeserializeOwned>(
        &self,
        id: RecordId,
        readable_key: &str,
        batch: &mut Batch,
    ) -> Result<(), StoreError> {
        if self.kv.get(&self.keys.document(id))?.is_none()
            && let Some(doc) = self.open_record_document::<R>(id, readable_key)?
        {
            batch.set(self.keys.document(id), stored_document(&doc.state()));
        }
        Ok(())
    }

    /// A record's document: as stored, or moved over from its readable
    /// record as stored before this save; `None` for a record new here.
    /// A stored document that cannot be read is moved over again.
    fn open_record_document<R: Serialize + DeserializeOwned>(
        &self,
        id: RecordId,
        readable_key: &str,
    ) -> Result<Option<RecordDoc>, StoreError> {
        if let Some(doc) = self.read_document(&self.keys.document(id), RecordDoc::load)?
            && doc.record::<R>().is_ok()
        {
            return Ok(Some(doc));
        }
        let Some(stored) = self.kv.get(readable_key)? else {
            return Ok(None);
        };
        let Some(record) = unpack(&stored)
            .ok()
            .and_then(|json| serde_json::from_str::<R>(&json).ok())
        else {
            return Ok(None);
        };
        RecordDoc::migrate(&record, self.client)
            .map(Some)
            .map_err(written)
    }

    /// Our group's document, as stored or moved over from its stored details.
    fn open_group_document(&self) -> Result<RecordDoc, StoreError> {
        if let Some(doc) = self.read_document(&self.keys.group_document(), RecordDoc::load)? {
            return Ok(doc);
        }
        let group = self
            .kv
            .get(&self.keys.group())?
            .and_then(|stored| {
                unpack(&stored)
                    .ok()
                    .and_then(|json| serde_json::from_str::<OurGroup>(&json).ok())
            })
            .unwrap_or_default();
        RecordDoc::migrate(&group, self.client).map_err(written)
    }

    /// The index document, as stored or moved over from the readable index
    /// stored before this save.
    fn open_index_document(&self) -> Result<IndexDoc, StoreError> {
        if let Some(doc) = self.read_document(&self.keys.index_document(), IndexDoc::load)? {
            return Ok(doc);
        }
        let listed: Vec<(RecordId, RecordKind)> = self
            .kv
            .get(&self.keys.index())?
            .and_then(|stored| serde_json::from_str::<StoredIndex>(&stored).ok())
            .map(|index| {
                let partners = index
                    .partners
                    .into_iter()
                    .map(|id| (id, RecordKind::Partner));
                let coalitions = index
                    .coalitions
                    .into_iter()
                    .map(|id| (id, RecordKind::Coalition));
                partners.chain(coalitions).collect()
            })
            .unwrap_or_default();
        IndexDoc::migrate(&listed, self.client).map_err(written)
    }

    /// A stored document, or `None` when there is none or it cannot be read.
    fn read_document<D>(
        &self,
        key: &str,
        load: impl FnOnce(&[u8], u64) -> Result<D, TeamError>,
    ) -> Result<Option<D>, StoreError> {
        Ok(self
            .kv
            .get(key)?
            .and_then(|stored| document_state(&stored))
            .and_then(|state| load(&state, self.client).ok()))
    }

    /// Queues `documents` in place of every stored document; those it does
    /// not hold are removed.
    pub(super) fn replace_documents(
        &self,
        documents: &TeamState,
        batch: &mut Batch,
    ) -> Result<(), StoreError> {
        let kept: Vec<String> = documents
            .records
            .keys()
            .map(|id| self.keys.document(*id))
            .chain([self.keys.index_document(), self.keys.group_document()])
            .collect();
        for key in self.kv.keys()? {
            if self.keys.is_document(&key) && !kept.contains(&key) {
                batch.remove(key);
            }
        }
        batch.set(
            self.keys.index_document(),
            stored_document(&documents.index),
        );
        batch.set(
            self.keys.group_document(),
            stored_document(&documents.our_group),
        );
        for (id, state) in &documents.records {
            batch.set(self.keys.document(*id), stored_document(state));
        }
        Ok(())
    }

    /// The partners and coalitions in Recently deleted, most recent first.
    pub fn recently_deleted(&self) -> Result<Vec<DeletedRecord>, StoreError> {
        let Some(index) = self.read_document(&self.keys.index_document(), IndexDoc::load)? else {
            return Ok(Vec::new());
        };
        let mut deleted = Vec::new();
        // Only deleted records' documents are read, never the live ones.
        for entry in index.entries() {
            if entry.deleted_at.is_none() || entry.purged {
                continue;
            }
            if let Some(doc) = self.read_document(&self.keys.document(entry.id), RecordDoc::load)?
                && let Some(record) = DeletedRecord::of(&entry, &doc)
            {
                deleted.push(record);
            }
        }
        DeletedRecord::sort_newest_first(&mut deleted);
        Ok(deleted)
    }

    /// A record in Recently deleted as its document holds it, with every
    /// edit that reached it; putting it back in the lists and saving restores it.
    pub fn deleted_record(
        &self,
        id: RecordId,
        kind: RecordKind,
    ) -> Result<Option<RestoredRecord>, StoreError> {
        let Some(doc) = self.read_document(&self.keys.document(id), RecordDoc::load)? else {
            return Ok(None);
        };
        Ok(match kind {
            RecordKind::Partner => doc
                .record::<Partner>()
                .ok()
                .map(|partner| RestoredRecord::Partner(Box::new(partner))),
            RecordKind::Coalition => doc
                .record::<Coalition>()
                .ok()
                .map(RestoredRecord::Coalition),
        })
    }

    /// Every document's state as stored, those not yet made moved over from
    /// their stored records: what a file or a sync carries to other devices.
    pub fn team_state(&self) -> Result<TeamState, StoreError> {
        let index = self.open_index_document()?;
        let our_group = self.open_group_document()?;
        let mut records = BTreeMap::new();
        for entry in index.entries().into_iter().filter(|entry| !entry.purged) {
            let doc = match entry.kind {
                RecordKind::Partner => {
                    self.open_record_document::<Partner>(entry.id, &self.keys.partner(entry.id))?
                }
                RecordKind::Coalition => self
                    .open_record_document::<Coalition>(entry.id, &self.keys.coalition(entry.id))?,
            };
            if let Some(doc) = doc {
                records.insert(entry.id, doc.state());
            }
        }
        Ok(TeamState {
            index: index.state(),
            our_group: our_group.state(),
            records,
        })
    }

    /// The documents a file needs to share the live partner `id` alone, or
    /// the live coalition `id` with its partners ([`TeamState::of_records`]);
    /// `None` when it is not listed.
    pub fn shared_record(&self, id: RecordId) -> Result<Option<TeamState>, StoreError> {
        let live: HashMap<RecordId, Listed> = self
            .open_index_document()?
            .entries()
            .into_iter()
            .filter(Listed::is_live)
            .map(|entry| (entry.id, entry))
            .collect();
        let Some(entry) = live.get(&id) else {
            return Ok(None);
        };
        let mut shared = Vec::new();
        match entry.kind {
            RecordKind::Partner => {
                let Some(doc) = self.open_record_document::<Partner>(id, &self.keys.partner(id))?
                else {
                    return Ok(None);
                };
                shared.push((entry.clone(), doc));
            }
            RecordKind::Coalition => {
                let Some(doc) =
                    self.open_record_document::<Coalition>(id, &self.keys.coalition(id))?
                else {
                    return Ok(None);
                };
                // Its partners go with it: a coalition names them.
                let members = doc.record::<Coalition>().map_err(written)?.partner_ids;
                shared.push((entry.clone(), doc));
                for member in members {
                    let Some(entry) = live.get(&member) else {
                        continue;
                    };
                    let key = self.keys.partner(member);
                    if let Some(doc) = self.open_record_document::<Partner>(member, &key)? {
                        shared.push((entry.clone(), doc));
                    }
                }
            }
        }
        Ok(Some(TeamState::of_records(&shared, session_client())))
    }

    /// Removes everything in Recently deleted for good: their documents go,
    /// and the index remembers them as emptied, so no device brings them
    /// back. Gives what went, for [`WorkspaceStore::put_back_emptied`].
    pub fn empty_recently_deleted(&mut self) -> Result<Emptied, StoreError> {
        let index = self.open_index_document()?;
        let entries: Vec<Listed> = index
            .entries()
            .into_iter()
            .filter(|entry| entry.deleted_at.is_some() && !entry.purged)
            .collect();
        let mut emptied = Emptied {
            entries: Vec::new(),
            documents: BTreeMap::new(),
        };
        if entries.is_empty() {
            return Ok(emptied);
        }
        let mut batch = Batch::default();
        for entry in entries {
            let key = self.keys.document(entry.id);
            if let Some(stored) = self.kv.get(&key)? {
                emptied.documents.insert(key.clone(), stored);
            }
            index.purge(entry.id);
            batch.remove(key);
            emptied.entries.push(entry);
        }
        batch.set(self.keys.index_document(), stored_document(&index.state()));
        batch.apply(self.kv.as_mut())?;
        Ok(emptied)
    }

    /// Takes back an emptying made moments ago (Undo): the documents return
    /// byte for byte, and the index lists them in Recently deleted again.
    pub fn put_back_emptied(&mut self, emptied: &Emptied) -> Result<(), StoreError> {
        let index = self.open_index_document()?;
        let mut batch = Batch::default();
        for entry in &emptied.entries {
            index.unpurge(entry);
        }
        for (key, stored) in &emptied.documents {
            batch.set(key.clone(), stored.clone());
        }
        batch.set(self.keys.index_document(), stored_document(&index.state()));
        batch.apply(self.kv.as_mut())
    }
}

/// What emptying Recently deleted removed, so that Undo can put it back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Emptied {
    /// The index entries as they were.
    pub entries: Vec<Listed>,
    /// The documents, by key, as stored.
    pub documents: BTreeMap<String, String>,
}

impl Emptied {
    /// How many partners and coalitions went.
    pub fn count(&self) -> usize {
        self.entries.len()
    }
}

/// How hard documents are compressed: the usual zlib level. A document's
/// state repeats its field names, so it shrinks to about a third.
const COMPRESSION_LEVEL: u8 = 6;

/// A document's state as stored: compressed (raw deflate), then packed.
fn stored_document(state: &[u8]) -> String {
    pack_bytes(&miniz_oxide::deflate::compress_to_vec(
        state,
        COMPRESSION_LEVEL,
    ))
}

/// A stored document's state, or `None` when it cannot be read back.
fn document_state(stored: &str) -> Option<Vec<u8>> {
    let compressed = unpack_bytes(stored).ok()?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_DOCUMENT_BYTES).ok()
}

/// A document that could not be written: only a record that does not turn
/// into JSON fields, which the model's records always do.
fn written(error: TeamError) -> StoreError {
    StoreError::WriteFailed(error.to_string())
}
