//! What a merge changes inside one partner or coalition, read from the JSON
//! fields of our version and of the merged one, so that one reading serves
//! every kind of record at every depth: its own fields, the records listed
//! inside it (added, changed, removed), and the fields both devices changed
//! with the value that stands.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::plan::{Change, Changes, Standing};
use super::record::{RecordKind, first_words};
use crate::model::RecordId;
use crate::team::{FieldPath, ID_LISTS};

/// JSON fields, as the model serializes a record.
type Fields = Map<String, Value>;

/// Fields the app keeps for itself, which no user edits.
const BOOKKEEPING: &[&str] = &["id", "created_at", "updated_at"];

/// Notes what going from `ours` to `merged` changes in a record: its own
/// fields, and the records listed inside it, at every depth.
pub(super) fn note_changes(ours: &Fields, merged: &Fields, changes: &mut Changes) {
    changes.details_changed |= own_fields_differ(ours, merged);
    note_lists(ours, merged, changes);
}

/// Whether two versions of a record differ outside its bookkeeping and the
/// lists inside it.
fn own_fields_differ(ours: &Fields, merged: &Fields) -> bool {
    let own = |key: &String| {
        !BOOKKEEPING.contains(&key.as_str())
            && RecordKind::of_list(key).is_none()
            && !ID_LISTS.contains(&key.as_str())
    };
    ours.keys()
        .chain(merged.keys())
        .filter(|key| own(key))
        .any(|key| ours.get(key) != merged.get(key))
}

/// Notes each listed record the merge adds, changes or removes.
fn note_lists(ours: &Fields, merged: &Fields, changes: &mut Changes) {
    let lists = ours
        .keys()
        .chain(merged.keys())
        .filter_map(|key| RecordKind::of_list(key).map(|kind| (key.as_str(), kind)));
    // Each list once, in the model's field order (the preview's order).
    let mut seen = Vec::new();
    for (list, kind) in lists {
        if seen.contains(&list) {
            continue;
        }
        seen.push(list);
        let our_records = records_of(ours, list);
        let merged_records = records_of(merged, list);
        let ours_by_id: HashMap<&str, &Fields> = our_records
            .iter()
            .filter_map(|record| Some((id_of(record)?, *record)))
            .collect();
        let merged_ids: Vec<&str> = merged_records.iter().filter_map(|r| id_of(r)).collect();
        for record in &merged_records {
            match id_of(record).and_then(|id| ours_by_id.get(id)) {
                None => changes.added.extend(change(kind, record)),
                Some(our) => {
                    if own_fields_differ(our, record) {
                        changes.changed.extend(change(kind, record));
                    }
                    note_lists(our, record, changes);
                }
            }
        }
        let removed = our_records
            .iter()
            .filter(|record| id_of(record).is_some_and(|id| !merged_ids.contains(&id)));
        changes
            .removed
            .extend(removed.filter_map(|record| change(kind, record)));
    }
}

/// The records a list field holds.
fn records_of<'a>(fields: &'a Fields, list: &str) -> Vec<&'a Fields> {
    fields
        .get(list)
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(Value::as_object).collect())
        .unwrap_or_default()
}

fn id_of(record: &Fields) -> Option<&str> {
    record.get("id").and_then(Value::as_str)
}

/// The preview's line for one listed record.
fn change(kind: RecordKind, record: &Fields) -> Option<Change> {
    Some(Change {
        id: id_of(record)?.parse::<RecordId>().ok()?,
        kind,
        label: kind.label(record),
    })
}

/// A field both devices changed, named and with the value that stands in
/// `merged`; `None` when the merged record no longer holds it.
pub(super) fn standing(merged: &Fields, path: &FieldPath) -> Option<Standing> {
    let (field, records) = path.split_last()?;
    let mut record = merged;
    let mut names = Vec::new();
    for key in records {
        let (list, id) = key.split_once('/')?;
        let kind = RecordKind::of_list(list)?;
        record = records_of(record, list)
            .into_iter()
            .find(|listed| id_of(listed) == Some(id))?;
        names.push(format!(
            "{} \u{201c}{}\u{201d}",
            kind.name(),
            kind.label(record)
        ));
    }
    let mut value = None;
    let mut group = record;
    let segments: Vec<&str> = field.split('.').collect();
    for (index, segment) in segments.iter().enumerate() {
        let found = group.get(*segment);
        if index + 1 == segments.len() {
            value = Some(found.unwrap_or(&Value::Null));
        } else {
            group = found?.as_object()?;
        }
    }
    names.push(field_name(field, names.is_empty()));
    Some(Standing {
        field: names.join(": "),
        value: shown(value?),
    })
}

/// A field's JSON name in words: `research.how_they_work` reads
/// "Research: how they work".
fn field_name(field: &str, capitalized: bool) -> String {
    let words = field.replace('_', " ").replace('.', ": ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) if capitalized => first.to_uppercase().chain(chars).collect(),
        _ => words,
    }
}

/// A field's value as the preview shows it.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "(left blank)".to_owned(),
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        Value::Number(number) => number.to_string(),
        // A choice from a list (a stage, a focus area) is one word in snake case.
        Value::String(text) if is_choice(text) => text.replace('_', " "),
        Value::String(text) if text.trim().is_empty() => "(left blank)".to_owned(),
        Value::String(text) => format!("\u{201c}{}\u{201d}", first_words(text)),
        Value::Array(items) if items.is_empty() => "(none)".to_owned(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        Value::Object(_) => "(several details)".to_owned(),
    }
}

fn is_choice(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn fields(value: Value) -> Fields {
        match value {
            Value::Object(fields) => fields,
            _ => Fields::new(),
        }
    }

    const MEETING: &str = "2a9c1f3e-0000-4000-8000-000000000001";
    const ITEM: &str = "2a9c1f3e-0000-4000-8000-000000000002";
    const ANA: &str = "2a9c1f3e-0000-4000-8000-000000000003";
    const LUIS: &str = "2a9c1f3e-0000-4000-8000-000000000004";

    fn partner(item_title: &str, people: Value, mission: &str) -> Fields {
        fields(json!({
            "id": "p", "updated_at": "2026-12-01T00:00:00Z",
            "research": { "mission": mission },
            "people": people,
            "meetings": [{ "id": MEETING, "date": "2026-12-03",
                "agenda": [{ "id": ITEM, "title": item_title }] }],
        }))
    }

    #[test]
    fn records_added_changed_and_removed_are_noted_at_every_depth() {
        let ours = partner("Their work", json!([{ "id": ANA, "name": "Ana" }]), "Homes");
        let merged = partner(
            "Their work and campaigns",
            json!([{ "id": LUIS, "name": "Luis" }]),
            "Homes",
        );
        let mut changes = Changes::default();
        note_changes(&ours, &merged, &mut changes);
        let named = |list: &[Change]| {
            list.iter()
                .map(|c| (c.kind, c.label.clone()))
                .collect::<Vec<_>>()
        };
        assert!(!changes.details_changed);
        assert_eq!(
            named(&changes.added),
            [(RecordKind::Person, "Luis".to_owned())]
        );
        assert_eq!(
            named(&changes.removed),
            [(RecordKind::Person, "Ana".to_owned())]
        );
        assert_eq!(
            named(&changes.changed),
            [(
                RecordKind::AgendaItem,
                "Their work and campaigns".to_owned()
            )]
        );
    }

    #[test]
    fn own_fields_count_but_a_new_update_time_alone_does_not() {
        let ours = partner("Their work", json!([]), "Homes");
        let mut touched = ours.clone();
        touched.insert("updated_at".into(), json!("2026-12-02T00:00:00Z"));
        let mut changes = Changes::default();
        note_changes(&ours, &touched, &mut changes);
        assert_eq!(changes, Changes::default());
        note_changes(
            &ours,
            &partner("Their work", json!([]), "Fair rents"),
            &mut changes,
        );
        assert!(changes.details_changed);
    }

    #[test]
    fn a_field_changed_on_both_is_named_with_the_value_that_stands() {
        let merged = partner(
            "Their work",
            json!([{ "id": ANA, "name": "Ana", "role": "organizer" }]),
            "Fair rents for every tenant in Springfield and beyond today",
        );
        let path = |keys: &[&str]| keys.iter().map(|k| (*k).to_owned()).collect::<FieldPath>();
        assert_eq!(
            standing(&merged, &path(&["research.mission"])),
            Some(Standing {
                field: "Research: mission".into(),
                value: "\u{201c}Fair rents for every tenant in Springfield and\u{2026}\u{201d}"
                    .into(),
            })
        );
        assert_eq!(
            standing(&merged, &path(&[&format!("meetings/{MEETING}"), &format!("agenda/{ITEM}"), "title"])),
            Some(Standing {
                field: "Meeting \u{201c}Dec 3, 2026\u{201d}: Agenda item \u{201c}Their work\u{201d}: title".into(),
                value: "\u{201c}Their work\u{201d}".into(),
            })
        );
        assert_eq!(
            standing(&merged, &path(&[&format!("people/{ANA}"), "role"])).map(|s| s.value),
            Some("organizer".into())
        );
        assert_eq!(
            standing(&merged, &path(&[&format!("people/{LUIS}"), "role"])),
            None
        );
    }
}
