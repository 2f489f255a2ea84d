//! Dates and amounts a careless or hostile file may hold (year 262142, a
//! meeting of 4,294,967,295 minutes) are refused on import, naming the
//! record, and set aside on load, so no screen's arithmetic meets them.

mod support;

use common_ground::model::Partner;
use common_ground::model::transfer::{ImportError, parse_import};
use common_ground::store::{OWN_WORKSPACE, WorkspaceStore};
use serde_json::{Value, json};
use support::{SharedMemory, at, fixture, sample_workspace, save_all};

/// The file of the report: well formed, with a creation time in year 262142.
const FAR_FUTURE_FILE: &str = r#"{"format":"common-ground-export","schema_version":3,"workspace":{"partners":[{"id":"99999999-0000-4000-8000-000000000001","created_at":"+262142-12-31T00:00:00Z","updated_at":"2026-10-09T08:15:00Z","stage":"ongoing_partnership","organization":{"name":"Harmless"}}]}}"#;

#[test]
fn a_file_with_a_date_in_year_262142_is_refused_naming_the_record() {
    let refusal = parse_import(FAR_FUTURE_FILE).unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "Partner 1 (\u{201c}Harmless\u{201d}): its creation time falls in the year 262142; dates must fall between 1900 and 2200."
    );
}

/// The rich fixture with the partner fields it leaves out set, so every
/// date and amount a workspace can hold is in it.
fn every_field() -> Value {
    let mut file: Value = serde_json::from_str(&fixture("export-v3.json")).unwrap();
    let partner = file.pointer_mut("/workspace/partners/0").unwrap();
    let partner = partner.as_object_mut().unwrap();
    partner.insert("feedback_asked_on".into(), json!("2026-10-01"));
    partner.insert("feedback_snoozed_until".into(), json!("2026-12-01"));
    partner.insert("check_back_on".into(), json!("2027-02-01"));
    partner.insert("keep_in_touch_days".into(), json!(45));
    file
}

/// The JSON pointers of every date, time stamp and amount in the workspace.
fn places(value: &Value, at: String, found: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                places(field, format!("{at}/{key}"), found);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                places(item, format!("{at}/{index}"), found);
            }
        }
        Value::String(text) if is_date(text) => found.push(at),
        Value::Number(_) => found.push(at),
        _ => {}
    }
}

fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[7] == b'-'
}

/// The value at `place` moved out of range: a date to year 2500 (keeping the
/// rest of it), an amount to the largest a `u32` holds.
fn out_of_range(value: &Value) -> Value {
    match value {
        Value::String(text) => json!(format!("2500{}", &text[4..])),
        _ => json!(u32::MAX),
    }
}

#[test]
fn every_date_and_amount_out_of_range_is_refused_and_named() {
    let file = every_field();
    let text = file.to_string();
    assert!(
        parse_import(&text).is_ok(),
        "the fixture itself is accepted"
    );
    let mut found = Vec::new();
    places(&file["workspace"], "/workspace".into(), &mut found);
    assert!(found.len() > 40, "{} places", found.len());
    for place in found {
        let mut file = file.clone();
        let value = file.pointer_mut(&place).unwrap();
        *value = out_of_range(value);
        match parse_import(&file.to_string()) {
            Err(ImportError::Invalid { record, problem }) => {
                let named = record.starts_with("Partner ")
                    || record.starts_with("Coalition ")
                    || record == "Your group's details";
                assert!(named, "{place}: {record}");
                assert!(
                    problem.contains("2500") || problem.contains("4294967295"),
                    "{place}: {problem}"
                );
            }
            other => panic!("{place}: {other:?}"),
        }
    }
}

#[test]
fn the_edges_of_each_range_are_accepted() {
    let mut file = every_field();
    let meeting = file
        .pointer_mut("/workspace/partners/0/meetings/0")
        .unwrap();
    meeting["date"] = json!("2200-12-31");
    meeting["duration_minutes"] = json!(1440);
    file["workspace"]["partners"][0]["created_at"] = json!("1900-01-01T00:00:00Z");
    file["workspace"]["partners"][0]["keep_in_touch_days"] = json!(3650);
    let workspace = parse_import(&file.to_string()).unwrap();
    assert_eq!(workspace.partners[0].meetings[0].duration_minutes, 1440);
}

#[test]
fn a_stored_partner_out_of_range_is_set_aside_and_the_rest_loads() {
    let memory = SharedMemory::default();
    let mut store = WorkspaceStore::new(Box::new(memory.clone()), OWN_WORKSPACE);
    let mut workspace = sample_workspace();
    let far: Partner = serde_json::from_value(json!({
        "id": "99999999-0000-4000-8000-000000000001",
        "created_at": "+262142-12-31T00:00:00Z",
        "updated_at": "2026-10-09T08:15:00Z",
        "organization": { "name": "Harmless" }
    }))
    .unwrap();
    workspace.partners.push(far.clone());
    save_all(&mut store, &workspace);

    let mut store = WorkspaceStore::new(Box::new(memory.clone()), OWN_WORKSPACE);
    let loaded = store.load(at("2026-11-26T10:00:00Z")).unwrap();

    workspace.partners.pop();
    assert_eq!(loaded.workspace, workspace);
    let [(recovered, reason)] = &loaded.set_aside[..] else {
        panic!("{:?}", loaded.set_aside);
    };
    assert_eq!(recovered.original, format!("partner:{}", far.id));
    assert_eq!(
        reason,
        "Its creation time falls in the year 262142; dates must fall between 1900 and 2200."
    );
}
