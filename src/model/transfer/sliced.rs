//! Reading an export in slices, so a large file never holds the page still:
//! one quick pass finds where each record's text lies and what storing it
//! would take at least; then records are read a few at a time, and the
//! caller lets the browser breathe between slices.

use std::ops::Range;

use serde_json::Value;
use serde_json::error::Category;

use super::checks::{check_nesting, open_envelope, read_workspace};
use super::layout_scan::{Scan, placed_skeleton, scan, skeleton};
use super::room::{Room, StorageNeed};
use super::{ImportError, check_import_size, check_workspace};
use crate::model::{
    Coalition, OurGroup, Partner, RECORD_SHAPE_VERSION, Workspace, migrate_workspace,
};
use crate::team::{SharedStates, TeamState};

/// An import under way: the file's text, where each record lies in it, and
/// the records read so far.
pub struct SlicedImport {
    text: String,
    group: Option<Range<usize>>,
    partners: Vec<Range<usize>>,
    coalitions: Vec<Range<usize>>,
    read: Workspace,
    /// A file from an older version, migrated and read whole.
    whole: Option<Workspace>,
    /// The documents' states beside the records, as the file holds them.
    shared: Option<Value>,
}

impl SlicedImport {
    /// Checks the file's size, JSON, envelope and version, finds each
    /// record's text, and refuses a file whose records could not fit in
    /// `room` even stored as tightly as the app stores anything.
    pub fn start(text: String, room: Room) -> Result<Self, ImportError> {
        check_import_size(text.len() as u64, room)?;
        if text.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        let located = match scan(&text)? {
            Scan::Located(located) => located,
            // Not the usual shape: the full reader says what is wrong.
            Scan::Unusual => return read_whole(text, room),
        };
        let head: Value = match serde_json::from_str(&skeleton(&text, &located)) {
            Ok(head) => head,
            // Read again at the file's own size, to say where the fault lies.
            Err(_) => serde_json::from_str(&placed_skeleton(&text, &located))
                .map_err(ImportError::from_json)?,
        };
        let (version, _, shared) = open_envelope(head)?;
        if version < RECORD_SHAPE_VERSION {
            // Records in an older shape come from older versions, long before
            // data grew large: they are migrated and read whole.
            return read_whole(text, room);
        }
        let need = StorageNeed::at_least(&text, &located.partners, &located.coalitions);
        room.check(need)?;
        Ok(Self {
            text,
            group: located.group,
            partners: located.partners,
            coalitions: located.coalitions,
            read: Workspace::default(),
            whole: None,
            shared,
        })
    }

    fn whole(text: String, workspace: Workspace, shared: Option<Value>) -> Self {
        Self {
            text,
            group: None,
            partners: Vec::new(),
            coalitions: Vec::new(),
            read: Workspace::default(),
            whole: Some(workspace),
            shared,
        }
    }

    /// How many records are still to read.
    pub fn left(&self) -> usize {
        let read = self.read.partners.len() + self.read.coalitions.len();
        self.partners.len() + self.coalitions.len() - read
    }

    /// Reads up to `count` more records; true once every record is read.
    pub fn step(&mut self, count: usize) -> Result<bool, ImportError> {
        if let Some(range) = self.group.take() {
            self.read.our_group =
                read_one::<OurGroup>(&self.text, range, |_| "Your group's details".into())?;
        }
        for _ in 0..count {
            let index = self.read.partners.len();
            if let Some(range) = self.partners.get(index) {
                let partner = read_one::<Partner>(&self.text, range.clone(), |text| {
                    describe("Partner", index, text)
                })?;
                self.read.partners.push(partner);
                continue;
            }
            let index = self.read.coalitions.len();
            let Some(range) = self.coalitions.get(index) else {
                break;
            };
            let coalition = read_one::<Coalition>(&self.text, range.clone(), |text| {
                describe("Coalition", index, text)
            })?;
            self.read.coalitions.push(coalition);
        }
        Ok(self.left() == 0)
    }

    /// The workspace, once every record is read, checked as a whole: names,
    /// ranges of dates and amounts, and every id unique; and the documents'
    /// states beside it, read in full and checked to agree with it.
    pub fn finish(self) -> Result<(Workspace, Option<TeamState>), ImportError> {
        let shared = self.shared.clone();
        let workspace = self.finish_records()?;
        let Some(shared) = shared else {
            return Ok((workspace, None));
        };
        let state = SharedStates::from_value(shared)?.read(&workspace)?;
        Ok((workspace, Some(state)))
    }

    /// The readable records, once every one is read, checked as a whole.
    fn finish_records(self) -> Result<Workspace, ImportError> {
        let workspace = match self.whole {
            Some(workspace) => workspace,
            None if self.left() == 0 => self.read,
            None => {
                return Err(ImportError::Invalid {
                    record: "The file".into(),
                    problem: "it was not read to its end".into(),
                });
            }
        };
        check_workspace(&workspace)?;
        Ok(workspace)
    }
}

/// Reads a file whole, as a value first: for older versions (migrated) and
/// for files of an unusual shape, whose faults it names.
fn read_whole(text: String, room: Room) -> Result<SlicedImport, ImportError> {
    check_nesting(&text)?;
    let value: Value = serde_json::from_str(&text).map_err(ImportError::from_json)?;
    let (version, workspace, shared) = open_envelope(value)?;
    let workspace = read_workspace(migrate_workspace(workspace, version))?;
    room.check(StorageNeed::of_workspace(&workspace))?;
    Ok(SlicedImport::whole(text, workspace, shared))
}

/// Reads the record at `range` of the file's `text`. Broken JSON in it is
/// reported where it lies in the file, as a file read whole would say.
fn read_one<T: serde::de::DeserializeOwned>(
    text: &str,
    range: Range<usize>,
    record: impl FnOnce(&str) -> String,
) -> Result<T, ImportError> {
    let part = &text[range.clone()];
    serde_json::from_str(part).map_err(|error| match error.classify() {
        Category::Syntax | Category::Eof => {
            let before = &text[..range.start];
            let lines_before = before.matches('\n').count();
            let column_start = before
                .rfind('\n')
                .map_or(before.len(), |at| before.len() - at - 1);
            let column = if error.line() <= 1 {
                column_start + error.column()
            } else {
                error.column()
            };
            ImportError::NotJson {
                line: lines_before + error.line(),
                column,
            }
        }
        _ => ImportError::in_record(record(part), &error),
    })
}

/// "Partner 3 (“Casa Latina”)", named from the record's text, for a refusal.
fn describe(kind: &str, index: usize, text: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let name = value
        .pointer("/organization/name")
        .or_else(|| value.get("name"))
        .and_then(serde_json::Value::as_str)
        .unwrap_or("");
    super::checks::describe_name(kind, index, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_json_inside_a_record_is_placed_in_the_file() {
        let text = "{\"format\":\"common-ground-export\",\"schema_version\":3,\n\"workspace\":{\"partners\":[\n  {\"id\" 1}]}}";
        let mut import = SlicedImport::start(text.to_owned(), Room::empty()).unwrap();
        let whole = serde_json::from_str::<Value>(text).unwrap_err();
        assert_eq!(
            import.step(10).unwrap_err(),
            ImportError::NotJson {
                line: whole.line(),
                column: whole.column()
            }
        );
    }

    #[test]
    fn broken_json_around_the_records_is_placed_in_the_file() {
        let text = "{\"format\":\"common-ground-export\"\n \"schema_version\":3,\"workspace\":{\"partners\":[{\"a\":1}]}}";
        let whole = serde_json::from_str::<Value>(text).unwrap_err();
        assert_eq!(
            SlicedImport::start(text.to_owned(), Room::empty()).err(),
            Some(ImportError::NotJson {
                line: whole.line(),
                column: whole.column()
            })
        );
    }

    #[test]
    fn lists_that_are_not_lists_are_refused_not_read_as_empty() {
        for workspace in [r#"{"partners":{"a":1}}"#, r#"{"coalitions":"none"}"#] {
            let text = format!(
                r#"{{"format":"common-ground-export","schema_version":3,"workspace":{workspace}}}"#
            );
            let refusal = crate::model::transfer::parse_import(&text).unwrap_err();
            assert!(refusal.to_string().contains("is not a list"), "{refusal}");
        }
    }
}
