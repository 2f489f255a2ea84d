use std::collections::BTreeMap;

use super::{KeyValueStore, StoreError};

/// Keeps values in memory: the fallback when the browser blocks storage, and
/// the store native tests run against.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    values: BTreeMap<String, String>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.values.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.values.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.values.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.values.keys().cloned().collect())
    }
}
