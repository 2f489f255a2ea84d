//! What this device keeps for itself: its name, which the files it saves
//! carry so a teammate knows whose they are; the name of the person using
//! it, which signs their drafts; and the partners' private notes. It is kept apart from the workspace, so no export, shared file,
//! Yrs document or sync carries the notes: what one organizer jots down
//! about a group is theirs alone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::RecordId;
use super::bounds::{Bounded, OutOfRange};

/// This device's name and the private notes kept on it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ThisDevice {
    /// What the user calls this device ("Ana's laptop"); empty until named.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The name of the person using this device, which signs their drafts.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub your_name: String,
    /// Each partner's private note, by the partner's id; none for most.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    private_notes: BTreeMap<RecordId, String>,
}

impl ThisDevice {
    /// The private note about partner `id`, empty when there is none.
    pub fn note(&self, id: RecordId) -> &str {
        self.private_notes.get(&id).map_or("", String::as_str)
    }

    /// Writes the note about partner `id`; an empty note is no note.
    pub fn set_note(&mut self, id: RecordId, text: String) {
        if text.is_empty() {
            self.private_notes.remove(&id);
        } else {
            self.private_notes.insert(id, text);
        }
    }

    /// Removes the notes about partners `ids` (gone for good), giving them
    /// back so that Undo can put them back.
    pub fn take_notes(&mut self, ids: &[RecordId]) -> BTreeMap<RecordId, String> {
        ids.iter()
            .filter_map(|id| Some((*id, self.private_notes.remove(id)?)))
            .collect()
    }

    /// Puts back notes that [`ThisDevice::take_notes`] took.
    pub fn put_back_notes(&mut self, notes: BTreeMap<RecordId, String>) {
        self.private_notes.extend(notes);
    }

    /// Whether there is nothing to keep: no names and no note.
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.your_name.is_empty() && self.private_notes.is_empty()
    }
}

impl Bounded for ThisDevice {
    /// A name and notes are free text, with no dates or amounts to check.
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
        let mut device = ThisDevice::default();
        device.set_note(id, "Ask Rosa about the board".into());
        assert_eq!(device.note(id), "Ask Rosa about the board");
        device.set_note(id, String::new());
        assert!(device.is_empty());
        assert_eq!(device.note(id), "");
    }
}
