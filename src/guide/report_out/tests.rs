//! The report-out's sections, their order and labels, and its Markdown keeping user text literal.

use chrono::{NaiveDate, Utc};

use super::markdown::plain;
use super::*;
use crate::model::{
    AfterMeeting, Commitment, CommitmentStatus, InteractionKind, LogEntry, Meeting, Partner, Party,
    PublicEvent,
};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

#[test]
fn lists_their_work_upcoming_events_our_promises_and_recent_contact() {
    let now = Utc::now();
    let mut partner = Partner::new("Casa *Latina*", now).unwrap();
    partner.research.mission = "Fair pay\nand dignity".into();
    partner.events.push(PublicEvent {
        date: Some(day(12, 5)),
        title: "Open assembly".into(),
        place: "Their hall".into(),
        ..PublicEvent::new(now)
    });
    partner.events.push(PublicEvent {
        date: Some(day(10, 1)),
        title: "Past rally".into(),
        ..PublicEvent::new(now)
    });
    partner.commitments.push(Commitment {
        owner: Party::Us,
        what: "Share their volunteer form".into(),
        due_on: Some(day(12, 1)),
        status: CommitmentStatus::Open,
        ..Commitment::new(now)
    });
    partner.log.push(LogEntry {
        date: Some(day(11, 20)),
        kind: InteractionKind::WeAttendedTheirEvent,
        summary: "Eight of us came".into(),
        ..LogEntry::new(now)
    });

    let markdown = report_out(&partner, day(11, 26));
    assert_eq!(
        markdown,
        "# Casa \\*Latina\\*: report-out\n\nPrepared November 26, 2026.\n\n\
         ## What we heard, in their words\n\n- **Their event, which we attended, November 20:** Eight of us came\n\n\
         ## Their current work, from our research\n\n- **Mission:** Fair pay and dignity\n\n\
         ## Opportunities to support them\n\n- Attend **Open assembly** (December 5, Their hall)\n\
         - We promised: Share their volunteer form (by December 1)\n\n\
         ## Recent contact\n\n- 2026-11-20, we attended their event or action: Eight of us came\n"
    );
}

#[test]
fn an_empty_partner_still_reads_as_a_report() {
    let partner = Partner::new("Tenants", Utc::now()).unwrap();
    let markdown = report_out(&partner, day(11, 26));
    assert!(markdown.contains("- Nothing noted yet."));
    assert!(markdown.contains("- Ask them at the next meeting."));
    assert!(!markdown.contains("Recent contact"));
}

#[test]
fn the_document_keeps_labels_and_event_names_apart_from_user_text() {
    let now = Utc::now();
    let mut partner = Partner::new("Casa", now).unwrap();
    partner.research.mission = " Fair pay ".into();
    partner.events.push(PublicEvent {
        date: None,
        title: "**Open** assembly".into(),
        ..PublicEvent::new(now)
    });
    let document = report(&partner, day(11, 26));
    assert_eq!(document.title, "Casa: report-out");
    assert_eq!(document.sections.len(), 3);
    assert_eq!(
        document.sections[1].items,
        [vec![
            Span::Strong("Mission:".into()),
            Span::Text(" Fair pay".into())
        ]]
    );
    assert_eq!(
        document.sections[2].items[0],
        [
            Span::Text("Attend ".into()),
            Span::Strong("**Open** assembly".into()),
            Span::Text(" (date to confirm)".into())
        ]
    );
    assert!(
        document
            .to_markdown()
            .contains("- Attend **\\*\\*Open\\*\\* assembly** (date to confirm)\n")
    );
}

#[test]
fn what_we_heard_and_their_meetings_lead_and_our_guesses_are_labelled_ours() {
    let now = Utc::now();
    let mut partner = Partner::new("Casa Latina", now).unwrap();
    partner.value_to_them.short_term = "Turnout at the wage board hearing".into();
    partner.value_to_them.long_term = "A stronger ordinance".into();
    partner.meetings.push(Meeting {
        date: Some(day(11, 12)),
        duration_minutes: 60,
        after: AfterMeeting {
            held: true,
            what_we_heard: "Wage theft is the first thing workers raise".into(),
            invitation_extended: String::new(),
            their_meetings_we_may_attend: "Monthly worker assembly, first Tuesdays".into(),
        },
        ..Meeting::new(now)
    });
    let document = report(&partner, day(11, 26));
    assert_eq!(
        document.sections[0].heading,
        "What we heard, in their words"
    );
    assert_eq!(
        document.sections[0].items,
        [vec![
            Span::Strong("Our meeting with them, November 12:".into()),
            Span::Text(" Wage theft is the first thing workers raise".into())
        ]]
    );
    let support = &document.sections[2];
    assert_eq!(support.heading, "Opportunities to support them");
    assert_eq!(
        support.items,
        [vec![
            Span::Strong("Their meetings we may attend:".into()),
            Span::Text(" Monthly worker assembly, first Tuesdays".into())
        ]],
        "our guesses never sit under their needs"
    );
    let guesses = &document.sections[3];
    assert_eq!(guesses.heading, "Our own guesses, to check with them");
    assert_eq!(
        guesses.items,
        [
            vec![
                Span::Strong("Short term:".into()),
                Span::Text(" Turnout at the wage board hearing".into())
            ],
            vec![
                Span::Strong("Long term:".into()),
                Span::Text(" A stronger ordinance".into())
            ],
        ]
    );
}

#[test]
fn what_we_heard_comes_from_every_meeting_theirs_too_each_saying_whose() {
    let now = Utc::now();
    let mut partner = Partner::new("Casa Latina", now).unwrap();
    partner.meetings.push(Meeting {
        date: Some(day(10, 1)),
        after: AfterMeeting {
            what_we_heard: "Heat safety first".into(),
            ..AfterMeeting::default()
        },
        ..Meeting::new(now)
    });
    partner.log.push(crate::model::LogEntry {
        date: Some(day(11, 3)),
        kind: crate::model::InteractionKind::WeAttendedTheirEvent,
        summary: "Members said the ordinance vote slipped to March".into(),
        ..crate::model::LogEntry::new(now)
    });
    partner.log.push(crate::model::LogEntry {
        date: Some(day(11, 4)),
        kind: crate::model::InteractionKind::Call,
        summary: "Our call to set a date".into(),
        ..crate::model::LogEntry::new(now)
    });
    partner.visits.push(crate::model::Visit {
        date: Some(day(11, 20)),
        notes: "They asked us to read the budget line for inspectors".into(),
        ..crate::model::Visit::new(now)
    });
    let heard: Vec<String> = report(&partner, day(11, 26)).sections[0]
        .items
        .iter()
        .map(|item| {
            item.iter()
                .map(|span| match span {
                    Span::Strong(text) | Span::Text(text) => text.as_str(),
                })
                .collect()
        })
        .collect();
    assert_eq!(
        heard,
        [
            "Their visit to our meeting, November 20: They asked us to read the budget line for inspectors",
            "Their event, which we attended, November 3: Members said the ordinance vote slipped to March",
            "Our meeting with them, October 1: Heat safety first",
        ]
    );
}

#[test]
fn markdown_and_markup_in_user_text_stay_literal() {
    assert_eq!(
        plain("<b>[x](y)</b> # _a_"),
        "\\<b\\>\\[x\\](y)\\</b\\> \\# \\_a\\_"
    );
}
