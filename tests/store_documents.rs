//! The workspace's Yrs documents in storage (schema 4): each saved record
//! keeps a document in step with it, a deleted one waits in Recently
//! deleted with its last edits, emptying it is for good, and data stored by
//! version 3 moves over record by record, the same way on every device.

mod support;

use common_ground::model::transfer::{Room, SlicedImport, export_json};
use common_ground::model::{DeviceMeta, RecordId, SCHEMA_VERSION, Stage, Workspace};
use common_ground::store::{Changes, OWN_WORKSPACE, RestoredRecord, WorkspaceStore};
use common_ground::team::{RecordKind, SharedStates, TeamState, TeamWorkspace};
use support::{SharedMemory, at, sample_workspace, save_all};

fn store_on(memory: &SharedMemory) -> WorkspaceStore {
    WorkspaceStore::new(Box::new(memory.clone()), OWN_WORKSPACE)
}

fn now() -> common_ground::model::Timestamp {
    at("2026-12-07T10:00:00Z")
}

/// Saves what changed to one partner (and the lists, when `listed`).
fn save_partner(store: &mut WorkspaceStore, workspace: &Workspace, id: RecordId, listed: bool) {
    let mut changes = Changes {
        index: listed,
        ..Changes::default()
    };
    changes.partner(id);
    store
        .save(workspace, &DeviceMeta::default(), &changes, now())
        .unwrap();
}

/// The workspace the stored documents hold, read as another device would.
fn as_documents_hold_it(store: &WorkspaceStore) -> Workspace {
    let state = store.team_state().unwrap();
    TeamWorkspace::load(&state, 7).unwrap().workspace().unwrap()
}

#[test]
fn a_deleted_partner_waits_in_recently_deleted_with_its_last_edits_and_comes_back() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory);
    let mut workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let id = workspace.partners[0].id;
    workspace.edit_partner(id, now(), |partner| {
        partner.research.mission = "Tenants organizing tenants".into();
    });
    save_partner(&mut store, &workspace, id, false);
    let edited = workspace.partners.remove(0);
    // As the app deletes a partner: out of its coalitions too.
    for coalition in &mut workspace.coalitions {
        coalition.partner_ids.retain(|member| *member != id);
    }
    save_all(&mut store, &workspace);

    let deleted = store.recently_deleted().unwrap();
    assert_eq!(deleted.len(), 1);
    assert_eq!(
        (deleted[0].id, deleted[0].kind, deleted[0].name.as_str()),
        (id, RecordKind::Partner, edited.name())
    );
    assert_eq!(deleted[0].deleted_at, now());
    let reloaded = store_on(&memory).load(now()).unwrap().workspace;
    assert!(reloaded.partner(id).is_none(), "out of the lists");
    assert_eq!(as_documents_hold_it(&store), workspace);

    let Some(RestoredRecord::Partner(restored)) =
        store.deleted_record(id, RecordKind::Partner).unwrap()
    else {
        panic!("the deleted partner's document reads back");
    };
    assert_eq!(*restored, edited, "with its last edit");
    workspace.partners.insert(0, *restored);
    save_partner(&mut store, &workspace, id, true);
    assert!(store.recently_deleted().unwrap().is_empty());
    assert_eq!(store_on(&memory).load(now()).unwrap().workspace, workspace);
    assert_eq!(as_documents_hold_it(&store), workspace);
}

#[test]
fn emptying_recently_deleted_is_for_good() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory);
    let mut workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let gone = workspace.partners.remove(1);
    let coalition = workspace.coalitions.remove(0);
    save_partner(&mut store, &workspace, gone.id, true);
    let mut changes = Changes {
        index: true,
        ..Changes::default()
    };
    changes.coalitions.insert(coalition.id);
    store
        .save(&workspace, &DeviceMeta::default(), &changes, now())
        .unwrap();
    assert_eq!(store.recently_deleted().unwrap().len(), 2);

    let before_emptying = memory.snapshot();
    let emptied = store.empty_recently_deleted().unwrap();
    assert_eq!(emptied.count(), 2);

    assert!(store.recently_deleted().unwrap().is_empty());
    assert!(
        store
            .deleted_record(gone.id, RecordKind::Partner)
            .unwrap()
            .is_none()
    );
    let keys: Vec<String> = memory.snapshot().into_keys().collect();
    for id in [gone.id, coalition.id] {
        assert!(
            !keys.iter().any(|key| key.contains(&id.to_string())),
            "{keys:?}"
        );
    }

    // Undo, moments later, puts back what went.
    store.put_back_emptied(&emptied).unwrap();
    assert_eq!(store.recently_deleted().unwrap().len(), 2);
    let mut snapshot = memory.snapshot();
    let index_key = "common-ground:own:doc:index";
    assert_eq!(
        (snapshot.remove(index_key).is_some(), snapshot.len()),
        (true, before_emptying.len() - 1)
    );
    for (key, value) in &snapshot {
        assert_eq!(Some(value), before_emptying.get(key), "{key}");
    }
    assert_eq!(store.empty_recently_deleted().unwrap().count(), 2);

    // A later edit that still lists it (a stale tab's Undo) does not bring it back.
    workspace.partners.push(gone.clone());
    save_partner(&mut store, &workspace, gone.id, true);
    assert!(as_documents_hold_it(&store).partner(gone.id).is_none());
    assert_eq!(store.empty_recently_deleted().unwrap().count(), 0);
}

#[test]
fn every_save_keeps_the_documents_in_step_with_the_records() {
    let memory = SharedMemory::default();
    let mut store = store_on(&memory);
    let mut workspace = sample_workspace();
    save_all(&mut store, &workspace);
    assert_eq!(as_documents_hold_it(&store), workspace);
    let first = workspace.partners[0].id;
    let second = workspace.partners[1].id;
    workspace.edit_partner(first, now(), |partner| partner.stage = Stage::Met);
    workspace.partners.swap(0, 1);
    let new_partner = common_ground::model::Partner::new("Eastside Food Co-op", now()).unwrap();
    let added = new_partner.id;
    workspace.add_partner(new_partner);
    let mut changes = Changes {
        index: true,
        ..Changes::default()
    };
    changes.partner(first);
    changes.partner(added);
    store
        .save(&workspace, &DeviceMeta::default(), &changes, now())
        .unwrap();
    assert_eq!(as_documents_hold_it(&store), workspace);
    assert_eq!(workspace.partners[0].id, second, "the order travels too");
    workspace.our_group.name = "Northside Tenants".into();
    store
        .save(
            &workspace,
            &DeviceMeta::default(),
            &Changes {
                group: true,
                ..Changes::default()
            },
            now(),
        )
        .unwrap();
    assert_eq!(as_documents_hold_it(&store), workspace);
}

/// Storage as version 3 left it: the same records, no documents.
fn stored_by_version_3(workspace: &Workspace) -> SharedMemory {
    let memory = SharedMemory::default();
    save_all(&mut store_on(&memory), workspace);
    let mut snapshot = memory.snapshot();
    snapshot.retain(|key, _| !key.contains(":doc:"));
    let index_key = "common-ground:own:index".to_owned();
    let index = snapshot[&index_key].replace(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        "\"schema_version\":3",
    );
    assert_ne!(index, snapshot[&index_key]);
    snapshot.insert(index_key, index);
    SharedMemory::with(&snapshot)
}

#[test]
fn version_3_storage_moves_over_record_by_record_and_the_same_on_every_device() {
    let workspace = sample_workspace();
    let laptop = stored_by_version_3(&workspace);
    let phone = stored_by_version_3(&workspace);

    let loaded = store_on(&laptop).load(now()).unwrap();
    assert_eq!(loaded.workspace, workspace);
    assert!(loaded.needs_index_save, "the index says version 4 at once");
    assert!(
        !loaded.needs_full_save,
        "each record moves over when next saved"
    );
    for memory in [&laptop, &phone] {
        let mut store = store_on(memory);
        store.load(now()).unwrap();
        store
            .save(
                &workspace,
                &DeviceMeta::default(),
                &Changes {
                    index: true,
                    ..Changes::default()
                },
                now(),
            )
            .unwrap();
        assert!(store.newer_version_stored().is_none());
        assert_eq!(as_documents_hold_it(&store), workspace);
    }
    let documents = |memory: &SharedMemory| {
        let mut snapshot = memory.snapshot();
        snapshot.retain(|key, _| key.contains(":doc:"));
        snapshot
    };
    assert_eq!(documents(&laptop).len(), 1, "only the index so far");
    assert_eq!(documents(&laptop), documents(&phone));
    let laptop_state = store_on(&laptop).team_state().unwrap();
    let phone_state = store_on(&phone).team_state().unwrap();
    assert_eq!(laptop_state, phone_state, "moved over the same way");
    let mut merged = TeamWorkspace::load(&laptop_state, 1).unwrap();
    merged.merge(&phone_state).unwrap();
    assert_eq!(merged.workspace().unwrap(), workspace, "no duplicates");

    // A record deleted before it was ever saved again keeps what it held.
    let mut without = workspace.clone();
    let gone = without.partners.remove(1);
    let mut store = store_on(&laptop);
    save_partner(&mut store, &without, gone.id, true);
    let Some(RestoredRecord::Partner(kept)) =
        store.deleted_record(gone.id, RecordKind::Partner).unwrap()
    else {
        panic!("a document was made for the deleted partner");
    };
    assert_eq!(*kept, gone);
}

#[test]
fn a_tab_of_version_3_stops_saving_once_version_4_has_saved() {
    let memory = stored_by_version_3(&sample_workspace());
    let mut store = store_on(&memory);
    let loaded = store.load(now()).unwrap();
    store
        .save(
            &loaded.workspace,
            &DeviceMeta::default(),
            &Changes {
                index: true,
                ..Changes::default()
            },
            now(),
        )
        .unwrap();
    let index: serde_json::Value =
        serde_json::from_str(&memory.snapshot()["common-ground:own:index"]).unwrap();
    // Version 3 refuses to save over an index newer than its own.
    assert!(index["schema_version"].as_u64() > Some(3), "{index}");
}

/// One device's file, as its export writes it, read back as an import does.
fn exchanged(from: &WorkspaceStore, workspace: &Workspace) -> TeamState {
    let shared = SharedStates::write(&from.team_state().unwrap());
    let text = export_json(workspace, Some(&shared), now()).unwrap();
    let mut import = SlicedImport::start(text, Room::empty()).unwrap();
    while !import.step(usize::MAX).unwrap() {}
    let (read, state) = import.finish().unwrap();
    assert_eq!(&read, workspace);
    state.expect("the file carries its documents")
}

/// Merges another device's documents into this one's, as "Merge with my data" does.
fn merge_into(store: &mut WorkspaceStore, incoming: &TeamState) -> Workspace {
    let mut team = TeamWorkspace::load(&store.team_state().unwrap(), 42).unwrap();
    team.merge(incoming).unwrap();
    let merged = team.workspace().unwrap();
    let changes = Changes::everything(&merged, None);
    store
        .save_with_documents(&merged, &DeviceMeta::default(), &changes, &team.state())
        .unwrap();
    merged
}

#[test]
fn two_devices_exchanging_files_keep_both_field_edits_and_a_delete_stays_deleted() {
    let laptop_memory = SharedMemory::default();
    let phone_memory = SharedMemory::default();
    let mut laptop = store_on(&laptop_memory);
    let mut phone = store_on(&phone_memory);
    let mut on_laptop = sample_workspace();
    // A coalition would list the deleted partner: the app takes it out of
    // coalitions when deleting, which is not what this test is about.
    on_laptop.coalitions.clear();
    save_all(&mut laptop, &on_laptop);
    let mut on_phone = merge_into(&mut phone, &exchanged(&laptop, &on_laptop));
    assert_eq!(
        on_phone, on_laptop,
        "the phone starts from the laptop's file"
    );

    let shared = on_laptop.partners[0].id;
    on_laptop.edit_partner(shared, now(), |p| {
        p.research.mission = "From the laptop".into()
    });
    save_partner(&mut laptop, &on_laptop, shared, false);
    let deleted = on_laptop.partners.remove(1);
    save_partner(&mut laptop, &on_laptop, deleted.id, true);
    on_phone.edit_partner(shared, now(), |p| {
        p.research.how_they_work = "From the phone".into()
    });
    on_phone.edit_partner(deleted.id, now(), |p| {
        p.research.mission = "Edited before the delete arrived".into()
    });
    save_partner(&mut phone, &on_phone, shared, false);
    save_partner(&mut phone, &on_phone, deleted.id, false);

    let from_phone = exchanged(&phone, &on_phone);
    let from_laptop = exchanged(&laptop, &on_laptop);
    let laptop_now = merge_into(&mut laptop, &from_phone);
    let phone_now = merge_into(&mut phone, &from_laptop);

    assert_eq!(laptop_now, phone_now, "both devices hold the same");
    let partner = laptop_now.partner(shared).unwrap();
    assert_eq!(partner.research.mission, "From the laptop");
    assert_eq!(partner.research.how_they_work, "From the phone");
    assert!(laptop_now.partner(deleted.id).is_none(), "the delete stays");
    for store in [&phone, &laptop] {
        let Some(RestoredRecord::Partner(kept)) = store
            .deleted_record(deleted.id, RecordKind::Partner)
            .unwrap()
        else {
            panic!("the deleted partner waits in Recently deleted");
        };
        assert_eq!(kept.research.mission, "Edited before the delete arrived");
    }
    assert_eq!(
        store_on(&laptop_memory).load(now()).unwrap().workspace,
        laptop_now
    );
}

/// A "Share this partner" (or coalition) file of record `id`, read back as an import does.
fn shared_file(from: &WorkspaceStore, id: RecordId) -> (Workspace, TeamState) {
    let state = from.shared_record(id).unwrap().expect("a live record");
    let readable = TeamWorkspace::load(&state, 9).unwrap().workspace().unwrap();
    let text = export_json(&readable, Some(&SharedStates::write(&state)), now()).unwrap();
    let mut import = SlicedImport::start(text, Room::empty()).unwrap();
    while !import.step(usize::MAX).unwrap() {}
    let (read, state) = import.finish().unwrap();
    (
        read,
        state.expect("the file carries the partner's document"),
    )
}

#[test]
fn a_shared_partner_joins_a_teammates_workspace_with_everything_in_it_and_nothing_else_changes() {
    let (mine, theirs) = (SharedMemory::default(), SharedMemory::default());
    let mut store = store_on(&mine);
    let workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let shared = workspace
        .partners
        .iter()
        .find(|p| !p.meetings.is_empty() && !p.people.is_empty())
        .expect("a partner with meetings and people");

    let (readable, state) = shared_file(&store, shared.id);
    assert_eq!(readable.partners, std::slice::from_ref(shared));
    assert!(readable.coalitions.is_empty());

    let mut teammate = store_on(&theirs);
    let mut their_workspace = Workspace::default();
    their_workspace.our_group.name = "Their group, kept".into();
    their_workspace.partners.push(workspace.partners[1].clone());
    their_workspace.partners[0].id = RecordId::random();
    save_all(&mut teammate, &their_workspace);
    let merged = merge_into(&mut teammate, &state);

    assert_eq!(merged.our_group.name, "Their group, kept");
    assert_eq!(merged.partners.len(), 2);
    let theirs = &their_workspace.partners[0];
    assert_eq!(merged.partner(theirs.id), Some(theirs));
    assert_eq!(merged.partner(shared.id), Some(shared));
}

#[test]
fn a_shared_partner_the_teammate_deleted_stays_deleted_and_one_they_emptied_stays_gone() {
    let (mine, theirs) = (SharedMemory::default(), SharedMemory::default());
    let mut store = store_on(&mine);
    let mut workspace = sample_workspace();
    workspace.coalitions.clear();
    save_all(&mut store, &workspace);
    let mut teammate = store_on(&theirs);
    let mut their_workspace = merge_into(&mut teammate, &exchanged(&store, &workspace));
    let id = workspace.partners[0].id;
    their_workspace.partners.retain(|p| p.id != id);
    save_partner(&mut teammate, &their_workspace, id, true);

    workspace.edit_partner(id, now(), |p| p.research.mission = "Edited here".into());
    save_partner(&mut store, &workspace, id, false);
    let (_, state) = shared_file(&store, id);
    let merged = merge_into(&mut teammate, &state);

    assert!(merged.partner(id).is_none(), "the teammate's delete stays");
    let Some(RestoredRecord::Partner(kept)) =
        teammate.deleted_record(id, RecordKind::Partner).unwrap()
    else {
        panic!("the partner waits in Recently deleted");
    };
    assert_eq!(kept.research.mission, "Edited here", "with the shared edit");

    teammate.empty_recently_deleted().unwrap();
    let merged = merge_into(&mut teammate, &state);
    assert!(merged.partner(id).is_none(), "emptied stays gone");
    assert!(teammate.recently_deleted().unwrap().is_empty());
}

#[test]
fn a_shared_coalition_joins_a_teammates_workspace_with_its_partners() {
    let (mine, theirs) = (SharedMemory::default(), SharedMemory::default());
    let mut store = store_on(&mine);
    let workspace = sample_workspace();
    save_all(&mut store, &workspace);
    let coalition = workspace.coalitions[0].clone();
    assert!(!coalition.partner_ids.is_empty() && !coalition.log.is_empty());

    let (readable, state) = shared_file(&store, coalition.id);
    assert_eq!(readable.coalitions, std::slice::from_ref(&coalition));
    let members: Vec<_> = readable.partners.iter().map(|p| p.id).collect();
    assert_eq!(members, coalition.partner_ids, "its partners, and no other");

    let mut teammate = store_on(&theirs);
    save_all(&mut teammate, &Workspace::default());
    let merged = merge_into(&mut teammate, &state);
    assert_eq!(merged.coalition(coalition.id), Some(&coalition));
    for id in &coalition.partner_ids {
        assert_eq!(merged.partner(*id), workspace.partner(*id));
    }
}
