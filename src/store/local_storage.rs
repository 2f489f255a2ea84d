use super::{BrowserError, KeyValueStore, StoreError};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde_json::value::RawValue;

/// The browser's `window.localStorage`, read and written through
/// gloo-storage once a probe has shown it works, with every failure turned
/// into a [`StoreError`].
///
/// gloo-storage panics where the browser refuses storage and only speaks
/// JSON, so this type probes first (with web-sys) and keeps any value that is
/// not exactly one JSON value (unreadable data set aside byte for byte) on
/// the raw path. A stored JSON value is read without surrounding blanks.
pub struct LocalStorageStore(());

impl LocalStorageStore {
    /// Opens local storage, or says why the browser refuses it.
    pub fn open() -> Result<Self, StoreError> {
        let unavailable = |error: BrowserError| StoreError::Unavailable(error.to_string());
        let window = web_sys::window()
            .ok_or(BrowserError::NoWindow)
            .map_err(unavailable)?;
        let storage = match window.local_storage() {
            Ok(Some(storage)) => storage,
            Ok(None) => return Err(unavailable(BrowserError::Missing("local storage"))),
            Err(error) => return Err(unavailable(error.into())),
        };
        // gloo-storage assumes these calls never throw; make sure they do not here.
        storage
            .length()
            .and_then(|_| storage.get_item(PROBE_KEY))
            .map_err(|error| unavailable(error.into()))?;
        Ok(Self(()))
    }
}

/// A key read (never written) to check that reading works.
const PROBE_KEY: &str = "common-ground:probe";

impl KeyValueStore for LocalStorageStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match LocalStorage::get::<Box<RawValue>>(key) {
            Ok(value) => Ok(Some(value.get().to_owned())),
            Err(StorageError::KeyNotFound(_)) => Ok(None),
            // Not JSON: unreadable data, kept exactly as it is.
            Err(StorageError::SerdeError(_)) => {
                LocalStorage::raw().get_item(key).map_err(read_error)
            }
            Err(StorageError::JsError(error)) => Err(StoreError::ReadFailed(error.message)),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match RawValue::from_string(value.to_owned()) {
            Ok(json) if json.get() == value => {
                LocalStorage::set(key, json).map_err(|error| match error {
                    StorageError::JsError(error) => {
                        StoreError::from_write(BrowserError::named(&error.name, error.message))
                    }
                    other => StoreError::WriteFailed(other.to_string()),
                })
            }
            // Not exactly JSON: unreadable data put back exactly as it was.
            _ => LocalStorage::raw()
                .set_item(key, value)
                .map_err(|error| StoreError::from_write(error.into())),
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        LocalStorage::delete(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = LocalStorage::raw();
        let length = LocalStorage::length();
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            let key = storage.key(index).map_err(read_error)?;
            keys.extend(key);
        }
        Ok(keys)
    }
}

/// A failed read, as the browser explained it.
fn read_error(error: wasm_bindgen::JsValue) -> StoreError {
    StoreError::ReadFailed(BrowserError::from(error).to_string())
}
