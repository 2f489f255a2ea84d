//! A record's fields in one Yrs map, so that each field merges on its own.
//!
//! - A plain field is one entry, `name`, whose later change wins.
//! - A group of fields (the organization, the research notes…) is not a map
//!   of its own but one entry per field, `group.name`: a nested map made by
//!   two devices at once would keep only one device's map.
//! - A list of records (people, drafts, meetings, their agenda…) is one
//!   entry per record, `list/<id>`, holding that record's own map, made once
//!   by the device that added the record. Its place in the list is the
//!   record's [`ORDER`] number.
//! - A list of ids (a coalition's partners) is one entry per id, `list/<id>`,
//!   holding its order number.
//!
//! Writes take the record before and after an edit and change only what
//! differs, so an edit never brings back what another device removed.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};
use yrs::{Map as _, MapPrelim, MapRef, Out, ReadTxn, TransactionMut};

use super::leaf::{as_number, to_any, to_json};
use super::order;

/// The fields of the model that are lists of records, each with an `id`.
pub const RECORD_LISTS: &[&str] = &[
    "people",
    "events",
    "practices",
    "drafts",
    "meetings",
    "visits",
    "log",
    "feedback",
    "lessons",
    "commitments",
    "agenda",
    "questions",
];

/// The fields of the model that are lists of distinct ids.
pub const ID_LISTS: &[&str] = &["partner_ids"];

/// The entry of a listed record's map that says where it sits in its list.
pub const ORDER: &str = "_order";

/// JSON fields, as the model serializes a record.
pub type Fields = Map<String, Value>;

/// Writes into `map` what changed from `before` (nothing, for a new record)
/// to `after`.
pub fn write(txn: &mut TransactionMut, map: &MapRef, before: Option<&Fields>, after: &Fields) {
    write_group(txn, map, "", before, after);
}

/// Reads a record's fields back from `map`.
pub fn read<T: ReadTxn>(txn: &T, map: &MapRef) -> Fields {
    let mut fields = Fields::new();
    let mut lists: BTreeMap<String, Vec<(f64, String, Value)>> = BTreeMap::new();
    for (key, out) in map.iter(txn) {
        if key == ORDER {
            continue;
        }
        match (key.split_once('/'), out) {
            (Some((list, member)), Out::YMap(entry)) => {
                let order = entry.get(txn, ORDER).and_then(|value| match value {
                    Out::Any(any) => as_number(&any),
                    _ => None,
                });
                let record = Value::Object(read(txn, &entry));
                lists.entry(list.to_owned()).or_default().push((
                    order.unwrap_or_default(),
                    member.to_owned(),
                    record,
                ));
            }
            (Some((list, member)), Out::Any(any)) => {
                lists.entry(list.to_owned()).or_default().push((
                    as_number(&any).unwrap_or_default(),
                    member.to_owned(),
                    Value::String(member.to_owned()),
                ));
            }
            (None, Out::Any(any)) => set_path(&mut fields, key, to_json(&any)),
            // Nothing we write: another tool's entry, left alone.
            _ => {}
        }
    }
    for (list, mut members) in lists {
        members.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        let items = members.into_iter().map(|(_, _, value)| value).collect();
        set_path(&mut fields, &list, Value::Array(items));
    }
    fields
}

/// Puts `value` at a dotted `path` inside `fields`, making groups on the way.
fn set_path(fields: &mut Fields, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            fields.insert(path.to_owned(), value);
        }
        Some((group, rest)) => {
            let slot = fields
                .entry(group.to_owned())
                .or_insert_with(|| Value::Object(Fields::new()));
            if !slot.is_object() {
                *slot = Value::Object(Fields::new());
            }
            if let Value::Object(inner) = slot {
                set_path(inner, rest, value);
            }
        }
    }
}

/// Writes one group of fields whose entries start with `prefix`.
fn write_group(
    txn: &mut TransactionMut,
    map: &MapRef,
    prefix: &str,
    before: Option<&Fields>,
    after: &Fields,
) {
    for (name, new) in after {
        let key = format!("{prefix}{name}");
        let old = before.and_then(|fields| fields.get(name));
        write_field(txn, map, name, &key, old, new);
    }
    for (name, old) in before.into_iter().flatten() {
        if !after.contains_key(name) {
            remove_field(txn, map, name, &format!("{prefix}{name}"), old);
        }
    }
}

/// Writes one field, of whichever shape, if it changed.
fn write_field(
    txn: &mut TransactionMut,
    map: &MapRef,
    name: &str,
    key: &str,
    old: Option<&Value>,
    new: &Value,
) {
    if old == Some(new) {
        return;
    }
    if is_list(RECORD_LISTS, name, new) {
        write_records(txn, map, key, old, new);
    } else if is_list(ID_LISTS, name, new) {
        write_ids(txn, map, key, old, new);
    } else if let Value::Object(group) = new {
        let old_group = old.and_then(Value::as_object);
        if old.is_some() && old_group.is_none() {
            map.remove(txn, key);
        }
        write_group(txn, map, &format!("{key}."), old_group, group);
    } else {
        if let Some(old) = old.filter(|old| old.is_object() || is_keyed(name, old)) {
            remove_field(txn, map, name, key, old);
        }
        map.insert(txn, key, to_any(new));
    }
}

/// Removes one field, of whichever shape.
fn remove_field(txn: &mut TransactionMut, map: &MapRef, name: &str, key: &str, old: &Value) {
    if is_keyed(name, old) {
        for member in list_keys(old) {
            map.remove(txn, &format!("{key}/{member}"));
        }
    } else if let Value::Object(group) = old {
        for (inner, value) in group {
            remove_field(txn, map, inner, &format!("{key}.{inner}"), value);
        }
    } else {
        map.remove(txn, key);
    }
}

/// Whether a field is one of `lists`: named as one, and a list (a log
/// entry's `people` is text, a partner's is a list of records).
fn is_list(lists: &[&str], name: &str, value: &Value) -> bool {
    value.is_array() && lists.contains(&name)
}

/// Whether a field is kept as one entry per member.
fn is_keyed(name: &str, value: &Value) -> bool {
    is_list(RECORD_LISTS, name, value) || is_list(ID_LISTS, name, value)
}

/// The keys of a listed field's members: records' ids, or the ids themselves.
fn list_keys(list: &Value) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(member_key)
        .collect()
}

/// A list member's key: a record's `id`, or an id itself.
fn member_key(member: &Value) -> Option<String> {
    match member {
        Value::String(id) => Some(id.clone()),
        Value::Object(record) => record.get("id").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

/// The map of a listed record, if the document holds it.
fn entry_map<T: ReadTxn>(txn: &T, map: &MapRef, key: &str) -> Option<MapRef> {
    match map.get(txn, key) {
        Some(Out::YMap(entry)) => Some(entry),
        _ => None,
    }
}

/// The order number a listed member holds now, if the document holds it.
fn current_order<T: ReadTxn>(txn: &T, map: &MapRef, key: &str) -> Option<f64> {
    match map.get(txn, key)? {
        Out::YMap(entry) => match entry.get(txn, ORDER)? {
            Out::Any(any) => as_number(&any),
            _ => None,
        },
        Out::Any(any) => as_number(&any),
        _ => None,
    }
}

/// Writes a list of records: adds the new ones, removes the gone ones and
/// writes into the others only what changed. A record this edit started
/// from but the document no longer holds was removed by another device,
/// and stays removed.
fn write_records(
    txn: &mut TransactionMut,
    map: &MapRef,
    key: &str,
    old: Option<&Value>,
    new: &Value,
) {
    let before: HashMap<String, &Fields> = old
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|record| Some((member_key(record)?, record.as_object()?)))
        .collect();
    let after: Vec<(String, &Fields)> = new
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|record| Some((member_key(record)?, record.as_object()?)))
        .collect();
    let entry_keys: Vec<String> = after.iter().map(|(id, _)| format!("{key}/{id}")).collect();
    let current: Vec<Option<f64>> = entry_keys
        .iter()
        .map(|entry_key| current_order(txn, map, entry_key))
        .collect();
    let placed = order::place(&current);
    for (index, (id, fields)) in after.iter().enumerate() {
        let entry_key = &entry_keys[index];
        let started_from = before.get(id).copied();
        let entry = match (entry_map(txn, map, entry_key), started_from) {
            (Some(entry), _) => {
                write(txn, &entry, started_from, fields);
                entry
            }
            (None, Some(_)) => continue,
            (None, None) => {
                let entry = map.insert(txn, entry_key.as_str(), MapPrelim::default());
                write(txn, &entry, None, fields);
                entry
            }
        };
        if current[index] != Some(placed[index]) {
            entry.insert(txn, ORDER, placed[index]);
        }
    }
    let kept: Vec<&String> = after.iter().map(|(id, _)| id).collect();
    for id in before.keys().filter(|id| !kept.contains(id)) {
        map.remove(txn, &format!("{key}/{id}"));
    }
}

/// Writes a list of ids: each id is an entry holding its order number. An
/// id this edit started from but the document no longer holds was removed
/// by another device, and stays removed.
fn write_ids(txn: &mut TransactionMut, map: &MapRef, key: &str, old: Option<&Value>, new: &Value) {
    let before = old.map(list_keys).unwrap_or_default();
    let after = list_keys(new);
    let entry_keys: Vec<String> = after.iter().map(|id| format!("{key}/{id}")).collect();
    let current: Vec<Option<f64>> = entry_keys
        .iter()
        .map(|entry_key| current_order(txn, map, entry_key))
        .collect();
    let placed = order::place(&current);
    for (index, entry_key) in entry_keys.iter().enumerate() {
        let removed_elsewhere = current[index].is_none() && before.contains(&after[index]);
        if !removed_elsewhere && current[index] != Some(placed[index]) {
            map.insert(txn, entry_key.as_str(), placed[index]);
        }
    }
    for id in before {
        if !after.contains(&id) {
            map.remove(txn, &format!("{key}/{id}"));
        }
    }
}
