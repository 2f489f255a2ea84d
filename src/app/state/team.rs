//! Sharing by file through Yrs: what an export carries beside the readable
//! records, and an import merged or taken whole, documents included.

use chrono::Utc;
use leptos::prelude::*;

use super::AppState;
use crate::model::transfer::{export_json, export_sample_json};
use crate::model::{RecordId, Workspace};
use crate::store::{StoreError, WorkspaceKind};
use crate::team::{
    ChangedOnBoth, MergeResult, SharedStates, SlicedMerge, TeamState, TeamWorkspace, session_client,
};

/// What merging another device's documents with ours gives, worked out
/// before anything changes.
pub struct Merged {
    pub workspace: Workspace,
    pub documents: TeamState,
    /// The fields both devices changed, where one device's value stands.
    pub on_both: ChangedOnBoth,
}

impl AppState {
    /// Every document's state, as an export carries it, once what is
    /// waiting to be saved is saved.
    pub fn shared_states(self) -> Result<SharedStates, StoreError> {
        self.flush();
        self.save_state
            .with_value(|save| save.store.team_state())
            .map(|state| SharedStates::write(&state))
    }

    /// The text of a file that shares the partner or coalition `id` alone,
    /// with its document, for a teammate to merge: once what is waiting to
    /// be saved is saved. The demo's is marked as sample data.
    pub fn shared_record_json(self, id: RecordId) -> Result<String, String> {
        self.flush();
        let state = self
            .save_state
            .with_value(|save| save.store.shared_record(id))
            .map_err(|error| error.to_string())?
            .ok_or("it could not be saved on this device first.")?;
        let workspace = TeamWorkspace::load(&state, session_client())
            .and_then(|team| team.workspace())
            .map_err(|error| error.to_string())?;
        let shared = SharedStates::write(&state);
        match self.kind {
            WorkspaceKind::Demo => export_sample_json(&workspace, Some(&shared), Utc::now()),
            WorkspaceKind::Own => export_json(&workspace, Some(&shared), Utc::now()),
        }
        .map_err(|error| error.to_string())
    }

    /// Starts merging another device's documents with ours through Yrs,
    /// once what is waiting to be saved is saved; the merge changes nothing
    /// here, and runs a few records at a time ([`SlicedMerge::step`]).
    pub fn start_merge(self, incoming: TeamState) -> Result<SlicedMerge, String> {
        self.flush();
        let local = self
            .save_state
            .with_value(|save| save.store.team_state())
            .map_err(|error| error.to_string())?;
        SlicedMerge::start(local, incoming, session_client()).map_err(|error| error.to_string())
    }

    /// What a finished merge gives, "Your name" kept this device's (no
    /// document holds it, so only the workspace needs signing).
    pub fn merged_from(self, result: MergeResult) -> Merged {
        let workspace = self
            .workspace
            .with_untracked(|ours| result.workspace.signed_as_on(ours));
        Merged {
            workspace,
            documents: result.state,
            on_both: result.on_both,
        }
    }

    /// A file's workspace and documents taken whole (Replace), "Your name"
    /// kept this device's, in the documents too.
    pub fn taken_whole(
        self,
        workspace: Workspace,
        incoming: &TeamState,
    ) -> Result<(Workspace, TeamState), String> {
        let team =
            TeamWorkspace::load(incoming, session_client()).map_err(|error| error.to_string())?;
        self.signed_here(team, workspace)
    }

    /// `workspace`, which `team` holds, with "Your name" this device's, in
    /// the documents too; with the documents' states.
    fn signed_here(
        self,
        mut team: TeamWorkspace,
        workspace: Workspace,
    ) -> Result<(Workspace, TeamState), String> {
        let signed = self
            .workspace
            .with_untracked(|ours| workspace.clone().signed_as_on(ours));
        team.record(&workspace, &signed, Utc::now())
            .map_err(|error| error.to_string())?;
        Ok((signed, team.state()))
    }
}
