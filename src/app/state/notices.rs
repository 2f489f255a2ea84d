//! Change notices per record: an edit to one partner wakes only what reads
//! that partner, and lists of names wake only when records come, go, or are
//! renamed, instead of everything that reads the workspace.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::model::{RecordId, Stage, Workspace};
use crate::store::Changes;

/// What a reader depends on, so that it wakes only when that changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DependsOn {
    /// One partner and everything inside it.
    Partner(RecordId),
    /// One coalition and everything inside it.
    Coalition(RecordId),
    /// Our group's details.
    Group,
    /// Which partners and coalitions exist, their names and partners' stages.
    Roster,
}

/// One trigger per partner and coalition read so far, one for our group and
/// one for the roster (which records exist, their names and stages).
#[derive(Default)]
pub(super) struct Notices {
    partners: BTreeMap<RecordId, ArcTrigger>,
    coalitions: BTreeMap<RecordId, ArcTrigger>,
    group: ArcTrigger,
    roster: ArcTrigger,
}

impl Notices {
    /// The trigger of `scope`, made on first use.
    pub(super) fn trigger(&mut self, scope: DependsOn) -> ArcTrigger {
        match scope {
            DependsOn::Partner(id) => self.partners.entry(id).or_default().clone(),
            DependsOn::Coalition(id) => self.coalitions.entry(id).or_default().clone(),
            DependsOn::Group => self.group.clone(),
            DependsOn::Roster => self.roster.clone(),
        }
    }

    /// Wakes the readers of what `changes` names, and the roster's readers
    /// when `roster_changed`.
    pub(super) fn notify(&self, changes: &Changes, roster_changed: bool) {
        for id in &changes.partners {
            if let Some(trigger) = self.partners.get(id) {
                trigger.notify();
            }
        }
        for id in &changes.coalitions {
            if let Some(trigger) = self.coalitions.get(id) {
                trigger.notify();
            }
        }
        if changes.group {
            self.group.notify();
        }
        if roster_changed || changes.index {
            self.roster.notify();
        }
    }

    /// Wakes every reader: the whole workspace was replaced.
    pub(super) fn notify_all(&self) {
        self.partners.values().for_each(ArcTrigger::notify);
        self.coalitions.values().for_each(ArcTrigger::notify);
        self.group.notify();
        self.roster.notify();
    }
}

/// What the roster shows of the records `changes` names: their names, and
/// each partner's stage. An edit that leaves it alone leaves lists asleep.
pub(super) fn roster_of(workspace: &Workspace, changes: &Changes) -> Vec<(String, Option<Stage>)> {
    let partners = changes
        .partners
        .iter()
        .filter_map(|id| workspace.partner(*id))
        .map(|partner| (partner.name().to_owned(), Some(partner.stage)));
    let coalitions = changes
        .coalitions
        .iter()
        .filter_map(|id| workspace.coalition(*id))
        .map(|coalition| (coalition.name.clone(), None));
    partners.chain(coalitions).collect()
}
