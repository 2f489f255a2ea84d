//! The stored form of a record: JSON without the fields that hold their
//! default (empty text, empty lists, false, nothing). Reading fills them in
//! again, so the stored form takes far less of the browser's small quota
//! while export files keep every field.

use serde::Serialize;
use serde_json::Value;

use super::StoreError;

/// `value` as compact JSON for storage.
pub(super) fn to_stored_json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    let write_error = |error: serde_json::Error| StoreError::WriteFailed(error.to_string());
    let mut json = serde_json::to_value(value).map_err(write_error)?;
    strip_defaults(&mut json);
    serde_json::to_string(&json).map_err(write_error)
}

/// Removes, at every depth, object fields that hold a default value.
/// Numbers are always kept, and list items are never removed.
pub(crate) fn strip_defaults(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            fields.values_mut().for_each(strip_defaults);
            fields.retain(|_, field| !is_default(field));
        }
        Value::Array(items) => items.iter_mut().for_each(strip_defaults),
        _ => {}
    }
}

fn is_default(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(flag) => !flag,
        Value::String(text) => text.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
        Value::Number(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use serde_json::json;

    use super::*;
    use crate::model::{Partner, Stage};

    #[test]
    fn defaults_are_left_out_at_every_depth_but_numbers_and_list_items_stay() {
        let mut value = json!({
            "a": "", "b": false, "c": null, "d": [], "e": {}, "n": 0,
            "nested": {"x": "", "y": {"z": false}}, "keep": "yes", "flag": true,
            "list": [{"empty": ""}, "", 0]
        });
        strip_defaults(&mut value);
        assert_eq!(
            value,
            json!({"n": 0, "keep": "yes", "flag": true, "list": [{}, "", 0]})
        );
    }

    #[test]
    fn a_new_partner_is_stored_small_and_reads_back_the_same() {
        let partner = Partner::new("Casa Latina", Utc::now()).unwrap();
        let stored = to_stored_json(&partner).unwrap();
        assert!(stored.len() < 250, "{} characters: {stored}", stored.len());
        assert!(!stored.contains("\"people\""));
        let back: Partner = serde_json::from_str(&stored).unwrap();
        assert_eq!(back, partner);
        assert_eq!(back.stage, Stage::Researching);
    }
}
