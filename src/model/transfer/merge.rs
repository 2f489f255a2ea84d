//! Merging an imported workspace into ours without losing anything: lists
//! of records are merged by id at every depth, the version changed last
//! winning per record, and records only one side has are kept.

use std::collections::{HashMap, HashSet};

use super::record::Mergeable;
use crate::model::{RecordId, Workspace};

/// Merges `theirs` into `ours`: partners and coalitions are matched by id
/// and merged inside (see [`Mergeable::merge_pair`]); records only one side has
/// are kept, ours first in our order, then theirs. Our group's details stay
/// ours unless we have none, and "Your name" always stays this device's.
pub fn merge(ours: &Workspace, theirs: Workspace) -> Workspace {
    let our_group = if ours.our_group == Default::default() {
        theirs.our_group
    } else {
        ours.our_group.clone()
    };
    Workspace {
        our_group,
        partners: merge_list(&ours.partners, theirs.partners),
        coalitions: merge_list(&ours.coalitions, theirs.coalitions),
    }
    .signed_as_on(ours)
}

/// Two versions of one partner or coalition as one, losing no record of
/// either: what Undo does when the record changed again after a removal.
pub fn merge_versions<T: Mergeable>(ours: &T, theirs: T) -> T {
    T::merge_pair(ours, theirs)
}

/// Merges two lists of records by id: each record both have becomes one
/// (see [`Mergeable::merge_pair`]), ours come first in our order, then the
/// ones only they have, in their order.
pub(super) fn merge_list<T: Mergeable>(ours: &[T], theirs: Vec<T>) -> Vec<T> {
    let our_ids: HashSet<RecordId> = ours.iter().map(T::id).collect();
    let (shared, only_theirs): (Vec<T>, Vec<T>) = theirs
        .into_iter()
        .partition(|their| our_ids.contains(&their.id()));
    let mut shared: HashMap<RecordId, T> = shared
        .into_iter()
        .map(|their| (their.id(), their))
        .collect();
    ours.iter()
        .map(|our| match shared.remove(&our.id()) {
            Some(their) => T::merge_pair(our, their),
            None => our.clone(),
        })
        .chain(only_theirs)
        .collect()
}

/// The ids of both lists, ours first, without repeats.
pub(super) fn merge_ids(ours: &[RecordId], theirs: Vec<RecordId>) -> Vec<RecordId> {
    let mut merged = ours.to_vec();
    for id in theirs {
        if !merged.contains(&id) {
            merged.push(id);
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::*;
    use crate::model::{Coalition, Lesson, Partner, Person, Stage, Timestamp};

    fn person(name: &str, at: Timestamp) -> Person {
        Person::new(name, at)
    }

    fn lesson(text: &str, at: Timestamp) -> Lesson {
        Lesson {
            lesson: text.into(),
            ..Lesson::new(at)
        }
    }

    fn with_partners(partners: Vec<Partner>) -> Workspace {
        Workspace {
            partners,
            ..Workspace::default()
        }
    }

    #[test]
    fn merging_keeps_the_newer_side_of_each_record_and_adds_the_rest() {
        let now = Utc::now();
        let shared = Partner::new("Shared", now).unwrap();
        let only_ours = Partner::new("Only ours", now).unwrap();
        let only_theirs = Partner::new("Only theirs", now).unwrap();
        let mut newer = shared.clone();
        newer.stage = Stage::Met;
        newer.updated_at = now + Duration::minutes(1);

        let ours = with_partners(vec![shared.clone(), only_ours.clone()]);
        let theirs = with_partners(vec![newer.clone(), only_theirs.clone()]);
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

        let ours = with_partners(vec![ours_partner.clone()]);
        for theirs in [older, tie] {
            let theirs = with_partners(vec![theirs]);
            assert_eq!(merge(&ours, theirs).partners, vec![ours_partner.clone()]);
        }
    }

    #[test]
    fn a_lesson_added_here_survives_a_newer_partner_from_elsewhere() {
        let start = Utc::now();
        let shared = Partner::new("Casa", start).unwrap();

        let mut laptop = shared.clone();
        laptop
            .lessons
            .push(lesson("We talked too much", start + Duration::hours(1)));
        laptop.updated_at = start + Duration::hours(1);

        let mut phone = shared.clone();
        phone.people.push(person("Ana", start + Duration::hours(2)));
        phone.stage = Stage::Contacted;
        phone.updated_at = start + Duration::hours(2);

        let merged = merge(
            &with_partners(vec![laptop.clone()]),
            with_partners(vec![phone.clone()]),
        );
        let partner = &merged.partners[0];
        assert_eq!(partner.lessons, laptop.lessons);
        assert_eq!(partner.people, phone.people);
        assert_eq!(partner.stage, Stage::Contacted, "the phone changed it last");
        assert_eq!(partner.updated_at, phone.updated_at);
    }

    #[test]
    fn inside_a_record_each_nested_record_keeps_its_own_newer_side() {
        let start = Utc::now();
        let mut shared = Partner::new("Casa", start).unwrap();
        shared.people.push(person("Ana", start));
        shared.people.push(person("Luis", start));

        let mut ours = shared.clone();
        ours.people[0].name = "Ana María".into();
        ours.people[0].updated_at = start + Duration::hours(3);
        ours.updated_at = start + Duration::hours(3);
        let mut theirs = shared.clone();
        theirs.people[1].name = "Luis Ortiz".into();
        theirs.people[1].updated_at = start + Duration::hours(1);
        theirs.people[0].name = "Ana (old edit)".into();
        theirs.people[0].updated_at = start + Duration::hours(2);
        theirs.updated_at = start + Duration::hours(2);

        let merged = merge(&with_partners(vec![ours]), with_partners(vec![theirs]));
        let names: Vec<_> = merged.partners[0]
            .people
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["Ana María", "Luis Ortiz"]);
    }

    #[test]
    fn a_coalition_keeps_the_partners_of_both_sides() {
        let now = Utc::now();
        let [a, b, c] = [RecordId::random(), RecordId::random(), RecordId::random()];
        let coalition = Coalition {
            partner_ids: vec![a, b],
            ..Coalition::new("Fair Work", now).unwrap()
        };
        let mut theirs = coalition.clone();
        theirs.partner_ids = vec![c, a];
        theirs.notes = "Meets monthly".into();
        theirs.updated_at = now + Duration::minutes(1);
        let merged = merge(
            &Workspace {
                coalitions: vec![coalition],
                ..Workspace::default()
            },
            Workspace {
                coalitions: vec![theirs],
                ..Workspace::default()
            },
        );
        assert_eq!(merged.coalitions[0].partner_ids, [a, b, c]);
        assert_eq!(merged.coalitions[0].notes, "Meets monthly");
    }
}
