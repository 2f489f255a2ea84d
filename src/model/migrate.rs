//! Brings stored or exported workspaces from older schema versions to the
//! current one. Every earlier version has a step here, tested against the
//! fixture files in `tests/fixtures/`.

use serde_json::{Map, Value};

use super::{RecordId, SCHEMA_VERSION};

// A new schema version needs a step below; this stops the build until it has one.
const _: () = assert!(
    SCHEMA_VERSION == 4,
    "add a migration step for the new version"
);

/// Turns a partner's id into the id of the visit its old hosting checklist
/// becomes (any fixed value does; this one spells "visit" in its bytes).
const VISIT_ID_SALT: u128 = 0x7669_7369_7400_0000_0000_0000_0000_0000;

/// Upgrades a workspace, as JSON, written under schema version `from`.
/// Shapes it does not recognise are left as they are, so that reading the
/// result reports exactly what is wrong.
pub fn migrate_workspace(mut workspace: Value, from: u32) -> Value {
    if from < 2 {
        workspace = v1_to_v2(workspace);
    }
    if from < 3 {
        workspace = v2_to_v3(workspace);
    }
    // Version 4 keeps the records as version 3 did, and beside them their
    // Yrs documents (in storage, and in files under `yrs`), which are made
    // from the records the same way on every device.
    workspace
}

/// Version 1 kept only a name, a stage and the timestamps of each partner;
/// version 2 moves the name into the organization's research fields.
fn v1_to_v2(mut workspace: Value) -> Value {
    if let Some(partners) = workspace.get_mut("partners").and_then(Value::as_array_mut) {
        for partner in partners.iter_mut().filter_map(Value::as_object_mut) {
            let mut organization = Map::new();
            if let Some(name) = partner.remove("name") {
                organization.insert("name".into(), name);
            }
            partner.insert("organization".into(), Value::Object(organization));
        }
    }
    workspace
}

/// Version 2 kept one hosting checklist per partner, with no date, so it
/// stayed ticked for every later visit; version 3 keeps visits to our
/// meeting as records of their own, each with its checklist. A checklist
/// with anything ticked becomes the partner's first visit, undated.
fn v2_to_v3(mut workspace: Value) -> Value {
    if let Some(partners) = workspace.get_mut("partners").and_then(Value::as_array_mut) {
        for partner in partners.iter_mut().filter_map(Value::as_object_mut) {
            let Some(hosting) = partner.remove("hosting") else {
                continue;
            };
            let ticked = hosting
                .as_object()
                .is_some_and(|flags| flags.values().any(|flag| flag == &Value::Bool(true)));
            let id = partner
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| id.parse::<RecordId>().ok());
            let (true, Some(id)) = (ticked, id) else {
                continue;
            };
            let stamp = partner.get("updated_at").cloned().unwrap_or(Value::Null);
            let mut visit = Map::new();
            visit.insert(
                "id".into(),
                Value::String(id.derived(VISIT_ID_SALT).to_string()),
            );
            visit.insert("created_at".into(), stamp.clone());
            visit.insert("updated_at".into(), stamp);
            visit.insert("hosting".into(), hosting);
            partner.insert("visits".into(), Value::Array(vec![Value::Object(visit)]));
        }
    }
    workspace
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::{Stage, Workspace};

    #[test]
    fn a_version_1_partner_keeps_its_name_stage_and_times() {
        let v1 = json!({"partners": [{
            "id": "6f1c1f9e-8d5e-4f43-9b7a-2f6d2b1f0a11",
            "name": "Casa Latina",
            "stage": "contacted",
            "created_at": "2026-11-01T09:00:00Z",
            "updated_at": "2026-11-02T09:00:00Z"
        }]});
        let workspace: Workspace = serde_json::from_value(migrate_workspace(v1, 1)).unwrap();
        let partner = &workspace.partners[0];
        assert_eq!(partner.name(), "Casa Latina");
        assert_eq!(partner.stage, Stage::Contacted);
        assert_eq!(partner.created_at.to_rfc3339(), "2026-11-01T09:00:00+00:00");
        assert_eq!(
            partner.id.to_string(),
            "6f1c1f9e-8d5e-4f43-9b7a-2f6d2b1f0a11"
        );
    }

    #[test]
    fn a_version_2_hosting_checklist_becomes_the_first_visit() {
        let v2 = json!({"partners": [{
            "id": "6f1c1f9e-8d5e-4f43-9b7a-2f6d2b1f0a11",
            "created_at": "2026-11-01T09:00:00Z",
            "updated_at": "2026-11-02T09:00:00Z",
            "stage": "met",
            "organization": {"name": "Casa Latina"},
            "hosting": {"agenda_sent_in_advance": true, "power_dynamics_in_mind": true}
        }, {
            "id": "7a2d2a0f-9e6f-4a54-8c8b-3a7e3c2a1b22",
            "created_at": "2026-11-01T09:00:00Z",
            "updated_at": "2026-11-02T09:00:00Z",
            "stage": "met",
            "organization": {"name": "Eastside Tenants"},
            "hosting": {"agenda_sent_in_advance": false}
        }]});
        let migrated = migrate_workspace(v2.clone(), 2);
        let workspace: Workspace = serde_json::from_value(migrated.clone()).unwrap();
        let [casa, eastside] = &workspace.partners[..] else {
            panic!("two partners expected");
        };
        let [visit] = &casa.visits[..] else {
            panic!("one visit expected");
        };
        assert!(visit.hosting.agenda_sent_in_advance && visit.hosting.power_dynamics_in_mind);
        assert!(!visit.hosting.their_item_near_the_start);
        assert_eq!((visit.date, visit.created_at), (None, casa.updated_at));
        assert_ne!(visit.id, casa.id);
        // Migrating the same data again, as another device would, makes the same visit.
        assert_eq!(migrate_workspace(v2, 2), migrated);
        // Nothing ticked: no visit to remember.
        assert!(eastside.visits.is_empty());
        assert!(migrated["partners"][1].get("hosting").is_none());
    }

    #[test]
    fn the_current_version_is_left_alone() {
        let current = json!({"partners": [{"organization": {"name": "X"}}]});
        assert_eq!(migrate_workspace(current.clone(), SCHEMA_VERSION), current);
    }

    #[test]
    fn a_version_1_partner_without_a_name_is_still_reported_as_missing_it() {
        let v1 = json!({"partners": [{"id": "6f1c1f9e-8d5e-4f43-9b7a-2f6d2b1f0a11"}]});
        let migrated = migrate_workspace(v1, 1);
        assert_eq!(migrated["partners"][0]["organization"], json!({}));
    }
}
