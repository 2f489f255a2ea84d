//! Helpers shared by the native integration tests.
#![allow(dead_code)]

pub mod tabs;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use common_ground::model::{DeviceMeta, Timestamp, Workspace, transfer};
use common_ground::store::{Changes, KeyValueStore, MemoryStore, StoreError, WorkspaceStore};

/// Memory a test can still read after handing it to a store, with an
/// optional size limit that makes writes fail like a full quota.
#[derive(Clone, Default)]
pub struct SharedMemory {
    inner: Rc<RefCell<MemoryStore>>,
    limit: Rc<RefCell<Option<usize>>>,
    writes: Rc<RefCell<Vec<String>>>,
}

impl SharedMemory {
    /// Memory holding the given key-value pairs.
    pub fn with(pairs: &BTreeMap<String, String>) -> Self {
        let memory = Self::default();
        for (key, value) in pairs {
            memory.inner.borrow_mut().set(key, value).unwrap();
        }
        memory
    }

    /// Every key and value, to compare stored data byte for byte.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        let inner = self.inner.borrow();
        inner
            .keys()
            .unwrap()
            .into_iter()
            .map(|key| {
                let value = inner.get(&key).unwrap().unwrap();
                (key, value)
            })
            .collect()
    }

    /// Makes writes fail once the stored keys and values exceed `chars`.
    pub fn limit_to(&self, chars: Option<usize>) {
        *self.limit.borrow_mut() = chars;
    }

    /// The keys written or removed so far, in order.
    pub fn writes(&self) -> Vec<String> {
        self.writes.borrow().clone()
    }

    pub fn clear_writes(&self) {
        self.writes.borrow_mut().clear();
    }

    fn used_without(&self, key: &str) -> usize {
        self.snapshot()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValueStore for SharedMemory {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.borrow().get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let limit = *self.limit.borrow();
        if limit.is_some_and(|limit| self.used_without(key) + key.len() + value.len() > limit) {
            return Err(StoreError::QuotaExceeded);
        }
        self.writes.borrow_mut().push(key.to_owned());
        self.inner.borrow_mut().set(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.writes.borrow_mut().push(key.to_owned());
        self.inner.borrow_mut().remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.borrow().keys()
    }
}

/// Stores all of `workspace`, as replacing the whole workspace does.
pub fn save_all(store: &mut WorkspaceStore, workspace: &Workspace) {
    store
        .save(
            workspace,
            &DeviceMeta::default(),
            &Changes::everything(workspace, None),
            at("2026-12-07T10:00:00Z"),
        )
        .unwrap();
}

pub fn at(text: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// The text of a committed fixture file.
pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// The rich sample workspace of `export-v3.json`.
pub fn sample_workspace() -> Workspace {
    transfer::parse_import(&fixture("export-v3.json")).unwrap()
}

/// The sample workspace's partners copied, each with a fresh id and a
/// numbered name, until there are `count`; no coalitions.
pub fn many_partners(count: usize) -> Workspace {
    let sample = sample_workspace();
    let mut workspace = sample.clone();
    workspace.partners.clear();
    workspace.coalitions.clear();
    while workspace.partners.len() < count {
        for partner in &sample.partners {
            let mut copy = partner.clone();
            copy.id = common_ground::model::RecordId::random();
            copy.organization.name = format!("{} {}", partner.name(), workspace.partners.len());
            workspace.partners.push(copy);
        }
    }
    workspace.partners.truncate(count);
    workspace
}
