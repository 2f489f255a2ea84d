//! Import and export, natively: the round trip is byte-identical, and every
//! class of bad input is refused with its own message before anything changes.

mod support;

use common_ground::model::transfer::{
    APP_VERSION, Changes, ImportError, MAX_NESTING, Outcome, Room, SlicedImport, export_json,
    parse_import, preview,
};
use common_ground::model::{Partner, SCHEMA_VERSION, Workspace};
use serde_json::{Value, json};
use support::{at, fixture, sample_workspace};

/// The fixture as this version of the app would write it: version 4 keeps
/// the records of version 3 as they were.
fn fixture_as_written_now() -> String {
    fixture("export-v3.json")
        .replace(
            "\"app_version\": \"0.1.0\"",
            &format!("\"app_version\": \"{APP_VERSION}\""),
        )
        .replace(
            "\"schema_version\": 3",
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
        )
}

fn envelope(workspace: Value) -> String {
    json!({
        "format": "common-ground-export",
        "schema_version": SCHEMA_VERSION,
        "app_version": APP_VERSION,
        "exported_at": "2026-11-26T10:00:00Z",
        "workspace": workspace,
    })
    .to_string()
}

fn partner_json(id: &str, name: Option<&str>) -> Value {
    let mut partner = json!({
        "id": id,
        "created_at": "2026-11-01T09:00:00Z",
        "updated_at": "2026-11-01T09:00:00Z",
        "organization": {},
    });
    if let Some(name) = name {
        partner["organization"]["name"] = json!(name);
    }
    partner
}

const ID_A: &str = "0b5a7c1e-3f1d-4c52-9a8e-6d2f1b7c9e01";
const ID_B: &str = "1c6b8d2f-4a2e-4d63-8b9f-7e3a2c8d0f11";

#[test]
fn the_fixture_imports_and_exports_to_the_same_bytes() {
    let text = fixture_as_written_now();
    let workspace = parse_import(&text).unwrap();
    assert_eq!(workspace.counts().partners, 2);
    assert_eq!(workspace.counts().meetings, 1);
    assert_eq!(workspace.counts().log_entries, 2);
    assert_eq!(workspace.counts().coalitions, 1);
    assert_eq!(
        export_json(&workspace, None, at("2026-11-01T12:00:00Z")).unwrap(),
        text
    );
}

#[test]
fn a_version_2_export_is_migrated_its_hosting_checklist_becoming_a_visit() {
    let workspace = parse_import(&fixture("export-v2.json")).unwrap();
    let [casa, eastside] = &workspace.partners[..] else {
        panic!("two partners expected");
    };
    let [visit] = &casa.visits[..] else {
        panic!("the ticked checklist becomes one visit");
    };
    assert!(visit.hosting.agenda_sent_in_advance && visit.hosting.power_dynamics_in_mind);
    assert!(!visit.hosting.their_perspective_asked);
    assert!(eastside.visits.is_empty(), "nothing ticked, no visit");
    // Everything else arrives as the current fixture has it.
    let current = parse_import(&fixture_as_written_now()).unwrap();
    assert_eq!(workspace.coalitions, current.coalitions);
    assert_eq!(casa.meetings, current.partners[0].meetings);
    assert_eq!(casa.log, current.partners[0].log);
    assert_eq!(visit.id, current.partners[0].visits[0].id);
}

#[test]
fn a_version_1_export_is_migrated() {
    let text = json!({
        "format": "common-ground-export",
        "schema_version": 1,
        "app_version": "0.1.0",
        "exported_at": "2026-11-20T10:00:00Z",
        "workspace": {"partners": [{
            "id": ID_A, "name": "Casa Latina", "stage": "met",
            "created_at": "2026-11-01T09:00:00Z", "updated_at": "2026-11-02T09:00:00Z"
        }]}
    })
    .to_string();
    let workspace = parse_import(&text).unwrap();
    assert_eq!(workspace.partners[0].name(), "Casa Latina");
}

#[test]
fn not_json_is_refused() {
    let error = parse_import("name,stage\nCasa,met\n").unwrap_err();
    assert!(
        matches!(error, ImportError::NotJson { line: 1, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("not JSON"));
}

#[test]
fn a_truncated_file_is_refused_as_truncated() {
    let text = fixture_as_written_now();
    let cut = &text[..text.len() / 2];
    assert_eq!(parse_import(cut), Err(ImportError::Truncated));
    assert!(ImportError::Truncated.to_string().contains("truncated"));
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(parse_import("  \n"), Err(ImportError::Empty));
}

#[test]
fn another_json_format_is_refused() {
    for text in [
        r#"{"partners": []}"#,
        "[1, 2, 3]",
        r#"{"format": "other-app"}"#,
    ] {
        assert_eq!(parse_import(text), Err(ImportError::NotAnExport), "{text}");
    }
}

#[test]
fn a_newer_schema_version_is_refused() {
    let text = fixture_as_written_now().replace(
        &format!("\"schema_version\": {SCHEMA_VERSION}"),
        &format!("\"schema_version\": {}", SCHEMA_VERSION + 1),
    );
    let error = parse_import(&text).unwrap_err();
    assert_eq!(
        error,
        ImportError::NewerVersion {
            found: SCHEMA_VERSION + 1,
            supported: SCHEMA_VERSION
        }
    );
    assert!(error.to_string().contains("newer version"));
}

#[test]
fn a_missing_or_odd_schema_version_is_refused() {
    for version in [json!(null), json!("2"), json!(0), json!(1.5)] {
        let text =
            json!({"format": "common-ground-export", "schema_version": version, "workspace": {}});
        assert_eq!(
            parse_import(&text.to_string()),
            Err(ImportError::BadVersion),
            "{version}"
        );
    }
}

#[test]
fn nesting_too_deep_is_refused_before_parsing() {
    let deep = format!(
        "{}{}",
        "[".repeat(MAX_NESTING + 1),
        "]".repeat(MAX_NESTING + 1)
    );
    assert_eq!(parse_import(&deep), Err(ImportError::TooDeep));
    let deep_inside = envelope(json!({"our_group": {"name": "x"}})).replace(
        "\"x\"",
        &format!("{}1{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING)),
    );
    assert_eq!(parse_import(&deep_inside), Err(ImportError::TooDeep));
}

#[test]
fn brackets_inside_text_do_not_count_as_nesting() {
    let name = "[".repeat(MAX_NESTING * 2) + "\"{\\";
    let text = envelope(json!({"partners": [partner_json(ID_A, Some(&name))]}));
    assert_eq!(parse_import(&text).unwrap().partners[0].name(), name);
}

#[test]
fn duplicate_ids_are_refused_naming_both_records() {
    let text = envelope(json!({"partners": [
        partner_json(ID_A, Some("First")),
        partner_json(ID_A, Some("Second")),
    ]}));
    let error = parse_import(&text).unwrap_err();
    assert!(
        matches!(error, ImportError::DuplicateId { .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("Partner 1 (\u{201c}First\u{201d})"),
        "{message}"
    );
    assert!(
        message.contains("Partner 2 (\u{201c}Second\u{201d})"),
        "{message}"
    );
}

#[test]
fn a_duplicate_id_deep_inside_a_partner_is_found() {
    let mut partner = partner_json(ID_A, Some("First"));
    partner["people"] = json!([{"id": ID_B, "created_at": "2026-11-01T09:00:00Z", "updated_at": "2026-11-01T09:00:00Z"}]);
    let text = envelope(json!({"partners": [partner, partner_json(ID_B, Some("Second"))]}));
    assert!(matches!(
        parse_import(&text),
        Err(ImportError::DuplicateId { .. })
    ));
}

#[test]
fn missing_required_fields_are_named_with_their_record() {
    let text =
        envelope(json!({"partners": [partner_json(ID_A, Some("Fine")), partner_json(ID_B, None)]}));
    let error = parse_import(&text).unwrap_err();
    assert_eq!(
        error,
        ImportError::MissingField {
            record: "Partner 2".into(),
            field: "name".into()
        }
    );
    assert_eq!(
        error.to_string(),
        "Partner 2 is missing the required field \"name\"."
    );

    let mut no_id = partner_json(ID_A, Some("Casa"));
    no_id.as_object_mut().unwrap().remove("id");
    let error = parse_import(&envelope(json!({"partners": [no_id]}))).unwrap_err();
    assert_eq!(
        error,
        ImportError::MissingField {
            record: "Partner 1 (\u{201c}Casa\u{201d})".into(),
            field: "id".into()
        }
    );

    let missing_workspace =
        json!({"format": "common-ground-export", "schema_version": 2}).to_string();
    assert!(matches!(
        parse_import(&missing_workspace),
        Err(ImportError::MissingField { .. })
    ));
}

#[test]
fn wrong_values_are_named_with_their_record() {
    let mut partner = partner_json(ID_A, Some("Casa"));
    partner["stage"] = json!("best friends");
    let error = parse_import(&envelope(json!({"partners": [partner]}))).unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with("Partner 1 (\u{201c}Casa\u{201d}):"),
        "{message}"
    );
    assert!(message.contains("best friends"), "{message}");
    // A position inside one record's text would mean nothing to the user.
    assert!(!message.contains("at line"), "{message}");
}

#[test]
fn an_empty_name_is_refused() {
    let text = envelope(json!({"partners": [partner_json(ID_A, Some("   "))]}));
    assert!(matches!(
        parse_import(&text),
        Err(ImportError::Invalid { .. })
    ));
}

#[test]
fn a_coalition_must_list_partners_from_the_file() {
    let text = envelope(json!({
        "partners": [partner_json(ID_A, Some("Casa"))],
        "coalitions": [{"id": ID_B, "created_at": "2026-11-01T09:00:00Z", "updated_at": "2026-11-01T09:00:00Z",
            "name": "Fair Work", "partner_ids": [ID_A, "2d7c9e3a-5b3f-4e74-9cab-8f4b3d9e1a21"]}]
    }));
    let message = parse_import(&text).unwrap_err().to_string();
    assert!(message.contains("Coalition 1"), "{message}");
    assert!(
        message.contains("2d7c9e3a-5b3f-4e74-9cab-8f4b3d9e1a21"),
        "{message}"
    );
}

#[test]
fn an_oversized_file_is_refused() {
    let padding = " ".repeat(Room::empty().largest_file() as usize);
    let text = format!("{}{padding}", envelope(json!({})));
    let error = parse_import(&text).unwrap_err();
    assert!(matches!(error, ImportError::TooLarge { .. }));
    assert!(error.to_string().contains("cannot fit"), "{error}");
}

/// A file of `count` partners that hold nothing but an id and a name.
fn minimal_partners(count: usize) -> String {
    let partners: Vec<_> = (0..count)
        .map(|n| {
            json!({
                "id": format!("99999999-0000-4000-8000-{n:012}"),
                "created_at": "2026-10-01T10:00:00Z",
                "updated_at": "2026-10-01T10:00:00Z",
                "organization": { "name": format!("Group {n}") }
            })
        })
        .collect();
    envelope(json!({ "partners": partners }))
}

#[test]
fn a_file_that_could_never_fit_in_storage_is_refused_with_the_numbers_before_its_records_are_read()
{
    // About 5 MB: small as a file, but stored, each partner writes every field.
    let text = minimal_partners(30_000);
    assert!(text.len() > 4_000_000, "{}", text.len());
    let started = std::time::Instant::now();
    let refusal = match SlicedImport::start(text, Room::empty()) {
        Err(refusal) => refusal,
        Ok(_) => panic!("a file that cannot fit was accepted"),
    };
    let message = refusal.to_string();
    assert!(matches!(refusal, ImportError::NoRoom { .. }), "{message}");
    assert!(message.contains("MB free here (of 5.0 MB)"), "{message}");
    // One quick pass over the text, no records read: well under the time of a full read.
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
}

#[test]
fn room_taken_by_other_data_counts_against_an_import() {
    let text = minimal_partners(2_000);
    let ample = Room::empty();
    assert!(SlicedImport::start(text.clone(), ample).is_ok());
    let crowded = Room {
        total: ample.total,
        taken_by_others: ample.total - 100_000,
    };
    assert!(matches!(
        SlicedImport::start(text, crowded),
        Err(ImportError::NoRoom { .. })
    ));
}

#[test]
fn a_file_read_in_slices_is_the_file_read_whole() {
    let text = minimal_partners(250);
    let mut import = SlicedImport::start(text.clone(), Room::empty()).unwrap();
    let mut slices = 0;
    while !import.step(40).unwrap() {
        slices += 1;
        assert!(import.left() > 0);
    }
    assert_eq!(slices, 6, "250 records, 40 at a time");
    assert_eq!(import.finish().unwrap().0, parse_import(&text).unwrap());
}

#[test]
fn proto_keys_are_plain_data() {
    let mut partner = partner_json(ID_A, Some("__proto__"));
    partner["__proto__"] = json!({"polluted": true});
    partner["organization"]["constructor"] = json!({"prototype": {"polluted": true}});
    let text = envelope(json!({"partners": [partner], "__proto__": {"isAdmin": true}}));
    let workspace = parse_import(&text).unwrap();
    assert_eq!(workspace.partners[0].name(), "__proto__");
}

#[test]
fn the_preview_counts_records_and_changes_before_anything_changes() {
    use common_ground::team::TeamWorkspace;
    let ours = sample_workspace();
    let here = TeamWorkspace::migrate(&ours, 1).unwrap();
    let mut theirs = ours.clone();
    theirs.partners[0].organization.name = "Renamed".into();
    theirs.partners[0].updated_at = at("2026-11-25T00:00:00Z");
    theirs.add_partner(Partner::new("New one", at("2026-11-25T00:00:00Z")).unwrap());
    let mut there = TeamWorkspace::load(&here.state(), 2).unwrap();
    there
        .record(&ours, &theirs, at("2026-11-25T00:00:00Z"))
        .unwrap();

    let mut merging = TeamWorkspace::load(&here.state(), 1).unwrap();
    let on_both = merging.changed_on_both(&there.state()).unwrap();
    merging.merge(&there.state()).unwrap();
    let merged = merging.workspace().unwrap();
    assert_eq!(merged.partners[0].name(), "Renamed");
    assert_eq!(merged.partners.len(), 3);

    let preview = preview(&ours, &theirs, &merged, &on_both);
    assert_eq!(preview.incoming.partners, 3);
    let changed: Vec<_> = preview
        .plan
        .iter()
        .filter(|entry| matches!(entry.outcome, Outcome::Changed(_)))
        .collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].name, "Renamed");
    assert_eq!(
        changed[0].outcome,
        Outcome::Changed(Changes {
            details_changed: true,
            ..Changes::default()
        })
    );
    let new: Vec<_> = preview
        .plan
        .iter()
        .filter(|entry| matches!(entry.outcome, Outcome::New(_)))
        .map(|entry| entry.name.as_str())
        .collect();
    assert_eq!(new, ["New one"]);
}

#[test]
fn a_file_from_before_sharing_merges_through_documents_moved_over_alike() {
    use common_ground::team::TeamWorkspace;
    // This device moved the sample over, then edited a mission.
    let before = sample_workspace();
    let mut here = TeamWorkspace::migrate(&before, 1).unwrap();
    let mut edited = before.clone();
    edited.partners[0].research.mission = "Edited here".into();
    here.record(&before, &edited, at("2026-12-01T00:00:00Z"))
        .unwrap();

    // A teammate's file from before sharing: the same records, and one more.
    let mut file = before.clone();
    file.add_partner(Partner::new("Only in the file", at("2026-11-25T00:00:00Z")).unwrap());
    let text = envelope(serde_json::to_value(&file).unwrap());
    let read = parse_import(&text).unwrap();
    let moved_over = TeamWorkspace::migrate(&read, 7).unwrap().state();
    // Moved over a record at a time, as the Import screen does, the documents are the same.
    let mut one_by_one = common_ground::team::TeamState::migrated_shell(&read).unwrap();
    for partner in &read.partners {
        one_by_one.add_migrated(partner.id, partner).unwrap();
    }
    for coalition in &read.coalitions {
        one_by_one.add_migrated(coalition.id, coalition).unwrap();
    }
    assert_eq!(one_by_one, moved_over);

    assert_eq!(
        here.changed_on_both(&moved_over).unwrap(),
        Default::default()
    );
    here.merge(&moved_over).unwrap();
    let merged = here.workspace().unwrap();
    assert_eq!(merged.partners.len(), file.partners.len(), "no duplicates");
    assert_eq!(merged.partners[0].research.mission, "Edited here");
    assert_eq!(merged.partners.last().unwrap().name(), "Only in the file");
}

/// A file as this version exports it, with its documents' states.
fn file_with_documents(workspace: &Workspace) -> Value {
    use common_ground::team::{SharedStates, TeamWorkspace};
    let team = TeamWorkspace::migrate(workspace, 5).unwrap();
    let shared = SharedStates::write(&team.state());
    let text = export_json(workspace, Some(&shared), at("2026-12-07T10:00:00Z")).unwrap();
    assert!(text.contains("\"yrs\": {"), "the states sit under \"yrs\"");
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_file_carrying_its_documents_round_trips_and_its_states_are_read_in_full() {
    let workspace = sample_workspace();
    let file = file_with_documents(&workspace);
    let text = serde_json::to_string_pretty(&file).unwrap() + "\n";
    let mut import = SlicedImport::start(text.clone(), Room::empty()).unwrap();
    while !import.step(3).unwrap() {}
    let (read, state) = import.finish().unwrap();
    assert_eq!(read, workspace);
    let shared = common_ground::team::SharedStates::write(&state.unwrap());
    assert_eq!(
        export_json(&read, Some(&shared), at("2026-12-07T10:00:00Z")).unwrap(),
        text,
        "export, import, export gives the same bytes"
    );
}

#[test]
fn a_file_whose_documents_are_damaged_or_disagree_is_refused_in_one_sentence() {
    let workspace = sample_workspace();
    let good = file_with_documents(&workspace);
    let damaged_bytes = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode([0xff, 0x13, 0x07, 0x00, 0x42])
    };
    type Damage = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Damage)> = vec![
        (
            "not base64",
            Box::new(|file| file["yrs"]["index"] = json!("%%% not base64 %%%")),
        ),
        (
            "cut short",
            Box::new(|file| {
                let index = file["yrs"]["index"].as_str().unwrap().to_owned();
                file["yrs"]["index"] = json!(index[..index.len() / 2 / 4 * 4]);
            }),
        ),
        (
            "damaged",
            Box::new(move |file| file["yrs"]["our_group"] = json!(damaged_bytes)),
        ),
        (
            "a newer format",
            Box::new(|file| file["yrs"]["format"] = json!(99)),
        ),
        (
            "not its shape",
            Box::new(|file| file["yrs"] = json!(["index"])),
        ),
        (
            "edited by hand",
            Box::new(|file| {
                file["workspace"]["partners"][0]["organization"]["name"] = json!("Renamed by hand");
            }),
        ),
        (
            "too large",
            Box::new(|file| file["yrs"]["index"] = json!("A".repeat(6 * 1024 * 1024))),
        ),
    ];
    for (what, change) in cases {
        let mut file = good.clone();
        change(&mut file);
        let error = parse_import(&file.to_string()).unwrap_err();
        assert!(matches!(error, ImportError::Shared(_)), "{what}: {error:?}");
        let sentence = error.to_string();
        assert!(sentence.contains("(\"yrs\")"), "{what}: {sentence}");
        assert!(sentence.ends_with('.'), "{what}: {sentence}");
    }
}
