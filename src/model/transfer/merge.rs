use crate::model::{Coalition, Partner, RecordId, Timestamp, Workspace, WorkspaceCounts};

/// What an import would bring, shown before the user chooses to replace or merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    /// How much the file holds.
    pub incoming: WorkspaceCounts,
    /// Partners and coalitions in both, with different content.
    pub conflicts: usize,
}

/// Compares an imported workspace with ours.
pub fn preview(ours: &Workspace, theirs: &Workspace) -> ImportPreview {
    let partner_conflicts = conflicts(&ours.partners, &theirs.partners, |p| p.id);
    let coalition_conflicts = conflicts(&ours.coalitions, &theirs.coalitions, |c| c.id);
    ImportPreview {
        incoming: theirs.counts(),
        conflicts: partner_conflicts + coalition_conflicts,
    }
}

/// Merges by id: a record in both keeps the side updated last (ours on a
/// tie); records in only one side are kept. Our group's details stay ours
/// unless we have none.
pub fn merge(ours: &Workspace, theirs: Workspace) -> Workspace {
    let our_group = if ours.our_group == Default::default() {
        theirs.our_group
    } else {
        ours.our_group.clone()
    };
    Workspace {
        our_group,
        partners: merge_records(&ours.partners, theirs.partners, |p: &Partner| {
            (p.id, p.updated_at)
        }),
        coalitions: merge_records(&ours.coalitions, theirs.coalitions, |c: &Coalition| {
            (c.id, c.updated_at)
        }),
    }
}

fn conflicts<T: PartialEq>(ours: &[T], theirs: &[T], id: impl Fn(&T) -> RecordId) -> usize {
    theirs
        .iter()
        .filter(|their| {
            ours.iter()
                .find(|our| id(our) == id(their))
                .is_some_and(|our| our != *their)
        })
        .count()
}

fn merge_records<T: Clone>(
    ours: &[T],
    theirs: Vec<T>,
    key: impl Fn(&T) -> (RecordId, Timestamp),
) -> Vec<T> {
    let mut merged = ours.to_vec();
    for their in theirs {
        let (id, updated_at) = key(&their);
        match merged.iter_mut().find(|our| key(our).0 == id) {
            Some(our) if updated_at > key(our).1 => *our = their,
            Some(_) => {}
            None => merged.push(their),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::*;
    use crate::model::Stage;

    #[test]
    fn merging_keeps_the_newer_side_of_each_record_and_adds_the_rest() {
        let now = Utc::now();
        let shared = Partner::new("Shared", now).unwrap();
        let only_ours = Partner::new("Only ours", now).unwrap();
        let only_theirs = Partner::new("Only theirs", now).unwrap();
        let mut newer = shared.clone();
        newer.stage = Stage::Met;
        newer.updated_at = now + Duration::minutes(1);

        let ours = Workspace {
            partners: vec![shared.clone(), only_ours.clone()],
            ..Workspace::default()
        };
        let theirs = Workspace {
            partners: vec![newer.clone(), only_theirs.clone()],
            ..Workspace::default()
        };
        assert_eq!(preview(&ours, &theirs).conflicts, 1);
        let merged = merge(&ours, theirs);
        assert_eq!(merged.partners, vec![newer, only_ours, only_theirs]);
    }

    #[test]
    fn on_a_tie_or_an_older_import_ours_is_kept() {
        let now = Utc::now();
        let ours_partner = Partner::new("Ours", now).unwrap();
        let mut older = ours_partner.clone();
        older.organization.name = "Older".into();
        older.updated_at = now - Duration::minutes(1);
        let mut tie = ours_partner.clone();
        tie.organization.name = "Tie".into();

        let ours = Workspace {
            partners: vec![ours_partner.clone()],
            ..Workspace::default()
        };
        for theirs in [older, tie] {
            let theirs = Workspace {
                partners: vec![theirs],
                ..Workspace::default()
            };
            assert_eq!(merge(&ours, theirs).partners, vec![ours_partner.clone()]);
        }
    }

    #[test]
    fn identical_records_are_not_conflicts() {
        let workspace = Workspace {
            partners: vec![Partner::new("Same", Utc::now()).unwrap()],
            ..Workspace::default()
        };
        let preview = preview(&workspace, &workspace.clone());
        assert_eq!(preview.conflicts, 0);
        assert_eq!(preview.incoming.partners, 1);
    }
}
