//! Merging a file from another device through Yrs, and the preview of it,
//! natively: property tests over random workspaces edited apart on two
//! devices (a small seeded generator, so a failure names its seed and
//! replays), and the two-device story itself.
//!
//! The properties look at the merged data through its JSON, not through the
//! preview's own code: every object with an `id` and an `updated_at` is a
//! record, its "own content" is the object without its update time and
//! without its lists of records. A list of records added to the model later
//! is therefore checked without changing these tests.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use chrono::Duration;
use common_ground::model::transfer::{Outcome, RecordKind, check_workspace, preview};
use common_ground::model::{
    AfterMeeting, AgendaItem, AgendaSection, Channel, Coalition, Commitment, CommitmentStatus,
    ContactDraft, DraftStatus, Feedback, HostingChecklist, InteractionKind, Lesson, LogEntry,
    Meeting, Partner, Party, Person, Practice, PublicEvent, Question, RecordId, Response, Stage,
    Timestamp, Visit, Workspace,
};
use common_ground::team::{
    ChangedOnBoth, FieldPath, MergeResult, SlicedMerge, TeamState, TeamWorkspace,
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
fn two_devices(seed: u64) -> (Workspace, Workspace, Workspace) {
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
    let (mut ours, mut theirs) = (shared.clone(), shared.clone());
    for _ in 0..first.rng.below(12) {
        change_workspace(&mut ours, &mut first);
    }
    for _ in 0..second.rng.below(12) {
        change_workspace(&mut theirs, &mut second);
    }
    (shared, ours, theirs)
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

/// Two devices' documents: both moved the shared start over, then each
/// wrote its own changes to it, as the app does after every edit.
struct Apart {
    ours: Workspace,
    theirs: Workspace,
    our_docs: TeamState,
    their_docs: TeamState,
}

fn apart(seed: u64) -> (Workspace, Apart) {
    let (shared, ours, theirs) = two_devices(seed);
    let start = TeamWorkspace::migrate(&shared, 1).unwrap().state();
    let written = |client, after: &Workspace| {
        let mut team = TeamWorkspace::load(&start, client).unwrap();
        team.record(&shared, after, at("2026-12-01T00:00:00Z"))
            .unwrap();
        team.state()
    };
    let apart = Apart {
        our_docs: written(2, &ours),
        their_docs: written(3, &theirs),
        ours,
        theirs,
    };
    (shared, apart)
}

/// What merging `incoming` into `local` gives, and what the preview sees
/// as changed on both, as the app works them out.
/// The merge is worked out whole and a few records at a time, as the app
/// does, and both must agree.
fn merged(local: &TeamState, incoming: &TeamState) -> (Workspace, TeamState, ChangedOnBoth) {
    let mut team = TeamWorkspace::load(local, 2).unwrap();
    let on_both = team.changed_on_both(incoming).unwrap();
    team.merge(incoming).unwrap();
    let whole = (team.workspace().unwrap(), team.state(), on_both);

    let records_per_step = 1 + local.records.len() % 3;
    let mut sliced = SlicedMerge::start(local.clone(), incoming.clone(), 2).unwrap();
    while !sliced.step(records_per_step).unwrap() {}
    let MergeResult {
        state,
        workspace,
        on_both,
    } = sliced.finish();
    assert_eq!(
        (workspace, state, on_both),
        whole,
        "a merge in slices is the whole merge"
    );
    whole
}

/// Whether `id` and every record holding it are still in `records`.
fn whole_line_in(
    id: &str,
    side: &BTreeMap<String, Flat>,
    records: &BTreeMap<String, Flat>,
) -> bool {
    let mut next = Some(id.to_owned());
    while let Some(id) = next {
        if !records.contains_key(&id) {
            return false;
        }
        next = side.get(&id).and_then(|record| record.parent.clone());
    }
    true
}

#[test]
fn the_merge_keeps_what_either_side_added_and_what_neither_removed() {
    for seed in 0..CASES {
        let (shared, apart) = apart(seed);
        let (merged, _, _) = merged(&apart.our_docs, &apart.their_docs);
        let kept = flatten(&merged);
        let (start, ours, theirs) = (
            flatten(&shared),
            flatten(&apart.ours),
            flatten(&apart.theirs),
        );
        for (side, other) in [(&ours, &theirs), (&theirs, &ours)] {
            for (id, record) in side {
                let added_here = !start.contains_key(id);
                // A record stays unless one side removed it or what holds it.
                let expected = if added_here {
                    // Kept unless the other side removed the nearest record holding it that both had.
                    let mut holder = record.parent.clone();
                    while let Some(parent) = holder.as_ref().filter(|p| !start.contains_key(*p)) {
                        holder = side.get(parent).and_then(|r| r.parent.clone());
                    }
                    holder.is_none_or(|holder| whole_line_in(&holder, &start, other))
                } else {
                    whole_line_in(id, &start, other)
                };
                assert_eq!(kept.contains_key(id), expected, "seed {seed}: record {id}");
                if let Some(found) = kept.get(id) {
                    assert_eq!(found.parent, record.parent, "seed {seed}: {id} moved");
                }
            }
        }
        for id in kept.keys() {
            assert!(
                ours.contains_key(id) || theirs.contains_key(id),
                "seed {seed}: {id} from nowhere"
            );
        }
        assert_eq!(check_workspace(&merged), Ok(()), "seed {seed}");
    }
}

#[test]
fn either_device_can_merge_first_and_both_end_the_same() {
    for seed in 0..CASES {
        let (_, apart) = apart(seed);
        let (here, _, here_both) = merged(&apart.our_docs, &apart.their_docs);
        let (there, _, there_both) = merged(&apart.their_docs, &apart.our_docs);
        assert_eq!(here, there, "seed {seed}");
        assert_eq!(
            here_both, there_both,
            "seed {seed}: both see the same fields changed on both"
        );
    }
}

#[test]
fn merging_a_workspace_into_itself_or_twice_changes_nothing() {
    for seed in 0..CASES {
        let (_, apart) = apart(seed);
        let (once, once_docs, _) = merged(&apart.our_docs, &apart.their_docs);
        // Its own documents, then the same file a second time.
        for (workspace, docs, file, file_docs) in [
            (&apart.ours, &apart.our_docs, &apart.ours, &apart.our_docs),
            (&once, &once_docs, &apart.theirs, &apart.their_docs),
        ] {
            let (again, _, on_both) = merged(docs, file_docs);
            assert_eq!(&again, workspace, "seed {seed}");
            assert_eq!(on_both, ChangedOnBoth::default(), "seed {seed}");
            assert!(
                preview(workspace, file, &again, &on_both)
                    .plan
                    .iter()
                    .all(|entry| entry.outcome == Outcome::Unchanged),
                "seed {seed}: merging again would still change something"
            );
        }
    }
}

#[test]
fn the_preview_lists_every_record_a_merge_adds_changes_or_removes() {
    let mut listed = 0;
    for seed in 0..CASES {
        let (_, apart) = apart(seed);
        let (after_merge, _, on_both) = merged(&apart.our_docs, &apart.their_docs);
        let before = flatten(&apart.ours);
        let after = flatten(&after_merge);
        let in_file: BTreeSet<String> = apart
            .theirs
            .partners
            .iter()
            .map(|p| p.id.to_string())
            .chain(apart.theirs.coalitions.iter().map(|c| c.id.to_string()))
            .collect();
        let top_of = |id: &str, records: &BTreeMap<String, Flat>| {
            let mut id = id.to_owned();
            while let Some(parent) = records.get(&id).and_then(|r| r.parent.clone()) {
                id = parent;
            }
            id
        };
        let mut expected = [
            BTreeSet::new(),
            BTreeSet::new(),
            BTreeSet::new(),
            BTreeSet::new(),
        ];
        let [added, changed, removed, details] = &mut expected;
        for (id, record) in &after {
            if !in_file.contains(&top_of(id, &after)) || !before.contains_key(&top_of(id, &after)) {
                continue;
            }
            match (before.get(id), &record.parent) {
                (None, Some(parent)) if before.contains_key(parent) => {
                    added.insert(id.clone());
                }
                (Some(old), None) if old.own != record.own => {
                    details.insert(id.clone());
                }
                (Some(old), Some(_)) if old.own != record.own => {
                    changed.insert(id.clone());
                }
                _ => {}
            }
            if let Some(old) = before.get(id) {
                added.extend(record.members.difference(&old.members).cloned());
                removed.extend(old.members.difference(&record.members).cloned());
            }
        }
        for (id, record) in &before {
            let top = top_of(id, &before);
            if let Some(parent) = &record.parent
                && !after.contains_key(id)
                && after.contains_key(parent)
                && in_file.contains(&top)
            {
                removed.insert(id.clone());
            }
        }

        let plan = preview(&apart.ours, &apart.theirs, &after_merge, &on_both).plan;
        let mut seen = [
            BTreeSet::new(),
            BTreeSet::new(),
            BTreeSet::new(),
            BTreeSet::new(),
        ];
        for entry in &plan {
            match &entry.outcome {
                Outcome::New(_) => assert!(!before.contains_key(&entry.id.to_string())),
                Outcome::Unchanged => {
                    let id = entry.id.to_string();
                    assert_eq!(before[&id].own, after[&id].own, "seed {seed}");
                }
                Outcome::Changed(changes) => {
                    if changes.details_changed {
                        seen[3].insert(entry.id.to_string());
                    }
                    for (list, index) in [
                        (&changes.added, 0),
                        (&changes.changed, 1),
                        (&changes.removed, 2),
                    ] {
                        seen[index].extend(list.iter().map(|c| c.id.to_string()));
                    }
                }
            }
        }
        listed += seen.iter().map(BTreeSet::len).sum::<usize>();
        assert_eq!(
            seen, expected,
            "seed {seed}: added, changed, removed, details"
        );
    }
    assert!(listed > 0, "the generator should produce changes to list");
}

/// A record's plain fields as its document keeps them (see the layout in
/// `team::fields`): groups by dotted names, listed records by
/// `list/<id>`, defaults left out.
fn leaves(
    fields: &serde_json::Map<String, Value>,
    path: &mut FieldPath,
    found: &mut BTreeMap<FieldPath, Value>,
) {
    fn group(
        prefix: &str,
        fields: &serde_json::Map<String, Value>,
        path: &mut FieldPath,
        found: &mut BTreeMap<FieldPath, Value>,
    ) {
        for (key, value) in fields {
            let name = format!("{prefix}{key}");
            match value {
                Value::Array(items) if items.iter().all(is_record) && !items.is_empty() => {
                    for item in items {
                        path.push(format!("{name}/{}", item["id"].as_str().unwrap()));
                        leaves(item.as_object().unwrap(), path, found);
                        path.pop();
                    }
                }
                Value::Object(inner) => group(&format!("{name}."), inner, path, found),
                Value::Null | Value::Bool(false) => {}
                Value::String(text) if text.is_empty() => {}
                Value::Array(items) if items.is_empty() => {}
                _ if key == "partner_ids" || key == "updated_at" => {}
                _ => {
                    path.push(name);
                    found.insert(path.clone(), value.clone());
                    path.pop();
                }
            }
        }
    }
    group("", fields, path, found);
}

/// Each partner's and coalition's plain fields, by record.
fn leaves_of(workspace: &Workspace) -> BTreeMap<RecordId, BTreeMap<FieldPath, Value>> {
    let json = serde_json::to_value(workspace).unwrap();
    ["partners", "coalitions"]
        .iter()
        .flat_map(|list| json[list].as_array().unwrap().clone())
        .map(|record| {
            let mut found = BTreeMap::new();
            leaves(record.as_object().unwrap(), &mut Vec::new(), &mut found);
            (record["id"].as_str().unwrap().parse().unwrap(), found)
        })
        .collect()
}

#[test]
fn fields_both_devices_changed_are_named_and_one_of_their_values_stands() {
    let mut named = 0;
    for seed in 0..CASES {
        let (shared, apart) = apart(seed);
        let (after, _, on_both) = merged(&apart.our_docs, &apart.their_docs);
        let [start, ours, theirs, merged] =
            [&shared, &apart.ours, &apart.theirs, &after].map(leaves_of);
        let mut expected: BTreeMap<RecordId, Vec<FieldPath>> = BTreeMap::new();
        for (id, our_fields) in &ours {
            let (Some(their_fields), Some(start_fields)) = (theirs.get(id), start.get(id)) else {
                continue;
            };
            for (path, our_value) in our_fields {
                let Some(their_value) = their_fields.get(path) else {
                    continue;
                };
                let was = start_fields.get(path);
                if our_value != their_value && was != Some(our_value) && was != Some(their_value) {
                    expected.entry(*id).or_default().push(path.clone());
                }
            }
        }
        assert_eq!(on_both.records, expected, "seed {seed}");
        for (id, paths) in &on_both.records {
            for path in paths {
                let Some(kept) = merged.get(id).and_then(|fields| fields.get(path)) else {
                    continue;
                };
                assert!(
                    kept == &ours[id][path] || kept == &theirs[id][path],
                    "seed {seed}: {path:?}"
                );
                named += 1;
            }
        }
    }
    assert!(
        named > 0,
        "the generator should produce fields changed on both"
    );
}

/// The laptop writes a lesson; the phone, from the same start, adds a
/// person and moves the stage on; the phone's documents merged on the
/// laptop keep both, and the preview says so first.
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
    let mut phone = shared.clone();
    let phone_at = start + Duration::hours(2);
    phone.edit_partner(id, phone_at, |partner| {
        partner.stage = Stage::Contacted;
        partner.people.push(Person {
            role: "Organizer".into(),
            ..Person::new("María Ortiz", phone_at)
        });
    });
    let moved_over = TeamWorkspace::migrate(&shared, 1).unwrap().state();
    let written = |client, after: &Workspace| {
        let mut team = TeamWorkspace::load(&moved_over, client).unwrap();
        team.record(&shared, after, phone_at).unwrap();
        team.state()
    };
    let (merged_workspace, _, on_both) = merged(&written(2, &laptop), &written(3, &phone));

    let plan = preview(&laptop, &phone, &merged_workspace, &on_both).plan;
    assert_eq!(plan.len(), 1);
    let Outcome::Changed(changes) = &plan[0].outcome else {
        panic!("the partner should change: {plan:?}");
    };
    assert!(changes.details_changed, "the phone moved the stage on");
    assert_eq!(changes.added.len(), 1);
    assert_eq!(changes.added[0].kind, RecordKind::Person);
    assert_eq!(changes.added[0].label, "María Ortiz");
    assert!(changes.changed.is_empty() && changes.removed.is_empty());
    assert!(changes.on_both.is_empty(), "they changed different things");

    let partner = merged_workspace.partner(id).unwrap();
    assert_eq!(partner.lessons, laptop.partners[0].lessons);
    assert_eq!(partner.people, phone.partners[0].people);
    assert_eq!(partner.stage, Stage::Contacted);
}
