//! What an import would change, worked out before anything changes: per
//! partner and coalition in the file, whether it is new, unchanged or
//! changed, and for a changed one every record the merge adds, changes or
//! removes inside it, and each field both devices changed with the value
//! that stands.

use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;
use serde_json::{Map, Value};

use super::record::RecordKind;
use super::record_diff::{note_changes, standing};
use crate::model::{Coalition, Partner, RecordCounts, RecordId, Workspace};
use crate::team::{ChangedOnBoth, FieldPath};

/// What an import would bring, shown before the user chooses to replace or merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    /// How much the file holds.
    pub incoming: RecordCounts,
    /// What a merge does to each partner, then each coalition, of the file.
    pub plan: Vec<PlanEntry>,
    /// Whether a merge changes our group's details.
    pub group_changed: bool,
    /// Our group's details that both devices changed, with the value that stands.
    pub group_on_both: Vec<Standing>,
}

/// What a merge does to one partner or coalition of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    /// Partner or coalition.
    pub kind: RecordKind,
    /// Its id, the same in the file and here.
    pub id: RecordId,
    /// Its name after the merge.
    pub name: String,
    /// What the merge does to it.
    pub outcome: Outcome,
}

/// Whether a merge adds a partner or coalition, leaves it alone or changes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// We do not have it: it is added with everything it holds.
    New(RecordCounts),
    /// We have it and the merge leaves it as it is.
    Unchanged,
    /// We have it and the merge changes it.
    Changed(Changes),
}

/// What a merge changes inside a partner or coalition we have.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Whether its own details (outside its lists) change.
    pub details_changed: bool,
    /// Records we do not have.
    pub added: Vec<Change>,
    /// Records the other device changed.
    pub changed: Vec<Change>,
    /// Records the other device removed.
    pub removed: Vec<Change>,
    /// Fields both devices changed, with the value that stands on both.
    pub on_both: Vec<Standing>,
}

/// One record a merge adds, changes or removes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The record's id (for a coalition's partner, the partner's).
    pub id: RecordId,
    /// What kind of record it is.
    pub kind: RecordKind,
    /// A few words that let the user recognise it.
    pub label: String,
}

/// A field both devices changed since they last met, and the value that
/// stands on both after the merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    /// The field in words ("Research: mission", "Person “Ana”: role").
    pub field: String,
    /// Its value after the merge, in a few words.
    pub value: String,
}

impl Changes {
    /// Unchanged when there is nothing to note.
    fn outcome(self) -> Outcome {
        if self == Changes::default() {
            Outcome::Unchanged
        } else {
            Outcome::Changed(self)
        }
    }
}

/// What merging an imported workspace (`theirs`) would do, from `merged`,
/// the workspace the merge gives, and the fields both devices changed: a
/// partner or coalition of the file that the merge keeps deleted is not listed.
pub fn preview(
    ours: &Workspace,
    theirs: &Workspace,
    merged: &Workspace,
    on_both: &ChangedOnBoth,
) -> ImportPreview {
    let mut preview = preview_header(ours, theirs, merged, on_both);
    preview.plan = plan_entries(ours, theirs, merged, on_both, 0..plan_length(theirs));
    preview
}

/// The preview without its plan, which [`plan_entries`] then fills a few
/// records at a time, so that a file of thousands never holds the page long.
pub fn preview_header(
    ours: &Workspace,
    theirs: &Workspace,
    merged: &Workspace,
    on_both: &ChangedOnBoth,
) -> ImportPreview {
    ImportPreview {
        incoming: theirs.counts(),
        plan: Vec::new(),
        group_changed: merged.our_group != ours.our_group,
        group_on_both: standings(&fields_of(&merged.our_group), &on_both.our_group),
    }
}

/// How many partners and coalitions the file holds: the places a plan has.
pub fn plan_length(theirs: &Workspace) -> usize {
    theirs.partners.len() + theirs.coalitions.len()
}

/// The plan's entries for the file's partners, then coalitions, at the
/// places `places` (see [`plan_length`]).
pub fn plan_entries(
    ours: &Workspace,
    theirs: &Workspace,
    merged: &Workspace,
    on_both: &ChangedOnBoth,
    places: Range<usize>,
) -> Vec<PlanEntry> {
    let on_both_of = |id: RecordId| on_both.records.get(&id).map_or(&[][..], Vec::as_slice);
    let partners = theirs.partners.len();
    let partner_places = places.start.min(partners)..places.end.min(partners);
    let coalition_places =
        places.start.max(partners) - partners..places.end.max(partners) - partners;
    let partner_plans = theirs.partners[partner_places].iter().filter_map(|their| {
        let merged = merged.partner(their.id)?;
        Some(PlanEntry {
            kind: RecordKind::Partner,
            id: their.id,
            name: merged.organization.name.clone(),
            outcome: outcome(
                ours.partner(their.id),
                merged,
                on_both_of(their.id),
                Partner::counts,
                |_, _, _| {},
            ),
        })
    });
    let coalitions = theirs.coalitions.get(coalition_places).unwrap_or_default();
    let names: HashMap<RecordId, &str> = match coalitions {
        [] => HashMap::new(),
        _ => ours
            .partners
            .iter()
            .chain(&merged.partners)
            .map(|partner| (partner.id, partner.organization.name.as_str()))
            .collect(),
    };
    let coalition_plans = coalitions.iter().filter_map(|their| {
        let merged = merged.coalition(their.id)?;
        Some(PlanEntry {
            kind: RecordKind::Coalition,
            id: their.id,
            name: merged.name.clone(),
            outcome: outcome(
                ours.coalition(their.id),
                merged,
                on_both_of(their.id),
                Coalition::counts,
                |our, merged, changes| note_members(our, merged, &names, changes),
            ),
        })
    });
    partner_plans.chain(coalition_plans).collect()
}

/// What the merge does to one record of the file that it keeps.
fn outcome<R: Serialize + PartialEq>(
    ours: Option<&R>,
    merged: &R,
    on_both: &[FieldPath],
    counts: impl Fn(&R) -> RecordCounts,
    note_more: impl Fn(&R, &R, &mut Changes),
) -> Outcome {
    match ours {
        None => Outcome::New(counts(merged)),
        Some(our) if our == merged => Outcome::Unchanged,
        Some(our) => {
            let merged_fields = fields_of(merged);
            let mut changes = Changes::default();
            note_changes(&fields_of(our), &merged_fields, &mut changes);
            note_more(our, merged, &mut changes);
            changes.on_both = standings(&merged_fields, on_both);
            changes.outcome()
        }
    }
}

/// The fields both devices changed, named, with the values in `merged`.
fn standings(merged: &Map<String, Value>, paths: &[FieldPath]) -> Vec<Standing> {
    paths
        .iter()
        .filter_map(|path| standing(merged, path))
        .collect()
}

/// A record as JSON fields.
fn fields_of(record: &impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(fields)) => fields,
        _ => Map::new(),
    }
}

/// Notes the partners a coalition gains and loses, by name.
fn note_members(
    ours: &Coalition,
    merged: &Coalition,
    names: &HashMap<RecordId, &str>,
    changes: &mut Changes,
) {
    let member = |id: &RecordId| Change {
        id: *id,
        kind: RecordKind::Member,
        label: names
            .get(id)
            .map_or_else(|| id.to_string(), |name| (*name).to_owned()),
    };
    let joined = merged
        .partner_ids
        .iter()
        .filter(|id| !ours.partner_ids.contains(id));
    changes.added.extend(joined.map(member));
    let left = ours
        .partner_ids
        .iter()
        .filter(|id| !merged.partner_ids.contains(id));
    changes.removed.extend(left.map(member));
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{OurGroup, Person};

    fn with(partners: Vec<Partner>, coalitions: Vec<Coalition>) -> Workspace {
        Workspace {
            partners,
            coalitions,
            ..Workspace::default()
        }
    }

    #[test]
    fn the_same_data_leaves_everything_unchanged() {
        let mut partner = Partner::new("Same", Utc::now()).unwrap();
        partner.people.push(Person::new("Ana", Utc::now()));
        let workspace = Workspace {
            our_group: OurGroup {
                name: "Springfield Neighbors".into(),
                ..OurGroup::default()
            },
            ..with(vec![partner], Vec::new())
        };
        let preview = preview(
            &workspace,
            &workspace,
            &workspace,
            &ChangedOnBoth::default(),
        );
        assert_eq!(preview.incoming.partners, 1);
        assert_eq!(preview.incoming.people, 1);
        assert_eq!(preview.plan.len(), 1);
        assert_eq!(preview.plan[0].outcome, Outcome::Unchanged);
        assert!(!preview.group_changed);
    }

    #[test]
    fn new_partners_come_with_their_counts_and_coalitions_name_who_joins_and_leaves() {
        let now = Utc::now();
        let [casa, eastside, westside] =
            ["Casa", "Eastside", "Westside"].map(|name| Partner::new(name, now).unwrap());
        let coalition = Coalition {
            partner_ids: vec![casa.id, westside.id],
            ..Coalition::new("Fair Work", now).unwrap()
        };
        let mut merged_coalition = coalition.clone();
        merged_coalition.partner_ids = vec![casa.id, eastside.id];
        let ours = with(vec![casa.clone(), westside.clone()], vec![coalition]);
        let theirs = with(
            vec![casa.clone(), eastside.clone()],
            vec![merged_coalition.clone()],
        );
        let merged = with(
            vec![casa.clone(), westside, eastside.clone()],
            vec![merged_coalition],
        );
        let preview = preview(&ours, &theirs, &merged, &ChangedOnBoth::default());
        // Filled a place at a time, as the app fills it, the plan is the same.
        let one_by_one: Vec<PlanEntry> = (0..plan_length(&theirs))
            .flat_map(|place| {
                let places = place..place + 1;
                plan_entries(&ours, &theirs, &merged, &ChangedOnBoth::default(), places)
            })
            .collect();
        assert_eq!(one_by_one, preview.plan);
        let member = |partner: &Partner| Change {
            id: partner.id,
            kind: RecordKind::Member,
            label: partner.organization.name.clone(),
        };
        let outcomes: Vec<_> = preview
            .plan
            .iter()
            .map(|entry| (entry.name.as_str(), &entry.outcome))
            .collect();
        assert_eq!(
            outcomes,
            [
                ("Casa", &Outcome::Unchanged),
                ("Eastside", &Outcome::New(eastside.counts())),
                (
                    "Fair Work",
                    &Outcome::Changed(Changes {
                        added: vec![member(&eastside)],
                        removed: vec![member(&ours.partners[1])],
                        ..Changes::default()
                    })
                ),
            ]
        );
    }

    #[test]
    fn a_field_both_devices_changed_is_named_with_the_value_that_stands() {
        let now = Utc::now();
        let mut ours = Partner::new("Casa", now).unwrap();
        ours.research.mission = "Homes for all".into();
        let mut merged = ours.clone();
        merged.research.mission = "Fair rents".into();
        let on_both = ChangedOnBoth {
            records: [(ours.id, vec![vec!["research.mission".to_owned()]])].into(),
            ..ChangedOnBoth::default()
        };
        let merged = with(vec![merged], Vec::new());
        let preview = preview(&with(vec![ours], Vec::new()), &merged, &merged, &on_both);
        assert_eq!(
            preview.plan[0].outcome,
            Outcome::Changed(Changes {
                details_changed: true,
                on_both: vec![Standing {
                    field: "Research: mission".into(),
                    value: "\u{201c}Fair rents\u{201d}".into(),
                }],
                ..Changes::default()
            })
        );
    }

    #[test]
    fn a_record_the_merge_keeps_deleted_is_not_listed() {
        let partner = Partner::new("Casa", Utc::now()).unwrap();
        let theirs = with(vec![partner], Vec::new());
        let preview = preview(
            &Workspace::default(),
            &theirs,
            &Workspace::default(),
            &ChangedOnBoth::default(),
        );
        assert!(preview.plan.is_empty());
        assert_eq!(preview.incoming.partners, 1);
    }
}
