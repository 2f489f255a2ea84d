//! Why a browser call failed, typed once for storage and every other
//! browser call the app makes, with words fit to show the user.

use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};

/// A browser call that failed, or an API the browser lacks.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BrowserError {
    /// No window or document: a detached frame, or no browser at all.
    #[error("there is no browser window")]
    NoWindow,
    /// The browser does not offer this API.
    #[error("this browser has no {0}")]
    Missing(&'static str),
    /// The site's storage quota is full.
    #[error("the browser's storage for this site is full")]
    QuotaExceeded,
    /// The browser refused, in its own words.
    #[error("{0}")]
    Refused(String),
}

/// The name browsers give the error of a full storage quota.
const QUOTA_EXCEEDED: &str = "QuotaExceededError";

impl BrowserError {
    /// The error a browser exception names `name` with `message`.
    pub fn named(name: &str, message: String) -> Self {
        if name == QUOTA_EXCEEDED {
            Self::QuotaExceeded
        } else {
            Self::Refused(message)
        }
    }
}

impl From<JsValue> for BrowserError {
    fn from(error: JsValue) -> Self {
        Self::from(&error)
    }
}

impl From<&JsValue> for BrowserError {
    fn from(error: &JsValue) -> Self {
        if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
            return Self::named(&exception.name(), exception.message());
        }
        if let Some(error) = error.dyn_ref::<js_sys::Error>() {
            return Self::named(&String::from(error.name()), String::from(error.message()));
        }
        Self::Refused(
            error
                .as_string()
                .unwrap_or_else(|| "unknown browser error".into()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::StoreError;

    #[test]
    fn a_full_quota_is_told_apart_from_other_refusals() {
        let full = BrowserError::named("QuotaExceededError", "quota".into());
        assert_eq!(full, BrowserError::QuotaExceeded);
        assert_eq!(StoreError::from_write(full), StoreError::QuotaExceeded);

        let refused = BrowserError::named("SecurityError", "The operation is insecure.".into());
        assert_eq!(
            StoreError::from_write(refused),
            StoreError::WriteFailed("The operation is insecure.".into())
        );
    }

    #[test]
    fn every_browser_error_reads_as_words() {
        assert_eq!(
            BrowserError::NoWindow.to_string(),
            "there is no browser window"
        );
        assert_eq!(
            BrowserError::Missing("clipboard").to_string(),
            "this browser has no clipboard"
        );
    }
}
