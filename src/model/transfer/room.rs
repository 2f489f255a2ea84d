//! Whether an import fits in the browser's storage, known before its
//! records are read: a file that could never fit is refused at once, with
//! the numbers, instead of after a long read and a failed save.

use std::ops::Range;
use std::sync::OnceLock;

use super::ImportError;
use crate::model::{Coalition, Partner, Timestamp, Workspace};

/// The local storage a browser gives a site, in UTF-16 code units: 5 MiB
/// in Chromium, Firefox and Safari.
pub const STORAGE_CODE_UNITS: u64 = 5_242_880;

/// How much larger than its data a file may be for its layout (the
/// indentation of a pretty-printed export) and still be worth reading.
const LAYOUT_ALLOWANCE: u64 = 2;

/// The code units of a record's storage key ("common-ground:own:partner:"
/// and an id).
const KEY_UNITS: u64 = 62;

/// Where an import would be stored: the room the browser gives this site,
/// and what the site's other data (other workspaces, set-aside copies,
/// other apps on this address) already takes, in code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Room {
    pub total: u64,
    pub taken_by_others: u64,
}

impl Room {
    /// All of a browser's usual room, with nothing else stored.
    pub fn empty() -> Self {
        Self {
            total: STORAGE_CODE_UNITS,
            taken_by_others: 0,
        }
    }

    /// The code units the imported workspace may take.
    pub fn free(self) -> u64 {
        self.total.saturating_sub(self.taken_by_others)
    }

    /// The largest file worth reading at all: its data, packed as the app
    /// stores it, must fit, with room for the file's own layout.
    pub fn largest_file(self) -> u64 {
        self.free() * 15 / 8 * LAYOUT_ALLOWANCE
    }

    /// Refuses what needs more than the free room, with the numbers.
    pub fn check(self, need: StorageNeed) -> Result<(), ImportError> {
        if need.units > self.free() {
            return Err(ImportError::NoRoom {
                needed: need.units,
                free: self.free(),
                total: self.total,
            });
        }
        Ok(())
    }
}

/// What storing a workspace takes, in code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageNeed {
    pub units: u64,
}

impl StorageNeed {
    /// At least what storing these records takes, from their text alone:
    /// each record's data without layout, or the smallest record the app
    /// stores, whichever is larger, packed, with its key.
    pub fn at_least(text: &str, partners: &[Range<usize>], coalitions: &[Range<usize>]) -> Self {
        let (smallest_partner, smallest_coalition) = smallest_records();
        let record = |range: &Range<usize>, smallest: u64| {
            KEY_UNITS + packed(content_bytes(&text.as_bytes()[range.clone()]).max(smallest))
        };
        let units = partners
            .iter()
            .map(|r| record(r, smallest_partner))
            .sum::<u64>()
            + coalitions
                .iter()
                .map(|r| record(r, smallest_coalition))
                .sum::<u64>();
        Self { units }
    }

    /// What storing `workspace` takes, record by record, as the app stores it.
    pub fn of_workspace(workspace: &Workspace) -> Self {
        let json = |bytes: usize| KEY_UNITS + packed(bytes as u64);
        let size = |record: Result<String, serde_json::Error>| record.map_or(0, |text| text.len());
        let units = workspace
            .partners
            .iter()
            .map(|partner| json(size(serde_json::to_string(partner))))
            .chain(
                workspace
                    .coalitions
                    .iter()
                    .map(|coalition| json(size(serde_json::to_string(coalition)))),
            )
            .sum();
        Self { units }
    }
}

/// The code units `bytes` of UTF-8 take packed (15 bits to a code unit),
/// with the packed string's quotes and marker.
fn packed(bytes: u64) -> u64 {
    (bytes * 8).div_ceil(15) + 3
}

/// The bytes of JSON text storage keeps: whitespace between tokens left out.
pub fn content_bytes(json: &[u8]) -> u64 {
    let (mut count, mut in_string, mut escaped) = (0u64, false, false);
    for &byte in json {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            count += 1;
            continue;
        }
        match byte {
            b' ' | b'\n' | b'\r' | b'\t' => {}
            b'"' => {
                in_string = true;
                count += 1;
            }
            _ => count += 1,
        }
    }
    count
}

/// The stored size in bytes of the smallest partner and coalition: every
/// stored record writes at least the fields these do.
fn smallest_records() -> (u64, u64) {
    static SMALLEST: OnceLock<(u64, u64)> = OnceLock::new();
    *SMALLEST.get_or_init(|| {
        let now = Timestamp::default();
        let size = |text: Result<String, serde_json::Error>| text.map_or(0, |t| t.len() as u64);
        let partner = Partner::new("x", now).map(|p| size(serde_json::to_string(&p)));
        let coalition = Coalition::new("x", now).map(|c| size(serde_json::to_string(&c)));
        // The one-letter name stands in for any name; a name takes at least a letter.
        (partner.unwrap_or(0), coalition.unwrap_or(0))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_not_counted_but_text_in_strings_is() {
        assert_eq!(content_bytes(b"{ \"a b\" : [ 1 ,\n 2 ] }"), 13);
        assert_eq!(content_bytes(br#"{"q":"\" x"}"#), 12);
    }

    #[test]
    fn a_file_refused_for_room_says_what_it_needs_and_what_is_free() {
        let room = Room {
            total: STORAGE_CODE_UNITS,
            taken_by_others: 242_880,
        };
        let refusal = room.check(StorageNeed { units: 6_000_000 }).unwrap_err();
        assert_eq!(
            refusal.to_string(),
            "The file's data would take about 5.7 MB of this browser's storage, and Common Ground has 4.8 MB free here (of 5.0 MB). Import a smaller file, or free some space first."
        );
        assert!(room.check(StorageNeed { units: 5_000_000 }).is_ok());
        assert_eq!(room.largest_file(), 5_000_000 * 15 / 8 * 2);
    }

    #[test]
    fn the_least_a_record_takes_is_the_smallest_stored_record() {
        let text = r#"[{"id":1},{"id":2}]"#;
        let need = StorageNeed::at_least(text, &[1..9, 10..18], &[]);
        let (smallest, _) = smallest_records();
        assert!(smallest > 300, "{smallest}");
        assert_eq!(need.units, 2 * (KEY_UNITS + packed(smallest)));
    }
}
