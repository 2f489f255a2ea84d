//! No data stops the app: random workspaces with extreme but well-formed
//! values (any date chrono can hold, from year -262143 to 262142; lengths up
//! to `u32::MAX`; text with control characters, separators, case-changing
//! letters and thousands of characters) go through every pure function the
//! screens call. None may panic. Dates reach these functions past the
//! import's range check through a typed edit or an older version's data, so
//! the functions guard themselves.
//!
//! The cases come from a fixed seed, so `make test` is reproducible; set
//! `HOSTILE_DATA_SEED` to a number to explore other cases.

mod support;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use common_ground::guide::agenda::{Timing, planned_visit};
use common_ground::guide::follow_through::{
    changes_prompted_by, feedback_due, in_touch, last_contact, losing_touch,
};
use common_ground::guide::follow_up::{Outreach, answer, default_check_back, upcoming_event};
use common_ground::guide::humility::{Context, check};
use common_ground::guide::ics::{CalendarEvent, calendar_file};
use common_ground::guide::lessons_out::lessons_report;
use common_ground::guide::next_actions::{Suggestion, next_actions};
use common_ground::guide::readiness::readiness;
use common_ground::guide::reciprocity::Ledger;
use common_ground::guide::report_out::report_out;
use common_ground::guide::shared_texts::electoral_in_what_we_share;
use common_ground::guide::templates;
use common_ground::guide::timeline::{entries, line};
use common_ground::guide::what_worked::WhatWorked;
use common_ground::guide::{mailto::mailto, outgoing::copied_text};
use common_ground::model::{Channel, Coalition, OurGroup, Partner, Stage, Workspace};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::{Value, json};
use support::fixture;

const CASES: u32 = 1_000;
/// The seed of the cases unless `HOSTILE_DATA_SEED` names another.
const SEED: u64 = 20_261_207;

/// An extreme but well-formed day: the ends of chrono's range, the ends of
/// the app's own range, and any day between.
fn any_day() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        Just(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap()),
        Just(NaiveDate::from_ymd_opt(2200, 12, 31).unwrap()),
        (-262_143i32..=262_142, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()),
        (1900i32..=2200, 1u32..=365).prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).unwrap()),
    ]
}

/// A length or count: zero, one, a day, the most a `u32` holds, or any.
fn any_amount() -> impl Strategy<Value = u32> {
    prop_oneof![Just(0), Just(1), Just(1440), Just(u32::MAX), any::<u32>()]
}

/// Text a careless or hostile file may hold.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("\u{0}\u{b}\u{c}\u{1b}[31m\u{7f}\u{85}\u{9b}".to_owned()),
        Just("İSTANBUL İİİ ǅ ß ﬃ Σ".to_owned()),
        Just("line\u{2028}para\u{2029}\r\nBcc: them@example.org".to_owned()),
        Just("e\u{301}\u{200d}👩🏽‍🌾 مرحبا [your name] \u{202e}".to_owned()),
        Just("x".repeat(5_000)),
        prop::collection::vec(any::<char>(), 0..60).prop_map(String::from_iter),
    ]
}

/// What kind of value sits at a place in the fixture.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Slot {
    Day,
    Stamp,
    Amount,
    Text,
    Stage,
}

impl Slot {
    /// Any value of this kind, as JSON.
    fn any_value(self) -> BoxedStrategy<Value> {
        match self {
            Slot::Day => any_day().prop_map(|day| json!(day)).boxed(),
            Slot::Stamp => (any_day(), 0u32..86_400)
                .prop_map(|(day, second)| {
                    let time = NaiveTime::from_num_seconds_from_midnight_opt(second, 0).unwrap();
                    json!(DateTime::<Utc>::from_naive_utc_and_offset(
                        day.and_time(time),
                        Utc
                    ))
                })
                .boxed(),
            Slot::Amount => any_amount().prop_map(|amount| json!(amount)).boxed(),
            Slot::Text => any_text().prop_map(|text| json!(text)).boxed(),
            Slot::Stage => prop::sample::select(Stage::ALL.to_vec())
                .prop_map(|stage| json!(stage))
                .boxed(),
        }
    }
}

/// The fixture's workspace, with the partner fields it leaves out set.
fn rich_workspace() -> Value {
    let file: Value = serde_json::from_str(&fixture("export-v3.json")).unwrap();
    let mut workspace = file["workspace"].clone();
    for partner in workspace["partners"].as_array_mut().unwrap() {
        let partner = partner.as_object_mut().unwrap();
        partner.insert("feedback_asked_on".into(), json!("2026-10-01"));
        partner.insert("feedback_snoozed_until".into(), json!("2026-12-01"));
        partner.insert("check_back_on".into(), json!("2027-02-01"));
        partner.insert("keep_in_touch_days".into(), json!(45));
    }
    workspace
}

/// Every place a value can be replaced, and the kind of value it holds.
/// Text is replaced only where it is free text (it has a space), never in
/// ids or the keys of choices.
fn slots(value: &Value, at: String, found: &mut Vec<(String, Slot)>) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                slots(field, format!("{at}/{key}"), found);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                slots(item, format!("{at}/{index}"), found);
            }
        }
        Value::String(_) if at.ends_with("/stage") => found.push((at, Slot::Stage)),
        Value::String(text) => {
            let bytes = text.as_bytes();
            let dated = bytes.len() >= 10 && bytes[4] == b'-' && bytes[7] == b'-';
            if dated && bytes[..4].iter().all(u8::is_ascii_digit) {
                let slot = if text.contains('T') {
                    Slot::Stamp
                } else {
                    Slot::Day
                };
                found.push((at, slot));
            } else if text.contains(' ') {
                found.push((at, Slot::Text));
            }
        }
        Value::Number(_) => found.push((at, Slot::Amount)),
        _ => {}
    }
}

fn read(workspace: &Value) -> Workspace {
    let list = |field: &str| workspace[field].clone();
    Workspace {
        our_group: serde_json::from_value::<OurGroup>(list("our_group")).unwrap(),
        partners: serde_json::from_value::<Vec<Partner>>(list("partners")).unwrap(),
        coalitions: serde_json::from_value::<Vec<Coalition>>(list("coalitions")).unwrap(),
    }
}

/// Everything the screens compute from a workspace, as they compute it.
fn every_screen(workspace: &Workspace, today: NaiveDate) {
    let group = &workspace.our_group;
    next_actions(workspace, today);
    losing_touch(workspace, today);
    WhatWorked::of(workspace).trust_figures();
    WhatWorked::of(workspace).median_days_to_first_meeting();
    for hide_names in [false, true] {
        lessons_report(workspace, today, hide_names).to_markdown();
    }
    default_check_back(today);
    for partner in &workspace.partners {
        let ledger = Ledger::of(partner);
        let _ = (ledger.balance(), ledger.warning());
        in_touch(ledger.contacts, last_contact(partner, today), today);
        feedback_due(partner);
        Outreach::of(partner, today);
        answer(partner);
        upcoming_event(partner, today);
        if let Some(suggestion) = Suggestion::for_partner(partner, today) {
            suggestion.describe(partner.name());
        }
        readiness(&partner.checklist).describe();
        report_out(partner, today);
        electoral_in_what_we_share(partner, group);
        templates::voicemail(partner, group);
        for channel in [Channel::Email, Channel::PhoneCall, Channel::AtTheirEvent] {
            let template =
                templates::first_contact(channel, partner, group, partner.events.first());
            check(&template.body, &Context::for_partner(partner, channel));
            copied_text(channel, &template.subject, &template.body);
            if let Some(first) = partner.drafts.first() {
                templates::follow_up(channel, partner, group, first, None);
            }
        }
        for draft in &partner.drafts {
            check(&draft.body, &Context::for_partner(partner, draft.channel));
            for person in &partner.people {
                mailto(&person.email, &draft.subject, &draft.body);
            }
        }
        for entry in entries(partner) {
            line(partner, entry.kind, entry.id, today);
        }
        for feedback in &partner.feedback {
            changes_prompted_by(partner, feedback.id);
        }
        for meeting in &partner.meetings {
            Timing::of(&meeting.agenda).warning();
            if let (Some(date), Some(time)) = (meeting.date, meeting.start_time) {
                let event = CalendarEvent {
                    uid: meeting.id,
                    start: date.and_time(time),
                    duration_minutes: meeting.duration_minutes,
                    summary: partner.name().to_owned(),
                    location: meeting.location.clone(),
                    description: meeting.after.what_we_heard.clone(),
                };
                let _ = calendar_file(&event, Utc::now());
            }
        }
        for visit in &partner.visits {
            planned_visit(partner, group, visit.clone());
        }
    }
}

fn seed() -> u64 {
    std::env::var("HOSTILE_DATA_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
        .unwrap_or(SEED)
}

#[test]
fn no_workspace_of_extreme_values_makes_a_screen_panic() {
    let rich = rich_workspace();
    let mut places = Vec::new();
    slots(&rich, String::new(), &mut places);
    for slot in [
        Slot::Day,
        Slot::Stamp,
        Slot::Amount,
        Slot::Text,
        Slot::Stage,
    ] {
        assert!(places.iter().any(|(_, found)| *found == slot), "{slot:?}");
    }
    // Each place keeps its value or, one time in four, takes an extreme one.
    let changes: Vec<_> = places
        .iter()
        .map(|(_, slot)| prop::option::weighted(0.25, slot.any_value()))
        .collect();
    let today = prop_oneof![
        Just(NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()),
        any_day().prop_filter("a clock's day", |day| {
            (1900..=2200).contains(&chrono::Datelike::year(day))
        }),
    ];
    let config = Config {
        cases: CASES,
        rng_seed: RngSeed::Fixed(seed()),
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new(config)
        .run(&(changes, today), |(changes, today)| {
            let mut workspace = rich.clone();
            for ((place, _), value) in places.iter().zip(changes) {
                if let (Some(value), Some(slot)) = (value, workspace.pointer_mut(place)) {
                    *slot = value;
                }
            }
            every_screen(&read(&workspace), today);
            Ok(())
        })
        .unwrap();
}
