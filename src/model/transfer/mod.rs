//! Moving a workspace in and out of the browser as a JSON file: the export
//! envelope, and an import that is validated in full before anything changes.

mod checks;
mod error;
mod layout_scan;
mod plan;
mod record;
mod record_diff;
mod replacing;
mod room;
mod sliced;

use chrono::NaiveDateTime;
use serde::Serialize;

pub use checks::{MAX_NESTING, check_workspace};
pub use error::ImportError;
pub use plan::{
    Change, Changes, ImportPreview, Outcome, PlanEntry, Standing, plan_entries, plan_length,
    preview, preview_header,
};
pub use record::{RecordKind, first_words};
pub use replacing::replace_warning;
pub use room::{Room, STORAGE_CODE_UNITS, StorageNeed};
pub use sliced::SlicedImport;

use super::{SCHEMA_VERSION, Timestamp, Workspace};
use crate::team::SharedStates;

/// The `format` value that marks a Common Ground export.
pub const EXPORT_FORMAT: &str = "common-ground-export";

/// The version of the app that writes exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The envelope of an export file; its field order is the file's key order.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    /// Marks a file exported from the demo workspace; written only there.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    sample_data: bool,
    schema_version: u32,
    app_version: &'static str,
    exported_at: Timestamp,
    workspace: &'a Workspace,
    /// Each document's Yrs state, so that importing merges through Yrs.
    #[serde(skip_serializing_if = "Option::is_none")]
    yrs: Option<&'a SharedStates>,
}

/// The export file's text: pretty-printed JSON in a stable key order, with
/// the documents' states (`shared`) after the readable records.
pub fn export_json(
    workspace: &Workspace,
    shared: Option<&SharedStates>,
    exported_at: Timestamp,
) -> Result<String, serde_json::Error> {
    envelope_json(workspace, shared, exported_at, false)
}

/// An export of the demo workspace, marked `"sample_data": true` so that
/// nobody takes it for real data.
pub fn export_sample_json(
    workspace: &Workspace,
    shared: Option<&SharedStates>,
    exported_at: Timestamp,
) -> Result<String, serde_json::Error> {
    envelope_json(workspace, shared, exported_at, true)
}

/// The export file's text, marked as sample data when `sample_data` is set.
fn envelope_json(
    workspace: &Workspace,
    yrs: Option<&SharedStates>,
    exported_at: Timestamp,
    sample_data: bool,
) -> Result<String, serde_json::Error> {
    let envelope = Envelope {
        format: EXPORT_FORMAT,
        sample_data,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        exported_at,
        workspace,
        yrs,
    };
    // Through a `Value`, as storage writes records: the records' serializers
    // are then compiled once, not again for the pretty printer.
    let mut json = serde_json::to_string_pretty(&serde_json::to_value(&envelope)?)?;
    json.push('\n');
    Ok(json)
}

/// The export's file name, from this device's name (when it has one) and
/// the local date and time: `common-ground-anas-laptop-YYYY-MM-DD-HHMMSS.json`,
/// or `common-ground-YYYY-MM-DD-HHMMSS.json` for a device not yet named.
pub fn export_file_name(device: &str, local: NaiveDateTime) -> String {
    let time = crate::model::dates::basic_stamp(local);
    let from = slug(device)
        .map(|device| format!("{device}-"))
        .unwrap_or_default();
    format!("common-ground-{from}{}-{}.json", local.date(), &time[9..])
}

/// The name of an export of the demo workspace:
/// `common-ground-demo-YYYY-MM-DD-HHMMSS.json`.
pub fn sample_file_name(local: NaiveDateTime) -> String {
    export_file_name("demo", local)
}

/// The name of a file sharing one partner or coalition, from its name, this
/// device's and the local date and time:
/// `common-ground-casa-latina-from-anas-laptop-YYYY-MM-DD-HHMMSS.json`.
pub fn shared_file_name(name: &str, device: &str, local: NaiveDateTime) -> String {
    let record = slug(name).unwrap_or_else(|| "partner".to_owned());
    let from = match slug(device) {
        Some(device) => format!("{record}-from-{device}"),
        None => record,
    };
    export_file_name(&from, local)
}

/// How many letters and digits of a name a file name keeps.
const SLUG_MAX_CHARS: usize = 40;

/// A name as part of a file name: its letters and digits, lower case;
/// apostrophes go, the rest become single hyphens; `None` when no letter or
/// digit is left.
fn slug(name: &str) -> Option<String> {
    let mut slug = String::new();
    let mut kept = 0;
    for character in name.chars().flat_map(char::to_lowercase) {
        if matches!(character, '\'' | '\u{2019}') {
            // "Ana's" reads as "anas", not "ana-s".
            continue;
        }
        if character.is_alphanumeric() {
            if kept == SLUG_MAX_CHARS {
                break;
            }
            slug.push(character);
            kept += 1;
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    (!slug.is_empty()).then(|| slug.to_owned())
}

/// Refuses a file by its size alone, before it is read: larger than
/// [`Room::largest_file`], its data could not fit in storage.
pub fn check_import_size(bytes: u64, room: Room) -> Result<(), ImportError> {
    let largest = room.largest_file();
    if bytes > largest {
        return Err(ImportError::TooLarge { bytes, largest });
    }
    Ok(())
}

/// Reads an export file completely: JSON, envelope, version, every record
/// and the ids between them. Older versions are migrated. The browser reads
/// large files through [`SlicedImport`] itself, a slice at a time, with the
/// room its storage has.
pub fn parse_import(text: &str) -> Result<Workspace, ImportError> {
    let mut import = SlicedImport::start(text.to_owned(), Room::empty())?;
    while !import.step(usize::MAX)? {}
    import.finish().map(|(workspace, _)| workspace)
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate, Utc};

    use super::*;
    use crate::model::Partner;

    fn at(text: &str) -> Timestamp {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn march_4th_at_5_06_07() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 4)
            .unwrap()
            .and_hms_opt(5, 6, 7)
            .unwrap()
    }

    #[test]
    fn a_shared_file_is_named_after_its_record() {
        let local = NaiveDate::from_ymd_opt(2026, 12, 7)
            .and_then(|day| day.and_hms_opt(9, 5, 3))
            .unwrap();
        assert_eq!(
            shared_file_name("Casa Latina Workers' Center", "", local),
            "common-ground-casa-latina-workers-center-2026-12-07-090503.json"
        );
        assert_eq!(
            shared_file_name("Árbol / Ñandú!!", "Ana's laptop", local),
            "common-ground-árbol-ñandú-from-anas-laptop-2026-12-07-090503.json"
        );
        assert_eq!(
            shared_file_name("../..", "  ", local),
            "common-ground-partner-2026-12-07-090503.json"
        );
    }

    #[test]
    fn an_export_says_which_device_made_it_once_the_device_is_named() {
        let local = NaiveDate::from_ymd_opt(2026, 12, 7)
            .and_then(|day| day.and_hms_opt(9, 5, 3))
            .unwrap();
        assert_eq!(
            export_file_name("Lee\u{2019}s phone", local),
            "common-ground-lees-phone-2026-12-07-090503.json"
        );
        assert_eq!(
            export_file_name("", local),
            "common-ground-2026-12-07-090503.json"
        );
    }

    #[test]
    fn the_file_name_carries_the_local_date_and_time() {
        let local = march_4th_at_5_06_07();
        assert_eq!(
            export_file_name("", local),
            "common-ground-2026-03-04-050607.json"
        );
    }

    #[test]
    fn a_demo_export_is_named_and_marked_as_sample_data_and_still_imports() {
        let local = march_4th_at_5_06_07();
        assert_eq!(
            sample_file_name(local),
            "common-ground-demo-2026-03-04-050607.json"
        );
        let at = at("2026-11-26T10:00:00Z");
        let demo = export_sample_json(&Workspace::default(), None, at).unwrap();
        assert!(
            demo.starts_with(
                "{\n  \"format\": \"common-ground-export\",\n  \"sample_data\": true,\n"
            )
        );
        assert_eq!(parse_import(&demo).unwrap(), Workspace::default());
        let own = export_json(&Workspace::default(), None, at).unwrap();
        assert!(!own.contains("sample_data"));
    }

    #[test]
    fn an_export_starts_with_its_envelope_in_a_fixed_order() {
        let json = export_json(&Workspace::default(), None, at("2026-11-26T10:00:00Z")).unwrap();
        let keys: Vec<_> = json
            .lines()
            .filter(|line| line.starts_with("  \""))
            .map(|line| line.trim().split('"').nth(1).unwrap())
            .collect();
        assert_eq!(
            keys,
            [
                "format",
                "schema_version",
                "app_version",
                "exported_at",
                "workspace"
            ]
        );
        assert!(json.ends_with("}\n"));
    }

    #[test]
    fn export_import_export_gives_the_same_bytes() {
        let mut workspace = Workspace::default();
        let mut partner = Partner::new(
            "Casa <Latina> & \"friends\"",
            at("2026-11-01T09:00:00.123456789Z"),
        )
        .unwrap();
        partner.research.mission = "Línea 1\nLine 2 — ✊🏽".into();
        workspace.add_partner(partner);
        let first = export_json(&workspace, None, at("2026-11-26T10:00:00Z")).unwrap();
        let imported = parse_import(&first).unwrap();
        assert_eq!(imported, workspace);
        assert_eq!(
            export_json(&imported, None, at("2026-11-26T10:00:00Z")).unwrap(),
            first
        );
    }

    #[test]
    fn files_over_ten_megabytes_are_refused_by_size() {
        let room = Room::empty();
        assert!(check_import_size(room.largest_file(), room).is_ok());
        assert_eq!(
            check_import_size(room.largest_file() + 1, room),
            Err(ImportError::TooLarge {
                bytes: room.largest_file() + 1,
                largest: room.largest_file()
            })
        );
    }
}
