use chrono::{Duration, NaiveDate, Utc};

use super::*;
use crate::model::{InteractionKind, LogEntry, Meeting, PublicEvent};

/// The day the first contact went out.
fn day0() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

fn day(n: i64) -> NaiveDate {
    day0() + Duration::days(n)
}

fn sent_on(n: i64) -> ContactDraft {
    ContactDraft {
        status: DraftStatus::Sent,
        sent_on: Some(day(n)),
        ..ContactDraft::new(Utc::now())
    }
}

/// A partner whose first contact went out on day 0, as marking it sent leaves it.
fn contacted() -> Partner {
    let mut partner = Partner::new("Casa", Utc::now()).unwrap();
    partner.stage = Stage::Contacted;
    partner.drafts.push(ContactDraft {
        follow_up_on: Some(day(FOLLOW_UP_AFTER_DAYS)),
        ..sent_on(0)
    });
    partner
}

fn logged(n: i64, kind: InteractionKind, from_them: bool) -> LogEntry {
    LogEntry {
        date: Some(day(n)),
        kind,
        from_them,
        ..LogEntry::new(Utc::now())
    }
}

const DAYS: [i64; 7] = [0, 7, 8, 14, 21, 22, 40];

#[test]
fn a_silent_partner_gets_one_follow_up_then_their_silence_is_respected() {
    let unanswered = contacted();
    for n in DAYS {
        assert_eq!(
            Outreach::of(&unanswered, day(n)),
            Outreach::FollowUpDue(Some(day(7))),
            "day {n}: the one follow-up stays due until it is sent"
        );
    }
    let mut followed_up = contacted();
    followed_up.drafts.push(sent_on(7));
    let expected = [
        (7, Outreach::FollowedUp(day(7))),
        (8, Outreach::FollowedUp(day(7))),
        (14, Outreach::FollowedUp(day(7))),
        (20, Outreach::FollowedUp(day(7))),
        (21, Outreach::Silent(day(7))),
        (22, Outreach::Silent(day(7))),
        (40, Outreach::Silent(day(7))),
    ];
    for (n, outreach) in expected {
        assert_eq!(Outreach::of(&followed_up, day(n)), outreach, "day {n}");
    }
}

#[test]
fn a_third_message_is_never_due() {
    let mut partner = contacted();
    partner.drafts.push(sent_on(7));
    partner.drafts.push(ContactDraft {
        follow_up_on: Some(day(30)),
        ..sent_on(23)
    });
    for n in DAYS {
        assert_eq!(
            Outreach::of(&partner, day(n)).follow_up_due(),
            None,
            "day {n}"
        );
    }
    assert_eq!(Outreach::of(&partner, day(40)), Outreach::Silent(day(7)));
}

#[test]
fn without_a_chosen_day_the_follow_up_is_due_a_week_after_the_contact() {
    let mut partner = contacted();
    partner.drafts[0].follow_up_on = None;
    assert_eq!(Outreach::of(&partner, day(0)).follow_up_due(), Some(day(7)));
    partner.drafts[0].sent_on = None;
    assert_eq!(Outreach::of(&partner, day(0)), Outreach::FollowUpDue(None));
}

#[test]
fn a_reply_on_either_message_answers() {
    for n in DAYS {
        let mut replied = contacted();
        replied.drafts[0].response = Response::Replied;
        assert_eq!(
            Outreach::of(&replied, day(n)),
            Outreach::Answered,
            "day {n}"
        );
    }
    let mut replied_to_follow_up = contacted();
    replied_to_follow_up.drafts.push(ContactDraft {
        response: Response::Replied,
        ..sent_on(7)
    });
    assert_eq!(
        Outreach::of(&replied_to_follow_up, day(22)),
        Outreach::Answered
    );
}

#[test]
fn a_decline_on_either_message_is_their_answer() {
    for n in DAYS {
        let mut declined = contacted();
        declined.drafts[0].response = Response::Declined;
        assert_eq!(
            Outreach::of(&declined, day(n)),
            Outreach::Declined,
            "day {n}"
        );
    }
    let mut declined_after_follow_up = contacted();
    declined_after_follow_up.drafts.push(ContactDraft {
        response: Response::Declined,
        ..sent_on(7)
    });
    assert_eq!(
        Outreach::of(&declined_after_follow_up, day(40)),
        Outreach::Declined
    );
}

#[test]
fn only_what_came_from_them_answers() {
    let ours = [
        logged(7, InteractionKind::Email, false),
        logged(8, InteractionKind::Call, false),
        logged(9, InteractionKind::WeAttendedTheirEvent, false),
        logged(10, InteractionKind::WeVolunteeredOrRaisedFunds, false),
        logged(11, InteractionKind::ReportOut, false),
        logged(12, InteractionKind::Other, false),
    ];
    let mut partly = contacted();
    partly.drafts.push(sent_on(7));
    partly.log.extend(ours);
    assert_eq!(
        Outreach::of(&partly, day(22)),
        Outreach::Silent(day(7)),
        "our follow-up, calls and visits to their event are not their answer"
    );
    let theirs = [
        logged(9, InteractionKind::Call, true),
        logged(9, InteractionKind::Email, true),
        logged(9, InteractionKind::Other, true),
        logged(9, InteractionKind::Meeting, false),
        logged(9, InteractionKind::TheyAttendedOurMeeting, false),
        logged(9, InteractionKind::TheyAskedForHelp, false),
    ];
    for entry in theirs {
        let mut answered = partly.clone();
        let kind = entry.kind;
        answered.log.push(entry);
        assert_eq!(
            Outreach::of(&answered, day(22)),
            Outreach::Answered,
            "{kind:?}"
        );
    }
    let mut before_we_wrote = partly.clone();
    before_we_wrote
        .log
        .push(logged(-3, InteractionKind::Call, true));
    assert_eq!(
        Outreach::of(&before_we_wrote, day(22)),
        Outreach::Silent(day(7)),
        "what came before our contact does not answer it"
    );
}

#[test]
fn pausing_planning_a_meeting_or_meeting_them_ends_the_follow_up() {
    let mut partner = contacted();
    partner.drafts.push(sent_on(7));
    for stage in [
        Stage::Paused,
        Stage::MeetingPlanned,
        Stage::Met,
        Stage::OngoingPartnership,
    ] {
        let moved = Partner {
            stage,
            ..partner.clone()
        };
        assert_eq!(
            Outreach::of(&moved, day(22)),
            Outreach::Settled,
            "{stage:?}"
        );
    }
    let mut meeting_planned = contacted();
    meeting_planned.meetings.push(Meeting::new(Utc::now()));
    assert_eq!(Outreach::of(&meeting_planned, day(8)), Outreach::Settled);
}

#[test]
fn nothing_sent_is_nothing_to_follow_up() {
    let mut partner = Partner::new("Casa", Utc::now()).unwrap();
    assert_eq!(Outreach::of(&partner, day(8)), Outreach::Settled);
    partner.drafts.push(ContactDraft::new(Utc::now()));
    assert_eq!(
        Outreach::of(&partner, day(8)),
        Outreach::Settled,
        "a draft not sent"
    );
}

#[test]
fn the_first_message_sent_is_the_first_contact_and_later_ones_follow_up() {
    let mut partner = contacted();
    partner.drafts.insert(0, ContactDraft::new(Utc::now()));
    partner.drafts.push(sent_on(7));
    let (draft, first, follow_up) = (&partner.drafts[0], &partner.drafts[1], &partner.drafts[2]);
    assert_eq!(first_contact(&partner).map(|d| d.id), Some(first.id));
    assert!(!is_follow_up(&partner, first));
    assert!(is_follow_up(&partner, follow_up));
    assert!(is_follow_up(&partner, draft), "any other message of ours");
}

#[test]
fn the_next_public_event_is_the_soonest_from_today() {
    let mut partner = contacted();
    let event = |title: &str, date| PublicEvent {
        title: title.into(),
        date,
        ..PublicEvent::new(Utc::now())
    };
    partner.events = vec![
        event("Past", Some(day(1))),
        event("Later", Some(day(30))),
        event("Undated", None),
        event("Soon", Some(day(25))),
    ];
    assert_eq!(
        next_public_event(&partner, day(22)).map(|e| e.title.as_str()),
        Some("Soon")
    );
    assert_eq!(next_public_event(&partner, day(31)), None);
}

#[test]
fn checking_back_is_offered_a_few_months_ahead_and_never_overflows() {
    assert_eq!(default_check_back(day(0)), day(CHECK_BACK_AFTER_DAYS));
    assert_eq!(default_check_back(NaiveDate::MAX), NaiveDate::MAX);
}
