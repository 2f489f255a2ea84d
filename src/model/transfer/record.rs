//! How a merge's preview names the records inside a partner or coalition:
//! each kind by the list that holds it, and each record by a few words of
//! its own, read from its JSON fields so that one reading serves every kind.

use chrono::NaiveDate;
use serde_json::{Map, Value};

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

    /// The kind of record a list of the model holds, by the list's field name.
    pub fn of_list(list: &str) -> Option<Self> {
        Some(match list {
            "people" => RecordKind::Person,
            "events" => RecordKind::Event,
            "practices" => RecordKind::Practice,
            "drafts" => RecordKind::Draft,
            "meetings" => RecordKind::Meeting,
            "visits" => RecordKind::Visit,
            "log" => RecordKind::LogEntry,
            "feedback" => RecordKind::Feedback,
            "lessons" => RecordKind::Lesson,
            "commitments" => RecordKind::Commitment,
            "agenda" => RecordKind::AgendaItem,
            "questions" => RecordKind::Question,
            _ => return None,
        })
    }

    /// A few words that let the user recognise a record of this kind.
    pub fn label(self, fields: &Map<String, Value>) -> String {
        let text = |name: &str| fields.get(name).and_then(Value::as_str).unwrap_or_default();
        let date = fields
            .get("date")
            .and_then(Value::as_str)
            .and_then(|date| date.parse::<NaiveDate>().ok());
        match self {
            RecordKind::Meeting => match date {
                Some(date) => crate::model::dates::short_date(date),
                None => "no date yet".to_owned(),
            },
            RecordKind::Draft if text("subject").trim().is_empty() => first_words(text("body")),
            RecordKind::Draft => first_words(text("subject")),
            RecordKind::Event => dated(date, text("title")),
            RecordKind::AgendaItem => first_words(text("title")),
            RecordKind::Practice | RecordKind::Question => first_words(text("text")),
            RecordKind::Feedback => dated(date, text("text")),
            RecordKind::LogEntry => dated(date, text("summary")),
            RecordKind::Lesson => dated(date, text("lesson")),
            RecordKind::Commitment => first_words(text("what")),
            RecordKind::Visit => dated(date, text("who")),
            RecordKind::Person
            | RecordKind::Partner
            | RecordKind::Coalition
            | RecordKind::Member => first_words(text("name")),
        }
    }
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

/// Text that may have a date in front of it.
fn dated(date: Option<NaiveDate>, text: &str) -> String {
    match date {
        Some(date) => format!(
            "{}: {}",
            crate::model::dates::short_date(date),
            first_words(text)
        ),
        None => first_words(text),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

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
    fn each_kind_is_named_by_its_own_words_and_date() {
        let label = |list: &str, fields: Value| {
            let kind = RecordKind::of_list(list);
            match (kind, fields) {
                (Some(kind), Value::Object(fields)) => kind.label(&fields),
                _ => String::new(),
            }
        };
        assert_eq!(
            label(
                "lessons",
                json!({"date": "2026-12-03", "lesson": "Listen before we speak"})
            ),
            "Dec 3, 2026: Listen before we speak"
        );
        assert_eq!(label("meetings", json!({"date": null})), "no date yet");
        assert_eq!(
            label(
                "drafts",
                json!({"subject": " ", "body": "Hello from Springfield"})
            ),
            "Hello from Springfield"
        );
        assert_eq!(label("people", json!({"name": "Ana Ruiz"})), "Ana Ruiz");
        assert_eq!(RecordKind::of_list("focus_areas"), None);
    }
}
