//! Sharing by file through Yrs: what an export carries beside the readable
//! records, and an import merged or taken whole, documents included.

use chrono::Utc;
use leptos::prelude::*;

use super::AppState;
use crate::model::Workspace;
use crate::store::StoreError;
use crate::team::{SharedStates, TeamState, TeamWorkspace, session_client};

impl AppState {
    /// Every document's state, as an export carries it, once what is
    /// waiting to be saved is saved.
    pub fn shared_states(self) -> Result<SharedStates, StoreError> {
        self.flush();
        self.save_state
            .with_value(|save| save.store.team_state())
            .map(|state| SharedStates::write(&state))
    }

    /// Merges another device's documents with ours through Yrs, without
    /// changing anything: the workspace the merge gives, and its documents.
    /// "Your name" stays this device's.
    pub fn merged_with(self, incoming: &TeamState) -> Result<(Workspace, TeamState), String> {
        self.flush();
        let local = self
            .save_state
            .with_value(|save| save.store.team_state())
            .map_err(|error| error.to_string())?;
        let mut team =
            TeamWorkspace::load(&local, session_client()).map_err(|error| error.to_string())?;
        team.merge(incoming).map_err(|error| error.to_string())?;
        let merged = team.workspace().map_err(|error| error.to_string())?;
        self.signed_here(team, merged)
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
