use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

use super::{KeyValueStore, StoreError};

/// The browser's `window.localStorage`, with every failure turned into a [`StoreError`].
pub struct LocalStorageStore {
    storage: Storage,
}

impl LocalStorageStore {
    /// Opens local storage, or says why the browser refuses it.
    pub fn open() -> Result<Self, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no browser window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StoreError::Unavailable("local storage is missing".into())),
            Err(error) => Err(StoreError::Unavailable(describe(&error))),
        }
    }
}

impl KeyValueStore for LocalStorageStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage
            .get_item(key)
            .map_err(|error| StoreError::ReadFailed(describe(&error)))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|error| {
            if is_quota_exceeded(&error) {
                StoreError::QuotaExceeded
            } else {
                StoreError::WriteFailed(describe(&error))
            }
        })
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.storage
            .remove_item(key)
            .map_err(|error| StoreError::WriteFailed(describe(&error)))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let read_error = |error: JsValue| StoreError::ReadFailed(describe(&error));
        let length = self.storage.length().map_err(read_error)?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            if let Some(key) = self.storage.key(index).map_err(read_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

fn is_quota_exceeded(error: &JsValue) -> bool {
    error
        .dyn_ref::<DomException>()
        .is_some_and(|exception| exception.name() == "QuotaExceededError")
}

fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<DomException>() {
        Some(exception) => exception.message(),
        None => error
            .as_string()
            .unwrap_or_else(|| "unknown browser error".into()),
    }
}
