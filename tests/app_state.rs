//! The app state's saving promises, natively, with timers the test fires:
//! an edit waits at most a second and then writes only what changed; a full
//! quota keeps the edit, shows the problem and retries; blocked storage
//! still works in memory; another tab's save is taken up or asked about;
//! unreadable data is set aside before anything is written.

mod support;

use std::collections::BTreeMap;
use std::rc::Rc;

use common_ground::app::state::{
    AppState, RETRY_DELAY, SAVE_DELAY, UndoWords, keep_this_version, take_other_version,
};
use common_ground::model::transfer::export_json;
use common_ground::model::{RecordId, SCHEMA_VERSION, Workspace};
use common_ground::store::{
    KeyValueStore, OWN_WORKSPACE, StoreError, WorkspaceKind, WorkspaceStore,
};
use leptos::prelude::*;
use support::tabs::{ManualTimers, memory_with_sample, open_tab};
use support::{SharedMemory, sample_workspace};

fn first_partner(state: AppState) -> RecordId {
    state
        .workspace()
        .with_untracked(|workspace| workspace.partners[0].id)
}

fn website_of(state: AppState, id: RecordId) -> Option<String> {
    state.workspace().with_untracked(|workspace| {
        workspace
            .partner(id)
            .map(|partner| partner.organization.website.clone())
    })
}

/// What a fresh tab would load from `memory` now.
fn stored_workspace(memory: &SharedMemory) -> Workspace {
    let mut store = WorkspaceStore::new(Box::new(memory.clone()), OWN_WORKSPACE);
    store
        .load(support::at("2026-11-26T10:00:00Z"))
        .unwrap()
        .workspace
}

/// The website of partner `id` as a fresh tab would load it from `memory` now.
fn stored_website(memory: &SharedMemory, id: RecordId) -> String {
    stored_workspace(memory)
        .partner(id)
        .map(|partner| partner.organization.website.clone())
        .unwrap_or_default()
}

/// Limits storage to what it holds now plus `chars`, and returns what it holds.
fn leave_room_for(memory: &SharedMemory, chars: usize) -> BTreeMap<String, String> {
    let before = memory.snapshot();
    let used: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
    memory.limit_to(Some(used + chars));
    before
}

fn revision_key() -> &'static str {
    "common-ground:own:revision"
}

fn stored_revision(memory: &SharedMemory) -> String {
    memory.snapshot()[revision_key()].clone()
}

#[test]
fn an_edit_waits_for_the_save_timer_then_writes_only_that_partner() {
    let memory = memory_with_sample();
    let (state, timers) = open_tab(&memory);
    assert!(
        timers.delays().is_empty(),
        "nothing to save after a clean load"
    );
    let id = first_partner(state);

    state.edit_partner(id, |partner| partner.organization.website = "a.org".into());
    state.edit_partner(id, |partner| partner.organization.website = "ab.org".into());

    assert!(state.has_unsaved_changes());
    assert_eq!(
        timers.delays(),
        vec![SAVE_DELAY],
        "one timer for both edits"
    );
    assert!(
        memory.writes().is_empty(),
        "nothing written before the timer"
    );
    assert_eq!(state.last_saved_at().get_untracked(), None);

    timers.fire();

    assert!(!state.has_unsaved_changes());
    assert!(state.last_saved_at().get_untracked().is_some());
    let written = memory.writes();
    assert!(written.contains(&format!("common-ground:own:partner:{id}")));
    assert!(
        !written
            .iter()
            .any(|key| key.contains(":partner:") && !key.ends_with(&id.to_string())),
        "other partners untouched: {written:?}"
    );
    assert_eq!(stored_website(&memory, id), "ab.org");
    assert!(timers.delays().is_empty(), "no timer left once saved");
}

#[test]
fn saving_now_saves_at_once_and_the_overtaken_timer_does_nothing() {
    let memory = memory_with_sample();
    let (state, timers) = open_tab(&memory);
    let id = first_partner(state);
    state.edit_partner(id, |partner| {
        partner.organization.website = "now.org".into()
    });

    assert!(state.save_now(), "everything is saved");

    assert!(!state.has_unsaved_changes());
    assert_eq!(stored_website(&memory, id), "now.org");
    memory.clear_writes();
    timers.fire();
    assert!(
        memory.writes().is_empty(),
        "the old timer found nothing to do"
    );
}

#[test]
fn a_full_quota_keeps_the_edit_shows_the_problem_and_retries() {
    let memory = memory_with_sample();
    let (state, timers) = open_tab(&memory);
    let id = first_partner(state);
    let before = leave_room_for(&memory, 100);

    let long = "x".repeat(5_000);
    state.edit_partner(id, |partner| partner.organization.website = long.clone());
    timers.fire();

    assert_eq!(
        state.problem().get_untracked(),
        Some(StoreError::QuotaExceeded)
    );
    assert_eq!(memory.snapshot(), before, "storage byte for byte as it was");
    assert!(
        state.has_unsaved_changes(),
        "the edit still waits to be saved"
    );
    assert_eq!(
        website_of(state, id),
        Some(long.clone()),
        "and is still in view"
    );
    assert_eq!(timers.delays(), vec![RETRY_DELAY]);

    timers.fire();
    assert_eq!(
        timers.delays(),
        vec![RETRY_DELAY],
        "still full: tried again later"
    );
    assert_eq!(memory.snapshot(), before);

    memory.limit_to(None);
    timers.fire();

    assert_eq!(
        state.problem().get_untracked(),
        None,
        "the problem clears once saved"
    );
    assert!(!state.has_unsaved_changes());
    assert_eq!(stored_website(&memory, id), long);
}

#[test]
fn saving_now_says_when_it_could_not_so_nothing_leaves_the_page() {
    let memory = memory_with_sample();
    let (state, _timers) = open_tab(&memory);
    let id = first_partner(state);
    let before = leave_room_for(&memory, 100);
    state.edit_partner(id, |partner| {
        partner.organization.website = "x".repeat(5_000)
    });

    assert!(!state.save_now(), "the quota is full");
    assert_eq!(memory.snapshot(), before);
    assert!(state.has_unsaved_changes());

    memory.limit_to(None);
    assert!(state.save_now(), "room again: saved");
    assert_eq!(stored_website(&memory, id), "x".repeat(5_000));
}

#[test]
fn an_import_under_a_full_quota_changes_nothing_in_memory_or_storage() {
    let memory = memory_with_sample();
    let before = memory.snapshot();
    let (state, _timers) = open_tab(&memory);
    let shown = state.workspace().get_untracked();
    memory.limit_to(Some(10));

    let mut imported = sample_workspace();
    imported.partners.truncate(1);
    let result = state.replace_workspace(imported.clone());

    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert_eq!(state.workspace().get_untracked(), shown);
    assert_eq!(memory.snapshot(), before);

    memory.limit_to(None);
    assert_eq!(state.replace_workspace(imported.clone()), Ok(()));
    assert_eq!(state.workspace().get_untracked(), imported);
    assert_eq!(stored_workspace(&memory), imported);
}

#[test]
fn blocked_storage_works_in_memory_with_the_problem_in_view() {
    let timers = Rc::new(ManualTimers::default());
    let blocked = Err(StoreError::Unavailable("access denied".into()));

    let state = AppState::new(blocked, timers.clone(), WorkspaceKind::Own);

    assert!(matches!(
        state.problem().get_untracked(),
        Some(StoreError::Unavailable(_))
    ));
    let id = state.add_partner("Casa del Pueblo").unwrap();
    timers.fire();
    assert!(!state.has_unsaved_changes(), "saved, to memory");
    assert!(
        state
            .workspace()
            .with_untracked(|w| w.partner(id).is_some())
    );
    assert!(
        matches!(
            state.problem().get_untracked(),
            Some(StoreError::Unavailable(_))
        ),
        "a save to memory does not hide that nothing reaches the browser"
    );
}

#[test]
fn another_tabs_save_is_taken_up_when_nothing_here_is_unsaved() {
    let memory = memory_with_sample();
    let (here, _) = open_tab(&memory);
    let (there, there_timers) = open_tab(&memory);
    let id = first_partner(there);
    there.edit_partner(id, |partner| {
        partner.organization.website = "there.org".into()
    });
    there_timers.fire();

    here.storage_changed_elsewhere(Some(revision_key()), Some(&stored_revision(&memory)));

    assert!(!here.conflict().get_untracked());
    assert_eq!(website_of(here, id).as_deref(), Some("there.org"));
}

#[test]
fn this_tabs_own_save_is_not_taken_for_another_tabs() {
    let memory = memory_with_sample();
    let (state, timers) = open_tab(&memory);
    let id = first_partner(state);
    state.edit_partner(id, |partner| {
        partner.organization.website = "mine.org".into()
    });
    timers.fire();
    state.edit_partner(id, |partner| {
        partner.organization.website = "mine-2.org".into()
    });

    state.storage_changed_elsewhere(Some(revision_key()), Some(&stored_revision(&memory)));

    assert!(!state.conflict().get_untracked());
    assert_eq!(website_of(state, id).as_deref(), Some("mine-2.org"));
}

/// Two tabs on one storage: `here` has an unsaved edit when `there` saves
/// another, and is told so.
fn conflicting_tabs() -> (SharedMemory, AppState, Rc<ManualTimers>, RecordId) {
    let memory = memory_with_sample();
    let (here, here_timers) = open_tab(&memory);
    let (there, there_timers) = open_tab(&memory);
    let id = first_partner(here);
    here.edit_partner(id, |partner| {
        partner.organization.website = "here.org".into()
    });
    there.edit_partner(id, |partner| {
        partner.organization.website = "there.org".into()
    });
    there_timers.fire();
    here.storage_changed_elsewhere(Some(revision_key()), Some(&stored_revision(&memory)));
    (memory, here, here_timers, id)
}

#[test]
fn another_tabs_save_with_unsaved_edits_here_asks_and_overwrites_nothing() {
    let (memory, here, here_timers, id) = conflicting_tabs();

    assert!(here.conflict().get_untracked());
    assert_eq!(
        website_of(here, id).as_deref(),
        Some("here.org"),
        "this tab's edit stays"
    );
    let theirs = memory.snapshot();
    here_timers.fire();
    here.flush();
    assert_eq!(
        memory.snapshot(),
        theirs,
        "nothing saved until the user decides"
    );
}

#[test]
fn keeping_this_version_writes_it_over_the_other_tabs() {
    let (memory, here, _, id) = conflicting_tabs();

    keep_this_version(here);

    assert!(!here.conflict().get_untracked());
    assert_eq!(stored_website(&memory, id), "here.org");
    assert!(!here.has_unsaved_changes());
}

#[test]
fn taking_the_other_version_drops_this_tabs_unsaved_edit() {
    let (memory, here, here_timers, id) = conflicting_tabs();
    let theirs = memory.snapshot();

    take_other_version(here);

    assert!(!here.conflict().get_untracked());
    assert_eq!(website_of(here, id).as_deref(), Some("there.org"));
    assert!(!here.has_unsaved_changes());
    here_timers.fire();
    assert_eq!(memory.snapshot(), theirs);
}

#[test]
fn unreadable_data_is_set_aside_then_the_rest_is_saved_in_the_current_layout() {
    let memory = memory_with_sample();
    let workspace = sample_workspace();
    let broken = workspace.partners[0].id;
    let key = format!("common-ground:own:partner:{broken}");
    let mut stored = memory.snapshot();
    stored.insert(key.clone(), "{\"id\": tru".into());
    let memory = SharedMemory::with(&stored);

    let (state, timers) = open_tab(&memory);

    let set_aside = state.set_aside().get_untracked();
    assert_eq!(set_aside.len(), 1);
    assert_eq!(set_aside[0].0.original, format!("partner:{broken}"));
    assert_eq!(
        memory
            .snapshot()
            .get(&set_aside[0].0.key)
            .map(String::as_str),
        Some("{\"id\": tru"),
        "the unreadable text is kept byte for byte"
    );
    assert_eq!(
        state.workspace().get_untracked().partners,
        workspace.partners[1..]
    );
    assert_eq!(
        timers.delays(),
        vec![SAVE_DELAY],
        "the repaired layout is written soon"
    );
    timers.fire();
    assert!(!state.has_unsaved_changes());
    assert_eq!(stored_workspace(&memory).partners, workspace.partners[1..]);
    assert!(
        state
            .recovered()
            .unwrap()
            .iter()
            .any(|r| r.original == format!("partner:{broken}"))
    );
}

/// What a newer version writes after its migration: the index in a newer
/// data format, then the revision marker.
fn newer_version_saves(memory: &SharedMemory) -> String {
    let stored = memory.snapshot();
    let index_key = "common-ground:own:index";
    let index = stored[index_key].replace(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        &format!("\"schema_version\":{}", SCHEMA_VERSION + 1),
    );
    assert_ne!(index, stored[index_key], "the index names its version");
    let revision = r#"{"tab":"a newer version","revision":1}"#;
    let mut writer = memory.clone();
    writer.set(index_key, &index).unwrap();
    writer.set(revision_key(), revision).unwrap();
    revision.to_owned()
}

#[test]
fn a_newer_version_in_another_tab_stops_this_tab_saving_and_keeps_its_edits() {
    let memory = memory_with_sample();
    let (here, timers) = open_tab(&memory);
    let id = first_partner(here);
    here.edit_partner(id, |partner| {
        partner.organization.website = "here.org".into()
    });

    let revision = newer_version_saves(&memory);
    let theirs = memory.snapshot();
    here.storage_changed_elsewhere(Some(revision_key()), Some(&revision));

    assert_eq!(
        here.problem().get_untracked(),
        Some(StoreError::NewerVersion {
            found: SCHEMA_VERSION + 1
        })
    );
    assert!(
        !here.conflict().get_untracked(),
        "no choice that would overwrite it"
    );
    assert_eq!(
        website_of(here, id).as_deref(),
        Some("here.org"),
        "the edit stays in memory"
    );
    assert!(
        here.set_aside().get_untracked().is_empty(),
        "nothing set aside"
    );
    timers.fire();
    here.flush();
    here.edit_partner(id, |partner| {
        partner.organization.website = "later.org".into()
    });
    timers.fire();
    assert_eq!(memory.snapshot(), theirs, "nothing written, nothing moved");
}

#[test]
fn a_tab_opened_on_a_newer_versions_data_sets_nothing_aside_and_saves_nothing() {
    let memory = memory_with_sample();
    newer_version_saves(&memory);
    let theirs = memory.snapshot();

    let (state, timers) = open_tab(&memory);

    assert!(matches!(
        state.problem().get_untracked(),
        Some(StoreError::NewerVersion { .. })
    ));
    assert!(state.set_aside().get_untracked().is_empty());
    timers.fire();
    state.flush();
    assert_eq!(memory.snapshot(), theirs);
}

#[test]
fn a_set_aside_record_that_reads_after_all_is_restored_and_its_copy_goes() {
    let memory = memory_with_sample();
    let workspace = sample_workspace();
    let mut corrupt = memory.clone();
    corrupt
        .set("common-ground:own:index", "{\"schema_version\": tru")
        .unwrap();
    let (state, _timers) = open_tab(&memory);
    assert!(state.workspace().with_untracked(|w| w.partners.is_empty()));
    let recovered = state.recovered().unwrap();
    let partner = &workspace.partners[0];
    let entry = recovered
        .iter()
        .find(|entry| entry.original == format!("partner:{}", partner.id))
        .unwrap();
    let index = recovered
        .iter()
        .find(|entry| entry.original == "index")
        .unwrap();
    assert!(
        state.restorable(index).is_none(),
        "an index is not a record"
    );
    assert!(
        state
            .recovered_text(entry)
            .unwrap()
            .unwrap()
            .contains(partner.name()),
        "shown unpacked"
    );

    assert_eq!(
        state.restore(entry),
        Ok(format!("Restored {}.", partner.name()))
    );

    assert_eq!(stored_workspace(&memory).partners, vec![partner.clone()]);
    assert!(
        state
            .recovered()
            .unwrap()
            .iter()
            .all(|kept| kept.key != entry.key)
    );
    assert!(state.restore(entry).is_err(), "nothing left to restore");
}

#[test]
fn a_set_aside_record_still_out_of_range_cannot_be_restored() {
    let memory = memory_with_sample();
    let workspace = sample_workspace();
    let partner = &workspace.partners[0];
    let key = format!("common-ground:own:partner:{}", partner.id);
    let mut far = serde_json::to_value(partner).unwrap();
    far["created_at"] = "+262142-12-31T00:00:00Z".into();
    memory.clone().set(&key, &far.to_string()).unwrap();
    let (state, _timers) = open_tab(&memory);
    let recovered = state.recovered().unwrap();
    let entry = recovered
        .iter()
        .find(|entry| entry.original == format!("partner:{}", partner.id))
        .unwrap();

    assert!(state.restorable(entry).is_none());
    assert!(state.restore(entry).is_err());
    assert!(
        state
            .recovered()
            .unwrap()
            .iter()
            .any(|kept| kept.key == entry.key)
    );
}

#[test]
fn a_deleted_partner_is_restored_once_however_often_restore_is_pressed() {
    let memory = memory_with_sample();
    let (state, _timers) = open_tab(&memory);
    let id = first_partner(state);
    state.remove_with_undo("it".into(), &[id], &[], None, |w| {
        w.partners.retain(|partner| partner.id != id);
    });
    state.flush();
    let deleted = state.recently_deleted().unwrap();
    assert_eq!(deleted.len(), 1);

    assert!(state.restore_deleted(&deleted[0]).is_ok());
    let again = state.restore_deleted(&deleted[0]).unwrap_err();

    assert!(again.contains("already back"), "{again}");
    let copies = state
        .workspace()
        .with_untracked(|w| w.partners.iter().filter(|p| p.id == id).count());
    assert_eq!(copies, 1);
    assert!(state.recently_deleted().unwrap().is_empty());
    assert!(stored_workspace(&memory).partner(id).is_some());
}

#[test]
fn an_import_taking_the_place_of_the_data_is_undone_down_to_the_stored_bytes() {
    let memory = memory_with_sample();
    let (state, _timers) = open_tab(&memory);
    let id = first_partner(state);
    state.edit_partner(id, |partner| partner.organization.website = "edited".into());
    state.flush();
    let before = memory.snapshot();
    let shown = state.workspace().get_untracked();

    let mut imported = sample_workspace();
    imported.partners.truncate(1);
    imported.partners[0].organization.address = "from the file".into();
    let words = UndoWords {
        done: "Replaced.".into(),
        undone: "Put back.".into(),
    };
    state
        .import_with_undo(imported.clone(), None, words)
        .unwrap();
    assert_eq!(stored_workspace(&memory).partners.len(), 1);
    assert_ne!(memory.snapshot(), before);

    state.undo();

    assert_eq!(memory.snapshot(), before);
    assert_eq!(state.workspace().get_untracked(), shown);
    assert_eq!(stored_website(&memory, id), "edited");
}

#[test]
fn a_private_note_is_saved_on_this_device_and_in_no_export_or_document() {
    let memory = memory_with_sample();
    let (state, timers) = open_tab(&memory);
    let id = first_partner(state);
    let note = "Rosa seemed wary of the board";

    state.set_private_note(id, note.into());
    timers.fire();

    let stored = memory.snapshot();
    let holding: Vec<_> = stored
        .iter()
        .filter(|(_, value)| state_reads_as(value).contains(note))
        .map(|(key, _)| key.as_str())
        .collect();
    assert_eq!(holding, ["common-ground:own:this-device"]);
    let (again, _timers) = open_tab(&memory);
    assert_eq!(again.private_note(id), note);

    let shared = state.shared_states().unwrap();
    let exported = state
        .workspace()
        .with_untracked(|w| export_json(w, Some(&shared), support::at("2026-12-07T10:00:00Z")))
        .unwrap();
    assert!(!exported.contains("Rosa seemed"));
    let documents = state
        .workspace()
        .with_untracked(|w| shared.read(w))
        .unwrap();
    let every_state = [&documents.index, &documents.our_group]
        .into_iter()
        .chain(documents.records.values());
    for bytes in every_state {
        assert!(
            !bytes
                .windows(note.len())
                .any(|part| part == note.as_bytes())
        );
    }
    assert!(!state.raw_workspace_json().unwrap().contains("Rosa seemed"));

    state.set_private_note(id, String::new());
    timers.fire();
    assert!(
        !memory
            .snapshot()
            .contains_key("common-ground:own:this-device")
    );
}

#[test]
fn emptying_recently_deleted_takes_the_private_notes_with_it_and_undo_puts_them_back() {
    let memory = memory_with_sample();
    let (state, timers) = open_tab(&memory);
    let id = first_partner(state);
    let note = "Rosa seemed wary of the board";
    state.set_private_note(id, note.into());
    state.remove_with_undo("it".into(), &[id], &[], None, |w| {
        w.partners.retain(|partner| partner.id != id);
    });
    state.flush();
    timers.fire();
    assert_eq!(
        state.private_note(id),
        note,
        "kept while it waits in Recently deleted"
    );

    assert_eq!(state.empty_recently_deleted().unwrap(), 1);
    state.flush();
    assert_eq!(state.private_note(id), "");
    assert!(
        !memory
            .snapshot()
            .values()
            .any(|value| state_reads_as(value).contains(note))
    );

    state.undo();
    state.flush();
    assert_eq!(state.private_note(id), note);
    assert_eq!(state.recently_deleted().unwrap().len(), 1);
    let (again, _timers) = open_tab(&memory);
    assert_eq!(again.private_note(id), note, "and saved so");
}

/// A stored value as text: packed values are unpacked first.
fn state_reads_as(value: &str) -> String {
    common_ground::store::unpack(value)
        .map(|text| text.into_owned())
        .unwrap_or_else(|_| value.to_owned())
}

#[test]
fn your_name_stays_with_the_device_and_moves_there_once_from_the_groups_details() {
    let memory = memory_with_sample();
    // Stored before the move: the group's details held "Your name".
    let mut stored = memory.snapshot();
    stored.insert(
        "common-ground:own:group".into(),
        r#"{"name":"Eastside Neighbors","your_name":"Sam Rivera"}"#.into(),
    );
    let memory = SharedMemory::with(&stored);
    let (state, timers) = open_tab(&memory);
    assert_eq!(
        state
            .workspace()
            .with_untracked(|w| w.our_group.your_name.clone()),
        "Sam Rivera"
    );
    timers.fire();
    let group = &memory.snapshot()["common-ground:own:group"];
    assert!(!group.contains("Sam Rivera"), "{group}");
    assert!(
        state_reads_as(&memory.snapshot()["common-ground:own:this-device"]).contains("Sam Rivera")
    );

    state.set_your_name("Ana Ruiz".into());
    timers.fire();
    let (again, _timers) = open_tab(&memory);
    assert_eq!(
        again
            .workspace()
            .with_untracked(|w| w.our_group.your_name.clone()),
        "Ana Ruiz"
    );
    let shared = state.shared_states().unwrap();
    let exported = state
        .workspace()
        .with_untracked(|w| export_json(w, Some(&shared), support::at("2026-12-07T10:00:00Z")))
        .unwrap();
    assert!(!exported.contains("Ana Ruiz") && !exported.contains("Sam Rivera"));
    // As a file reads it: without the name, which no file holds.
    let mut as_filed = state.workspace().get_untracked();
    as_filed.our_group.your_name.clear();
    let documents = shared.read(&as_filed).unwrap();
    assert!(!documents.our_group.windows(3).any(|part| part == b"Ana"));
}
