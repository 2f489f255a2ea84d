//! One field's value, as JSON (what the model serializes to) and as a Yrs
//! `Any` (what a document keeps): the two convert both ways without loss
//! for everything the model writes.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Number as JsonNumber, Value};
use yrs::Any;
use yrs::any::Number;

/// A JSON value as a Yrs value.
pub fn to_any(value: &Value) -> Any {
    match value {
        Value::Null => Any::Null,
        Value::Bool(flag) => Any::Bool(*flag),
        Value::Number(number) => match number.as_i64() {
            Some(whole) => Any::Number(Number::Int(whole)),
            None => Any::Number(Number::Float(number.as_f64().unwrap_or_default())),
        },
        Value::String(text) => Any::String(Arc::from(text.as_str())),
        Value::Array(items) => Any::Array(items.iter().map(to_any).collect()),
        Value::Object(fields) => Any::Map(Arc::new(
            fields
                .iter()
                .map(|(key, value)| (key.clone(), to_any(value)))
                .collect::<HashMap<_, _>>(),
        )),
    }
}

/// A Yrs value as a JSON value; what JSON cannot hold (undefined, bytes)
/// reads as null.
pub fn to_json(value: &Any) -> Value {
    match value {
        Any::Null | Any::Undefined | Any::Buffer(_) => Value::Null,
        Any::Bool(flag) => Value::Bool(*flag),
        Any::Number(Number::Int(whole)) => Value::Number((*whole).into()),
        Any::Number(Number::Float(real)) => JsonNumber::from_f64(*real)
            .map(Value::Number)
            .unwrap_or(Value::Null),
        Any::String(text) => Value::String(text.to_string()),
        Any::Array(items) => Value::Array(items.iter().map(to_json).collect()),
        Any::Map(fields) => {
            let mut keys: Vec<&String> = fields.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|key| (key.clone(), to_json(&fields[key])))
                    .collect::<Map<_, _>>(),
            )
        }
    }
}

/// A Yrs value as a number, for the order of a keyed list.
pub fn as_number(value: &Any) -> Option<f64> {
    match value {
        Any::Number(Number::Int(whole)) => Some(*whole as f64),
        Any::Number(Number::Float(real)) => Some(*real),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_kind_of_json_value_comes_back_unchanged() {
        let value = json!({
            "text": "Casa del Trabajador — ¿qué?",
            "whole": 42,
            "negative": -7,
            "real": 1.5,
            "yes": true,
            "nothing": null,
            "list": ["a", 1, false],
            "nested": {"a": [1, 2], "b": "c"}
        });
        assert_eq!(to_json(&to_any(&value)), value);
    }

    #[test]
    fn what_json_cannot_hold_reads_as_null() {
        assert_eq!(to_json(&Any::Undefined), Value::Null);
        assert_eq!(to_json(&Any::Buffer(Arc::from(&[1u8][..]))), Value::Null);
        assert_eq!(to_json(&Any::Number(Number::Float(f64::NAN))), Value::Null);
    }
}
