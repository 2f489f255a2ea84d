//! The storage promises, natively: edits write only what changed, saves are
//! all or nothing, workspaces never touch each other, unreadable data is set
//! aside byte for byte, and version 1 data migrates.

mod support;

use std::collections::BTreeMap;

use common_ground::model::{DeviceMeta, Partner, SCHEMA_VERSION, Stage, Workspace};
use common_ground::store::{
    Changes, KeyValueStore, OWN_WORKSPACE, StoreError, WorkspaceStore, is_packed, unpack,
};
use support::{SharedMemory, at, fixture, many_partners, sample_workspace, save_all};

fn store_on(memory: &SharedMemory, namespace: &str) -> WorkspaceStore {
    WorkspaceStore::new(Box::new(memory.clone()), namespace)
}

fn now() -> common_ground::model::Timestamp {
    at("2026-11-26T10:00:00Z")
}

#[test]
fn a_saved_workspace_loads_back_whole() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    let workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let loaded = store_on(&memory, OWN_WORKSPACE).load(now()).unwrap();
    assert_eq!(loaded.workspace, workspace);
    assert!(!loaded.needs_full_save);
    assert!(loaded.set_aside.is_empty());
}

#[test]
fn nothing_stored_loads_an_empty_workspace_without_writing() {
    let memory = SharedMemory::default();
    let loaded = store_on(&memory, OWN_WORKSPACE).load(now()).unwrap();
    assert_eq!(loaded.workspace, Workspace::default());
    assert!(memory.writes().is_empty());
}

#[test]
fn an_edit_rewrites_only_that_partner_its_document_and_the_bookkeeping() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    let mut workspace = sample_workspace();
    save_all(&mut store, &workspace);
    memory.clear_writes();

    let id = workspace.partners[1].id;
    workspace.edit_partner(id, now(), |partner| partner.stage = Stage::Contacted);
    let mut changes = Changes::default();
    changes.partner(id);
    changes.meta = true;
    store
        .save(&workspace, &DeviceMeta::default(), &changes, now())
        .unwrap();

    assert_eq!(
        memory.writes(),
        [
            format!("common-ground:own:doc:{id}"),
            format!("common-ground:own:partner:{id}"),
            "common-ground:own:meta".to_owned(),
            "common-ground:own:revision".to_owned(),
        ]
    );
    assert_eq!(store.load(now()).unwrap().workspace, workspace);
}

#[test]
fn removing_a_partner_removes_its_key() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    let mut workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let removed = workspace.partners.remove(1);
    let mut changes = Changes::default();
    changes.partner(removed.id);
    changes.index = true;
    store
        .save(&workspace, &DeviceMeta::default(), &changes, now())
        .unwrap();
    let key = format!("common-ground:own:partner:{}", removed.id);
    assert!(!memory.snapshot().contains_key(&key));
    assert_eq!(store.load(now()).unwrap().workspace, workspace);
}

#[test]
fn a_full_quota_fails_the_save_and_leaves_storage_byte_identical() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    let mut workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let before = memory.snapshot();
    let used: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
    memory.limit_to(Some(used + 10));

    let added = Partner::new("One partner too many", now()).unwrap();
    workspace.add_partner(added.clone());
    let mut changes = Changes::default();
    changes.partner(added.id);
    changes.index = true;
    changes.meta = true;
    let result = store.save(&workspace, &DeviceMeta::default(), &changes, now());

    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert_eq!(memory.snapshot(), before);

    memory.limit_to(None);
    store
        .save(&workspace, &DeviceMeta::default(), &changes, now())
        .unwrap();
    assert_eq!(store.load(now()).unwrap().workspace, workspace);
}

#[test]
fn workspaces_never_touch_each_other() {
    let memory = SharedMemory::default();
    let mut own = store_on(&memory, OWN_WORKSPACE);
    let workspace = sample_workspace();
    save_all(&mut own, &workspace);
    let own_keys = memory.snapshot();

    let mut demo = store_on(&memory, "demo");
    assert_eq!(demo.load(now()).unwrap().workspace, Workspace::default());
    let demo_workspace = Workspace {
        partners: vec![Partner::new("Demo partner", now()).unwrap()],
        ..Workspace::default()
    };
    save_all(&mut demo, &demo_workspace);
    demo.delete_all().unwrap();

    assert_eq!(memory.snapshot(), own_keys);
    assert_eq!(own.load(now()).unwrap().workspace, workspace);
}

#[test]
fn delete_all_removes_every_key_of_the_workspace() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    save_all(&mut store, &sample_workspace());
    store.delete_all().unwrap();
    assert!(memory.snapshot().is_empty());
    assert_eq!(store.load(now()).unwrap().workspace, Workspace::default());
}

#[test]
fn what_delete_all_removed_is_put_back_byte_for_byte() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    save_all(&mut store, &sample_workspace());
    let mut stored = memory.snapshot();
    stored.insert(
        "common-ground:own:recovery:2026-11-26T10:00:00Z-0/index".into(),
        "{not json".into(),
    );
    stored.insert("common-ground:demo:index".into(), "other workspace".into());
    let memory = SharedMemory::with(&stored);
    let mut store = store_on(&memory, OWN_WORKSPACE);

    let removed = store.delete_all().unwrap();
    assert_eq!(
        memory.snapshot().keys().collect::<Vec<_>>(),
        ["common-ground:demo:index"]
    );
    assert!(
        removed
            .keys()
            .all(|key| key.starts_with("common-ground:own:"))
    );

    store.put_back(&removed).unwrap();
    assert_eq!(memory.snapshot(), stored);
}

#[test]
fn a_snapshot_put_back_removes_what_was_saved_since_and_leaves_other_workspaces() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    let mut demo = store_on(&memory, "demo");
    let mut smaller = sample_workspace();
    smaller.partners.truncate(1);
    save_all(&mut store, &smaller);
    let before = memory.snapshot();
    let taken = store.snapshot().unwrap();

    save_all(&mut store, &sample_workspace());
    save_all(&mut demo, &sample_workspace());
    let demo_stored: Vec<_> = memory
        .snapshot()
        .into_iter()
        .filter(|(key, _)| key.starts_with("common-ground:demo:"))
        .collect();
    assert!(memory.snapshot().len() > before.len() + demo_stored.len());

    store.put_back(&taken).unwrap();
    let after = memory.snapshot();
    let (own, other): (Vec<_>, Vec<_>) = after
        .into_iter()
        .partition(|(key, _)| key.starts_with("common-ground:own:"));
    assert_eq!(own, before.into_iter().collect::<Vec<_>>());
    assert_eq!(other, demo_stored);
    assert_eq!(store.load(now()).unwrap().workspace, smaller);
}

#[test]
fn a_corrupt_index_is_set_aside_byte_for_byte_with_the_whole_workspace() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    save_all(&mut store, &sample_workspace());
    let corrupt = "{\"schema_version\":2,\"partners\":[\u{0}garbage é";
    let mut stored = memory.snapshot();
    stored.insert("common-ground:own:index".into(), corrupt.into());
    let memory = SharedMemory::with(&stored);
    let mut store = store_on(&memory, OWN_WORKSPACE);

    let loaded = store.load(now()).unwrap();

    assert_eq!(loaded.workspace, Workspace::default());
    assert!(loaded.needs_full_save);
    let recovered = store.recovered().unwrap();
    let index_copy = recovered.iter().find(|r| r.original == "index").unwrap();
    assert_eq!(
        store.raw(&index_copy.key).unwrap().as_deref(),
        Some(corrupt)
    );
    // Every live value moved aside unchanged; nothing live is left to overwrite.
    assert_eq!(recovered.len(), stored.len());
    for entry in &recovered {
        let original = format!("common-ground:own:{}", entry.original);
        assert_eq!(
            store.raw(&entry.key).unwrap(),
            stored.get(&original).cloned()
        );
        assert!(!memory.snapshot().contains_key(&original));
    }
}

#[test]
fn a_corrupt_partner_is_set_aside_and_the_rest_loads() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    let workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let broken = &workspace.partners[0];
    let key = format!("common-ground:own:partner:{}", broken.id);
    let mut stored = memory.snapshot();
    stored.insert(key.clone(), "{\"id\": tru".into());
    let memory = SharedMemory::with(&stored);
    let mut store = store_on(&memory, OWN_WORKSPACE);

    let loaded = store.load(now()).unwrap();

    assert_eq!(loaded.workspace.partners, workspace.partners[1..]);
    assert_eq!(loaded.set_aside.len(), 1);
    assert!(loaded.needs_full_save);
    let (recovered, _reason) = &loaded.set_aside[0];
    assert_eq!(recovered.original, format!("partner:{}", broken.id));
    assert_eq!(
        store.raw(&recovered.key).unwrap().as_deref(),
        Some("{\"id\": tru")
    );
}

#[test]
fn a_record_that_no_longer_fits_the_model_is_set_aside() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    let workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let key = format!("common-ground:own:partner:{}", workspace.partners[1].id);
    let mut stored = memory.snapshot();
    stored.insert(key.clone(), "{\"id\":\"not an id\"}".into());
    let memory = SharedMemory::with(&stored);
    let loaded = store_on(&memory, OWN_WORKSPACE).load(now()).unwrap();
    assert_eq!(loaded.workspace.partners, workspace.partners[..1]);
    assert_eq!(loaded.set_aside.len(), 1);
}

#[test]
fn data_from_a_newer_version_is_neither_read_nor_set_aside() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    save_all(&mut store, &sample_workspace());
    let mut stored = memory.snapshot();
    let newer = format!(
        r#"{{"schema_version":{},"partners":[]}}"#,
        SCHEMA_VERSION + 1
    );
    stored.insert("common-ground:own:index".into(), newer);
    let memory = SharedMemory::with(&stored);
    let mut store = store_on(&memory, OWN_WORKSPACE);

    let refused = store.load(now()).unwrap_err();

    assert_eq!(
        refused,
        StoreError::NewerVersion {
            found: SCHEMA_VERSION + 1
        }
    );
    assert!(
        refused.to_string().starts_with(
            "A newer version of Common Ground is open in another tab: reload to use it."
        )
    );
    assert_eq!(memory.snapshot(), stored, "nothing moved, nothing written");
}

#[test]
fn when_there_is_no_room_to_set_data_aside_nothing_is_touched() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    save_all(&mut store, &sample_workspace());
    let mut stored = memory.snapshot();
    stored.insert("common-ground:own:index".into(), "not json".into());
    let memory = SharedMemory::with(&stored);
    let used: usize = stored.iter().map(|(k, v)| k.len() + v.len()).sum();
    memory.limit_to(Some(used + 20));

    let result = store_on(&memory, OWN_WORKSPACE).load(now());

    assert!(matches!(result, Err(StoreError::CouldNotSetAside(_))));
    assert_eq!(memory.snapshot(), stored);
    let raw = store_on(&memory, OWN_WORKSPACE).raw_live_values().unwrap();
    assert_eq!(
        raw, stored,
        "every live value is offered for download as stored"
    );
}

#[test]
fn recovered_copies_are_never_overwritten() {
    let memory = SharedMemory::default();
    for garbage in ["first garbage", "second garbage"] {
        let mut stored = memory.snapshot();
        stored.insert("common-ground:own:index".into(), garbage.into());
        for (key, value) in stored {
            use common_ground::store::KeyValueStore;
            memory.clone().set(&key, &value).unwrap();
        }
        store_on(&memory, OWN_WORKSPACE).load(now()).unwrap();
    }
    let store = store_on(&memory, OWN_WORKSPACE);
    let kept: Vec<_> = store
        .recovered()
        .unwrap()
        .iter()
        .map(|entry| store.raw(&entry.key).unwrap().unwrap())
        .collect();
    assert_eq!(kept, ["first garbage", "second garbage"]);
}

#[test]
fn version_1_storage_migrates_and_is_rewritten_in_the_current_layout() {
    let stored: BTreeMap<String, String> =
        serde_json::from_str(&fixture("storage-v1.json")).unwrap();
    let memory = SharedMemory::with(&stored);
    let mut store = store_on(&memory, OWN_WORKSPACE);

    let loaded = store.load(now()).unwrap();

    assert!(loaded.needs_full_save);
    assert!(loaded.set_aside.is_empty());
    let names: Vec<_> = loaded
        .workspace
        .partners
        .iter()
        .map(Partner::name)
        .collect();
    assert_eq!(names, ["Casa Latina", "<b>Tenants</b> & Neighbors"]);
    assert_eq!(loaded.workspace.partners[1].stage, Stage::Contacted);
    assert_eq!(
        loaded.workspace.partners[0].created_at,
        at("2026-11-20T09:12:44.512345678Z")
    );

    save_all(&mut store, &loaded.workspace);
    let index = memory.snapshot()["common-ground:own:index"].clone();
    assert!(index.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")));
    let reloaded = store_on(&memory, OWN_WORKSPACE).load(now()).unwrap();
    assert_eq!(reloaded.workspace, loaded.workspace);
    assert!(!reloaded.needs_full_save);
}

#[test]
fn only_another_tabs_completed_save_counts_as_a_foreign_change() {
    let memory = SharedMemory::default();
    let mut this_tab = store_on(&memory, OWN_WORKSPACE);
    let mut other_tab = store_on(&memory, OWN_WORKSPACE);
    save_all(&mut this_tab, &Workspace::default());
    let ours = memory.snapshot()["common-ground:own:revision"].clone();
    save_all(&mut other_tab, &sample_workspace());
    let theirs = memory.snapshot()["common-ground:own:revision"].clone();

    let revision = Some("common-ground:own:revision");
    assert!(this_tab.is_foreign_change(revision, Some(&theirs)));
    assert!(!this_tab.is_foreign_change(revision, Some(&ours)));
    assert!(
        this_tab.is_foreign_change(revision, None),
        "a deleted workspace"
    );
    assert!(this_tab.is_foreign_change(None, None), "storage cleared");
    assert!(!this_tab.is_foreign_change(Some("common-ground:own:index"), Some("{}")));
    assert!(!this_tab.is_foreign_change(Some("common-ground:demo:revision"), Some(&theirs)));
}

#[test]
fn storage_from_before_packing_loads_and_is_rewritten_packed_in_about_half_the_room() {
    let stored: BTreeMap<String, String> =
        serde_json::from_str(&fixture("storage-v2-unpacked.json")).unwrap();
    let memory = SharedMemory::with(&stored);
    let mut store = store_on(&memory, OWN_WORKSPACE);

    let loaded = store.load(now()).unwrap();

    assert!(loaded.needs_full_save, "plain records are rewritten packed");
    assert!(loaded.set_aside.is_empty());
    assert_eq!(loaded.workspace.partners.len(), 2);
    assert_eq!(loaded.workspace.coalitions.len(), 1);

    save_all(&mut store, &loaded.workspace);
    let snapshot = memory.snapshot();
    let records: Vec<_> = snapshot
        .iter()
        .filter(|(key, _)| key.contains(":partner:") || key.contains(":coalition:"))
        .collect();
    assert_eq!(records.len(), 3);
    for (key, value) in &records {
        assert!(is_packed(value), "{key} is packed");
        // Version 2 records come back migrated: the same JSON but for the
        // hosting checklist, which became a visit.
        let mut before: serde_json::Value = serde_json::from_str(&stored[*key]).unwrap();
        let after: serde_json::Value = serde_json::from_str(&unpack(value).unwrap()).unwrap();
        if let Some(partner) = before.as_object_mut() {
            partner.remove("hosting");
        }
        let mut after_without_visits = after.clone();
        if let Some(partner) = after_without_visits.as_object_mut() {
            partner.remove("visits");
        }
        assert_eq!(after_without_visits, before, "{key} holds the same JSON");
    }
    let casa = &loaded.workspace.partners[0];
    assert!(
        casa.visits[0].hosting.agenda_sent_in_advance,
        "the checklist became a visit"
    );
    // The quota counts UTF-16 code units: packed, the records take at most
    // 60% of the room their JSON would.
    let units = |text: &str| text.encode_utf16().count();
    let packed: usize = records.iter().map(|(_, value)| units(value)).sum();
    let plain: usize = records
        .iter()
        .map(|(_, value)| units(&unpack(value).unwrap()))
        .sum();
    assert!(
        packed * 10 < plain * 6,
        "{packed} code units packed, {plain} plain"
    );
    let reloaded = store_on(&memory, OWN_WORKSPACE).load(now()).unwrap();
    assert_eq!(reloaded.workspace, loaded.workspace);
    assert!(!reloaded.needs_full_save);
}

#[test]
fn a_packed_record_that_was_changed_is_set_aside_with_the_reason() {
    let memory = SharedMemory::default();
    save_all(&mut store_on(&memory, OWN_WORKSPACE), &sample_workspace());
    let snapshot = memory.snapshot();
    let (key, value) = snapshot
        .iter()
        .find(|(key, _)| key.contains(":partner:"))
        .unwrap();
    let broken = value.replacen('\u{E000}', "\u{E000}{tampered}", 1);
    memory.clone().set(key, &broken).unwrap();

    let loaded = store_on(&memory, OWN_WORKSPACE).load(now()).unwrap();

    assert_eq!(loaded.set_aside.len(), 1);
    assert!(
        loaded.set_aside[0].1.contains("packing never writes"),
        "{:?}",
        loaded.set_aside
    );
}

#[test]
fn a_thousand_partners_take_less_than_half_of_a_browsers_storage() {
    let workspace = many_partners(1_000);
    let memory = SharedMemory::default();
    let mut store = store_on(&memory, OWN_WORKSPACE);
    save_all(&mut store, &workspace);

    let used = store.used_code_units().unwrap() as u64;
    let half = common_ground::model::transfer::STORAGE_CODE_UNITS / 2;
    assert!(used < half, "{used} code units of {half}");
    println!(
        "1,000 partners take {used} code units, {:.1}% of the usual room",
        used as f64 / half as f64 * 50.0
    );
}
