//! The documents' states inside an export file, beside the readable
//! records: base64 text under one key, [`SHARED_STATE_KEY`], so the file
//! stays JSON that people and other tools can read.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{TeamState, TeamWorkspace};
use crate::model::{RecordId, Workspace};

/// The key of an export file that holds the documents' states.
pub const SHARED_STATE_KEY: &str = "yrs";

/// The version of the layout under [`SHARED_STATE_KEY`].
pub const SHARED_STATE_FORMAT: u32 = 1;

/// The most one document's state may take, decoded: far above what a
/// partner with years of history needs, far below what would stall a phone.
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// The documents' states as an export file writes them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStates {
    pub format: u32,
    pub index: String,
    pub our_group: String,
    #[serde(default)]
    pub records: BTreeMap<RecordId, String>,
}

/// Why a file's shared state was refused; the file then changes nothing.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SharedStateError {
    #[error(
        "The file's shared state (\"{SHARED_STATE_KEY}\") comes from a newer version of Common Ground (format {0}; this version reads format {SHARED_STATE_FORMAT}). Update the app, then import it again."
    )]
    NewerFormat(u32),
    #[error(
        "The file's shared state (\"{SHARED_STATE_KEY}\") for {0} is not base64 text, so the file was damaged or edited by hand."
    )]
    NotBase64(String),
    #[error(
        "The file's shared state (\"{SHARED_STATE_KEY}\") for {0} is larger than any Common Ground record needs, so it was refused."
    )]
    TooLarge(String),
    #[error(
        "The file's shared state (\"{SHARED_STATE_KEY}\") is damaged or cut short, perhaps by an interrupted download."
    )]
    Damaged,
    #[error(
        "The file's shared state (\"{SHARED_STATE_KEY}\") does not match the records written beside it, so the file was edited by hand or damaged."
    )]
    Disagrees,
}

impl SharedStates {
    /// The states as a file's JSON holds them, refused when they come from
    /// a newer format or are not in the shape this version writes.
    pub fn from_value(value: serde_json::Value) -> Result<Self, SharedStateError> {
        let format = value
            .get("format")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or_default();
        if format > u64::from(SHARED_STATE_FORMAT) {
            return Err(SharedStateError::NewerFormat(
                u32::try_from(format).unwrap_or(u32::MAX),
            ));
        }
        serde_json::from_value(value).map_err(|_| SharedStateError::Damaged)
    }

    /// The states of a team workspace, as a file writes them.
    pub fn write(state: &TeamState) -> Self {
        Self {
            format: SHARED_STATE_FORMAT,
            index: STANDARD.encode(&state.index),
            our_group: STANDARD.encode(&state.our_group),
            records: state
                .records
                .iter()
                .map(|(id, bytes)| (*id, STANDARD.encode(bytes)))
                .collect(),
        }
    }

    /// Reads the states back, checked in full against `readable`, the
    /// records written beside them: a file whose parts disagree is refused.
    pub fn read(&self, readable: &Workspace) -> Result<TeamState, SharedStateError> {
        if self.format > SHARED_STATE_FORMAT {
            return Err(SharedStateError::NewerFormat(self.format));
        }
        let state = TeamState {
            index: decode("the index", &self.index)?,
            our_group: decode("our group", &self.our_group)?,
            records: self
                .records
                .iter()
                .map(|(id, text)| Ok((*id, decode(&format!("record {id}"), text)?)))
                .collect::<Result<_, SharedStateError>>()?,
        };
        // Read as a device of its own would: any client id will do.
        let team = TeamWorkspace::load(&state, 0).map_err(|_| SharedStateError::Damaged)?;
        match team.workspace() {
            Ok(workspace) if workspace == *readable => Ok(state),
            Ok(_) => Err(SharedStateError::Disagrees),
            Err(_) => Err(SharedStateError::Damaged),
        }
    }
}

/// One document's state from its base64 text, within the size limit.
fn decode(part: &str, text: &str) -> Result<Vec<u8>, SharedStateError> {
    // Four characters of base64 carry three bytes.
    if text.len() / 4 * 3 > MAX_DOCUMENT_BYTES {
        return Err(SharedStateError::TooLarge(part.to_owned()));
    }
    STANDARD
        .decode(text)
        .map_err(|_| SharedStateError::NotBase64(part.to_owned()))
}
