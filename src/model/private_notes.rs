//! Notes about a partner that stay on this device. They are kept apart from
//! the workspace, so no export, shared file, Yrs document or sync can carry
//! them: what one organizer jots down about a group is theirs alone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::RecordId;
use super::bounds::{Bounded, OutOfRange};

/// Each partner's private note, by the partner's id; none for most.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PrivateNotes(BTreeMap<RecordId, String>);

impl PrivateNotes {
    /// The private note about partner `id`, empty when there is none.
    pub fn of(&self, id: RecordId) -> &str {
        self.0.get(&id).map_or("", String::as_str)
    }

    /// Writes the note about partner `id`; an empty note is no note.
    pub fn set(&mut self, id: RecordId, text: String) {
        if text.is_empty() {
            self.0.remove(&id);
        } else {
            self.0.insert(id, text);
        }
    }

    /// Whether no partner has a private note.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Bounded for PrivateNotes {
    /// Notes are free text, with no dates or amounts to keep in range.
    fn check_bounds(&self) -> Result<(), OutOfRange> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emptied_note_is_no_note() {
        let id = RecordId::random();
        let mut notes = PrivateNotes::default();
        notes.set(id, "Ask Rosa about the board".into());
        assert_eq!(notes.of(id), "Ask Rosa about the board");
        notes.set(id, String::new());
        assert!(notes.is_empty());
        assert_eq!(notes.of(id), "");
    }
}
