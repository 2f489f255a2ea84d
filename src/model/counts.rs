//! How many records of each kind a workspace, a partner or a coalition holds,
//! so that confirmations and previews can say exactly what an action touches.

use std::iter::Sum;
use std::ops::Add;

use super::{Coalition, Partner};

/// How many records of each kind something holds; every kind of record the
/// app keeps has its own count, each field named after the kind it counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordCounts {
    pub partners: usize,
    pub coalitions: usize,
    pub people: usize,
    pub events: usize,
    pub practices: usize,
    pub drafts: usize,
    pub meetings: usize,
    pub visits: usize,
    pub agenda_items: usize,
    pub questions: usize,
    pub log_entries: usize,
    pub feedback: usize,
    pub lessons: usize,
    pub commitments: usize,
}

impl RecordCounts {
    /// Each kind with its count, in plain English ("1 person", "2 people"),
    /// in a fixed order and leaving out the kinds there are none of.
    pub fn describe(&self) -> Vec<String> {
        let kinds = [
            (self.partners, "partner", "partners"),
            (self.coalitions, "coalition", "coalitions"),
            (self.people, "person", "people"),
            (self.events, "public event", "public events"),
            (
                self.practices,
                "practice to respect",
                "practices to respect",
            ),
            (
                self.drafts,
                "first-contact message",
                "first-contact messages",
            ),
            (self.meetings, "meeting", "meetings"),
            (self.visits, "visit to our meeting", "visits to our meeting"),
            (self.agenda_items, "agenda item", "agenda items"),
            (self.questions, "meeting question", "meeting questions"),
            (self.log_entries, "log entry", "log entries"),
            (self.feedback, "piece of feedback", "pieces of feedback"),
            (self.lessons, "lesson", "lessons"),
            (self.commitments, "commitment", "commitments"),
        ];
        kinds
            .into_iter()
            .filter(|(count, _, _)| *count > 0)
            .map(|(count, one, many)| format!("{count} {}", if count == 1 { one } else { many }))
            .collect()
    }

    /// The counts as one phrase ("2 partners, 1 meeting and 3 lessons"), or
    /// `None` when there is nothing at all.
    pub fn sentence(&self) -> Option<String> {
        let parts = self.describe();
        match parts.split_last() {
            None => None,
            Some((last, [])) => Some(last.clone()),
            Some((last, rest)) => Some(format!("{} and {last}", rest.join(", "))),
        }
    }
}

impl Add for RecordCounts {
    type Output = Self;

    fn add(self, other: Self) -> Self {
        Self {
            partners: self.partners + other.partners,
            coalitions: self.coalitions + other.coalitions,
            people: self.people + other.people,
            events: self.events + other.events,
            practices: self.practices + other.practices,
            drafts: self.drafts + other.drafts,
            meetings: self.meetings + other.meetings,
            visits: self.visits + other.visits,
            agenda_items: self.agenda_items + other.agenda_items,
            questions: self.questions + other.questions,
            log_entries: self.log_entries + other.log_entries,
            feedback: self.feedback + other.feedback,
            lessons: self.lessons + other.lessons,
            commitments: self.commitments + other.commitments,
        }
    }
}

impl Sum for RecordCounts {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Self::default(), Add::add)
    }
}

impl Partner {
    /// This partner and every record kept inside it, counted by kind: what
    /// goes when the partner goes.
    pub fn counts(&self) -> RecordCounts {
        RecordCounts {
            partners: 1,
            people: self.people.len(),
            events: self.events.len(),
            practices: self.practices.len(),
            drafts: self.drafts.len(),
            meetings: self.meetings.len(),
            visits: self.visits.len(),
            agenda_items: self.meetings.iter().map(|m| m.agenda.len()).sum(),
            questions: self.meetings.iter().map(|m| m.questions.len()).sum(),
            log_entries: self.log.len(),
            feedback: self.feedback.len(),
            lessons: self.lessons.len(),
            commitments: self.commitments.len(),
            ..RecordCounts::default()
        }
    }
}

impl Coalition {
    /// This coalition and the records kept inside it (not its partners,
    /// which live on their own).
    pub fn counts(&self) -> RecordCounts {
        RecordCounts {
            coalitions: 1,
            log_entries: self.log.len(),
            ..RecordCounts::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{Feedback, Lesson, Person, Workspace};

    fn person(name: &str) -> Person {
        Person::new(name, Utc::now())
    }

    #[test]
    fn nothing_describes_as_nothing() {
        assert!(RecordCounts::default().describe().is_empty());
        assert_eq!(RecordCounts::default().sentence(), None);
    }

    #[test]
    fn counts_read_as_english_with_no_zero_kinds() {
        let one = RecordCounts {
            partners: 1,
            people: 1,
            feedback: 1,
            log_entries: 1,
            ..RecordCounts::default()
        };
        assert_eq!(
            one.sentence().unwrap(),
            "1 partner, 1 person, 1 log entry and 1 piece of feedback"
        );
        let many = RecordCounts {
            people: 2,
            log_entries: 3,
            feedback: 2,
            ..RecordCounts::default()
        };
        assert_eq!(
            many.describe(),
            ["2 people", "3 log entries", "2 pieces of feedback"]
        );
        let single = RecordCounts {
            lessons: 1,
            ..RecordCounts::default()
        };
        assert_eq!(single.sentence().unwrap(), "1 lesson");
    }

    #[test]
    fn every_kind_of_record_is_counted_and_described() {
        let all = RecordCounts {
            partners: 2,
            coalitions: 2,
            people: 2,
            events: 2,
            practices: 2,
            drafts: 2,
            meetings: 2,
            visits: 2,
            agenda_items: 2,
            questions: 2,
            log_entries: 2,
            feedback: 2,
            lessons: 2,
            commitments: 2,
        };
        assert_eq!(all.describe().len(), 14);
        assert!(all.describe().iter().all(|kind| kind.starts_with("2 ")));
    }

    #[test]
    fn a_workspace_counts_what_its_partners_and_coalitions_hold() {
        let now = Utc::now();
        let mut casa = Partner::new("Casa", now).unwrap();
        casa.people = vec![person("Ana"), person("Luis")];
        casa.feedback.push(Feedback {
            text: "Ask us earlier".into(),
            ..Feedback::new(now)
        });
        casa.lessons.push(Lesson {
            lesson: "We talked too much".into(),
            ..Lesson::new(now)
        });
        assert_eq!(
            casa.counts().sentence().unwrap(),
            "1 partner, 2 people, 1 piece of feedback and 1 lesson"
        );
        let workspace = Workspace {
            partners: vec![casa, Partner::new("Eastside", now).unwrap()],
            ..Workspace::default()
        };
        let counts = workspace.counts();
        assert_eq!(counts.partners, 2);
        assert_eq!(counts.people, 2);
        assert_eq!(counts.feedback, 1);
        assert_eq!(counts.lessons, 1);
        assert_eq!(counts.coalitions, 0);
    }
}
