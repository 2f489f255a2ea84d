//! The workspace as Yrs documents (the Rust port of Yjs), so that a team's
//! devices can exchange their copies and merge them field by field, with
//! deletions that travel. Yrs does the merging; this module only says how
//! the model's records sit in its documents.

mod error;
mod fields;
mod file;
mod index;
mod leaf;
mod on_both;
mod order;
mod put_back;
mod record_doc;
mod sliced_merge;
mod workspace;

pub use error::TeamError;
pub use fields::{ID_LISTS, RECORD_LISTS};
pub use file::{
    MAX_DOCUMENT_BYTES, SHARED_STATE_FORMAT, SHARED_STATE_KEY, SharedStateError, SharedStates,
};
pub use index::{IndexDoc, Listed, RecordKind};
pub use on_both::FieldPath;
pub use put_back::with_removed_put_back;
pub use record_doc::RecordDoc;
pub use sliced_merge::{MergeResult, SlicedMerge};
pub use workspace::{ChangedOnBoth, DeletedRecord, TeamState, TeamWorkspace};

use yrs::updates::decoder::Decode;
use yrs::{Doc, ReadTxn, StateVector, Transact, Update};

/// A Yjs client id for one session of editing, drawn at random as Yjs does:
/// two tabs on one device must never write as the same client.
pub fn session_client() -> u64 {
    content_client(&crate::model::RecordId::random().to_string())
}

/// A Yjs client id named by some content (FNV-1a, cut to the 32 bits Yjs
/// uses): the same on every device for the same content, so that moving the
/// same data over on two devices writes the same document.
fn content_client(content: &str) -> u64 {
    let hash = content
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    hash & 0xffff_ffff
}

/// A document's whole state, compacted, as Yjs tools read it.
fn whole_state(doc: &Doc) -> Vec<u8> {
    doc.transact()
        .encode_state_as_update_v1(&StateVector::default())
}

/// Merges another copy's state into a document. Damaged bytes change nothing.
fn merge_state(doc: &Doc, state: &[u8]) -> Result<(), TeamError> {
    let update = Update::decode_v1(state).map_err(|_| TeamError::Damaged)?;
    doc.transact_mut()
        .apply_update(update)
        .map_err(|_| TeamError::Damaged)
}
