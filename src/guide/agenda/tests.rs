//! The default agenda keeps listening first; the invitation follows our next meeting.

use chrono::{NaiveDate, Utc};

use super::*;
use crate::model::{Meeting, OurGroup, Partner};

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn the_default_agenda_fills_the_time_with_listening_first() {
    for total in [30, 45, 60, 75, 90, 121] {
        let agenda = default_agenda(total, &OurGroup::default());
        let timing = Timing::of(&agenda);
        assert_eq!(timing.total, u64::from(total), "{total} minutes");
        assert!(timing.listening_first(), "{total}: {timing:?}");
        assert_eq!(timing.warning(), None);
        let sections: Vec<_> = agenda.iter().map(|item| item.section).collect();
        let mut sorted = sections.clone();
        sorted.sort_by_key(|section| AgendaSection::ALL.iter().position(|s| s == section));
        assert_eq!(sections, sorted, "sections come in meeting order");
        let listening = agenda
            .iter()
            .filter(|item| item.section == AgendaSection::Listening)
            .count();
        assert_eq!(listening, 1, "listening is one unbroken stretch");
    }
}

#[test]
fn it_opens_with_thanks_and_introductions_and_closes_with_steps_invitation_meetings_and_thanks() {
    let agenda = default_agenda(60, &OurGroup::default());
    assert_eq!(agenda[0].section, AgendaSection::Welcome);
    assert!(agenda[0].title.starts_with("Thank you for hosting us"));
    assert!(agenda[0].title.contains("introductions"));
    assert!(
        agenda
            .iter()
            .all(|item| item.section != AgendaSection::HumanElement),
        "the human element is offered, not fixed"
    );
    let human = human_element(60);
    assert_eq!(human.section, AgendaSection::HumanElement);
    assert!(human.title.contains("what brought each of us to this work"));
    assert!(
        human.minutes * 10 <= 60,
        "it stays short: {}",
        human.minutes
    );
    assert_eq!(human_element(5).minutes, 1);
    let close: Vec<&str> = agenda
        .iter()
        .filter(|item| item.section == AgendaSection::Close)
        .map(|item| item.title.as_str())
        .collect();
    assert_eq!(
        close[0],
        "Small next steps we agree on, with no formal commitment"
    );
    assert!(close[1].starts_with("An invitation to our next meeting"));
    assert!(close[2].contains("Your meetings"));
    assert_eq!(close[3], "Thank you for your time");
    assert!(agenda.iter().all(|item| item.minutes > 0), "{agenda:?}");
}

#[test]
fn the_four_ways_of_working_together_are_named_in_full() {
    let agenda = default_agenda(60, &OurGroup::default());
    let alignment = agenda
        .iter()
        .find(|item| item.section == AgendaSection::Alignment)
        .unwrap();
    for way in [
        "coming to your actions",
        "telling our members about your volunteer and fundraising needs",
        "your staff speaking at our meeting and taking part in our discussions",
        "going to each other's meetings regularly",
        "writing for each other's newsletters",
    ] {
        assert!(alignment.title.contains(way), "{way}");
    }
}

#[test]
fn the_agenda_can_be_shared_with_them_as_it_is() {
    let agenda = default_agenda(60, &OurGroup::default());
    for item in &agenda {
        let found: Vec<String> = words(&item.title)
            .into_iter()
            .filter(|w| matches!(w.as_str(), "them" | "they" | "their" | "theirs"))
            .collect();
        assert!(found.is_empty(), "{}: {found:?}", item.title);
    }
}

#[test]
fn listening_under_half_is_warned_about() {
    let mut agenda = default_agenda(60, &OurGroup::default());
    assert_eq!(
        Timing::of(&agenda),
        Timing {
            listening: 30,
            total: 60
        }
    );
    agenda[1].minutes -= 1;
    let timing = Timing::of(&agenda);
    assert_eq!(
        timing,
        Timing {
            listening: 29,
            total: 59
        }
    );
    assert!(timing.warning().is_some());
    agenda[5].minutes += 2;
    let warning = Timing::of(&agenda).warning().unwrap();
    assert!(
        warning.starts_with("Listening has 29 of 61 minutes"),
        "{warning}"
    );
}

#[test]
fn the_close_invites_to_our_next_meeting_with_its_date_and_place() {
    let group = OurGroup {
        next_meeting_on: NaiveDate::from_ymd_opt(2026, 12, 3),
        next_meeting_place: "Main library, room B".into(),
        ..OurGroup::default()
    };
    let agenda = default_agenda(60, &group);
    assert!(agenda.iter().any(|item| item.title
        == "An invitation to our next meeting: Thursday, December 3, at Main library, room B"));
    assert!(
        agenda
            .iter()
            .any(|item| item.title.contains("volunteer and fundraising needs"))
    );
    assert_eq!(
        invitation(&OurGroup::default()),
        "An invitation to our next meeting: [date], at [place]"
    );
    assert_eq!(invitation_to_note(&OurGroup::default()), "");
    assert_eq!(
        invitation_to_note(&group),
        "Thursday, December 3, at Main library, room B"
    );
}

#[test]
fn a_planned_meeting_follows_our_next_meeting_until_its_text_is_rewritten() {
    let before = OurGroup::default();
    let after = OurGroup {
        next_meeting_on: NaiveDate::from_ymd_opt(2027, 1, 14),
        next_meeting_place: "Union hall".into(),
        ..OurGroup::default()
    };
    let now = Utc::now();
    let mut meeting = Meeting {
        duration_minutes: 60,
        agenda: default_agenda(60, &before),
        ..Meeting::new(now)
    };
    follow_next_meeting(&mut meeting, &before, &after);
    let expected = "An invitation to our next meeting: Thursday, January 14, at Union hall";
    assert!(meeting.agenda.iter().any(|item| item.title == expected));
    assert_eq!(
        meeting.after.invitation_extended,
        "Thursday, January 14, at Union hall"
    );

    let later = OurGroup {
        next_meeting_place: "Library".into(),
        ..after.clone()
    };
    meeting.after.invitation_extended = "Our January meeting, they said maybe".into();
    meeting.agenda[5].title = "Invite them to January".into();
    follow_next_meeting(&mut meeting, &after, &later);
    assert_eq!(meeting.agenda[5].title, "Invite them to January");
    assert_eq!(
        meeting.after.invitation_extended,
        "Our January meeting, they said maybe"
    );
}

#[test]
fn our_introduction_starts_from_their_work() {
    let mut partner = Partner::new("Casa Latina", Utc::now()).unwrap();
    partner.research.current_issues = "The Seattle wage theft ordinance. And more.".into();
    let group = OurGroup {
        one_line: "We help neighbors show up for local democracy.".into(),
        ..OurGroup::default()
    };
    let intro = introduction(&partner, &group);
    assert!(
        intro.starts_with(
            "We have been learning about your work on The Seattle wage theft ordinance"
        ),
        "{intro}"
    );
    assert!(intro.ends_with("hear more about it. We help neighbors show up for local democracy."));
    assert!(!intro.contains("About us"), "{intro}");
    let described = OurGroup {
        one_line: "a volunteer group that reads the city budget".into(),
        ..OurGroup::default()
    };
    assert!(
        introduction(&partner, &described)
            .ends_with("We are a volunteer group that reads the city budget.")
    );
    partner.research.current_issues.clear();
    assert_eq!(
        introduction(&partner, &OurGroup::default()),
        "We are here to learn about your work, in your words."
    );
}

#[test]
fn questions_start_from_their_work_and_ask_what_would_be_useful() {
    let questions = default_questions();
    assert!(questions[0].text.contains("working on"));
    assert!(questions.iter().all(|q| q.text.ends_with('?')));
    let texts: Vec<&str> = questions.iter().map(|q| q.text.as_str()).collect();
    assert!(texts.contains(&"What would actually be useful from a group like ours?"));
    assert!(texts.contains(&"Who else should we be talking to?"));
    assert!(
        texts.iter().all(|q| !q.to_lowercase().contains("tactic")),
        "no jargon"
    );
}
