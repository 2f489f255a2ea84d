use super::{Partner, RecordId, Stage};

/// Everything a user keeps in one workspace: the root of the data model.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    partners: Vec<Partner>,
}

impl Workspace {
    /// Builds a workspace from partners already known, in the order given.
    pub fn from_partners(partners: Vec<Partner>) -> Self {
        Self { partners }
    }

    /// All partners, oldest first.
    pub fn partners(&self) -> &[Partner] {
        &self.partners
    }

    /// The partner with this id, if there is one.
    pub fn partner(&self, id: RecordId) -> Option<&Partner> {
        self.partners.iter().find(|partner| partner.id == id)
    }

    /// Adds a partner at the end of the list.
    pub fn add_partner(&mut self, partner: Partner) {
        self.partners.push(partner);
    }

    /// How many partners are in the given stage.
    pub fn count_in_stage(&self, stage: Stage) -> usize {
        self.partners.iter().filter(|p| p.stage == stage).count()
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
        let names: Vec<_> = workspace
            .partners()
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["First", "Second"]);
        assert_eq!(workspace.partner(second.id), Some(&second));
        assert_eq!(workspace.partner(RecordId::random()), None);
    }

    #[test]
    fn counts_partners_per_stage() {
        let mut met = Partner::new("Met", Utc::now()).unwrap();
        met.stage = Stage::Met;
        let workspace =
            Workspace::from_partners(vec![met, Partner::new("New", Utc::now()).unwrap()]);
        assert_eq!(workspace.count_in_stage(Stage::Met), 1);
        assert_eq!(workspace.count_in_stage(Stage::Researching), 1);
        assert_eq!(workspace.count_in_stage(Stage::Paused), 0);
    }
}
