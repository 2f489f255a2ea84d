use serde::{Deserialize, Serialize};

use super::{Coalition, OurGroup, Partner, RecordCounts, RecordId, Stage, Timestamp, edit_by_id};

/// Everything a user keeps in one workspace: the root of the data model,
/// and what an export file carries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub our_group: OurGroup,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub coalitions: Vec<Coalition>,
}

impl Workspace {
    /// The partner with this id, if there is one.
    pub fn partner(&self, id: RecordId) -> Option<&Partner> {
        self.partners.iter().find(|partner| partner.id == id)
    }

    /// The coalition with this id, if there is one.
    pub fn coalition(&self, id: RecordId) -> Option<&Coalition> {
        self.coalitions.iter().find(|coalition| coalition.id == id)
    }

    /// Adds a partner at the end of the list.
    pub fn add_partner(&mut self, partner: Partner) {
        self.partners.push(partner);
    }

    /// Changes one partner and marks it updated; false when there is no such partner.
    pub fn edit_partner(
        &mut self,
        id: RecordId,
        now: Timestamp,
        edit: impl FnOnce(&mut Partner),
    ) -> bool {
        edit_by_id(&mut self.partners, id, now, edit)
    }

    /// Changes one coalition and marks it updated; false when there is no such coalition.
    pub fn edit_coalition(
        &mut self,
        id: RecordId,
        now: Timestamp,
        edit: impl FnOnce(&mut Coalition),
    ) -> bool {
        edit_by_id(&mut self.coalitions, id, now, edit)
    }

    /// The coalitions a partner belongs to.
    pub fn coalitions_of(&self, partner: RecordId) -> impl Iterator<Item = &Coalition> {
        self.coalitions
            .iter()
            .filter(move |coalition| coalition.partner_ids.contains(&partner))
    }

    /// How many partners are in the given stage.
    pub fn count_in_stage(&self, stage: Stage) -> usize {
        self.partners.iter().filter(|p| p.stage == stage).count()
    }

    /// How many records of each kind the workspace holds.
    /// The names of this workspace's partners, then coalitions, that
    /// `other` does not hold: what replacing or merging with it would take away.
    pub fn names_missing_from<'a>(&'a self, other: &Workspace) -> Vec<&'a str> {
        self.partners
            .iter()
            .filter(|partner| other.partner(partner.id).is_none())
            .map(Partner::name)
            .chain(
                self.coalitions
                    .iter()
                    .filter(|coalition| other.coalition(coalition.id).is_none())
                    .map(|coalition| coalition.name.as_str()),
            )
            .collect()
    }

    pub fn counts(&self) -> RecordCounts {
        self.partners
            .iter()
            .map(Partner::counts)
            .chain(self.coalitions.iter().map(Coalition::counts))
            .sum()
    }

    /// This workspace signed as on `device`: "Your name" belongs to the
    /// device and the person using it, so a file from a teammate's device
    /// never makes this one's drafts sign with their name.
    pub fn signed_as_on(mut self, device: &Workspace) -> Self {
        self.our_group.your_name = device.our_group.your_name.clone();
        self
    }

    /// Whether the workspace holds nothing the user entered.
    pub fn is_empty(&self) -> bool {
        self == &Workspace::default()
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;

    #[test]
    fn partners_are_kept_in_the_order_they_were_added_and_found_by_id() {
        let mut workspace = Workspace::default();
        let first = Partner::new("First", Utc::now()).unwrap();
        let second = Partner::new("Second", Utc::now()).unwrap();
        workspace.add_partner(first.clone());
        workspace.add_partner(second.clone());
        let names: Vec<_> = workspace.partners.iter().map(Partner::name).collect();
        assert_eq!(names, ["First", "Second"]);
        assert_eq!(workspace.partner(second.id), Some(&second));
        assert_eq!(workspace.partner(RecordId::random()), None);
    }

    #[test]
    fn counts_partners_per_stage() {
        let mut met = Partner::new("Met", Utc::now()).unwrap();
        met.stage = Stage::Met;
        let workspace = Workspace {
            partners: vec![met, Partner::new("New", Utc::now()).unwrap()],
            ..Workspace::default()
        };
        assert_eq!(workspace.count_in_stage(Stage::Met), 1);
        assert_eq!(workspace.count_in_stage(Stage::Researching), 1);
        assert_eq!(workspace.count_in_stage(Stage::Paused), 0);
    }

    #[test]
    fn editing_a_partner_stamps_its_update_time() {
        let created = Utc::now();
        let partner = Partner::new("Casa", created).unwrap();
        let id = partner.id;
        let mut workspace = Workspace::default();
        workspace.add_partner(partner);
        let later = created + chrono::Duration::minutes(5);
        assert!(workspace.edit_partner(id, later, |p| p.stage = Stage::Contacted));
        let edited = workspace.partner(id).unwrap();
        assert_eq!(edited.stage, Stage::Contacted);
        assert_eq!(edited.updated_at, later);
        assert_eq!(edited.created_at, created);
        assert!(!workspace.edit_partner(RecordId::random(), later, |_| {}));
    }
}
