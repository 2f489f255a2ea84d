//! Change notices per record: an edit to one partner wakes only what reads
//! that partner, and lists of names wake only when records come, go, or are
//! renamed, instead of everything that reads the workspace.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::model::{RecordId, Stage, Workspace};
use crate::store::Changes;

/// One trigger per partner and coalition read so far, one for our group and
/// one for the roster (which records exist, their names and stages).
#[derive(Default)]
pub(super) struct Notices {
    partners: HashMap<RecordId, ArcTrigger>,
    coalitions: HashMap<RecordId, ArcTrigger>,
    group: ArcTrigger,
    roster: ArcTrigger,
}

impl Notices {
    /// The trigger of partner `id`, made on first use.
    pub(super) fn partner(&mut self, id: RecordId) -> ArcTrigger {
        self.partners.entry(id).or_default().clone()
    }

    /// The trigger of coalition `id`, made on first use.
    pub(super) fn coalition(&mut self, id: RecordId) -> ArcTrigger {
        self.coalitions.entry(id).or_default().clone()
    }

    /// The trigger of our group's details.
    pub(super) fn group(&self) -> ArcTrigger {
        self.group.clone()
    }

    /// The trigger of the roster.
    pub(super) fn roster(&self) -> ArcTrigger {
        self.roster.clone()
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
