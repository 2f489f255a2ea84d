//! The dashboard's lists: their order, how each item reads, and whose promises wait where.

use chrono::{NaiveDate, Utc};

use super::*;
use crate::model::{
    Channel, Commitment, CommitmentStatus, ContactDraft, DraftStatus, InteractionKind, LogEntry,
    Meeting, Partner, Party, PublicEvent, RecordId, Response, Stage, Visit, Workspace,
};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn partner(name: &str, stage: Stage) -> Partner {
    let mut partner = Partner::new(name, Utc::now()).unwrap();
    partner.stage = stage;
    partner
}

fn sent_draft(response: Response, follow_up_on: Option<NaiveDate>) -> ContactDraft {
    ContactDraft {
        channel: Channel::Email,
        status: DraftStatus::Sent,
        sent_on: Some(day(1)),
        response,
        follow_up_on,
        ..ContactDraft::new(Utc::now())
    }
}

fn partner_with_follow_up(name: &str, follow_up: NaiveDate, response: Response) -> Partner {
    let mut partner = partner(name, Stage::Contacted);
    partner.drafts.push(sent_draft(response, Some(follow_up)));
    partner
}

fn meeting(date: Option<NaiveDate>, held: bool, heard: &str) -> Meeting {
    let now = Utc::now();
    Meeting {
        date,
        duration_minutes: 60,
        after: crate::model::AfterMeeting {
            held,
            what_we_heard: heard.into(),
            ..Default::default()
        },
        ..Meeting::new(now)
    }
}

fn commitment(owner: Party, what: &str, due_on: Option<NaiveDate>) -> Commitment {
    let now = Utc::now();
    Commitment {
        id: RecordId::random(),
        created_at: now,
        updated_at: now,
        owner,
        what: what.into(),
        due_on,
        status: CommitmentStatus::Open,
        meeting_id: None,
    }
}

fn describe_all(actions: &[NextAction], today: NaiveDate) -> Vec<String> {
    actions.iter().map(|a| a.describe(today)).collect()
}

fn suggestion(partner: &Partner) -> Option<Suggestion> {
    Suggestion::for_partner(partner, day(10))
}

#[test]
fn awaited_follow_ups_within_two_weeks_come_in_date_order() {
    let workspace = Workspace {
        partners: vec![
            partner_with_follow_up("Later", day(20), Response::Awaiting),
            partner_with_follow_up("Overdue", day(2), Response::Awaiting),
            partner_with_follow_up("Answered", day(3), Response::Replied),
            partner_with_follow_up("Too far", day(30), Response::Awaiting),
        ],
        ..Workspace::default()
    };
    let today = day(10);
    let all = next_actions(&workspace, today).ours;
    let actions: Vec<_> = all.iter().filter(|a| a.date.is_some()).collect();
    let names: Vec<_> = actions.iter().map(|a| a.partner_name.as_str()).collect();
    assert_eq!(names, ["Overdue", "Later"]);
    assert!(actions[0].is_due(today));
    assert!(!actions[1].is_due(today));
    assert_eq!(
        actions[0].describe(today),
        "Follow up with Overdue: overdue since Nov 2"
    );
    assert_eq!(
        actions[1].describe(today),
        "Follow up with Later: due Fri Nov 20"
    );
}

#[test]
fn meetings_commitments_and_their_events_join_in_date_order() {
    let mut partner = partner("Casa", Stage::OngoingPartnership);
    let now = Utc::now();
    partner.meetings.push(meeting(Some(day(12)), false, ""));
    for date in [day(14), day(9)] {
        partner.visits.push(Visit {
            date: Some(date),
            ..Visit::new(now)
        });
    }
    partner
        .commitments
        .push(commitment(Party::Us, "Share their flyer", Some(day(3))));
    let mut done = commitment(Party::Them, "Send the agenda", Some(day(4)));
    done.status = CommitmentStatus::Done;
    partner.commitments.push(done);
    for (date, title) in [(day(11), "Assembly"), (day(1), "Past")] {
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: Some(date),
            title: title.into(),
            place: String::new(),
        });
    }
    let workspace = Workspace {
        partners: vec![partner],
        ..Workspace::default()
    };
    let today = day(10);
    let actions = next_actions(&workspace, today);
    assert_eq!(
        describe_all(&actions.ours, today),
        [
            "We promised Casa: Share their flyer — overdue since Nov 3",
            "Casa's event: Assembly: tomorrow",
            "Meeting with Casa: Thu Nov 12",
            "Casa visits our meeting: Sat Nov 14",
        ]
    );
}

#[test]
fn only_something_from_them_logged_since_the_contact_answers_its_follow_up() {
    let today = day(10);
    let follow_ups = |partner: &Partner| {
        let workspace = Workspace {
            partners: vec![partner.clone()],
            ..Workspace::default()
        };
        next_actions(&workspace, today)
            .ours
            .into_iter()
            .filter(|action| action.kind == ActionKind::FollowUp)
            .count()
    };
    let mut casa = partner_with_follow_up("Casa", day(8), Response::Awaiting);
    let sent = casa.drafts[0].id;
    let entry = |date: NaiveDate, kind: InteractionKind, source: Option<RecordId>| LogEntry {
        date: Some(date),
        kind,
        source,
        ..LogEntry::new(Utc::now())
    };
    // The sending's own entry, an earlier call and our report-out answer nothing.
    casa.log
        .push(entry(day(1), InteractionKind::Email, Some(sent)));
    casa.log.push(entry(
        day(1) - chrono::Duration::days(3),
        InteractionKind::Call,
        None,
    ));
    casa.log
        .push(entry(day(5), InteractionKind::ReportOut, None));
    assert_eq!(follow_ups(&casa), 1);
    casa.log.push(entry(day(6), InteractionKind::Call, None));
    casa.log
        .push(entry(day(6), InteractionKind::WeAttendedTheirEvent, None));
    assert_eq!(
        follow_ups(&casa),
        1,
        "our call and our visit are not their answer"
    );
    casa.log.push(LogEntry {
        from_them: true,
        ..entry(day(7), InteractionKind::Call, None)
    });
    assert_eq!(follow_ups(&casa), 0, "their call answered it");
}

#[test]
fn a_meeting_whose_day_passed_unheld_asks_what_we_heard() {
    let today = day(10);
    let mut casa = partner("Casa", Stage::OngoingPartnership);
    casa.meetings.push(meeting(Some(day(9)), false, ""));
    casa.meetings.push(meeting(Some(day(2)), true, "Rent."));
    casa.feedback_asked_on = Some(day(3));
    let workspace = Workspace {
        partners: vec![casa],
        ..Workspace::default()
    };
    let actions = next_actions(&workspace, today);
    assert_eq!(
        describe_all(&actions.ours, today),
        ["What did you hear at Casa? — met Mon Nov 9"]
    );
}

#[test]
fn asking_for_feedback_is_listed_until_we_ask_or_put_it_off() {
    let today = day(10);
    let mut casa = partner("Casa", Stage::Met);
    casa.meetings.push(meeting(Some(day(8)), true, "Rent."));
    casa.accountability.text = "We follow their lead.".into();
    let listed = |casa: &Partner| {
        let workspace = Workspace {
            partners: vec![casa.clone()],
            ..Workspace::default()
        };
        describe_all(&next_actions(&workspace, today).ours, today)
    };
    assert_eq!(
        listed(&casa),
        [
            "Ask Casa for feedback: overdue since Nov 8",
            "Keep showing up for Casa"
        ]
    );
    let mut asked = casa.clone();
    asked.feedback_asked_on = Some(today);
    assert_eq!(listed(&asked), ["Keep showing up for Casa"]);
    casa.feedback_snoozed_until = Some(today + chrono::Duration::days(30));
    assert_eq!(
        listed(&casa),
        ["Keep showing up for Casa"],
        "put off past the horizon"
    );
}

#[test]
fn today_and_tomorrow_read_naturally() {
    let action = NextAction {
        date: Some(day(10)),
        kind: ActionKind::FollowUp,
        partner_id: RecordId::random(),
        partner_name: "Casa".into(),
    };
    assert_eq!(action.describe(day(10)), "Follow up with Casa: due today");
    assert_eq!(action.describe(day(9)), "Follow up with Casa: due tomorrow");
}

#[test]
fn every_active_partner_gets_one_step_after_the_dated_items() {
    let mut ready = partner("Ready", Stage::ReadyToReachOut);
    ready
        .commitments
        .push(commitment(Party::Us, "Share their flyer", Some(day(12))));
    let workspace = Workspace {
        partners: vec![
            partner("Alpha research", Stage::Researching),
            ready,
            partner("Met them", Stage::Met),
            partner("On hold", Stage::Paused),
            Partner {
                check_back_on: Some(day(13)),
                ..partner("Resting", Stage::Paused)
            },
            partner("Old friends", Stage::OngoingPartnership),
        ],
        ..Workspace::default()
    };
    let today = day(10);
    let ours = next_actions(&workspace, today).ours;
    assert_eq!(
        describe_all(&ours, today),
        [
            "We promised Ready: Share their flyer — due Thu Nov 12",
            "Check back on Resting: due Fri Nov 13",
            "Write up the meeting with Met them",
            "Write a first contact to Ready",
            "Finish researching Alpha research",
        ]
    );
    assert!(ours.iter().all(|a| a.date.is_some() || !a.is_due(today)));
}

#[test]
fn their_steps_are_notes_never_awaited_nor_overdue_while_ours_are_promises() {
    let mut tenants = partner("Eastside Tenants Union", Stage::OngoingPartnership);
    tenants.commitments.push(commitment(
        Party::Them,
        "Send us the door-knocking schedule",
        Some(day(7)),
    ));
    tenants
        .commitments
        .push(commitment(Party::Them, "RSVP for the hearing", None));
    tenants
        .commitments
        .push(commitment(Party::Us, "Print their flyers", None));
    tenants
        .commitments
        .push(commitment(Party::Us, "Bring chairs", Some(day(8))));
    let workspace = Workspace {
        partners: vec![tenants],
        ..Workspace::default()
    };
    let today = day(10);
    let actions = next_actions(&workspace, today);
    let said = describe_all(&actions.ours, today);
    assert_eq!(
        said,
        [
            "We promised Eastside Tenants Union: Bring chairs — overdue since Nov 8",
            "We promised Eastside Tenants Union: Print their flyers",
        ]
    );
    assert!(said.iter().all(|line| !line.contains("Waiting on")));
    let (id, what) = actions.ours[1].commitment().unwrap();
    assert_eq!(id, workspace.partners[0].commitments[2].id);
    assert_eq!(what, "Print their flyers");
}

mod suggestions;
