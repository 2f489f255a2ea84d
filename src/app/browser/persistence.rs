use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

use super::BrowserError;
use super::navigator::navigator_part;

/// Whether the browser promised to keep this site's data under storage pressure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersistenceStatus {
    /// Not asked yet: it is asked after the first saved change.
    NotAsked,
    /// Asked, and no answer yet: Firefox asks the user first.
    Asked,
    Granted,
    /// The browser may clear the data when space runs low.
    NotGranted,
    /// The browser has no storage manager to ask (WebKitGTK): it may clear
    /// the data when space runs low, and cannot say.
    NotOffered,
    /// The browser refused to answer.
    Unavailable(String),
}

/// How much storage the site uses and may use, in bytes, as the browser estimates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StorageEstimate {
    pub usage: f64,
    pub quota: f64,
}

fn storage_manager() -> Result<StorageManager, BrowserError> {
    navigator_part("storage", "storage manager")
}

/// Asks the browser to keep our data (`navigator.storage.persist()`).
pub async fn request_persistence() -> PersistenceStatus {
    let manager = match storage_manager() {
        Ok(manager) => manager,
        Err(BrowserError::Missing(_)) => return PersistenceStatus::NotOffered,
        Err(reason) => return PersistenceStatus::Unavailable(reason.to_string()),
    };
    let already = match manager.persisted() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(error) => Err(error),
    };
    if already.as_ref().ok().and_then(|value| value.as_bool()) == Some(true) {
        return PersistenceStatus::Granted;
    }
    let answer = match manager.persist() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(error) => Err(error),
    };
    match answer {
        Ok(value) if value.as_bool() == Some(true) => PersistenceStatus::Granted,
        Ok(_) => PersistenceStatus::NotGranted,
        Err(error) => PersistenceStatus::Unavailable(BrowserError::from(error).to_string()),
    }
}

/// The browser's estimate of our storage use (`navigator.storage.estimate()`).
pub async fn estimate_storage() -> Result<StorageEstimate, BrowserError> {
    let promise = storage_manager()?.estimate()?;
    let value = JsFuture::from(promise).await?;
    let estimate: web_sys::StorageEstimate = value.unchecked_into();
    Ok(StorageEstimate {
        usage: estimate.get_usage().unwrap_or(0.0),
        quota: estimate.get_quota().unwrap_or(0.0),
    })
}
