use std::collections::BTreeSet;

use crate::model::{RecordId, Workspace};

/// Which parts of a workspace changed since the last save, so a save writes
/// only those records instead of the whole workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Partners added, edited or removed.
    pub partners: BTreeSet<RecordId>,
    /// Coalitions added, edited or removed.
    pub coalitions: BTreeSet<RecordId>,
    /// Our group's details.
    pub group: bool,
    /// Which partners and coalitions exist, or their order.
    pub index: bool,
    /// This device's backup bookkeeping.
    pub meta: bool,
    /// What this device keeps for itself: its name and private notes.
    pub this_device: bool,
}

impl Changes {
    /// Everything in `workspace`, plus the records of `replaced` that it no
    /// longer holds, so that saving removes them.
    pub fn everything(workspace: &Workspace, replaced: Option<&Workspace>) -> Self {
        let mut changes = Self {
            group: true,
            index: true,
            meta: true,
            ..Self::default()
        };
        for source in std::iter::once(workspace).chain(replaced) {
            changes
                .partners
                .extend(source.partners.iter().map(|p| p.id));
            changes
                .coalitions
                .extend(source.coalitions.iter().map(|c| c.id));
        }
        changes
    }

    /// A new or edited partner.
    pub fn partner(&mut self, id: RecordId) {
        self.partners.insert(id);
    }

    /// Adds another set of changes to this one.
    pub fn absorb(&mut self, other: Changes) {
        self.partners.extend(other.partners);
        self.coalitions.extend(other.coalitions);
        self.group |= other.group;
        self.index |= other.index;
        self.meta |= other.meta;
        self.this_device |= other.this_device;
    }

    /// Whether anything changed.
    pub fn is_empty(&self) -> bool {
        self == &Changes::default()
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::Partner;

    #[test]
    fn everything_includes_records_the_replacement_dropped() {
        let kept = Partner::new("Kept", Utc::now()).unwrap();
        let dropped = Partner::new("Dropped", Utc::now()).unwrap();
        let old = Workspace {
            partners: vec![kept.clone(), dropped.clone()],
            ..Workspace::default()
        };
        let new = Workspace {
            partners: vec![kept.clone()],
            ..Workspace::default()
        };
        let changes = Changes::everything(&new, Some(&old));
        assert!(changes.partners.contains(&kept.id));
        assert!(changes.partners.contains(&dropped.id));
        assert!(changes.index && changes.group && changes.meta);
    }

    #[test]
    fn absorbing_unions_both_sets() {
        let mut a = Changes::default();
        assert!(a.is_empty());
        let id = RecordId::random();
        let mut b = Changes::default();
        b.partner(id);
        b.index = true;
        a.absorb(b);
        assert!(a.partners.contains(&id));
        assert!(a.index);
        assert!(!a.is_empty());
    }
}
