//! The demo workspace's story: realistic sample data for workshops, one
//! partner at each stage of the journey. It is kept as an export file (data,
//! not code) written as of the day it was exported, and every date in it is
//! moved to today's when it is opened, so its next actions are always live.

use chrono::{DateTime, Duration, NaiveDate};
use serde_json::Value;

use super::Workspace;
use super::transfer::{ImportError, parse_import};

/// The story as an export file; its `exported_at` day is the story's today.
const STORY: &str = include_str!("../../public/demo-workspace.json");

/// The demo workspace as of `today`: the story with every date and time in
/// it moved by the days between its export day and `today`.
pub fn demo_workspace(today: NaiveDate) -> Result<Workspace, ImportError> {
    story_as_of(STORY, today)
}

/// The workspace of the export `story`, moved to `today`.
fn story_as_of(story: &str, today: NaiveDate) -> Result<Workspace, ImportError> {
    let mut file: Value = serde_json::from_str(story).map_err(ImportError::from_json)?;
    let written_on = file
        .get("exported_at")
        .and_then(Value::as_str)
        .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
        .map(|at| at.date_naive())
        .ok_or(ImportError::NotAnExport)?;
    if let Some(workspace) = file.get_mut("workspace") {
        move_dates(workspace, today - written_on);
    }
    parse_import(&file.to_string())
}

/// Moves every date (`2026-03-01`) and time stamp (`2026-03-01T10:00:00Z`)
/// inside `value` by `by`; other text stays as it is.
fn move_dates(value: &mut Value, by: Duration) {
    match value {
        Value::String(text) => {
            if let Some(moved) = moved_date(text, by) {
                *text = moved;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| move_dates(item, by)),
        Value::Object(fields) => fields.values_mut().for_each(|field| move_dates(field, by)),
        _ => {}
    }
}

/// `text` moved by `by`, when it is a date or an RFC 3339 time stamp.
fn moved_date(text: &str, by: Duration) -> Option<String> {
    if text.len() == 10 {
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        return Some((date + by).to_string());
    }
    let at = DateTime::parse_from_rfc3339(text).ok()?;
    Some(
        (at + by)
            .to_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(day: &str) -> NaiveDate {
        NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_and_times_move_and_other_text_stays() {
        let mut value: Value = serde_json::json!({
            "date": "2026-03-01",
            "at": "2026-03-01T10:00:00Z",
            "list": ["2026-02-27", "Meet on 2026-03-01 at noon", "12:30:00"],
            "n": 3
        });
        move_dates(&mut value, Duration::days(40));
        assert_eq!(
            value,
            serde_json::json!({
                "date": "2026-04-10",
                "at": "2026-04-10T10:00:00Z",
                "list": ["2026-04-08", "Meet on 2026-03-01 at noon", "12:30:00"],
                "n": 3
            })
        );
    }

    #[test]
    fn the_story_is_told_as_of_any_day() {
        for today in ["2026-03-01", "2026-11-27", "2031-07-15"] {
            let today = on(today);
            let workspace = demo_workspace(today).unwrap();
            let meeting = workspace
                .partners
                .iter()
                .flat_map(|p| &p.meetings)
                .find(|m| !m.after.held)
                .unwrap();
            assert_eq!(meeting.date, Some(today + Duration::days(4)), "{today}");
            assert!(
                workspace
                    .partners
                    .iter()
                    .all(|p| p.created_at.date_naive() <= today)
            );
        }
    }
}
