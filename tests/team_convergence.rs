//! Converging, shown by a property test (issue 25, item 7): 2 to 4
//! simulated devices add, edit, delete, restore and empty, and exchange
//! their documents in random orders and directions. Once every device has
//! everything, all hold the same workspace; no edit is lost except where two
//! devices changed the same field (then one of their last values stands),
//! and nothing deleted comes back without Restore.
//!
//! The cases come from a fixed seed, so `make test` is reproducible; set
//! `TEAM_SEED` to a number to explore other cases, and `TEAM_CASES` to run
//! more of them.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use common_ground::model::{Coalition, Partner, Person, RecordId, Timestamp, Workspace};
use common_ground::team::{TeamState, TeamWorkspace};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use support::{at, sample_workspace};

const CASES: u32 = 1_000;
/// The seed of the cases unless `TEAM_SEED` names another.
const SEED: u64 = 25_000_001;

/// One thing a device does. Numbers pick among what the device holds.
#[derive(Clone, Debug)]
enum Step {
    AddPartner(usize),
    EditField(usize, usize),
    AddPerson(usize),
    EditPerson(usize, usize),
    RemovePerson(usize, usize),
    DeletePartner(usize),
    Restore(usize),
    Empty,
    AddCoalition,
    Join(usize, usize),
    Leave(usize, usize),
    Send {
        to: usize,
    },
    /// An edit made from what the device showed before its last merge.
    EditOlderCopy(usize, usize, usize),
}

fn step() -> impl Strategy<Value = Step> {
    let pick = 0usize..64;
    prop_oneof![
        2 => pick.clone().prop_map(Step::AddPartner),
        5 => (pick.clone(), 0usize..FIELDS.len()).prop_map(|(p, f)| Step::EditField(p, f)),
        2 => pick.clone().prop_map(Step::AddPerson),
        2 => (pick.clone(), pick.clone()).prop_map(|(p, q)| Step::EditPerson(p, q)),
        1 => (pick.clone(), pick.clone()).prop_map(|(p, q)| Step::RemovePerson(p, q)),
        1 => pick.clone().prop_map(Step::DeletePartner),
        1 => pick.clone().prop_map(Step::Restore),
        1 => Just(Step::Empty),
        1 => Just(Step::AddCoalition),
        1 => (pick.clone(), pick.clone()).prop_map(|(c, p)| Step::Join(c, p)),
        1 => (pick.clone(), pick.clone()).prop_map(|(c, p)| Step::Leave(c, p)),
        4 => (0usize..4).prop_map(|to| Step::Send { to }),
        2 => (pick.clone(), pick.clone(), 0usize..FIELDS.len())
            .prop_map(|(p, q, f)| Step::EditOlderCopy(p, q, f)),
    ]
}

/// The partner fields the steps edit, each with a way to set and read it.
type Field = (&'static str, fn(&mut Partner) -> &mut String);

const FIELDS: [Field; 4] = [
    ("mission", |p| &mut p.research.mission),
    ("tactics", |p| &mut p.research.tactics),
    ("how_they_work", |p| &mut p.research.how_they_work),
    ("short_term", |p| &mut p.value_to_them.short_term),
];

/// What the devices did, to check the end against.
#[derive(Default)]
struct Record {
    /// Each device's last value written to a partner's field.
    writes: BTreeMap<(RecordId, usize), BTreeMap<usize, String>>,
    /// People added, and people removed on some device.
    people_added: BTreeSet<(RecordId, RecordId)>,
    people_removed: BTreeSet<RecordId>,
    /// Partners and coalitions emptied from Recently deleted somewhere.
    purged: BTreeSet<RecordId>,
    /// Records restored somewhere after being deleted.
    restored: BTreeSet<RecordId>,
}

struct Device {
    number: usize,
    team: TeamWorkspace,
    written: usize,
    /// What the device showed before its last merge.
    older: Option<Workspace>,
    /// What it shows now, until its next change.
    showing: Option<Workspace>,
}

impl Device {
    /// One edit, from the workspace the device shows.
    fn change(&mut self, shown: &Workspace, now: Timestamp, change: impl FnOnce(&mut Workspace)) {
        let mut after = shown.clone();
        change(&mut after);
        self.team.record(shown, &after, now).unwrap();
        self.showing = None;
    }

    /// What the device shows: its workspace, read again after each change.
    fn shown(&mut self) -> Workspace {
        self.showing
            .get_or_insert_with(|| self.team.workspace().unwrap())
            .clone()
    }

    /// Merges another device's documents.
    fn receive(&mut self, state: &TeamState) {
        self.team.merge(state).unwrap();
        self.showing = None;
    }

    fn token(&mut self) -> String {
        self.written += 1;
        format!("device {} wrote {}", self.number, self.written)
    }
}

/// The documents every device starts from: two partners of the sample
/// workspace and one coalition, as a migration writes them.
fn start() -> TeamState {
    let mut workspace = sample_workspace();
    workspace.partners.truncate(2);
    workspace.coalitions.truncate(1);
    TeamWorkspace::migrate(&workspace, 0).unwrap().state()
}

fn run(start: &TeamState, devices: usize, steps: &[(usize, Step)]) -> Result<(), TestCaseError> {
    let mut fleet: Vec<Device> = (0..devices)
        .map(|number| Device {
            number,
            team: TeamWorkspace::load(start, number as u64 + 1).unwrap(),
            written: 0,
            older: None,
            showing: None,
        })
        .collect();
    let mut record = Record::default();
    for (tick, (who, step)) in steps.iter().enumerate() {
        let who = who % devices;
        let now = at("2026-12-07T09:00:00Z") + chrono::Duration::seconds(tick as i64);
        let shown = fleet[who].shown();
        let partners = shown.partners.len();
        let device = &mut fleet[who];
        match step {
            Step::AddPartner(place) => {
                let token = device.token();
                let partner = Partner::new(&token, now).unwrap();
                device.change(&shown, now, |w| {
                    w.partners.insert(place % (partners + 1), partner)
                });
            }
            Step::EditField(p, field) if partners > 0 => {
                let id = shown.partners[p % partners].id;
                let token = device.token();
                record
                    .writes
                    .entry((id, *field))
                    .or_default()
                    .insert(who, token.clone());
                device.change(&shown, now, |w| {
                    *FIELDS[*field].1(&mut w.partners[p % partners]) = token
                });
            }
            Step::AddPerson(p) if partners > 0 => {
                let token = device.token();
                let person = Person::new(&token, now);
                record
                    .people_added
                    .insert((shown.partners[p % partners].id, person.id));
                device.change(&shown, now, |w| {
                    w.partners[p % partners].people.push(person)
                });
            }
            Step::EditPerson(p, q) if partners > 0 => {
                let people = shown.partners[p % partners].people.len();
                if people > 0 {
                    let token = device.token();
                    device.change(&shown, now, |w| {
                        w.partners[p % partners].people[q % people].role = token
                    });
                }
            }
            Step::RemovePerson(p, q) if partners > 0 => {
                let people = &shown.partners[p % partners].people;
                if !people.is_empty() {
                    let person = people[q % people.len()].id;
                    record.people_removed.insert(person);
                    device.change(&shown, now, |w| {
                        w.partners[p % partners].people.retain(|x| x.id != person)
                    });
                }
            }
            Step::DeletePartner(p) if partners > 0 => {
                device.change(&shown, now, |w| drop(w.partners.remove(p % partners)));
            }
            Step::Restore(d) => {
                let deleted = device.team.recently_deleted();
                if !deleted.is_empty() {
                    let id = deleted[d % deleted.len()].id;
                    record.restored.insert(id);
                    device.team.restore(id);
                    device.showing = None;
                }
            }
            Step::Empty => {
                for deleted in device.team.recently_deleted() {
                    record.purged.insert(deleted.id);
                }
                device.team.empty_recently_deleted();
                device.showing = None;
            }
            Step::AddCoalition => {
                let token = device.token();
                let coalition = Coalition::new(&token, now).unwrap();
                device.change(&shown, now, |w| w.coalitions.push(coalition));
            }
            Step::Join(c, p) | Step::Leave(c, p)
                if partners > 0 && !shown.coalitions.is_empty() =>
            {
                let c = c % shown.coalitions.len();
                let partner = shown.partners[p % partners].id;
                let joining = matches!(step, Step::Join(..));
                device.change(&shown, now, |w| {
                    let ids = &mut w.coalitions[c].partner_ids;
                    ids.retain(|id| *id != partner);
                    if joining {
                        ids.push(partner);
                    }
                });
            }
            Step::Send { to } => {
                let to = to % devices;
                let state = fleet[who].team.state();
                fleet[to].older = Some(fleet[to].shown());
                fleet[to].receive(&state);
            }
            Step::EditOlderCopy(p, q, field) => {
                let Some(older) = device.older.clone() else {
                    continue;
                };
                if older.partners.is_empty() {
                    continue;
                }
                let p = p % older.partners.len();
                let id = older.partners[p].id;
                let token = device.token();
                record
                    .writes
                    .entry((id, *field))
                    .or_default()
                    .insert(who, token.clone());
                let people = older.partners[p].people.len();
                device.change(&older, now, |w| {
                    *FIELDS[*field].1(&mut w.partners[p]) = token.clone();
                    if people > 0 {
                        w.partners[p].people[q % people].role = token;
                    }
                });
            }
            _ => {}
        }
    }
    // Every device sends to the first, which then sends to every device:
    // each change reaches each device.
    let others: Vec<TeamState> = fleet[1..]
        .iter()
        .map(|device| device.team.state())
        .collect();
    for state in &others {
        fleet[0].receive(state);
    }
    let gathered = fleet[0].team.state();
    for device in fleet.iter_mut().skip(1) {
        device.receive(&gathered);
    }
    check_end(&fleet, &record)
}

fn check_end(fleet: &[Device], record: &Record) -> Result<(), TestCaseError> {
    let end = fleet[0].team.workspace().unwrap();
    let deleted = fleet[0].team.recently_deleted();
    let everything = with_everything_restored(&fleet[0].team);
    for device in &fleet[1..] {
        prop_assert_eq!(&device.team.workspace().unwrap(), &end);
        prop_assert_eq!(&device.team.recently_deleted(), &deleted);
        // What waits in Recently deleted is the same everywhere too.
        prop_assert_eq!(&with_everything_restored(&device.team), &everything);
    }
    let live: BTreeSet<RecordId> = end.partners.iter().map(|p| p.id).collect();
    prop_assert_eq!(live.len(), end.partners.len(), "a partner listed twice");
    for id in &record.purged {
        prop_assert!(!live.contains(id), "an emptied partner came back");
        prop_assert!(deleted.iter().all(|d| d.id != *id));
    }
    for partner in &end.partners {
        let people: BTreeSet<RecordId> = partner.people.iter().map(|p| p.id).collect();
        prop_assert_eq!(people.len(), partner.people.len(), "a person listed twice");
        for removed in &record.people_removed {
            prop_assert!(!people.contains(removed), "a removed person came back");
        }
        for (owner, person) in &record.people_added {
            if owner == &partner.id && !record.people_removed.contains(person) {
                prop_assert!(people.contains(person), "an added person was lost");
            }
        }
        for (field, (name, read)) in FIELDS.iter().enumerate() {
            let Some(last) = record.writes.get(&(partner.id, field)) else {
                continue;
            };
            let value = read(&mut partner.clone()).clone();
            prop_assert!(
                last.values().any(|written| *written == value),
                "{name} of {} is {value:?}, none of the last values written: {last:?}",
                partner.organization.name
            );
        }
    }
    Ok(())
}

/// A device's workspace with everything in Recently deleted restored, read
/// from a copy of its documents.
fn with_everything_restored(team: &TeamWorkspace) -> Workspace {
    let mut copy = TeamWorkspace::load(&team.state(), 99).unwrap();
    for deleted in copy.recently_deleted() {
        copy.restore(deleted.id);
    }
    copy.workspace().unwrap()
}

fn config() -> Config {
    let number = |name: &str| std::env::var(name).ok().and_then(|v| v.parse().ok());
    Config {
        cases: number("TEAM_CASES").map_or(CASES, |cases: u64| cases as u32),
        rng_seed: RngSeed::Fixed(number("TEAM_SEED").unwrap_or(SEED)),
        failure_persistence: None,
        ..Config::default()
    }
}

#[test]
fn devices_exchanging_files_in_any_order_end_with_the_same_workspace() {
    let case = (
        2usize..=4,
        prop::collection::vec((0usize..4, step()), 1..40),
    );
    let start = start();
    TestRunner::new(config())
        .run(&case, |(devices, steps)| run(&start, devices, &steps))
        .unwrap();
}
