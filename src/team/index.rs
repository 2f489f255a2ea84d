//! The workspace index: which partners and coalitions exist, in which
//! order, and which were deleted, as a Yrs document of its own so that
//! deletions travel between devices like any other change.
//!
//! One flat map holds, for each record, `<id>.kind`, `<id>.order`,
//! `<id>.deleted_at` (while it is in Recently deleted) and `<id>.purged`
//! (once emptied from there, for good: no later restore undoes it).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;
use yrs::{Doc, Map as _, MapRef, Out, Transact};

use super::leaf::{as_number, to_json};
use super::{TeamError, content_client, merge_state, order, whole_state};
use crate::model::{RecordId, Timestamp};

/// The name of the index's one map.
const ROOT: &str = "records";

/// What kind of record an index entry stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Partner,
    Coalition,
}

impl RecordKind {
    /// The kind as the index writes it.
    fn key(self) -> &'static str {
        match self {
            Self::Partner => "partner",
            Self::Coalition => "coalition",
        }
    }

    /// The kind the index wrote, if it is one we know.
    fn from_key(key: &str) -> Option<Self> {
        match key {
            "partner" => Some(Self::Partner),
            "coalition" => Some(Self::Coalition),
            _ => None,
        }
    }
}

/// One record as the index lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub id: RecordId,
    pub kind: RecordKind,
    pub order: f64,
    /// When it was deleted, while it waits in Recently deleted.
    pub deleted_at: Option<Timestamp>,
    /// Emptied from Recently deleted: gone for good.
    pub purged: bool,
}

impl Listed {
    /// Whether the record is in the workspace's lists.
    pub fn is_live(&self) -> bool {
        self.deleted_at.is_none() && !self.purged
    }
}

/// The index document.
pub struct IndexDoc {
    doc: Doc,
    root: MapRef,
}

impl IndexDoc {
    /// An empty index that edits as `client`.
    pub fn empty(client: u64) -> Self {
        let doc = Doc::with_client_id(client);
        let root = doc.get_or_insert_map(ROOT);
        Self { doc, root }
    }

    /// The index of a workspace kept before it was shared, written as a
    /// client named by its content, so two devices moving the same
    /// workspace over make the same index.
    pub fn migrate(records: &[(RecordId, RecordKind)], client: u64) -> Result<Self, TeamError> {
        let named: String = records
            .iter()
            .map(|(id, kind)| format!("{id}:{};", kind.key()))
            .collect();
        let written = Self::empty(content_client(&named));
        for (order, (id, kind)) in records.iter().enumerate() {
            written.add(*id, *kind, order as f64);
        }
        Self::load(&written.state(), client)
    }

    /// An index read back from its state, editing as `client`.
    pub fn load(state: &[u8], client: u64) -> Result<Self, TeamError> {
        let loaded = Self::empty(client);
        loaded.merge(state)?;
        Ok(loaded)
    }

    /// Every record the index knows, live, deleted and purged, in order.
    pub fn entries(&self) -> Vec<Listed> {
        let txn = self.doc.transact();
        let mut fields: BTreeMap<RecordId, BTreeMap<String, Value>> = BTreeMap::new();
        for (key, out) in self.root.iter(&txn) {
            let (Some((id, aspect)), Out::Any(value)) = (key.split_once('.'), out) else {
                continue;
            };
            let Ok(id) = id.parse::<RecordId>() else {
                continue;
            };
            let value = match aspect {
                "order" => as_number(&value).map(Value::from).unwrap_or(Value::Null),
                _ => to_json(&value),
            };
            fields
                .entry(id)
                .or_default()
                .insert(aspect.to_owned(), value);
        }
        let mut entries: Vec<Listed> = fields
            .into_iter()
            .filter_map(|(id, aspects)| {
                Some(Listed {
                    id,
                    kind: RecordKind::from_key(aspects.get("kind")?.as_str()?)?,
                    order: aspects
                        .get("order")
                        .and_then(Value::as_f64)
                        .unwrap_or_default(),
                    deleted_at: aspects
                        .get("deleted_at")
                        .and_then(|at| serde_json::from_value(at.clone()).ok()),
                    purged: aspects.get("purged") == Some(&Value::Bool(true)),
                })
            })
            .collect();
        entries.sort_by(|a, b| a.order.total_cmp(&b.order).then(a.id.cmp(&b.id)));
        entries
    }

    /// Lists a new record.
    pub fn add(&self, id: RecordId, kind: RecordKind, order: f64) {
        let mut txn = self.doc.transact_mut();
        self.root.insert(&mut txn, format!("{id}.kind"), kind.key());
        self.root.insert(&mut txn, format!("{id}.order"), order);
    }

    /// Moves a record to a new place in its list.
    pub fn set_order(&self, id: RecordId, order: f64) {
        let mut txn = self.doc.transact_mut();
        self.root.insert(&mut txn, format!("{id}.order"), order);
    }

    /// Moves a record to Recently deleted.
    pub fn delete(&self, id: RecordId, at: Timestamp) {
        let mut txn = self.doc.transact_mut();
        self.root
            .insert(&mut txn, format!("{id}.deleted_at"), at.to_rfc3339());
    }

    /// Brings a record back from Recently deleted.
    pub fn restore(&self, id: RecordId) {
        let mut txn = self.doc.transact_mut();
        self.root.remove(&mut txn, &format!("{id}.deleted_at"));
    }

    /// Removes a record for good.
    pub fn purge(&self, id: RecordId) {
        let mut txn = self.doc.transact_mut();
        self.root.insert(&mut txn, format!("{id}.purged"), true);
        self.root.remove(&mut txn, &format!("{id}.order"));
        self.root.remove(&mut txn, &format!("{id}.deleted_at"));
    }

    /// Makes the live records of `kind` exactly `ids`, in this order: new
    /// ones are listed, those gone move to Recently deleted (as of `now`),
    /// those back from it are restored, and only moved ones get a new order.
    /// Records emptied from Recently deleted stay gone.
    pub fn arrange(&self, kind: RecordKind, ids: &[RecordId], now: Timestamp) {
        let entries: HashMap<RecordId, Listed> = self
            .entries()
            .into_iter()
            .filter(|entry| entry.kind == kind)
            .map(|entry| (entry.id, entry))
            .collect();
        let current: Vec<Option<f64>> = ids
            .iter()
            .map(|id| {
                entries
                    .get(id)
                    .filter(|entry| !entry.purged)
                    .map(|entry| entry.order)
            })
            .collect();
        let placed = order::place(&current);
        for ((id, order), current) in ids.iter().zip(placed).zip(current) {
            match entries.get(id) {
                None => self.add(*id, kind, order),
                Some(entry) if entry.purged => {}
                Some(entry) => {
                    if entry.deleted_at.is_some() {
                        self.restore(*id);
                    }
                    if current != Some(order) {
                        self.set_order(*id, order);
                    }
                }
            }
        }
        let kept: HashSet<&RecordId> = ids.iter().collect();
        for entry in entries.values() {
            if entry.is_live() && !kept.contains(&entry.id) {
                self.delete(entry.id, now);
            }
        }
    }

    /// Takes back a purge made moments ago (Undo), listing the record in
    /// Recently deleted again as `entry` had it.
    pub fn unpurge(&self, entry: &Listed) {
        let id = entry.id;
        let mut txn = self.doc.transact_mut();
        self.root.remove(&mut txn, &format!("{id}.purged"));
        self.root
            .insert(&mut txn, format!("{id}.order"), entry.order);
        if let Some(at) = entry.deleted_at {
            self.root
                .insert(&mut txn, format!("{id}.deleted_at"), at.to_rfc3339());
        }
    }

    /// The index's whole state, compacted.
    pub fn state(&self) -> Vec<u8> {
        whole_state(&self.doc)
    }

    /// Merges another copy's state into this one. Damaged bytes change nothing.
    pub fn merge(&self, state: &[u8]) -> Result<(), TeamError> {
        merge_state(&self.doc, state)
    }
}
