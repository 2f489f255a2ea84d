//! Import that cannot be broken: 10,000 mutations of the committed export
//! fixture (cut short, fields removed or retyped, ids duplicated, huge
//! strings, deep nesting, wrong versions, and mixes of them) are read by the
//! import. It never panics; a refusal says what is wrong in a sentence of its
//! own and leaves the stored workspace byte for byte as it was; a file it
//! accepts holds a valid workspace that exports and imports again unchanged.
//!
//! The same holds for the documents' Yrs states a file carries beside its
//! records (under `"yrs"`): 10,000 more files have those states damaged,
//! cut short, swapped, replaced by other bytes, from another format or at
//! odds with the records. A file that is read merges into a stored
//! workspace through Yrs without fault and gives a valid workspace.
//!
//! The cases come from a fixed seed, so `make test` is reproducible; set
//! `IMPORT_MUTATION_SEED` to a number to explore other cases.

mod support;

use std::sync::OnceLock;

use common_ground::model::Workspace;
use common_ground::model::transfer::{
    ImportError, MAX_NESTING, Room, SlicedImport, check_workspace, export_json, parse_import,
};
use common_ground::store::WorkspaceStore;
use common_ground::team::{SharedStates, TeamState, TeamWorkspace};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::RngSeed;
use serde_json::{Map, Value, json};
use support::{SharedMemory, at, fixture, sample_workspace, save_all};

const CASES: u32 = 10_000;
/// The seed of the cases unless `IMPORT_MUTATION_SEED` names another.
const SEED: u64 = 20_261_126;

fn seed() -> u64 {
    std::env::var("IMPORT_MUTATION_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
        .unwrap_or(SEED)
}

/// One change to the fixture.
#[derive(Clone, Debug)]
enum Mutation {
    /// Removes the value at the chosen place.
    Remove(Index),
    /// Puts a value of the chosen kind in the chosen place.
    Retype(Index, Kind),
    /// Gives the second chosen id the value of the first.
    DuplicateId(Index, Index),
    /// Makes the chosen string this many characters long.
    Huge(Index, usize),
    /// Wraps the chosen value in this many arrays.
    Nest(Index, usize),
    /// Sets the envelope's schema version.
    Version(Value),
}

/// A kind of JSON value to put where another was.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Null,
    Bool,
    Number,
    Text,
    Array,
    Object,
}

impl Kind {
    fn value(self) -> Value {
        match self {
            Kind::Null => Value::Null,
            Kind::Bool => json!(true),
            Kind::Number => json!(-1),
            Kind::Text => json!("not what was here"),
            Kind::Array => json!([]),
            Kind::Object => Value::Object(Map::new()),
        }
    }
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        Just(Kind::Null),
        Just(Kind::Bool),
        Just(Kind::Number),
        Just(Kind::Text),
        Just(Kind::Array),
        Just(Kind::Object),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::Remove),
        3 => (any::<Index>(), kind()).prop_map(|(at, kind)| Mutation::Retype(at, kind)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::DuplicateId(a, b)),
        1 => (any::<Index>(), 1_000usize..100_000).prop_map(|(at, len)| Mutation::Huge(at, len)),
        1 => (any::<Index>(), 1usize..2 * MAX_NESTING).prop_map(|(at, depth)| Mutation::Nest(at, depth)),
        1 => prop_oneof![
            Just(json!(0)),
            Just(json!(-3)),
            Just(json!(999)),
            Just(json!("2")),
            Just(json!(2.5)),
            Just(Value::Null),
        ]
        .prop_map(Mutation::Version),
    ]
}

/// The JSON pointer of every value below the root, in document order.
fn pointers(value: &Value) -> Vec<String> {
    fn walk(value: &Value, at: String, into: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                    into.push(here.clone());
                    walk(child, here, into);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let here = format!("{at}/{index}");
                    into.push(here.clone());
                    walk(child, here, into);
                }
            }
            _ => {}
        }
    }
    let mut into = Vec::new();
    walk(value, String::new(), &mut into);
    into
}

/// The pointers whose values pass `keep`.
fn pointers_where(value: &Value, keep: impl Fn(&str, &Value) -> bool) -> Vec<String> {
    pointers(value)
        .into_iter()
        .filter(|pointer| keep(pointer, value.pointer(pointer).unwrap_or(&Value::Null)))
        .collect()
}

fn remove(value: &mut Value, pointer: &str) {
    let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", pointer));
    match value.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.remove(&last.replace("~1", "/").replace("~0", "~"));
        }
        Some(Value::Array(items)) => {
            if let Ok(index) = last.parse::<usize>()
                && index < items.len()
            {
                items.remove(index);
            }
        }
        _ => {}
    }
}

fn apply(value: &mut Value, mutation: &Mutation) {
    match mutation {
        Mutation::Remove(at) => {
            let all = pointers(value);
            if !all.is_empty() {
                remove(value, &all[at.index(all.len())]);
            }
        }
        Mutation::Retype(at, kind) => {
            let all = pointers(value);
            if !all.is_empty()
                && let Some(slot) = value.pointer_mut(&all[at.index(all.len())])
            {
                *slot = kind.value();
            }
        }
        Mutation::DuplicateId(first, second) => {
            let ids = pointers_where(value, |pointer, found| {
                pointer.ends_with("/id") && found.is_string()
            });
            if ids.len() > 1 {
                let source = value.pointer(&ids[first.index(ids.len())]).cloned();
                if let (Some(id), Some(slot)) =
                    (source, value.pointer_mut(&ids[second.index(ids.len())]))
                {
                    *slot = id;
                }
            }
        }
        Mutation::Huge(at, len) => {
            let texts = pointers_where(value, |_, found| found.is_string());
            if !texts.is_empty()
                && let Some(slot) = value.pointer_mut(&texts[at.index(texts.len())])
            {
                *slot = json!("é".repeat(*len));
            }
        }
        Mutation::Nest(at, depth) => {
            let all = pointers(value);
            if !all.is_empty()
                && let Some(slot) = value.pointer_mut(&all[at.index(all.len())])
            {
                let mut nested = slot.take();
                for _ in 0..*depth {
                    nested = json!([nested]);
                }
                *slot = nested;
            }
        }
        Mutation::Version(version) => value["schema_version"] = version.clone(),
    }
}

/// A store holding the sample workspace, and the memory under it.
fn stored_sample() -> (SharedMemory, WorkspaceStore) {
    let memory = SharedMemory::default();
    let mut store = WorkspaceStore::new(Box::new(memory.clone()), "own");
    save_all(&mut store, &sample_workspace());
    (memory, store)
}

/// What the Import screen does with a file's text: read it in full, and only
/// then replace what is stored.
fn import_into(store: &mut WorkspaceStore, text: &str) -> Result<Workspace, ImportError> {
    let workspace = parse_import(text)?;
    save_all(store, &workspace);
    Ok(workspace)
}

/// Whether a refusal names what is wrong: a whole sentence, and for a record
/// its name and the problem.
fn names_the_problem(error: &ImportError) -> bool {
    let message = error.to_string();
    let sentence = message.starts_with(char::is_uppercase)
        && message.ends_with('.')
        && message.split_whitespace().count() >= 3;
    let specific = match error {
        ImportError::MissingField { record, field } => !record.is_empty() && !field.is_empty(),
        ImportError::Invalid { record, problem } => !record.is_empty() && !problem.is_empty(),
        ImportError::DuplicateId { first, second, .. } => !first.is_empty() && !second.is_empty(),
        _ => true,
    };
    sentence && specific
}

/// Cuts `text` short at the chosen place, on a character's boundary.
fn cut_short(text: &mut String, at: &Index) {
    let mut end = at.index(text.len().max(1));
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
}

/// The fixture after `edit`, as text.
fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&fixture("export-v3.json")).unwrap();
    edit(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

#[test]
fn each_kind_of_damage_is_refused_by_name() {
    let refusal = |text: &str| parse_import(text).unwrap_err().to_string();
    let no_id = edited(|value| remove(value, "/workspace/partners/0/id"));
    assert!(
        refusal(&no_id).contains("missing the required field \"id\""),
        "{}",
        refusal(&no_id)
    );
    let retyped = edited(|value| value["workspace"]["partners"][0]["created_at"] = json!(-1));
    assert!(
        refusal(&retyped).starts_with("Partner"),
        "{}",
        refusal(&retyped)
    );
    let twice = edited(|value| {
        value["workspace"]["partners"][1]["id"] = value["workspace"]["partners"][0]["id"].clone();
    });
    assert!(refusal(&twice).starts_with("Two records share the id"));
    let deep = edited(|value| {
        let mut nested = value["workspace"]["our_group"].take();
        for _ in 0..=MAX_NESTING {
            nested = json!([nested]);
        }
        value["workspace"]["our_group"] = nested;
    });
    assert!(refusal(&deep).contains("levels deep"));
    let newer = edited(|value| value["schema_version"] = json!(999));
    assert!(refusal(&newer).contains("newer version"));
    let text_version = edited(|value| value["schema_version"] = json!("2"));
    assert!(refusal(&text_version).contains("schema_version"));
    let whole = fixture("export-v3.json");
    assert!(refusal(&whole[..whole.len() / 2]).contains("truncated"));
    for text in [
        &no_id,
        &retyped,
        &twice,
        &deep,
        &newer,
        &text_version,
        "",
        "  ",
    ] {
        assert!(names_the_problem(&parse_import(text).unwrap_err()));
    }
}

/// One change to the documents' states of a file that carries them.
#[derive(Clone, Debug)]
enum StateMutation {
    /// Puts another base64 character at a place in one state.
    Flip(Index, Index, Index),
    /// Cuts one state short.
    Cut(Index, Index),
    /// Puts these bytes, as base64, in place of one state.
    Replace(Index, Vec<u8>),
    /// Gives one record the state of another part.
    Swap(Index, Index),
    /// Any of the mutations of the records, made inside `"yrs"`.
    Json(Mutation),
    /// Any of the mutations of the records, made to them: the states then
    /// disagree with the records.
    Records(Mutation),
    /// Sets the states' format version.
    Format(Value),
}

fn state_mutation() -> impl Strategy<Value = StateMutation> {
    prop_oneof![
        3 => (any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(part, at, to)| StateMutation::Flip(part, at, to)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(part, at)| StateMutation::Cut(part, at)),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 0..64))
            .prop_map(|(part, bytes)| StateMutation::Replace(part, bytes)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| StateMutation::Swap(a, b)),
        2 => mutation().prop_map(StateMutation::Json),
        1 => mutation().prop_map(StateMutation::Records),
        1 => prop_oneof![Just(json!(2)), Just(json!(-1)), Just(json!("1")), Just(Value::Null)]
            .prop_map(StateMutation::Format),
    ]
}

/// The sample as this version exports it, with its documents' states.
fn export_with_states() -> Value {
    static FILE: OnceLock<Value> = OnceLock::new();
    FILE.get_or_init(|| {
        let workspace = sample_workspace();
        let team = TeamWorkspace::migrate(&workspace, 5).unwrap();
        let shared = SharedStates::write(&team.state());
        let text = export_json(&workspace, Some(&shared), at("2026-12-07T10:00:00Z")).unwrap();
        serde_json::from_str(&text).unwrap()
    })
    .clone()
}

/// The documents a device holding the sample keeps.
fn stored_states() -> &'static TeamState {
    static STATES: OnceLock<TeamState> = OnceLock::new();
    STATES.get_or_init(|| stored_sample().1.team_state().unwrap())
}

/// The pointers of the base64 states in a file.
fn state_pointers(file: &Value) -> Vec<String> {
    pointers_where(file, |pointer, found| {
        found.is_string()
            && (pointer == "/yrs/index"
                || pointer == "/yrs/our_group"
                || pointer.starts_with("/yrs/records/"))
    })
}

fn apply_to_states(file: &mut Value, mutation: &StateMutation) {
    use base64::Engine;
    const BASE64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let states = state_pointers(file);
    let pick = |index: &Index| states.get(index.index(states.len().max(1))).cloned();
    match mutation {
        StateMutation::Flip(part, at, to) => {
            if let Some(Value::String(text)) = pick(part).and_then(|p| file.pointer_mut(&p)) {
                let mut bytes = text.clone().into_bytes();
                if !bytes.is_empty() {
                    let at = at.index(bytes.len());
                    bytes[at] = BASE64[to.index(BASE64.len())];
                    *text = String::from_utf8(bytes).unwrap_or_default();
                }
            }
        }
        StateMutation::Cut(part, at) => {
            if let Some(Value::String(text)) = pick(part).and_then(|p| file.pointer_mut(&p)) {
                cut_short(text, at);
            }
        }
        StateMutation::Replace(part, bytes) => {
            if let Some(slot) = pick(part).and_then(|p| file.pointer_mut(&p)) {
                *slot = json!(base64::engine::general_purpose::STANDARD.encode(bytes));
            }
        }
        StateMutation::Swap(a, b) => {
            if let (Some(a), Some(b)) = (pick(a), pick(b)) {
                let taken = file.pointer(&b).cloned();
                if let (Some(taken), Some(slot)) = (taken, file.pointer_mut(&a)) {
                    *slot = taken;
                }
            }
        }
        StateMutation::Json(inner) => {
            let mut states = file["yrs"].take();
            apply(&mut states, inner);
            file["yrs"] = states;
        }
        StateMutation::Records(inner) => {
            let mut records = file["workspace"].take();
            apply(&mut records, inner);
            file["workspace"] = records;
        }
        StateMutation::Format(format) => file["yrs"]["format"] = format.clone(),
    }
}

/// What the Import screen does with such a file: read it in slices, then
/// merge its documents into the stored ones through Yrs.
fn read_with_states(text: &str) -> Result<(Workspace, Option<TeamState>), ImportError> {
    let mut import = SlicedImport::start(text.to_owned(), Room::empty())?;
    while !import.step(16)? {}
    import.finish()
}

#[test]
fn damaged_states_are_refused_by_name() {
    let refusal = |edit: &dyn Fn(&mut Value)| {
        let mut file = export_with_states();
        edit(&mut file);
        let text = serde_json::to_string_pretty(&file).unwrap();
        read_with_states(&text)
            .err()
            .map(|error| error.to_string())
            .unwrap_or_default()
    };
    let cut = refusal(&|file| {
        let index = file["yrs"]["index"].as_str().unwrap().to_owned();
        file["yrs"]["index"] = json!(index[..index.len() / 2].to_owned());
    });
    assert!(
        cut.contains("damaged or cut short") || cut.contains("not base64"),
        "{cut}"
    );
    let not_base64 = refusal(&|file| file["yrs"]["our_group"] = json!("not base64 at all!"));
    assert!(not_base64.contains("is not base64 text"), "{not_base64}");
    let newer = refusal(&|file| file["yrs"]["format"] = json!(2));
    assert!(newer.contains("comes from a newer version"), "{newer}");
    let huge = refusal(&|file| file["yrs"]["index"] = json!("A".repeat(6 * 1024 * 1024)));
    assert!(
        huge.contains("larger than any Common Ground record needs"),
        "{huge}"
    );
    let disagrees = refusal(&|file| {
        file["workspace"]["partners"][0]["organization"]["name"] = json!("Edited by hand");
    });
    assert!(
        disagrees.contains("does not match the records"),
        "{disagrees}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed()),
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_mutated_export_is_refused_with_a_reason_or_read_whole(
        mutations in prop::collection::vec(mutation(), 1..4),
        cut in prop::option::weighted(0.15, any::<Index>()),
    ) {
        let mut value: Value = serde_json::from_str(&fixture("export-v3.json")).unwrap();
        for mutation in &mutations {
            apply(&mut value, mutation);
        }
        let mut text = serde_json::to_string_pretty(&value).unwrap();
        if let Some(cut) = cut {
            cut_short(&mut text, &cut);
        }

        let (memory, mut store) = stored_sample();
        let before = memory.snapshot();
        match import_into(&mut store, &text) {
            Err(error) => {
                prop_assert!(names_the_problem(&error), "{error}");
                prop_assert_eq!(memory.snapshot(), before, "a refused file changed the store");
            }
            Ok(workspace) => {
                prop_assert!(check_workspace(&workspace).is_ok());
                let again = export_json(&workspace, None, at("2026-11-26T10:00:00Z")).unwrap();
                let read_again = parse_import(&again);
                prop_assert_eq!(read_again.as_ref().ok(), Some(&workspace));
            }
        }
    }

    #[test]
    fn a_file_with_mutated_states_is_refused_with_a_reason_or_merges_whole(
        mutations in prop::collection::vec(state_mutation(), 1..3),
    ) {
        let mut file = export_with_states();
        for mutation in &mutations {
            apply_to_states(&mut file, mutation);
        }
        let text = serde_json::to_string_pretty(&file).unwrap();
        match read_with_states(&text) {
            Err(error) => prop_assert!(names_the_problem(&error), "{error}"),
            Ok((workspace, states)) => {
                prop_assert!(check_workspace(&workspace).is_ok());
                let mut here = TeamWorkspace::load(stored_states(), 9).unwrap();
                let before = here.state();
                match states.map(|states| here.merge(&states)) {
                    // A merge that fails leaves every document as it was.
                    Some(Err(_)) => prop_assert_eq!(here.state(), before),
                    _ => {
                        let merged = here.workspace();
                        prop_assert!(merged.is_ok_and(|merged| check_workspace(&merged).is_ok()));
                    }
                }
            }
        }
    }
}
