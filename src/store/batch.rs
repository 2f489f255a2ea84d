use super::{KeyValueStore, StoreError};

/// One write of a batch.
enum Op {
    Set(String, String),
    Remove(String),
}

/// Several writes that happen together or not at all: if one fails (a full
/// quota, say), the ones before it are undone, so stored data stays exactly
/// as it was.
#[derive(Default)]
pub(super) struct Batch {
    ops: Vec<Op>,
}

impl Batch {
    /// Queues storing `value` under `key`.
    pub(super) fn set(&mut self, key: String, value: String) {
        self.ops.push(Op::Set(key, value));
    }

    /// Queues removing `key`.
    pub(super) fn remove(&mut self, key: String) {
        self.ops.push(Op::Remove(key));
    }

    /// Applies every write, or none.
    pub(super) fn apply(self, kv: &mut dyn KeyValueStore) -> Result<(), StoreError> {
        let mut undo: Vec<(String, Option<String>)> = Vec::with_capacity(self.ops.len());
        for op in self.ops {
            let key = match &op {
                Op::Set(key, _) | Op::Remove(key) => key.clone(),
            };
            let before = kv.get(&key)?;
            let written = match &op {
                Op::Set(key, value) => kv.set(key, value),
                Op::Remove(key) => kv.remove(key),
            };
            if let Err(error) = written {
                return Err(match undo_all(kv, undo) {
                    Ok(()) => error,
                    Err(undo_error) => StoreError::WriteFailed(format!(
                        "{error} Restoring the earlier data also failed: {undo_error}"
                    )),
                });
            }
            undo.push((key, before));
        }
        Ok(())
    }
}

fn undo_all(
    kv: &mut dyn KeyValueStore,
    undo: Vec<(String, Option<String>)>,
) -> Result<(), StoreError> {
    for (key, before) in undo.into_iter().rev() {
        match before {
            Some(value) => kv.set(&key, &value)?,
            None => kv.remove(&key)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    /// Memory that refuses any value longer than a limit, like a full quota.
    struct Limited {
        memory: MemoryStore,
        max_value_len: usize,
    }

    impl KeyValueStore for Limited {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.memory.get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
            if value.len() > self.max_value_len {
                return Err(StoreError::QuotaExceeded);
            }
            self.memory.set(key, value)
        }
        fn remove(&mut self, key: &str) -> Result<(), StoreError> {
            self.memory.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, StoreError> {
            self.memory.keys()
        }
    }

    #[test]
    fn a_failed_write_undoes_the_writes_before_it() {
        let mut kv = Limited {
            memory: MemoryStore::default(),
            max_value_len: 5,
        };
        kv.set("kept", "old").unwrap();
        kv.set("gone", "x").unwrap();

        let mut batch = Batch::default();
        batch.set("kept".into(), "new".into());
        batch.remove("gone".into());
        batch.set("added".into(), "a".into());
        batch.set("too-big".into(), "123456".into());
        assert_eq!(batch.apply(&mut kv), Err(StoreError::QuotaExceeded));

        assert_eq!(kv.keys().unwrap(), ["gone", "kept"]);
        assert_eq!(kv.get("kept").unwrap().as_deref(), Some("old"));
        assert_eq!(kv.get("gone").unwrap().as_deref(), Some("x"));
    }

    #[test]
    fn a_batch_that_fits_is_applied_whole() {
        let mut kv = MemoryStore::default();
        kv.set("gone", "x").unwrap();
        let mut batch = Batch::default();
        batch.set("a".into(), "1".into());
        batch.remove("gone".into());
        batch.apply(&mut kv).unwrap();
        assert_eq!(kv.keys().unwrap(), ["a"]);
    }
}
