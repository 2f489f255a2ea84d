use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::batch::Batch;
use super::compact::to_stored_json;
use super::layout::Keys;
use super::packing::pack;
use super::{Changes, KeyValueStore, StoreError};
use crate::model::{DeviceMeta, RecordId, SCHEMA_VERSION, ThisDevice, Timestamp, Workspace};
use crate::team::{TeamState, session_client};

/// The namespace of the user's own workspace; other workspaces use other
/// namespaces, so they can never touch its keys.
pub const OWN_WORKSPACE: &str = "own";

/// The workspaces a browser keeps, each under its own namespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkspaceKind {
    /// The user's own data.
    Own,
    /// Sample data for workshops, which the facilitator resets at will.
    Demo,
}

impl WorkspaceKind {
    /// The namespace its keys live under.
    pub fn namespace(self) -> &'static str {
        match self {
            WorkspaceKind::Own => OWN_WORKSPACE,
            WorkspaceKind::Demo => "demo",
        }
    }
}

/// The small record naming the partners and coalitions a workspace holds.
/// Each of them lives under its own key, so an edit rewrites one record.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct StoredIndex {
    pub(super) schema_version: u32,
    /// Version 1 called this `partner_ids`.
    #[serde(default, alias = "partner_ids")]
    pub(super) partners: Vec<RecordId>,
    #[serde(default)]
    pub(super) coalitions: Vec<RecordId>,
}

/// Written last by every save: tells other tabs who saved, and that the
/// save is complete.
#[derive(Debug, Serialize, Deserialize)]
struct Revision {
    tab: String,
    number: u64,
}

/// A value set aside because it could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    /// Where the raw value is kept, byte for byte.
    pub key: String,
    /// Where it was found, after the workspace prefix (`index`, `partner:…`).
    pub original: String,
}

/// Reads and writes one workspace in a key-value store.
pub struct WorkspaceStore {
    pub(super) kv: Box<dyn KeyValueStore>,
    pub(super) keys: Keys,
    tab: String,
    revision: u64,
    /// The Yjs client this tab edits documents as, new each session.
    pub(super) client: u64,
}

impl WorkspaceStore {
    /// A store for the workspace under `namespace` (such as [`OWN_WORKSPACE`]).
    pub fn new(kv: Box<dyn KeyValueStore>, namespace: &str) -> Self {
        Self {
            kv,
            keys: Keys::new(namespace),
            tab: RecordId::random().to_string(),
            revision: 0,
            client: session_client(),
        }
    }

    /// Writes what `changes` names, readable records and their documents,
    /// all or nothing, then the revision marker; a record gone from the
    /// lists moves to Recently deleted as of `now`.
    pub fn save(
        &mut self,
        workspace: &Workspace,
        meta: &DeviceMeta,
        changes: &Changes,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut batch = Batch::default();
        self.write_documents(workspace, changes, now, &mut batch)?;
        self.write_records(workspace, meta, changes, batch)
    }

    /// Writes what `changes` names with `documents` in place of every stored
    /// document (an import merged or taken whole through Yrs), all or nothing.
    pub fn save_with_documents(
        &mut self,
        workspace: &Workspace,
        meta: &DeviceMeta,
        changes: &Changes,
        documents: &TeamState,
    ) -> Result<(), StoreError> {
        let mut batch = Batch::default();
        self.replace_documents(documents, &mut batch)?;
        self.write_records(workspace, meta, changes, batch)
    }

    /// Adds the readable records `changes` names to `batch`, then the
    /// revision marker, and writes it all or nothing.
    fn write_records(
        &mut self,
        workspace: &Workspace,
        meta: &DeviceMeta,
        changes: &Changes,
        mut batch: Batch,
    ) -> Result<(), StoreError> {
        for &id in &changes.partners {
            let key = self.keys.partner(id);
            match workspace.partner(id) {
                Some(partner) => batch.set(key, pack(&to_stored_json(partner)?)),
                None => batch.remove(key),
            }
        }
        for &id in &changes.coalitions {
            let key = self.keys.coalition(id);
            match workspace.coalition(id) {
                Some(coalition) => batch.set(key, pack(&to_stored_json(coalition)?)),
                None => batch.remove(key),
            }
        }
        if changes.group {
            batch.set(self.keys.group(), to_stored_json(&workspace.our_group)?);
        }
        if changes.index {
            let index = StoredIndex {
                schema_version: SCHEMA_VERSION,
                partners: workspace.partners.iter().map(|p| p.id).collect(),
                coalitions: workspace.coalitions.iter().map(|c| c.id).collect(),
            };
            batch.set(self.keys.index(), to_stored_json(&index)?);
        }
        if changes.meta {
            batch.set(self.keys.meta(), to_stored_json(meta)?);
        }
        let revision = Revision {
            tab: self.tab.clone(),
            number: self.revision + 1,
        };
        batch.set(self.keys.revision(), to_stored_json(&revision)?);
        batch.apply(self.kv.as_mut())?;
        self.revision += 1;
        Ok(())
    }

    /// Every key of this workspace and its value, byte for byte, recovered
    /// copies included: what [`WorkspaceStore::put_back`] returns to.
    pub fn snapshot(&self) -> Result<BTreeMap<String, String>, StoreError> {
        let mut values = BTreeMap::new();
        for key in self.kv.keys()? {
            if self.keys.owns(&key)
                && let Some(value) = self.kv.get(&key)?
            {
                values.insert(key, value);
            }
        }
        Ok(values)
    }

    /// Writes what this device keeps for itself under its own key, which
    /// no file and no document reads.
    pub fn save_this_device(&mut self, device: &ThisDevice) -> Result<(), StoreError> {
        let mut batch = Batch::default();
        let key = self.keys.this_device();
        if device.is_empty() {
            batch.remove(key);
        } else {
            batch.set(key, pack(&to_stored_json(device)?));
        }
        batch.apply(self.kv.as_mut())
    }

    /// Removes every key of this workspace, recovered copies included; other
    /// workspaces are untouched. Gives what was removed, byte for byte, so
    /// that [`WorkspaceStore::put_back`] can undo it.
    pub fn delete_all(&mut self) -> Result<BTreeMap<String, String>, StoreError> {
        let removed = self.snapshot()?;
        let mut batch = Batch::default();
        for key in removed.keys() {
            batch.remove(key.clone());
        }
        batch.apply(self.kv.as_mut())?;
        Ok(removed)
    }

    /// Makes this workspace's keys hold exactly `values` again, byte for
    /// byte (what [`WorkspaceStore::snapshot`] or
    /// [`WorkspaceStore::delete_all`] gave), all or nothing: keys written
    /// since are removed.
    pub fn put_back(&mut self, values: &BTreeMap<String, String>) -> Result<(), StoreError> {
        let mut batch = Batch::default();
        for key in self.kv.keys()? {
            if self.keys.owns(&key) && !values.contains_key(&key) {
                batch.remove(key);
            }
        }
        for (key, value) in values {
            batch.set(key.clone(), value.clone());
        }
        batch.apply(self.kv.as_mut())
    }

    /// The values set aside because they could not be read, oldest first.
    pub fn recovered(&self) -> Result<Vec<Recovered>, StoreError> {
        let prefix = self.keys.recovery_prefix();
        let mut found: Vec<Recovered> = self
            .kv
            .keys()?
            .into_iter()
            .filter_map(|key| {
                let rest = key.strip_prefix(&prefix)?;
                let original = rest.split_once('/').map_or(rest, |(_, original)| original);
                Some(Recovered {
                    original: original.to_owned(),
                    key: key.clone(),
                })
            })
            .collect();
        found.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(found)
    }

    /// Every live value of this workspace exactly as stored, by key: what the
    /// user can download when unreadable data could not be set aside.
    /// What this device keeps for itself stays out: private notes are in no file.
    pub fn raw_live_values(&self) -> Result<BTreeMap<String, String>, StoreError> {
        let device_only = self.keys.this_device();
        let mut values = BTreeMap::new();
        for key in self.kv.keys()? {
            if self.keys.is_live(&key)
                && key != device_only
                && let Some(value) = self.kv.get(&key)?
            {
                values.insert(key, value);
            }
        }
        Ok(values)
    }

    /// The raw text of a stored value, such as a recovered one.
    pub fn raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.kv.get(key)
    }

    /// Whether a `storage` event from another tab means the workspace changed
    /// there: a completed save (its revision marker) or a wiped storage.
    pub fn is_foreign_change(&self, key: Option<&str>, new_value: Option<&str>) -> bool {
        match key {
            None => true,
            Some(key) if key == self.keys.revision() => new_value
                .and_then(|value| serde_json::from_str::<Revision>(value).ok())
                .is_none_or(|revision| revision.tab != self.tab),
            Some(_) => false,
        }
    }

    /// The data format a newer version of the app stored this workspace in,
    /// if one has; this version must then neither read nor write it.
    pub fn newer_version_stored(&self) -> Option<u32> {
        let index = self.kv.get(&self.keys.index()).ok()??;
        super::load::newer_schema(&index)
    }

    /// The space this workspace's live values take, in UTF-16 code units:
    /// what replacing it frees.
    pub fn live_code_units(&self) -> Result<usize, StoreError> {
        let mut total = 0;
        for key in self.kv.keys()? {
            if self.keys.is_live(&key) {
                let value = self.kv.get(&key)?.unwrap_or_default();
                total += key.encode_utf16().count() + value.encode_utf16().count();
            }
        }
        Ok(total)
    }

    /// The space all stored values of this site take, in UTF-16 code units
    /// (the unit of the browser's quota).
    pub fn used_code_units(&self) -> Result<usize, StoreError> {
        let mut total = 0;
        for key in self.kv.keys()? {
            let value = self.kv.get(&key)?.unwrap_or_default();
            total += key.encode_utf16().count() + value.encode_utf16().count();
        }
        Ok(total)
    }
}
