//! Merging a file from another device, natively: property tests over random
//! workspaces edited apart on two devices (a small seeded generator, so a
//! failure names its seed and replays), and the two-device story itself.
//!
//! The properties look at the merged data through its JSON, not through the
//! merge's own code: every object with an `id` and an `updated_at` is a
//! record, its "own content" is the object without its update time and
//! without its lists of records. A list of records added to the model later
//! is therefore checked without changing these tests.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use chrono::Duration;
use common_ground::model::transfer::{
    Outcome, RecordKind, check_workspace, export_json, merge, parse_import, preview,
};
use common_ground::model::{
    AfterMeeting, AgendaItem, AgendaSection, Channel, Coalition, Commitment, CommitmentStatus,
    ContactDraft, DraftStatus, Feedback, HostingChecklist, InteractionKind, Lesson, LogEntry,
    Meeting, Partner, Party, Person, Practice, PublicEvent, Question, RecordId, Response, Stage,
    Timestamp, Visit, Workspace,
};
use serde_json::Value;
use support::at;

/// How many random pairs of devices each property is checked on.
const CASES: u64 = 300;

/// A small seeded random number generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// A short text from a small vocabulary, so two devices sometimes
    /// write the same words.
    fn text(&mut self) -> String {
        const WORDS: [&str; 8] = [
            "listen",
            "tenants",
            "rally",
            "schedule",
            "Ana",
            "Luis",
            "food bank",
            "",
        ];
        (0..self.below(3) + 1)
            .map(|_| WORDS[self.below(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A random v4 id drawn from this generator, so a seed replays exactly.
    fn id(&mut self) -> RecordId {
        let bytes = (u128::from(self.next()) << 64 | u128::from(self.next())).to_be_bytes();
        uuid_text(bytes).parse().unwrap()
    }
}

fn uuid_text(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// One device's clock: each change happens 0 to 2 minutes after the last,
/// so two devices often stamp different changes with the same time.
struct Device {
    rng: Rng,
    now: Timestamp,
}

impl Device {
    fn tick(&mut self) -> Timestamp {
        self.now += Duration::minutes(self.rng.below(3) as i64);
        self.now
    }
}

/// A record the generator can create and edit.
trait Random: Sized {
    fn fresh(device: &mut Device) -> Self;
    /// Changes something and stamps the record.
    fn edit(&mut self, device: &mut Device);
}

macro_rules! random_text_record {
    ($type:ident { $text:ident } $(, $field:ident: $value:expr)*) => {
        impl Random for $type {
            fn fresh(device: &mut Device) -> Self {
                let at = device.tick();
                $type {
                    id: device.rng.id(),
                    created_at: at,
                    updated_at: at,
                    $text: device.rng.text(),
                    $($field: $value,)*
                }
            }
            fn edit(&mut self, device: &mut Device) {
                self.$text = device.rng.text();
                self.updated_at = device.tick();
            }
        }
    };
}

random_text_record!(Person { name }, role: String::new(), email: String::new(), phone: String::new(), notes: String::new(), leader: false);
random_text_record!(PublicEvent { title }, date: None, place: String::new());
random_text_record!(Practice { text });
random_text_record!(ContactDraft { body }, channel: Channel::Email, event_id: None, subject: String::new(),
    status: DraftStatus::Draft, sent_on: None, response: Response::Awaiting, follow_up_on: None);
random_text_record!(AgendaItem { title }, section: AgendaSection::Listening, minutes: 10);
random_text_record!(Question { text });
random_text_record!(LogEntry { summary }, date: None, kind: InteractionKind::Call, people: String::new(), we_made_an_ask: false, source: None,
    what_we_did: String::new(), from_them: false);
random_text_record!(Feedback { text }, date: None);
random_text_record!(Lesson { lesson }, date: None, what_we_will_change: String::new(), feedback_id: None);
random_text_record!(Visit { who }, date: None, start_time: None, duration_minutes: 90, place: String::new(),
    their_item: String::new(), agenda: String::new(), hosting: HostingChecklist::default(), notes: String::new());
random_text_record!(Commitment { what }, owner: Party::Us, due_on: None, status: CommitmentStatus::Open, meeting_id: None);

impl Random for Meeting {
    fn fresh(device: &mut Device) -> Self {
        let at = device.tick();
        Meeting {
            id: device.rng.id(),
            created_at: at,
            updated_at: at,
            date: None,
            start_time: None,
            duration_minutes: 60,
            location: device.rng.text(),
            our_attendees: Vec::new(),
            their_attendees: Vec::new(),
            agenda: (0..device.rng.below(3))
                .map(|_| AgendaItem::fresh(device))
                .collect(),
            questions: (0..device.rng.below(3))
                .map(|_| Question::fresh(device))
                .collect(),
            our_introduction: String::new(),
            after: AfterMeeting::default(),
        }
    }

    fn edit(&mut self, device: &mut Device) {
        match device.rng.below(3) {
            0 => self.location = device.rng.text(),
            1 => change_list(&mut self.agenda, device),
            _ => change_list(&mut self.questions, device),
        }
        self.updated_at = device.tick();
    }
}

/// Adds, edits or removes one record of a list, as a user would.
fn change_list<T: Random>(list: &mut Vec<T>, device: &mut Device) {
    match device.rng.below(4) {
        0 | 1 if !list.is_empty() => {
            let index = device.rng.below(list.len());
            list[index].edit(device);
        }
        2 if !list.is_empty() => {
            let index = device.rng.below(list.len());
            list.remove(index);
        }
        _ => list.push(T::fresh(device)),
    }
}

fn fresh_partner(device: &mut Device) -> Partner {
    let at = device.tick();
    let mut partner = Partner::new("Partner", at).unwrap();
    partner.id = device.rng.id();
    partner.organization.name = format!("Partner {}", device.rng.below(1000));
    for _ in 0..device.rng.below(6) {
        change_partner_list(&mut partner, device);
    }
    partner.updated_at = at;
    partner
}

fn change_partner_list(partner: &mut Partner, device: &mut Device) {
    match device.rng.below(10) {
        0 => change_list(&mut partner.people, device),
        1 => change_list(&mut partner.events, device),
        2 => change_list(&mut partner.practices, device),
        3 => change_list(&mut partner.drafts, device),
        4 => change_list(&mut partner.meetings, device),
        5 => change_list(&mut partner.log, device),
        6 => change_list(&mut partner.feedback, device),
        7 => change_list(&mut partner.lessons, device),
        8 => change_list(&mut partner.visits, device),
        _ => change_list(&mut partner.commitments, device),
    }
}

/// One change a user makes, stamping what it changes and the partner or
/// coalition holding it, as the app does.
fn change_workspace(workspace: &mut Workspace, device: &mut Device) {
    let partners = workspace.partners.len();
    match device.rng.below(10) {
        0 => workspace.partners.push(fresh_partner(device)),
        1 if partners > 0 && device.rng.chance(30) => {
            let gone = workspace.partners.remove(device.rng.below(partners)).id;
            let at = device.tick();
            for coalition in &mut workspace.coalitions {
                if coalition.partner_ids.contains(&gone) {
                    coalition.partner_ids.retain(|id| *id != gone);
                    coalition.updated_at = at;
                }
            }
        }
        2 => {
            let at = device.tick();
            let joining = if partners > 0 { device.rng.below(3) } else { 0 };
            let members = (0..joining)
                .map(|_| workspace.partners[device.rng.below(partners)].id)
                .collect::<BTreeSet<_>>();
            workspace.coalitions.push(Coalition {
                id: device.rng.id(),
                created_at: at,
                updated_at: at,
                name: format!("Coalition {}", device.rng.below(1000)),
                notes: device.rng.text(),
                partner_ids: members.into_iter().collect(),
                log: Vec::new(),
            });
        }
        3 if !workspace.coalitions.is_empty() => {
            let index = device.rng.below(workspace.coalitions.len());
            let coalition = &mut workspace.coalitions[index];
            match device.rng.below(3) {
                0 => coalition.notes = device.rng.text(),
                1 => change_list(&mut coalition.log, device),
                _ if partners > 0 => {
                    let id = workspace.partners[device.rng.below(partners)].id;
                    if !coalition.partner_ids.contains(&id) {
                        coalition.partner_ids.push(id);
                    }
                }
                _ => {}
            }
            coalition.updated_at = device.tick();
        }
        4 if partners > 0 => {
            let partner = &mut workspace.partners[device.rng.below(partners)];
            match device.rng.below(3) {
                0 => partner.stage = Stage::ALL[device.rng.below(Stage::ALL.len())],
                1 => partner.research.mission = device.rng.text(),
                _ => partner.organization.name = format!("Renamed {}", device.rng.below(1000)),
            }
            partner.updated_at = device.tick();
        }
        5 => workspace.our_group.name = device.rng.text(),
        _ if partners > 0 => {
            let partner = &mut workspace.partners[device.rng.below(partners)];
            change_partner_list(partner, device);
            partner.updated_at = device.tick();
        }
        _ => workspace.partners.push(fresh_partner(device)),
    }
}

/// A shared start, then two devices that each make their own changes.
fn two_devices(seed: u64) -> (Workspace, Workspace) {
    let start = at("2026-11-01T09:00:00Z");
    let mut first = Device {
        rng: Rng(seed),
        now: start,
    };
    let mut shared = Workspace::default();
    for _ in 0..first.rng.below(8) {
        change_workspace(&mut shared, &mut first);
    }
    let mut second = Device {
        rng: Rng(seed ^ 0x5eed),
        now: first.now,
    };
    let (mut ours, mut theirs) = (shared.clone(), shared);
    for _ in 0..first.rng.below(12) {
        change_workspace(&mut ours, &mut first);
    }
    for _ in 0..second.rng.below(12) {
        change_workspace(&mut theirs, &mut second);
    }
    (ours, theirs)
}

/// One record as the properties see it.
#[derive(Clone, Debug, PartialEq)]
struct Flat {
    parent: Option<String>,
    updated_at: String,
    /// Everything but its update time, its lists of records and its partners.
    own: Value,
    /// A coalition's partners, as a set.
    members: BTreeSet<String>,
}

/// Every record of the workspace, at any depth, by id.
fn flatten(workspace: &Workspace) -> BTreeMap<String, Flat> {
    let mut records = BTreeMap::new();
    walk(
        &serde_json::to_value(workspace).unwrap(),
        None,
        &mut records,
    );
    records
}

fn is_record(value: &Value) -> bool {
    value.get("id").is_some() && value.get("updated_at").is_some()
}

fn walk(value: &Value, parent: Option<&str>, records: &mut BTreeMap<String, Flat>) {
    match value {
        Value::Object(fields) if is_record(value) => {
            let id = fields["id"].as_str().unwrap().to_owned();
            let mut own = fields.clone();
            own.remove("updated_at");
            let members = own
                .remove("partner_ids")
                .and_then(|ids| ids.as_array().cloned())
                .unwrap_or_default()
                .iter()
                .map(|id| id.as_str().unwrap().to_owned())
                .collect();
            own.retain(
                |_, field| !matches!(field, Value::Array(items) if items.iter().all(is_record)),
            );
            for field in fields.values() {
                walk(field, Some(&id), records);
            }
            let previous = records.insert(
                id.clone(),
                Flat {
                    parent: parent.map(str::to_owned),
                    updated_at: fields["updated_at"].as_str().unwrap().to_owned(),
                    own: Value::Object(own),
                    members,
                },
            );
            assert!(previous.is_none(), "the id {id} appears twice");
        }
        Value::Object(fields) => {
            for field in fields.values() {
                walk(field, parent, records);
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, parent, records);
            }
        }
        _ => {}
    }
}

/// The ids whose record both sides changed at the same time, differently:
/// there the merge keeps "ours", whichever side that is.
fn ties(a: &BTreeMap<String, Flat>, b: &BTreeMap<String, Flat>) -> BTreeSet<String> {
    a.iter()
        .filter(|(id, ours)| {
            b.get(*id).is_some_and(|theirs| {
                theirs.updated_at == ours.updated_at && theirs.own != ours.own
            })
        })
        .map(|(id, _)| id.clone())
        .collect()
}

#[test]
fn the_merge_keeps_every_record_of_both_sides() {
    for seed in 0..CASES {
        let (ours, theirs) = two_devices(seed);
        let merged = merge(&ours, theirs.clone());
        let kept = flatten(&merged);
        for side in [&ours, &theirs] {
            for (id, record) in flatten(side) {
                let found = kept.get(&id);
                assert!(found.is_some(), "seed {seed}: record {id} was dropped");
                let found = found.unwrap();
                assert!(
                    found.updated_at >= record.updated_at,
                    "seed {seed}: {id} went back in time"
                );
                assert!(
                    record.members.is_subset(&found.members),
                    "seed {seed}: coalition {id} lost a partner"
                );
                assert_eq!(found.parent, record.parent, "seed {seed}: {id} moved");
            }
        }
        assert_eq!(check_workspace(&merged), Ok(()), "seed {seed}");
    }
}

#[test]
fn the_newer_version_of_each_record_wins() {
    for seed in 0..CASES {
        let (ours, theirs) = two_devices(seed);
        let (ours_flat, theirs_flat) = (flatten(&ours), flatten(&theirs));
        let merged = flatten(&merge(&ours, theirs));
        for (id, record) in &merged {
            let winner = match (ours_flat.get(id), theirs_flat.get(id)) {
                (Some(our), Some(their)) if their.updated_at > our.updated_at => their,
                (Some(our), _) => our,
                (None, Some(their)) => their,
                (None, None) => panic!("seed {seed}: {id} came from nowhere"),
            };
            assert_eq!(record.own, winner.own, "seed {seed}: record {id}");
        }
    }
}

#[test]
fn merging_a_workspace_into_itself_changes_nothing() {
    for seed in 0..CASES {
        let (ours, theirs) = two_devices(seed);
        for workspace in [ours, theirs] {
            assert_eq!(
                merge(&workspace, workspace.clone()),
                workspace,
                "seed {seed}"
            );
            assert!(
                preview(&workspace, &workspace)
                    .plan
                    .iter()
                    .all(|entry| entry.outcome == Outcome::Unchanged),
                "seed {seed}"
            );
        }
    }
}

#[test]
fn merging_the_same_file_twice_is_the_same_as_once() {
    for seed in 0..CASES {
        let (ours, theirs) = two_devices(seed);
        let once = merge(&ours, theirs.clone());
        assert_eq!(merge(&once, theirs.clone()), once, "seed {seed}");
        assert!(
            preview(&once, &theirs)
                .plan
                .iter()
                .all(|entry| entry.outcome == Outcome::Unchanged),
            "seed {seed}: a second merge would still change something"
        );
    }
}

#[test]
fn either_side_can_be_ours_apart_from_ties_and_order() {
    let mut ties_seen = 0;
    for seed in 0..CASES {
        let (a, b) = two_devices(seed);
        let tied = ties(&flatten(&a), &flatten(&b));
        ties_seen += tied.len();
        let ab = flatten(&merge(&a, b.clone()));
        let ba = flatten(&merge(&b, a.clone()));
        assert_eq!(
            ab.keys().collect::<Vec<_>>(),
            ba.keys().collect::<Vec<_>>(),
            "seed {seed}"
        );
        for (id, record) in &ab {
            let other = &ba[id];
            assert_eq!(record.updated_at, other.updated_at, "seed {seed}: {id}");
            assert_eq!(record.members, other.members, "seed {seed}: {id}");
            assert_eq!(record.parent, other.parent, "seed {seed}: {id}");
            if !tied.contains(id) {
                assert_eq!(record.own, other.own, "seed {seed}: {id}");
            }
        }
    }
    assert!(ties_seen > 0, "the generator should produce some ties");
}

#[test]
fn the_preview_lists_every_record_a_merge_adds_or_replaces() {
    let mut listed = 0;
    for seed in 0..CASES {
        let (ours, theirs) = two_devices(seed);
        let before = flatten(&ours);
        let after = flatten(&merge(&ours, theirs.clone()));
        let mut expected_added = BTreeSet::new();
        let mut expected_replaced = BTreeSet::new();
        let mut expected_details = BTreeSet::new();
        for (id, record) in &after {
            match (before.get(id), &record.parent) {
                (None, Some(parent)) if before.contains_key(parent) => {
                    expected_added.insert(id.clone());
                }
                (Some(old), None) if old.own != record.own => {
                    expected_details.insert(id.clone());
                }
                (Some(old), Some(_)) if old.own != record.own => {
                    expected_replaced.insert(id.clone());
                }
                _ => {}
            }
            if let Some(old) = before.get(id) {
                for member in record.members.difference(&old.members) {
                    expected_added.insert(member.clone());
                }
            }
        }

        let plan = preview(&ours, &theirs).plan;
        let (mut added, mut replaced, mut details) =
            (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for entry in &plan {
            match &entry.outcome {
                Outcome::New(_) => assert!(!before.contains_key(&entry.id.to_string())),
                Outcome::Unchanged => {
                    let id = entry.id.to_string();
                    assert_eq!(before[&id].own, after[&id].own, "seed {seed}");
                }
                Outcome::Changed(changes) => {
                    if changes.details_replaced {
                        details.insert(entry.id.to_string());
                    }
                    added.extend(changes.added.iter().map(|c| c.id.to_string()));
                    replaced.extend(changes.replaced.iter().map(|c| c.id.to_string()));
                }
            }
        }
        listed += added.len() + replaced.len();
        assert_eq!(added, expected_added, "seed {seed}: added");
        assert_eq!(replaced, expected_replaced, "seed {seed}: replaced");
        assert_eq!(details, expected_details, "seed {seed}: details");
        let new_in_file: BTreeSet<_> = theirs
            .partners
            .iter()
            .map(|p| p.id)
            .chain(theirs.coalitions.iter().map(|c| c.id))
            .filter(|id| !before.contains_key(&id.to_string()))
            .collect();
        let new_listed: BTreeSet<_> = plan
            .iter()
            .filter(|entry| matches!(entry.outcome, Outcome::New(_)))
            .map(|entry| entry.id)
            .collect();
        assert_eq!(new_listed, new_in_file, "seed {seed}: new");
    }
    assert!(listed > 0, "the generator should produce changes to list");
}

/// The laptop writes a lesson; the phone, from the same start, adds a
/// person and moves the stage later; the phone's file merged on the laptop
/// keeps both, and the preview says so first.
#[test]
fn a_lesson_from_the_laptop_and_a_person_from_the_phone_both_survive() {
    let start = at("2026-12-01T09:00:00Z");
    let shared = Workspace {
        partners: vec![Partner::new("Eastside Tenants Union", start).unwrap()],
        ..Workspace::default()
    };
    let id = shared.partners[0].id;
    let mut laptop = shared.clone();
    let lesson_at = start + Duration::hours(1);
    laptop.edit_partner(id, lesson_at, |partner| {
        partner.lessons.push(Lesson {
            id: RecordId::random(),
            created_at: lesson_at,
            updated_at: lesson_at,
            date: None,
            lesson: "We spoke before we listened".into(),
            what_we_will_change: "Ask first".into(),
            feedback_id: None,
        });
    });
    let mut phone = shared;
    let phone_at = start + Duration::hours(2);
    phone.edit_partner(id, phone_at, |partner| {
        partner.stage = Stage::Contacted;
        partner.people.push(Person {
            role: "Organizer".into(),
            ..Person::new("María Ortiz", phone_at)
        });
    });
    let file = parse_import(&export_json(&phone, None, phone_at).unwrap()).unwrap();

    let plan = preview(&laptop, &file).plan;
    assert_eq!(plan.len(), 1);
    let Outcome::Changed(changes) = &plan[0].outcome else {
        panic!("the partner should change: {plan:?}");
    };
    assert!(changes.details_replaced, "the phone moved the stage later");
    assert_eq!(changes.added.len(), 1);
    assert_eq!(changes.added[0].kind, RecordKind::Person);
    assert_eq!(changes.added[0].label, "María Ortiz");
    assert!(changes.replaced.is_empty());

    let merged = merge(&laptop, file);
    let partner = merged.partner(id).unwrap();
    assert_eq!(partner.lessons, laptop.partners[0].lessons);
    assert_eq!(partner.people, phone.partners[0].people);
    assert_eq!(partner.stage, Stage::Contacted);
}

#[test]
fn a_teammates_file_never_signs_for_this_device() {
    let mut theirs = Workspace::default();
    theirs.our_group.name = "Eastside Neighbors".into();
    theirs.our_group.your_name = "Teammate".into();
    // A new device with no group yet takes the group, not the teammate's name.
    let merged = merge(&Workspace::default(), theirs.clone());
    assert_eq!(merged.our_group.name, "Eastside Neighbors");
    assert_eq!(merged.our_group.your_name, "");
    // A device whose user gave their name keeps it.
    let mut ours = Workspace::default();
    ours.our_group.your_name = "Me".into();
    assert_eq!(merge(&ours, theirs.clone()).our_group.your_name, "Me");
    assert_eq!(theirs.signed_as_on(&ours).our_group.your_name, "Me");
}
