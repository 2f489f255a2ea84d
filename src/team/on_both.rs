//! Which fields of a record two devices both changed since their copies last
//! met: the fields where Yrs keeps one device's value and sets the other's
//! aside, which a merge's preview names.
//!
//! Yrs does not say which write set a field, so each side's write is found
//! by removing the field on a throwaway copy: the removal deletes exactly
//! that write, and the transaction names what it deleted. A field changed on
//! both is one where neither device had seen the other's write.

use std::collections::BTreeMap;

use yrs::{Any, Doc, ID, Map as _, MapRef, Out, ReadTxn, StateVector, Transact};

use super::fields::ORDER;

/// The field that says when a record last changed, which every edit writes.
const UPDATED_AT: &str = "updated_at";

/// A field by its place in a record's document: the keys of the maps down
/// to it, such as `["research.mission"]` or `["people/<id>", "name"]`.
pub type FieldPath = Vec<String>;

/// One copy of a record's document, as the comparison reads it.
pub(super) struct Copy<'a> {
    pub(super) doc: &'a Doc,
    pub(super) root: &'a MapRef,
    /// The name of the document's root map.
    pub(super) root_name: &'static str,
}

/// The fields both copies changed without seeing the other's change, in
/// the order of their paths.
pub(super) fn changed_on_both(ours: Copy, theirs: Copy) -> Vec<FieldPath> {
    let our_seen = ours.doc.transact().state_vector();
    let their_seen = theirs.doc.transact().state_vector();
    // When one copy has seen every write of the other, nothing was changed on both.
    if has_seen_all(&our_seen, &their_seen) || has_seen_all(&their_seen, &our_seen) {
        return Vec::new();
    }
    let our_values = leaves(ours.root, &ours.doc.transact());
    let their_values = leaves(theirs.root, &theirs.doc.transact());
    let differing: Vec<&FieldPath> = our_values
        .iter()
        .filter(|(path, value)| {
            their_values
                .get(*path)
                .is_some_and(|theirs| theirs != *value)
        })
        .map(|(path, _)| path)
        .collect();
    if differing.is_empty() {
        return Vec::new();
    }
    let our_writes = writes_of(ours, &differing);
    let their_writes = writes_of(theirs, &differing);
    differing
        .into_iter()
        .zip(our_writes.iter().zip(&their_writes))
        .filter(|(_, (ours, theirs))| match (ours, theirs) {
            (Some(ours), Some(theirs)) => !seen(&our_seen, theirs) && !seen(&their_seen, ours),
            _ => false,
        })
        .map(|(path, _)| path.clone())
        .collect()
}

/// Whether a device whose state is `state` has seen every write of `other`.
fn has_seen_all(state: &StateVector, other: &StateVector) -> bool {
    other
        .iter()
        .all(|(client, clock)| state.get(client) >= *clock)
}

/// Whether a device whose state is `state` had seen the write `id`.
fn seen(state: &StateVector, id: &ID) -> bool {
    id.clock < state.get(&id.client)
}

/// Every plain value of a document's map and the maps inside it, by path;
/// list order numbers and update times left out, as nobody edits those.
fn leaves<T: ReadTxn>(map: &MapRef, txn: &T) -> BTreeMap<FieldPath, Any> {
    let mut found = BTreeMap::new();
    collect_leaves(map, txn, &mut Vec::new(), &mut found);
    found
}

fn collect_leaves<T: ReadTxn>(
    map: &MapRef,
    txn: &T,
    path: &mut FieldPath,
    found: &mut BTreeMap<FieldPath, Any>,
) {
    for (key, out) in map.iter(txn) {
        path.push(key.to_owned());
        match out {
            Out::Any(_) if key == ORDER || key == UPDATED_AT => {}
            Out::Any(value) => {
                found.insert(path.clone(), value);
            }
            Out::YMap(inner) => collect_leaves(&inner, txn, path, found),
            _ => {}
        }
        path.pop();
    }
}

/// The write that set each field on this copy, found by removing the field
/// on a throwaway copy of it; `None` where it cannot be told.
fn writes_of(copy: Copy, paths: &[&FieldPath]) -> Vec<Option<ID>> {
    let state = copy
        .doc
        .transact()
        .encode_state_as_update_v1(&StateVector::default());
    // A removal writes no new item, so any client will do.
    let scratch = Doc::with_client_id(0);
    let root = scratch.get_or_insert_map(copy.root_name);
    if super::merge_state(&scratch, &state).is_err() {
        return vec![None; paths.len()];
    }
    paths
        .iter()
        .map(|path| {
            let (field, maps) = path.split_last()?;
            let mut txn = scratch.transact_mut();
            let mut map = root.clone();
            for key in maps {
                match map.get(&txn, key) {
                    Some(Out::YMap(inner)) => map = inner,
                    _ => return None,
                }
            }
            map.remove(&mut txn, field)?;
            let (client, ranges) = txn.delete_set().iter().next()?;
            let clock = ranges.iter().next()?.start;
            Some(ID::new(*client, clock))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::FieldPath;
    use crate::team::RecordDoc;

    const PERSON: &str = "7f0c2a52-5d3b-4d8e-9a51-0c7e8f1b2a10";

    fn start() -> Value {
        json!({
            "mission": "Tenant power",
            "tactics": "Door knocking",
            "people": [{ "id": PERSON, "name": "Ana", "role": "Organizer" }],
        })
    }

    /// Two devices that both start from the same record, then each edit it.
    fn devices(laptop_edit: Value, phone_edit: Value) -> (RecordDoc, RecordDoc) {
        let base = RecordDoc::create(&start(), 1).map(|doc| doc.state());
        let base = base.unwrap_or_default();
        let laptop = RecordDoc::load(&base, 2).unwrap_or_else(|_| RecordDoc::empty(2));
        let phone = RecordDoc::load(&base, 3).unwrap_or_else(|_| RecordDoc::empty(3));
        for (doc, edit) in [(&laptop, laptop_edit), (&phone, phone_edit)] {
            assert!(doc.edit(Some(&start()), &edit).is_ok());
        }
        (laptop, phone)
    }

    fn with(changes: &[(&str, &str)]) -> Value {
        let mut record = start();
        for (field, value) in changes {
            record[*field] = json!(value);
        }
        record
    }

    fn path(keys: &[&str]) -> FieldPath {
        keys.iter().map(|key| (*key).to_owned()).collect()
    }

    #[test]
    fn a_field_both_devices_changed_is_named_from_either_side() {
        let (laptop, phone) = devices(
            with(&[("mission", "Homes for all")]),
            with(&[("mission", "Fair rents"), ("tactics", "Rallies")]),
        );
        assert_eq!(laptop.changed_on_both(&phone), [path(&["mission"])]);
        assert_eq!(phone.changed_on_both(&laptop), [path(&["mission"])]);
    }

    #[test]
    fn fields_only_one_device_changed_are_not_named() {
        let (laptop, phone) = devices(
            with(&[("mission", "Homes for all")]),
            with(&[("tactics", "Rallies")]),
        );
        assert!(laptop.changed_on_both(&phone).is_empty());
        let (laptop, phone) = devices(start(), with(&[("tactics", "Rallies")]));
        assert!(laptop.changed_on_both(&phone).is_empty());
    }

    #[test]
    fn a_change_made_after_seeing_the_other_is_not_named() {
        let (laptop, phone) = devices(
            with(&[("mission", "Homes for all")]),
            with(&[("mission", "Fair rents")]),
        );
        assert!(laptop.merge(&phone.state()).is_ok());
        let merged: Value = Value::Object(laptop.fields());
        let mut later = merged.clone();
        later["mission"] = json!("Homes and fair rents");
        assert!(laptop.edit(Some(&merged), &later).is_ok());
        assert!(laptop.changed_on_both(&phone).is_empty());
        assert!(phone.changed_on_both(&laptop).is_empty());
    }

    #[test]
    fn a_field_inside_a_listed_record_is_named_by_its_record() {
        let mut laptop_edit = start();
        laptop_edit["people"][0]["role"] = json!("Director");
        let mut phone_edit = start();
        phone_edit["people"][0]["role"] = json!("Volunteer");
        let (laptop, phone) = devices(laptop_edit, phone_edit);
        let person = format!("people/{PERSON}");
        assert_eq!(
            laptop.changed_on_both(&phone),
            [path(&[person.as_str(), "role"])]
        );
    }
}
