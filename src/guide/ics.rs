//! Calendar files (RFC 5545) for a meeting, made in the browser.
//!
//! Times are written as "floating" local times (no time zone): the meeting
//! happens at the wall-clock time the user typed, in whatever zone the
//! calendar that opens the file is in. A listen-first meeting is in person,
//! in the user's own town, so this is what they mean. `DTSTAMP` is UTC.

use chrono::{Duration, NaiveDateTime};
use thiserror::Error;

use crate::model::bounds::{FIRST_YEAR, LAST_YEAR, date_in_range};
use crate::model::{RecordId, Timestamp, dates};

/// What a calendar event needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    pub uid: RecordId,
    pub start: NaiveDateTime,
    pub duration_minutes: u32,
    pub summary: String,
    pub location: String,
    pub description: String,
}

/// Why an event cannot go in a calendar file.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CalendarRefusal {
    #[error("Its date must fall between {FIRST_YEAR} and {LAST_YEAR} to go in a calendar file.")]
    DateOutOfRange,
}

/// The `.ics` file's text, CRLF line endings, lines folded at 75 octets;
/// refused when the event starts or ends outside the years the app keeps.
pub fn calendar_file(event: &CalendarEvent, stamp: Timestamp) -> Result<String, CalendarRefusal> {
    let end = event
        .start
        .checked_add_signed(Duration::minutes(i64::from(event.duration_minutes)))
        .filter(|end| date_in_range(end.date()) && date_in_range(event.start.date()))
        .ok_or(CalendarRefusal::DateOutOfRange)?;
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Common Ground//Listen-first partnership planner//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@common-ground.invalid", event.uid),
        format!("DTSTAMP:{}Z", dates::basic_stamp(stamp.naive_utc())),
        format!("DTSTART:{}", dates::basic_stamp(event.start)),
        format!("DTEND:{}", dates::basic_stamp(end)),
        format!("SUMMARY:{}", escape(&event.summary)),
        format!("LOCATION:{}", escape(&event.location)),
        format!("DESCRIPTION:{}", escape(&event.description)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    Ok(lines.iter().map(|line| fold(line) + "\r\n").collect())
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks (the
/// Unicode line and paragraph separators too); drops the control characters
/// RFC 5545 forbids in text, keeping tabs.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n");
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => escaped.push_str("\\n"),
            '\t' => escaped.push(c),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Folds a content line so no line exceeds 75 octets, never inside a UTF-8
/// character; continuation lines start with one space.
pub fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > 75 {
            folded.push_str("\r\n ");
            octets = 1;
        }
        folded.push(c);
        octets += width;
    }
    folded
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::test_now as stamp;

    fn sample() -> CalendarEvent {
        CalendarEvent {
            uid: "0b5a7c1e-3f1d-4c52-9a8e-6d2f1b7c9e06".parse().unwrap(),
            start: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap().and_hms_opt(17, 30, 0).unwrap(),
            duration_minutes: 90,
            summary: "Listen-first meeting with Casa Latina; Workers' Center".into(),
            location: "1200 Alder St, Springfield".into(),
            description: "Listen and learn (45 min)\n- Their work, and how they do it\nC:\\path, done; ¿Qué necesita la comunidad? ✊🏽".into(),
        }
    }

    #[test]
    fn matches_the_golden_file() {
        let golden = include_str!("../../tests/fixtures/meeting.ics");
        assert_eq!(calendar_file(&sample(), stamp()).as_deref(), Ok(golden));
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
    }

    #[test]
    fn text_carries_no_control_characters_and_keeps_line_breaks_as_escapes() {
        let hostile = "a\0b\u{b}c\u{c}d\u{1b}[31me\u{7f}f\u{9b}g\th\u{85}i\u{2028}j\u{2029}k";
        assert_eq!(escape(hostile), "abcd[31mefg\th\\ni\\nj\\nk");
    }

    #[test]
    fn an_event_outside_the_apps_years_is_refused_not_written() {
        let far = NaiveDate::from_ymd_opt(262_142, 12, 31)
            .unwrap()
            .and_hms_opt(23, 0, 0)
            .unwrap();
        let last = NaiveDate::from_ymd_opt(2200, 12, 31)
            .unwrap()
            .and_hms_opt(23, 0, 0)
            .unwrap();
        for (start, minutes) in [(far, 90), (NaiveDateTime::MAX, u32::MAX), (last, 120)] {
            let event = CalendarEvent {
                start,
                duration_minutes: minutes,
                ..sample()
            };
            assert_eq!(
                calendar_file(&event, stamp()),
                Err(CalendarRefusal::DateOutOfRange),
                "{start} for {minutes} minutes"
            );
        }
        let early = NaiveDate::from_ymd_opt(1899, 12, 31)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let event = CalendarEvent {
            start: early,
            ..sample()
        };
        assert!(calendar_file(&event, stamp()).is_err());
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let folded = fold(&line);
        for (index, part) in folded.split("\r\n").enumerate() {
            assert!(part.len() <= 75, "line {index} has {} octets", part.len());
            if index > 0 {
                assert!(part.starts_with(' '));
            }
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn every_line_ends_with_crlf_and_the_end_follows_the_duration() {
        let file = calendar_file(&sample(), stamp()).unwrap();
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert!(!file.replace("\r\n", "").contains('\n'));
        assert!(file.contains("DTSTART:20261203T173000\r\nDTEND:20261203T190000\r\n"));
        assert!(file.contains("DTSTAMP:20261126T100000Z"));
    }
}
