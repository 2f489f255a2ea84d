//! The listen-first meeting: an agenda whose first half is listening, the
//! questions to ask, and the timing rule that keeps listening first.

use chrono::{NaiveDate, Utc};

use crate::model::{AgendaItem, AgendaSection, OurGroup, Question, RecordId};

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
    pub const ALL: [AgendaSection; 4] = [
        AgendaSection::Listening,
        AgendaSection::HumanElement,
        AgendaSection::Alignment,
        AgendaSection::Close,
    ];

    /// The section's heading.
    pub fn label(self) -> &'static str {
        match self {
            AgendaSection::Listening => "Listen and learn",
            AgendaSection::HumanElement => "The human element",
            AgendaSection::Alignment => "Where our work lines up",
            AgendaSection::Close => "Close",
        }
    }
}

/// The default agenda for a meeting of `total_minutes`: half listening,
/// then the human element, alignment, and the close.
pub fn default_agenda(total_minutes: u32, group: &OurGroup) -> Vec<AgendaItem> {
    let listening = total_minutes.div_ceil(2);
    let human = total_minutes / 10;
    let close = total_minutes * 15 / 100;
    let alignment = total_minutes.saturating_sub(listening + human + close);
    let quarter = |minutes: u32, index: u32| minutes / 4 + u32::from(index < minutes % 4);
    let invitation = match (group.next_meeting_on, group.next_meeting_place.trim()) {
        (Some(date), "") => format!("Invite them to our next meeting, {}", long_date(date)),
        (Some(date), place) => format!(
            "Invite them to our next meeting, {}, at {place}",
            long_date(date)
        ),
        (None, "") => "Invite them to our next meeting, with its date and place".to_owned(),
        (None, place) => format!("Invite them to our next meeting, at {place}"),
    };
    let items: Vec<(AgendaSection, String, u32)> = vec![
        (AgendaSection::Listening, "Their work, and how they do it".into(), quarter(listening, 0)),
        (AgendaSection::Listening, "The needs of the community they serve".into(), quarter(listening, 1)),
        (AgendaSection::Listening, "The issues that matter to them now".into(), quarter(listening, 2)),
        (AgendaSection::Listening, "Their activities, goals and tactics".into(), quarter(listening, 3)),
        (AgendaSection::HumanElement, "What brought each of us to this work".into(), human),
        (
            AgendaSection::Alignment,
            "Where our work lines up, and ways we could help: attending their actions, telling our members about their volunteer and fundraising needs, inviting their staff to speak at our meeting, staying in regular touch".into(),
            alignment,
        ),
        (AgendaSection::Close, "Concrete next steps, with who does what".into(), close.div_ceil(3)),
        (AgendaSection::Close, invitation, close / 3),
        (AgendaSection::Close, "Ask which of their meetings we may attend".into(), close - close.div_ceil(3) - close / 3),
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
        "What is your organization working on right now?",
        "What does the community you serve need most at the moment?",
        "Which issues matter most to you and your members now?",
        "What are your goals for this year, and how do you pursue them?",
        "What tactics have worked well for you?",
        "What brought you to this work?",
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
        agenda[0].minutes -= 1;
        let timing = Timing::of(&agenda);
        assert_eq!(
            timing,
            Timing {
                listening: 29,
                total: 59
            }
        );
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
            == "Invite them to our next meeting, Thursday, December 3, at Main library, room B"));
        assert!(
            agenda
                .iter()
                .any(|item| item.title.contains("volunteer and fundraising needs"))
        );
    }

    #[test]
    fn questions_start_from_their_work() {
        let questions = default_questions();
        assert!(questions[0].text.contains("working on"));
        assert!(questions.iter().all(|q| q.text.ends_with('?')));
    }
}
