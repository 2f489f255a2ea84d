//! Merging another device's documents into this device's, a few records at
//! a time, so that a 1,000-partner file never holds the page long: our
//! documents are read, then theirs merged on copies (noting the fields both
//! devices changed), then the merged workspace read and the merged
//! documents' states written, each a step at a time.
//! Each step is the same code the whole merge runs ([`TeamWorkspace::merge`]).

use std::collections::VecDeque;

use super::TeamError;
use super::index::Listed;
use super::workspace::{ChangedOnBoth, MergeCopies, TeamState, TeamWorkspace, finished};
use crate::model::{RecordId, Workspace};

/// A merge under way, advanced by [`SlicedMerge::step`].
pub struct SlicedMerge {
    team: TeamWorkspace,
    incoming: TeamState,
    /// Our records' states not read yet.
    to_load: VecDeque<(RecordId, Vec<u8>)>,
    /// Their records not merged yet.
    to_merge: VecDeque<RecordId>,
    /// The merge's copies, until they are put in place.
    copies: Option<MergeCopies>,
    on_both: ChangedOnBoth,
    /// The merged workspace's live records not read yet, and what is read.
    to_read: Option<VecDeque<Listed>>,
    workspace: Workspace,
    /// The merged records whose state is not written yet, and the states.
    to_write: Option<VecDeque<RecordId>>,
    state: TeamState,
}

/// What a finished merge gives: the merged documents' states, the
/// workspace they hold, and the fields both devices changed.
pub struct MergeResult {
    pub state: TeamState,
    pub workspace: Workspace,
    pub on_both: ChangedOnBoth,
}

impl SlicedMerge {
    /// Starts merging `incoming` into `local`, this device's own documents,
    /// editing as `client`: reads the index and our group (one step).
    pub fn start(local: TeamState, incoming: TeamState, client: u64) -> Result<Self, TeamError> {
        let team = TeamWorkspace::load_shell(&local, client)?;
        let on_both = team.group_changed_on_both(&incoming)?;
        Ok(Self {
            to_load: local.records.into_iter().collect(),
            to_merge: incoming.records.keys().copied().collect(),
            team,
            incoming,
            copies: None,
            on_both,
            to_read: None,
            workspace: Workspace::default(),
            to_write: None,
            state: TeamState::default(),
        })
    }

    /// Does up to `records` records' worth of work; true once all is done.
    pub fn step(&mut self, records: usize) -> Result<bool, TeamError> {
        for _ in 0..records {
            if let Some((id, state)) = self.to_load.pop_front() {
                self.team.load_record(id, &state)?;
            } else if let Some(id) = self.to_merge.front().copied() {
                let copies = match self.copies.as_mut() {
                    Some(copies) => copies,
                    None => self
                        .copies
                        .insert(MergeCopies::begin(&self.team, &self.incoming)?),
                };
                let state = self
                    .incoming
                    .records
                    .get(&id)
                    .map_or(&[][..], Vec::as_slice);
                self.team
                    .note_changed_on_both(id, state, &mut self.on_both)?;
                copies.merge_record(&self.team, id, state)?;
                self.to_merge.pop_front();
            } else if let Some(to_write) = self.to_write.as_mut() {
                match to_write.pop_front() {
                    Some(id) => self.team.write_record_state(id, &mut self.state),
                    None => return Ok(true),
                }
            } else if let Some(to_read) = self.to_read.as_mut() {
                match to_read.pop_front() {
                    Some(listed) => self.team.read_record(&listed, &mut self.workspace)?,
                    None => {
                        self.state = self.team.shell_state();
                        self.to_write = Some(self.team.record_ids().into());
                    }
                }
            } else {
                let copies = match self.copies.take() {
                    Some(copies) => copies,
                    None => MergeCopies::begin(&self.team, &self.incoming)?,
                };
                copies.commit(&mut self.team);
                self.workspace = self.team.empty_workspace()?;
                self.to_read = Some(self.team.live_entries().into());
            }
        }
        Ok(self.to_write.as_ref().is_some_and(VecDeque::is_empty))
    }

    /// The merge's result, once [`SlicedMerge::step`] said it was done.
    pub fn finish(self) -> MergeResult {
        MergeResult {
            state: self.state,
            workspace: finished(self.workspace),
            on_both: self.on_both,
        }
    }
}
