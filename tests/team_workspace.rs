//! The workspace as Yrs documents: what two devices keep when they exchange
//! their copies (issue 25: field-level merge, deletes that travel, Restore,
//! and the same migration on every device).

mod support;

use common_ground::model::{Partner, Person, Workspace};
use common_ground::team::{RecordKind, TeamError, TeamWorkspace};
use support::{at, many_partners, sample_workspace};

const LAPTOP: u64 = 1;
const PHONE: u64 = 2;

/// Applies one edit on a device, as the app would: from what it shows to
/// the edited copy.
fn edit(device: &mut TeamWorkspace, change: impl FnOnce(&mut Workspace)) {
    let before = device.workspace().unwrap();
    let mut after = before.clone();
    change(&mut after);
    device
        .record(&before, &after, at("2026-12-07T10:00:00Z"))
        .unwrap();
}

/// Sends each device's documents to the other.
fn exchange(a: &mut TeamWorkspace, b: &mut TeamWorkspace) {
    let from_a = a.state();
    let from_b = b.state();
    a.merge(&from_b).unwrap();
    b.merge(&from_a).unwrap();
}

fn two_devices() -> (TeamWorkspace, TeamWorkspace) {
    let workspace = sample_workspace();
    (
        TeamWorkspace::migrate(&workspace, LAPTOP).unwrap(),
        TeamWorkspace::migrate(&workspace, PHONE).unwrap(),
    )
}

fn first_partner(device: &TeamWorkspace) -> Partner {
    device.workspace().unwrap().partners[0].clone()
}

#[test]
fn a_migrated_workspace_reads_back_as_it_was() {
    let workspace = sample_workspace();
    assert!(workspace.partners.iter().any(|p| !p.meetings.is_empty()));
    let team = TeamWorkspace::migrate(&workspace, LAPTOP).unwrap();
    assert_eq!(team.workspace().unwrap(), workspace);
    let reloaded = TeamWorkspace::load(&team.state(), PHONE).unwrap();
    assert_eq!(reloaded.workspace().unwrap(), workspace);
}

#[test]
fn two_devices_migrating_the_same_data_make_the_same_documents() {
    let (mut laptop, mut phone) = two_devices();
    assert_eq!(laptop.state(), phone.state());
    exchange(&mut laptop, &mut phone);
    assert_eq!(laptop.workspace().unwrap(), sample_workspace());
    assert_eq!(laptop.state(), phone.state());
}

#[test]
fn edits_to_different_fields_of_one_partner_are_both_kept() {
    let (mut laptop, mut phone) = two_devices();
    edit(&mut laptop, |w| {
        w.partners[0].research.mission = "Mission, from the laptop".into()
    });
    edit(&mut phone, |w| {
        w.partners[0].research.tactics = "Tactics, from the phone".into()
    });
    exchange(&mut laptop, &mut phone);
    for device in [&laptop, &phone] {
        let partner = first_partner(device);
        assert_eq!(partner.research.mission, "Mission, from the laptop");
        assert_eq!(partner.research.tactics, "Tactics, from the phone");
    }
}

#[test]
fn two_people_added_at_once_are_both_kept_in_a_stable_order() {
    let (mut laptop, mut phone) = two_devices();
    let now = at("2026-12-07T10:00:00Z");
    let before = first_partner(&laptop).people.len();
    edit(&mut laptop, |w| {
        w.partners[0].people.push(Person::new("Ana", now))
    });
    edit(&mut phone, |w| {
        w.partners[0].people.push(Person::new("Bea", now))
    });
    exchange(&mut laptop, &mut phone);
    let people = first_partner(&laptop).people;
    assert_eq!(people.len(), before + 2);
    assert_eq!(people, first_partner(&phone).people);
}

#[test]
fn the_same_field_changed_on_both_devices_settles_on_one_value_everywhere() {
    let (mut laptop, mut phone) = two_devices();
    edit(&mut laptop, |w| w.partners[0].research.mission = "A".into());
    edit(&mut phone, |w| w.partners[0].research.mission = "B".into());
    exchange(&mut laptop, &mut phone);
    let mission = first_partner(&laptop).research.mission;
    assert!(mission == "A" || mission == "B");
    assert_eq!(first_partner(&phone).research.mission, mission);
}

#[test]
fn an_edit_made_from_an_older_copy_does_not_bring_back_a_removed_person() {
    let (mut laptop, mut phone) = two_devices();
    let now = at("2026-12-07T09:00:00Z");
    edit(&mut laptop, |w| {
        w.partners[0].people.push(Person::new("Second", now))
    });
    exchange(&mut laptop, &mut phone);
    let person = first_partner(&laptop).people[0].id;
    // The phone shows the partner; the laptop removes a person meanwhile.
    let shown_on_phone = phone.workspace().unwrap();
    edit(&mut laptop, |w| {
        w.partners[0].people.retain(|p| p.id != person)
    });
    exchange(&mut laptop, &mut phone);
    // The phone's user edits the mission and another person's role on the
    // copy they still see, which holds the removed person.
    let mut edited = shown_on_phone.clone();
    edited.partners[0].research.mission = "Edited on the phone".into();
    edited.partners[0].people[1].role = "Edited on the phone".into();
    phone
        .record(&shown_on_phone, &edited, at("2026-12-07T11:00:00Z"))
        .unwrap();
    exchange(&mut laptop, &mut phone);
    for device in [&laptop, &phone] {
        let partner = first_partner(device);
        assert!(partner.people.iter().all(|p| p.id != person));
        assert_eq!(partner.research.mission, "Edited on the phone");
        assert_eq!(partner.people[0].role, "Edited on the phone");
    }
}

#[test]
fn a_deleted_partner_stays_deleted_and_keeps_edits_made_elsewhere_for_restore() {
    let (mut laptop, mut phone) = two_devices();
    let partner = first_partner(&laptop);
    edit(&mut laptop, |w| drop(w.partners.remove(0)));
    edit(&mut phone, |w| {
        w.partners[0].research.tactics = "Added before the delete arrived".into()
    });
    exchange(&mut laptop, &mut phone);
    for device in [&laptop, &phone] {
        let workspace = device.workspace().unwrap();
        assert!(workspace.partner(partner.id).is_none());
        let deleted = device.recently_deleted();
        assert_eq!(deleted.len(), 1);
        assert_eq!(deleted[0].id, partner.id);
        assert_eq!(deleted[0].kind, RecordKind::Partner);
        assert_eq!(deleted[0].name, partner.organization.name);
    }
    phone.restore(partner.id);
    exchange(&mut laptop, &mut phone);
    let restored = first_partner(&laptop);
    assert_eq!(restored.id, partner.id);
    assert_eq!(restored.research.tactics, "Added before the delete arrived");
    assert!(laptop.recently_deleted().is_empty());
}

#[test]
fn an_older_file_that_still_holds_a_deleted_partner_does_not_bring_it_back() {
    let (mut laptop, phone) = two_devices();
    let old_file = phone.state();
    let partner = first_partner(&laptop).id;
    edit(&mut laptop, |w| drop(w.partners.remove(0)));
    laptop.merge(&old_file).unwrap();
    assert!(laptop.workspace().unwrap().partner(partner).is_none());
    laptop.empty_recently_deleted();
    laptop.merge(&old_file).unwrap();
    assert!(laptop.workspace().unwrap().partner(partner).is_none());
    assert!(laptop.recently_deleted().is_empty());
}

#[test]
fn emptying_recently_deleted_travels_and_beats_a_restore_made_meanwhile() {
    let (mut laptop, mut phone) = two_devices();
    let partner = first_partner(&laptop).id;
    edit(&mut laptop, |w| drop(w.partners.remove(0)));
    exchange(&mut laptop, &mut phone);
    laptop.empty_recently_deleted();
    phone.restore(partner);
    exchange(&mut laptop, &mut phone);
    for device in [&laptop, &phone] {
        assert!(device.workspace().unwrap().partner(partner).is_none());
        assert!(device.recently_deleted().is_empty());
        assert!(!device.state().records.contains_key(&partner));
    }
}

#[test]
fn undoing_a_delete_brings_the_partner_back_in_its_place() {
    let (mut laptop, _) = two_devices();
    let shown = laptop.workspace().unwrap();
    let mut without = shown.clone();
    without.partners.remove(0);
    laptop
        .record(&shown, &without, at("2026-12-07T10:00:00Z"))
        .unwrap();
    assert_eq!(laptop.recently_deleted().len(), 1);
    laptop
        .record(&without, &shown, at("2026-12-07T10:00:05Z"))
        .unwrap();
    assert_eq!(laptop.workspace().unwrap(), shown);
    assert!(laptop.recently_deleted().is_empty());
}

#[test]
fn a_new_partner_travels_with_everything_in_it() {
    let (mut laptop, mut phone) = two_devices();
    let now = at("2026-12-07T10:00:00Z");
    let mut partner = Partner::new("Riverside Tenants Union", now).unwrap();
    partner.people.push(Person::new("Rosa", now));
    let added = partner.clone();
    edit(&mut laptop, move |w| w.partners.insert(1, partner));
    exchange(&mut laptop, &mut phone);
    let workspace = phone.workspace().unwrap();
    assert_eq!(workspace.partners[1], added);
    assert_eq!(workspace, laptop.workspace().unwrap());
}

#[test]
fn damaged_state_is_refused_and_changes_nothing() {
    let (mut laptop, phone) = two_devices();
    edit(&mut laptop, |w| {
        w.partners[0].research.mission = "Kept".into()
    });
    let before = laptop.state();
    let mut damaged = phone.state();
    let (_, record) = damaged.records.iter_mut().next().unwrap();
    record.truncate(record.len() / 2);
    assert_eq!(laptop.merge(&damaged), Err(TeamError::Damaged));
    let mut garbage = phone.state();
    garbage.index = b"not a yjs update".to_vec();
    assert!(laptop.merge(&garbage).is_err());
    assert_eq!(laptop.state(), before);
}

#[test]
fn a_state_reads_back_to_the_same_bytes() {
    let (mut laptop, _) = two_devices();
    edit(&mut laptop, |w| {
        w.partners[0].research.mission = "Again".into()
    });
    let state = laptop.state();
    assert_eq!(TeamWorkspace::load(&state, PHONE).unwrap().state(), state);
    assert_eq!(laptop.state(), state);
}

#[test]
#[ignore = "a measurement: cargo test --release --test team_workspace -- --ignored --nocapture"]
fn measure_state_size_at_a_thousand_partners() {
    use common_ground::model::{InteractionKind, LogEntry};
    let now = at("2026-12-07T10:00:00Z");
    let mut workspace = many_partners(1_000);
    for partner in &mut workspace.partners {
        partner.log = (0..10)
            .map(|n| {
                let mut entry = LogEntry::new(now);
                entry.kind = InteractionKind::default();
                entry.summary = format!("Called about the minutes, time {n}");
                entry
            })
            .collect();
    }
    let json = serde_json::to_string(&workspace).unwrap().len();
    let started = std::time::Instant::now();
    let team = TeamWorkspace::migrate(&workspace, LAPTOP).unwrap();
    let migrated = started.elapsed();
    let state = team.state();
    let bytes: usize = state.index.len()
        + state.our_group.len()
        + state.records.values().map(Vec::len).sum::<usize>();
    let started = std::time::Instant::now();
    let loaded = TeamWorkspace::load(&state, PHONE).unwrap();
    let read = loaded.workspace().unwrap();
    let load = started.elapsed();
    assert_eq!(read, workspace);
    println!("JSON {json} B, Yrs states {bytes} B, migrate {migrated:?}, load+read {load:?}");
}

/// Every list of records in the model is kept keyed by id: a list missing
/// from `RECORD_LISTS` would be one value, and two devices' additions to it
/// would not both be kept.
#[test]
fn every_list_of_records_is_kept_keyed_by_id() {
    use common_ground::team::{ID_LISTS, RECORD_LISTS};
    use serde_json::Value;

    fn walk(name: &str, value: &Value, found: &mut Vec<String>) {
        match value {
            Value::Object(fields) => {
                for (field, inner) in fields {
                    walk(field, inner, found);
                }
            }
            Value::Array(items) => {
                let records = items
                    .iter()
                    .all(|item| item.get("id").is_some_and(Value::is_string));
                if !items.is_empty() && records {
                    found.push(name.to_owned());
                }
                for item in items {
                    walk(name, item, found);
                }
            }
            _ => {}
        }
    }
    let workspace = serde_json::to_value(sample_workspace()).unwrap();
    let mut found = Vec::new();
    for kind in ["partners", "coalitions"] {
        for record in workspace[kind].as_array().unwrap() {
            walk(kind, record, &mut found);
        }
    }
    found.sort();
    found.dedup();
    assert!(found.len() >= 12, "{found:?}");
    for name in found {
        assert!(RECORD_LISTS.contains(&name.as_str()), "{name}");
    }
    assert_eq!(ID_LISTS, ["partner_ids"]);
    assert!(
        workspace["coalitions"][0]["partner_ids"]
            .as_array()
            .is_some_and(|ids| !ids.is_empty())
    );
}
