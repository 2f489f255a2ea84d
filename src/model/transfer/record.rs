//! What a merge needs to know about each kind of record kept by id: its id,
//! when it last changed, how to name it in a preview, and how its own
//! fields compare apart from the lists nested inside it.

use chrono::NaiveDate;

use super::plan::Changes;
use crate::model::{
    AgendaItem, Commitment, ContactDraft, Feedback, Lesson, LogEntry, Meeting, Person, Practice,
    PublicEvent, Question, Record, Visit,
};

/// The kinds of record a merge preview names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Partner,
    Coalition,
    Person,
    Event,
    Practice,
    Draft,
    Meeting,
    /// Their people's visit to our meeting.
    Visit,
    AgendaItem,
    Question,
    LogEntry,
    Feedback,
    Lesson,
    Commitment,
    /// A partner taking part in a coalition.
    Member,
}

impl RecordKind {
    /// The kind's name as the preview shows it.
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Partner => "Partner",
            RecordKind::Coalition => "Coalition",
            RecordKind::Person => "Person",
            RecordKind::Event => "Public event",
            RecordKind::Practice => "Practice to respect",
            RecordKind::Draft => "First-contact message",
            RecordKind::Meeting => "Meeting",
            RecordKind::Visit => "Visit to our meeting",
            RecordKind::AgendaItem => "Agenda item",
            RecordKind::Question => "Meeting question",
            RecordKind::LogEntry => "Log entry",
            RecordKind::Feedback => "Feedback",
            RecordKind::Lesson => "Lesson",
            RecordKind::Commitment => "Commitment",
            RecordKind::Member => "Partner in the coalition",
        }
    }
}

/// A record kept in a list by id and merged with another version of itself.
pub trait Mergeable: Record + Clone + PartialEq {
    /// Which kind of record this is, for the preview.
    const KIND: RecordKind;

    /// A few words that let the user recognise the record.
    fn label(&self) -> String;

    /// Whether `other` differs from this record in more than its update time
    /// and the lists nested inside it.
    fn own_fields_differ(&self, other: &Self) -> bool;

    /// Our version and theirs as one: the one changed last, ours on a tie.
    /// Records holding lists of records merge those lists too.
    fn merge_pair(ours: &Self, theirs: Self) -> Self {
        if theirs.updated_at() > ours.updated_at() {
            theirs
        } else {
            ours.clone()
        }
    }

    /// Notes what going from `ours` to `merged` adds or replaces in the lists
    /// nested inside this record; records holding no lists have nothing to note.
    fn note_nested_changes(_ours: &Self, _merged: &Self, _changes: &mut Changes) {}
}

/// The first few words of a text, with an ellipsis when there is more.
pub fn first_words(text: &str) -> String {
    const WORDS: usize = 8;
    const CHARS: usize = 60;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return "(left blank)".to_owned();
    }
    let mut short: String = words
        .iter()
        .take(WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let cut = short.chars().count() > CHARS;
    if cut {
        short = short.chars().take(CHARS).collect();
    }
    if cut || words.len() > WORDS {
        short.push('\u{2026}');
    }
    short
}

/// A date as the preview shows it, such as "Dec 3, 2026".
fn day(date: NaiveDate) -> String {
    crate::model::dates::short_date(date)
}

/// Text that may have a date in front of it.
fn dated(date: Option<NaiveDate>, text: &str) -> String {
    match date {
        Some(date) => format!("{}: {}", day(date), first_words(text)),
        None => first_words(text),
    }
}

/// Implements [`Mergeable`] for records holding no list of records, whose whole
/// content apart from the update time is their own.
macro_rules! leaf_record {
    ($($type:ty => $kind:expr, |$it:ident| $label:expr;)*) => {$(
        impl Mergeable for $type {
            const KIND: RecordKind = $kind;

            fn label(&self) -> String {
                let $it = self;
                $label
            }

            fn own_fields_differ(&self, other: &Self) -> bool {
                let mut restamped = self.clone();
                restamped.touch(other.updated_at());
                restamped != *other
            }
        }
    )*};
}

leaf_record! {
    Person => RecordKind::Person, |it| first_words(&it.name);
    PublicEvent => RecordKind::Event, |it| dated(it.date, &it.title);
    Practice => RecordKind::Practice, |it| first_words(&it.text);
    ContactDraft => RecordKind::Draft, |it| if it.subject.trim().is_empty() {
        first_words(&it.body)
    } else {
        first_words(&it.subject)
    };
    AgendaItem => RecordKind::AgendaItem, |it| first_words(&it.title);
    Question => RecordKind::Question, |it| first_words(&it.text);
    LogEntry => RecordKind::LogEntry, |it| dated(it.date, &it.summary);
    Feedback => RecordKind::Feedback, |it| dated(it.date, &it.text);
    Lesson => RecordKind::Lesson, |it| dated(it.date, &it.lesson);
    Commitment => RecordKind::Commitment, |it| first_words(&it.what);
    Visit => RecordKind::Visit, |it| dated(it.date, &it.who);
}

/// The label of a meeting: its date.
pub(super) fn meeting_label(meeting: &Meeting) -> String {
    match meeting.date {
        Some(date) => day(date),
        None => "no date yet".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;

    #[test]
    fn long_text_is_cut_to_its_first_words() {
        assert_eq!(first_words("  We talked  too much "), "We talked too much");
        assert_eq!(
            first_words("one two three four five six seven eight nine"),
            "one two three four five six seven eight\u{2026}"
        );
        assert_eq!(first_words(&"a".repeat(80)).chars().count(), 61);
        assert_eq!(first_words("   "), "(left blank)");
    }

    #[test]
    fn a_dated_record_is_named_by_its_date_and_text() {
        let now = Utc::now();
        let lesson = Lesson {
            date: NaiveDate::from_ymd_opt(2026, 12, 3),
            lesson: "Listen before we speak".into(),
            ..Lesson::new(now)
        };
        assert_eq!(lesson.label(), "Dec 3, 2026: Listen before we speak");
    }

    #[test]
    fn a_newer_update_time_alone_is_not_a_change_of_content() {
        let now = Utc::now();
        let practice = Practice {
            text: "Community-only meetings".into(),
            ..Practice::new(now)
        };
        let mut touched = practice.clone();
        touched.touch(now + chrono::Duration::seconds(1));
        assert!(!practice.own_fields_differ(&touched));
        touched.text = "Spanish first".into();
        assert!(practice.own_fields_differ(&touched));
    }
}
