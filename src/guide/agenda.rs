//! The listen-first meeting: an agenda whose first half is listening, the
//! questions to ask, our introduction, the invitation to our next meeting,
//! and the timing rule that keeps listening first.

use chrono::{NaiveDate, Utc};

use crate::model::{AgendaItem, AgendaSection, Meeting, OurGroup, Partner, Question, RecordId};

/// How a meeting's agenda is split between listening and the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub listening: u32,
    pub total: u32,
}

impl Timing {
    /// The minutes of each section in `agenda`.
    pub fn of(agenda: &[AgendaItem]) -> Self {
        Self {
            listening: agenda
                .iter()
                .filter(|item| item.section == AgendaSection::Listening)
                .map(|item| item.minutes)
                .sum(),
            total: agenda.iter().map(|item| item.minutes).sum(),
        }
    }

    /// Whether listening takes at least half of the time.
    pub fn listening_first(self) -> bool {
        self.listening * 2 >= self.total
    }

    /// A warning when listening takes less than half of the time.
    pub fn warning(self) -> Option<String> {
        (!self.listening_first()).then(|| {
            format!(
                "Listening has {} of {} minutes, less than half. Give it more time: the first half of a first meeting is theirs.",
                self.listening, self.total
            )
        })
    }
}

impl AgendaSection {
    /// Every section, in meeting order.
    pub const ALL: [AgendaSection; 5] = [
        AgendaSection::Welcome,
        AgendaSection::Listening,
        AgendaSection::HumanElement,
        AgendaSection::Alignment,
        AgendaSection::Close,
    ];

    /// The section's heading.
    pub fn label(self) -> &'static str {
        match self {
            AgendaSection::Welcome => "Welcome",
            AgendaSection::Listening => "Listen and learn",
            AgendaSection::HumanElement => "The human element",
            AgendaSection::Alignment => "Where our work lines up",
            AgendaSection::Close => "Close",
        }
    }
}

/// Our group's next meeting as a phrase, "Thursday, December 3, at Main
/// library", with a bracketed placeholder for what is not set yet.
pub fn next_meeting(group: &OurGroup) -> String {
    let date = group
        .next_meeting_on
        .map_or_else(|| "[date]".to_owned(), long_date);
    match group.next_meeting_place.trim() {
        "" => format!("{date}, at [place]"),
        place => format!("{date}, at {place}"),
    }
}

/// The invitation a new meeting notes as extended: our next meeting, once
/// its date or place is known; empty until then.
pub fn invitation_to_note(group: &OurGroup) -> String {
    if group.next_meeting_on.is_some() || !group.next_meeting_place.trim().is_empty() {
        next_meeting(group)
    } else {
        String::new()
    }
}

/// The agenda item that invites them to our next meeting.
pub fn invitation(group: &OurGroup) -> String {
    format!("An invitation to our next meeting: {}", next_meeting(group))
}

/// Brings a planned meeting in step when our next meeting's date or place
/// changes from `before` to `after`: the invitation in its agenda, and the
/// invitation noted after it, follow unless the user has rewritten them.
pub fn follow_next_meeting(meeting: &mut Meeting, before: &OurGroup, after: &OurGroup) {
    let (old, new) = (invitation(before), invitation(after));
    for item in &mut meeting.agenda {
        if item.title == old {
            item.title.clone_from(&new);
        }
    }
    let noted = &mut meeting.after.invitation_extended;
    if noted.trim().is_empty() || *noted == next_meeting(before) {
        *noted = next_meeting(after);
    }
}

/// Our short introduction for the meeting, starting from them: what we
/// learned of their work, then who we are in a line.
pub fn introduction(partner: &Partner, group: &OurGroup) -> String {
    let issue = partner
        .research
        .current_issues
        .split(['.', ';', '\n'])
        .map(str::trim)
        .find(|issue| !issue.is_empty());
    let learned = match issue {
        Some(issue) => format!(
            "We have been learning about your work on {issue}, and we are here to hear more about it."
        ),
        None => "We are here to learn about your work, in your words.".to_owned(),
    };
    match group.one_line.trim() {
        "" => learned,
        line => format!("{learned} About us, in a line: {line}"),
    }
}

/// The default agenda for a meeting of `total_minutes`: thanks and
/// introductions, half of the time listening in one unbroken stretch, a
/// short human element, where our work lines up, and a close with next
/// steps, our invitation, their meetings and thanks. Its words can be
/// shared with them as they are.
pub fn default_agenda(total_minutes: u32, group: &OurGroup) -> Vec<AgendaItem> {
    let listening = total_minutes.div_ceil(2);
    let welcome = total_minutes / 12;
    let human = total_minutes / 12;
    let close = total_minutes * 15 / 100;
    let alignment = total_minutes.saturating_sub(listening + welcome + human + close);
    let quarter = |minutes: u32, index: u32| minutes / 4 + u32::from(index < minutes % 4);
    let items: Vec<(AgendaSection, String, u32)> = vec![
        (AgendaSection::Welcome, "Thank you for hosting us; brief introductions".into(), welcome),
        (
            AgendaSection::Listening,
            "Your work, in your words: what you do and how, the needs of the community you serve, the issues that matter most to you now, and your goals".into(),
            listening,
        ),
        (AgendaSection::HumanElement, "Briefly, what brought each of us to this work".into(), human),
        (
            AgendaSection::Alignment,
            "Where our work lines up, and ways we could be useful: showing up at your actions, telling our members about your volunteer and fundraising needs, hearing from you at one of our meetings, staying in regular touch".into(),
            alignment,
        ),
        (AgendaSection::Close, "Concrete next steps: who does what, by when".into(), quarter(close, 0)),
        (AgendaSection::Close, invitation(group), quarter(close, 1)),
        (AgendaSection::Close, "Your meetings that one of us may attend".into(), quarter(close, 2)),
        (AgendaSection::Close, "Thank you for your time".into(), quarter(close, 3)),
    ];
    let now = Utc::now();
    items
        .into_iter()
        .map(|(section, title, minutes)| AgendaItem {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            section,
            title,
            minutes,
        })
        .collect()
}

/// The questions to start from, editable for each meeting.
pub fn default_questions() -> Vec<Question> {
    let now = Utc::now();
    [
        "What are you working on right now?",
        "What does the community you serve need most at the moment?",
        "Which issues matter most to you and your members now?",
        "What are your goals for this year, and how do you go about them?",
        "What has worked well for you, and what has not?",
        "What brought you to this work?",
        "What would actually be useful from a group like ours?",
        "Who else should we be talking to?",
        "Is there anything we should know about how you like to work with other groups?",
    ]
    .into_iter()
    .map(|text| Question {
        id: RecordId::random(),
        created_at: now,
        updated_at: now,
        text: text.to_owned(),
    })
    .collect()
}

fn long_date(date: NaiveDate) -> String {
    date.format("%A, %B %-d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AfterMeeting;

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
            assert_eq!(timing.total, total, "{total} minutes");
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
    fn it_opens_with_thanks_and_introductions_and_closes_with_steps_invitation_meetings_and_thanks()
    {
        let agenda = default_agenda(60, &OurGroup::default());
        assert_eq!(agenda[0].section, AgendaSection::Welcome);
        assert!(agenda[0].title.starts_with("Thank you for hosting us"));
        assert!(agenda[0].title.contains("introductions"));
        let human: u32 = agenda
            .iter()
            .filter(|item| item.section == AgendaSection::HumanElement)
            .map(|item| item.minutes)
            .sum();
        assert!(human * 10 <= 60, "the human element stays short: {human}");
        let close: Vec<&str> = agenda
            .iter()
            .filter(|item| item.section == AgendaSection::Close)
            .map(|item| item.title.as_str())
            .collect();
        assert!(close[0].starts_with("Concrete next steps"));
        assert!(close[1].starts_with("An invitation to our next meeting"));
        assert!(close[2].contains("Your meetings"));
        assert_eq!(close[3], "Thank you for your time");
        assert!(agenda.iter().all(|item| item.minutes > 0), "{agenda:?}");
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
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: None,
            start_time: None,
            duration_minutes: 60,
            location: String::new(),
            our_attendees: Vec::new(),
            their_attendees: Vec::new(),
            agenda: default_agenda(60, &before),
            questions: Vec::new(),
            our_introduction: String::new(),
            after: AfterMeeting::default(),
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
        assert!(
            intro.ends_with("About us, in a line: We help neighbors show up for local democracy.")
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
}
