use serde::{Deserialize, Serialize};

use super::{KeyValueStore, StoreError};
use crate::model::{Partner, RecordId, SCHEMA_VERSION, Workspace};

/// The namespace of the user's own workspace; other workspaces use other
/// namespaces, so they can never touch its keys.
pub const OWN_WORKSPACE: &str = "own";

const KEY_PREFIX: &str = "common-ground";

/// The small record that says which partners a workspace holds. Each partner
/// lives under its own key, so an edit rewrites one partner, not the workspace.
#[derive(Debug, Serialize, Deserialize)]
struct Index {
    schema_version: u32,
    partner_ids: Vec<RecordId>,
}

/// Reads and writes one workspace in a key-value store.
pub struct WorkspaceStore {
    kv: Box<dyn KeyValueStore>,
    namespace: String,
}

impl WorkspaceStore {
    /// A store for the workspace under `namespace` (such as [`OWN_WORKSPACE`]).
    pub fn new(kv: Box<dyn KeyValueStore>, namespace: &str) -> Self {
        Self {
            kv,
            namespace: namespace.to_owned(),
        }
    }

    /// Reads the whole workspace; an empty one when nothing is stored yet.
    pub fn load(&self) -> Result<Workspace, StoreError> {
        let index_key = self.index_key();
        let Some(raw_index) = self.kv.get(&index_key)? else {
            return Ok(Workspace::default());
        };
        let index: Index = parse(&index_key, &raw_index)?;
        if index.schema_version > SCHEMA_VERSION {
            return Err(StoreError::NewerVersion {
                found: index.schema_version,
                supported: SCHEMA_VERSION,
            });
        }
        let partners = index
            .partner_ids
            .iter()
            .map(|&id| {
                let key = self.partner_key(id);
                let raw = self.kv.get(&key)?.ok_or_else(|| StoreError::Unreadable {
                    key: key.clone(),
                    reason: "the partner it lists is missing".into(),
                })?;
                parse::<Partner>(&key, &raw)
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Workspace::from_partners(partners))
    }

    /// Stores a partner just added to `workspace`: its record first, then the
    /// index, so the index never names a partner that is not stored.
    pub fn add_partner(
        &mut self,
        workspace: &Workspace,
        partner: &Partner,
    ) -> Result<(), StoreError> {
        self.kv
            .set(&self.partner_key(partner.id), &to_json(partner)?)?;
        let index = Index {
            schema_version: SCHEMA_VERSION,
            partner_ids: workspace.partners().iter().map(|p| p.id).collect(),
        };
        self.kv.set(&self.index_key(), &to_json(&index)?)
    }

    fn index_key(&self) -> String {
        format!("{KEY_PREFIX}:{}:index", self.namespace)
    }

    fn partner_key(&self, id: RecordId) -> String {
        format!("{KEY_PREFIX}:{}:partner:{id}", self.namespace)
    }
}

fn parse<T: for<'de> Deserialize<'de>>(key: &str, raw: &str) -> Result<T, StoreError> {
    serde_json::from_str(raw).map_err(|error| StoreError::Unreadable {
        key: key.to_owned(),
        reason: error.to_string(),
    })
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|error| StoreError::WriteFailed(error.to_string()))
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use crate::store::MemoryStore;

    /// A store that refuses every write, as a full quota does.
    struct FullStore(SharedMemory);

    impl KeyValueStore for FullStore {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.0.get(key)
        }

        fn set(&mut self, _key: &str, _value: &str) -> Result<(), StoreError> {
            Err(StoreError::QuotaExceeded)
        }
    }

    fn add(store: &mut WorkspaceStore, workspace: &mut Workspace, name: &str) -> Partner {
        let partner = Partner::new(name, Utc::now()).unwrap();
        workspace.add_partner(partner.clone());
        store.add_partner(workspace, &partner).unwrap();
        partner
    }

    #[test]
    fn nothing_stored_loads_an_empty_workspace() {
        let store = WorkspaceStore::new(Box::new(MemoryStore::default()), OWN_WORKSPACE);
        assert_eq!(store.load(), Ok(Workspace::default()));
    }

    #[test]
    fn added_partners_load_back_in_order() {
        let mut store = WorkspaceStore::new(Box::new(MemoryStore::default()), OWN_WORKSPACE);
        let mut workspace = Workspace::default();
        add(&mut store, &mut workspace, "Casa Latina");
        add(&mut store, &mut workspace, "Tenants United");
        assert_eq!(store.load(), Ok(workspace));
    }

    /// Memory that a test can still read after handing it to a [`WorkspaceStore`].
    #[derive(Clone, Default)]
    struct SharedMemory(Rc<RefCell<MemoryStore>>);

    impl KeyValueStore for SharedMemory {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.0.borrow().get(key)
        }

        fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
            self.0.borrow_mut().set(key, value)
        }
    }

    #[test]
    fn each_partner_has_its_own_key_in_its_workspace_namespace() {
        let memory = SharedMemory::default();
        let mut store = WorkspaceStore::new(Box::new(memory.clone()), OWN_WORKSPACE);
        let mut workspace = Workspace::default();
        let partner = add(&mut store, &mut workspace, "Casa Latina");
        let record = memory
            .get(&format!("common-ground:own:partner:{}", partner.id))
            .unwrap()
            .expect("the partner has its own key");
        assert!(record.contains("Casa Latina"));
        let index = memory.get("common-ground:own:index").unwrap().unwrap();
        assert!(!index.contains("Casa Latina"), "the index holds ids only");
        assert!(index.contains(&partner.id.to_string()));
    }

    #[test]
    fn a_demo_workspace_does_not_see_the_own_workspace() {
        let memory = SharedMemory::default();
        let mut own = WorkspaceStore::new(Box::new(memory.clone()), OWN_WORKSPACE);
        let mut workspace = Workspace::default();
        add(&mut own, &mut workspace, "Casa Latina");
        let demo = WorkspaceStore::new(Box::new(memory.clone()), "demo");
        assert_eq!(demo.load(), Ok(Workspace::default()));
        assert_eq!(own.load(), Ok(workspace));
    }

    #[test]
    fn a_refused_write_is_reported_and_leaves_stored_data_as_it_was() {
        let memory = SharedMemory::default();
        let mut store = WorkspaceStore::new(Box::new(memory.clone()), OWN_WORKSPACE);
        let mut workspace = Workspace::default();
        add(&mut store, &mut workspace, "Kept");
        let stored_before = workspace.clone();

        let mut full = WorkspaceStore::new(Box::new(FullStore(memory)), OWN_WORKSPACE);
        let extra = Partner::new("Not saved", Utc::now()).unwrap();
        workspace.add_partner(extra.clone());
        assert_eq!(
            full.add_partner(&workspace, &extra),
            Err(StoreError::QuotaExceeded)
        );
        assert_eq!(full.load(), Ok(stored_before));
    }

    #[test]
    fn an_unreadable_index_is_reported_with_its_key() {
        let mut kv = MemoryStore::default();
        kv.set("common-ground:own:index", "{not json").unwrap();
        let store = WorkspaceStore::new(Box::new(kv), OWN_WORKSPACE);
        match store.load() {
            Err(StoreError::Unreadable { key, .. }) => assert_eq!(key, "common-ground:own:index"),
            other => panic!("expected an unreadable index, got {other:?}"),
        }
    }

    #[test]
    fn a_missing_partner_record_is_reported() {
        let mut kv = MemoryStore::default();
        let id = RecordId::random();
        kv.set(
            "common-ground:own:index",
            &format!(r#"{{"schema_version":1,"partner_ids":["{id}"]}}"#),
        )
        .unwrap();
        let store = WorkspaceStore::new(Box::new(kv), OWN_WORKSPACE);
        match store.load() {
            Err(StoreError::Unreadable { key, .. }) => {
                assert_eq!(key, format!("common-ground:own:partner:{id}"))
            }
            other => panic!("expected a missing partner, got {other:?}"),
        }
    }

    #[test]
    fn data_from_a_newer_version_is_refused() {
        let mut kv = MemoryStore::default();
        kv.set(
            "common-ground:own:index",
            r#"{"schema_version":99,"partner_ids":[]}"#,
        )
        .unwrap();
        let store = WorkspaceStore::new(Box::new(kv), OWN_WORKSPACE);
        assert_eq!(
            store.load(),
            Err(StoreError::NewerVersion {
                found: 99,
                supported: SCHEMA_VERSION
            })
        );
    }
}
