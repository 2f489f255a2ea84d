//! Brings stored or exported workspaces from older schema versions to the
//! current one. Every earlier version has a step here, tested against the
//! fixture files in `tests/fixtures/`.

use serde_json::{Map, Value};

use super::SCHEMA_VERSION;

// A new schema version needs a step below; this stops the build until it has one.
const _: () = assert!(
    SCHEMA_VERSION == 2,
    "add a migration step for the new version"
);

/// Upgrades a workspace, as JSON, written under schema version `from`.
/// Shapes it does not recognise are left as they are, so that reading the
/// result reports exactly what is wrong.
pub fn migrate_workspace(mut workspace: Value, from: u32) -> Value {
    if from < 2 {
        workspace = v1_to_v2(workspace);
    }
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
