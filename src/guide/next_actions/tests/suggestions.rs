//! The step each stage suggests, how it reads, and what contacts and meetings change.

use super::*;

#[test]
fn each_active_stage_suggests_its_step_and_paused_or_ongoing_none() {
    let expected = [
        (Stage::Researching, Some(Suggestion::FinishResearch)),
        (Stage::ReadyToReachOut, Some(Suggestion::WriteFirstContact)),
        (Stage::Contacted, Some(Suggestion::FollowUp)),
        (Stage::MeetingPlanned, Some(Suggestion::PlanMeeting)),
        (Stage::Met, Some(Suggestion::WriteUpMeeting)),
        (Stage::OngoingPartnership, None),
        (Stage::Paused, None),
    ];
    for (stage, wanted) in expected {
        assert_eq!(suggestion(&partner("Casa", stage)), wanted, "{stage:?}");
    }
}

#[test]
fn suggestions_read_as_steps_to_take() {
    let sentences: Vec<_> = [
        Suggestion::FinishResearch,
        Suggestion::WriteFirstContact,
        Suggestion::FollowUp,
        Suggestion::RespectTheirAnswer,
        Suggestion::RespectTheirSilence { event_coming: true },
        Suggestion::RespectTheirSilence {
            event_coming: false,
        },
        Suggestion::PlanMeeting,
        Suggestion::WriteUpMeeting,
        Suggestion::TalkAboutAccountability,
        Suggestion::KeepShowingUp,
    ]
    .into_iter()
    .map(|s| s.describe("Casa Latina"))
    .collect();
    assert_eq!(
        sentences,
        [
            "Finish researching Casa Latina",
            "Write a first contact to Casa Latina",
            "Follow up with Casa Latina",
            "Respect Casa Latina's answer and pause for now",
            "Respect Casa Latina's silence: no more messages; go to one of their public events, or pause and check back later",
            "Respect Casa Latina's silence: no more messages; pause and check back later",
            "Plan a meeting with Casa Latina",
            "Write up the meeting with Casa Latina",
            "Ask Casa Latina what accountability means to them",
            "Keep showing up for Casa Latina",
        ]
    );
}

#[test]
fn after_a_contact_the_answer_decides() {
    let contacted = |draft: ContactDraft| {
        let mut partner = partner("Casa", Stage::Contacted);
        partner.drafts.push(draft);
        partner
    };
    let dated = contacted(sent_draft(Response::Awaiting, Some(day(30))));
    assert_eq!(suggestion(&dated), None, "the dated follow-up covers it");
    let mut undated = contacted(ContactDraft {
        sent_on: None,
        ..sent_draft(Response::Awaiting, None)
    });
    assert_eq!(suggestion(&undated), Some(Suggestion::FollowUp));
    undated.log.push(LogEntry {
        date: Some(day(3)),
        kind: InteractionKind::Call,
        from_them: true,
        ..LogEntry::new(Utc::now())
    });
    assert_eq!(
        suggestion(&undated),
        Some(Suggestion::PlanMeeting),
        "their call logged since the contact answers the follow-up"
    );
    let replied = contacted(sent_draft(Response::Replied, Some(day(2))));
    assert_eq!(suggestion(&replied), Some(Suggestion::PlanMeeting));
    let declined = contacted(sent_draft(Response::Declined, None));
    assert_eq!(suggestion(&declined), Some(Suggestion::RespectTheirAnswer));
}

#[test]
fn after_the_follow_up_we_wait_then_respect_their_silence() {
    let mut casa = partner("Casa", Stage::Contacted);
    casa.drafts
        .push(sent_draft(Response::Awaiting, Some(day(2))));
    casa.drafts.push(ContactDraft {
        sent_on: Some(day(3)),
        ..sent_draft(Response::Awaiting, None)
    });
    let on = |partner: &Partner, today| Suggestion::for_partner(partner, today);
    assert_eq!(on(&casa, day(16)), None, "their move");
    assert_eq!(
        on(&casa, day(17)),
        Some(Suggestion::RespectTheirSilence {
            event_coming: false
        })
    );
    casa.events.push(crate::model::PublicEvent {
        date: Some(day(25)),
        ..crate::model::PublicEvent::new(Utc::now())
    });
    assert_eq!(
        on(&casa, day(17)),
        Some(Suggestion::RespectTheirSilence { event_coming: true })
    );
    assert_eq!(
        on(&casa, day(26)),
        Some(Suggestion::RespectTheirSilence {
            event_coming: false
        }),
        "an event past is no way in"
    );
    casa.stage = Stage::Paused;
    assert_eq!(on(&casa, day(26)), None, "pausing clears it");
}

#[test]
fn a_planned_meeting_is_dated_then_awaited_then_written_up() {
    let planned = |meeting: Meeting| {
        let mut partner = partner("Casa", Stage::MeetingPlanned);
        partner.meetings.push(meeting);
        partner
    };
    let undated = planned(meeting(None, false, ""));
    assert_eq!(suggestion(&undated), Some(Suggestion::PlanMeeting));
    let today = planned(meeting(Some(day(10)), false, ""));
    assert_eq!(suggestion(&today), None, "the meeting itself is listed");
    let passed = planned(meeting(Some(day(9)), false, ""));
    assert_eq!(
        suggestion(&passed),
        None,
        "asking what we heard is listed on its day"
    );
    let held = planned(meeting(Some(day(9)), true, "Rent is the issue."));
    assert_eq!(suggestion(&held), Some(Suggestion::TalkAboutAccountability));
}

#[test]
fn after_meeting_write_up_then_accountability_then_showing_up() {
    let mut met = partner("Casa", Stage::Met);
    met.meetings.push(meeting(Some(day(8)), false, "Rent."));
    assert_eq!(
        suggestion(&met),
        Some(Suggestion::WriteUpMeeting),
        "not marked held"
    );
    met.meetings[0].after.held = true;
    met.meetings[0].after.what_we_heard = "  ".into();
    assert_eq!(suggestion(&met), Some(Suggestion::WriteUpMeeting));
    met.meetings[0].after.what_we_heard = "Rent is the issue.".into();
    assert_eq!(suggestion(&met), Some(Suggestion::TalkAboutAccountability));
    met.meetings.push(meeting(Some(day(20)), false, ""));
    assert_eq!(
        suggestion(&met),
        Some(Suggestion::TalkAboutAccountability),
        "planning a second meeting does not undo the write-up"
    );
    met.accountability.text = "We follow their lead.".into();
    assert_eq!(suggestion(&met), Some(Suggestion::KeepShowingUp));
}
