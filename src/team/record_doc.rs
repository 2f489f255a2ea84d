//! One record (our group, a partner or a coalition) as a Yrs document.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use yrs::{Doc, MapRef, Transact};

use super::fields::{self, Fields};
use super::on_both::{self, FieldPath};
use super::{TeamError, content_client, merge_state, whole_state};
use crate::store::strip_defaults;

/// The name of the map that holds a record's fields in its document.
const ROOT: &str = "record";

/// A record kept as a Yrs document, so that two devices' edits to it merge
/// field by field.
pub struct RecordDoc {
    doc: Doc,
    root: MapRef,
}

impl RecordDoc {
    /// An empty document that edits as `client`.
    pub fn empty(client: u64) -> Self {
        let doc = Doc::with_client_id(client);
        let root = doc.get_or_insert_map(ROOT);
        Self { doc, root }
    }

    /// A document for a record new on this device.
    pub fn create(record: &impl Serialize, client: u64) -> Result<Self, TeamError> {
        let fields = to_fields(record)?;
        let made = Self::empty(client);
        {
            let mut txn = made.doc.transact_mut();
            fields::write(&mut txn, &made.root, None, &fields);
        }
        Ok(made)
    }

    /// A document for a record kept before the workspace was shared: written
    /// as a client named by the record's content, so that two devices moving
    /// the same record over make the same document, which then merges as one.
    pub fn migrate(record: &impl Serialize, client: u64) -> Result<Self, TeamError> {
        let fields = to_fields(record)?;
        let written = Self::empty(content_client(&Value::Object(fields.clone()).to_string()));
        {
            let mut txn = written.doc.transact_mut();
            fields::write(&mut txn, &written.root, None, &fields);
        }
        Self::load(&written.state(), client)
    }

    /// A document read back from its state, editing as `client`.
    pub fn load(state: &[u8], client: u64) -> Result<Self, TeamError> {
        let loaded = Self::empty(client);
        loaded.merge(state)?;
        Ok(loaded)
    }

    /// Writes what changed from `before` to `after`; `before` is the record
    /// as this edit found it, or `None` to start from what the document holds.
    pub fn edit<R: Serialize>(&self, before: Option<&R>, after: &R) -> Result<(), TeamError> {
        let before = match before {
            Some(record) => to_fields(record)?,
            None => self.fields(),
        };
        let after = to_fields(after)?;
        let mut txn = self.doc.transact_mut();
        fields::write(&mut txn, &self.root, Some(&before), &after);
        Ok(())
    }

    /// The record's fields as the document holds them.
    pub fn fields(&self) -> Fields {
        fields::read(&self.doc.transact(), &self.root)
    }

    /// The record as the document holds it.
    pub fn record<R: DeserializeOwned>(&self) -> Result<R, TeamError> {
        serde_json::from_value(Value::Object(self.fields()))
            .map_err(|error| TeamError::Unreadable(error.to_string()))
    }

    /// The document's whole state, compacted, as Yjs tools read it.
    pub fn state(&self) -> Vec<u8> {
        whole_state(&self.doc)
    }

    /// The fields this copy and `theirs` both changed since they last met,
    /// each without seeing the other's change: where a merge keeps one
    /// device's value and sets the other's aside.
    pub fn changed_on_both(&self, theirs: &RecordDoc) -> Vec<FieldPath> {
        on_both::changed_on_both(self.copy(), theirs.copy())
    }

    fn copy(&self) -> on_both::Copy<'_> {
        on_both::Copy {
            doc: &self.doc,
            root: &self.root,
            root_name: ROOT,
        }
    }

    /// Merges another copy's state into this one. Damaged bytes change nothing.
    pub fn merge(&self, state: &[u8]) -> Result<(), TeamError> {
        merge_state(&self.doc, state)
    }
}

/// A record as the JSON fields the model serializes it to, without those
/// that hold their default (as storage keeps records): an absent field
/// reads as its default, and takes no room in the document.
fn to_fields(record: &impl Serialize) -> Result<Fields, TeamError> {
    let value = serde_json::to_value(record).map(|mut value| {
        strip_defaults(&mut value);
        value
    });
    match value {
        Ok(Value::Object(fields)) => Ok(fields),
        Ok(_) => Err(TeamError::Unreadable("not a record".to_owned())),
        Err(error) => Err(TeamError::Unreadable(error.to_string())),
    }
}
