//! What an import would change, worked out before anything changes: per
//! partner and coalition in the file, whether it is new, unchanged or
//! changed, and for a changed one every record a merge adds or replaces.

use std::collections::HashMap;

use super::merge::merge;
use super::record::{Mergeable, RecordKind};
use crate::model::{Coalition, Partner, RecordCounts, RecordId, Workspace};

/// What an import would bring, shown before the user chooses to replace or merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    /// How much the file holds.
    pub incoming: RecordCounts,
    /// What a merge does to each partner, then each coalition, of the file.
    pub plan: Vec<PlanEntry>,
    /// Whether a merge takes our group's details from the file, as we have none.
    pub fills_our_group: bool,
    /// Whether the merge goes through the file's Yrs documents (field by
    /// field, deletions kept) rather than record by record, the newer kept.
    pub through_documents: bool,
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
    /// We have it and nothing in the file is newer.
    Unchanged,
    /// We have it and the file brings records or newer versions of them.
    Changed(Changes),
}

/// What a merge adds and replaces inside a partner or coalition we have.
/// Nothing is ever removed, so nothing else can change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Whether its own details (outside its lists) are replaced by the
    /// file's, changed more recently.
    pub details_replaced: bool,
    /// Records we do not have.
    pub added: Vec<Change>,
    /// Records the file has a newer, different version of.
    pub replaced: Vec<Change>,
}

/// One record a merge adds or replaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The record's id (for a coalition's new partner, the partner's).
    pub id: RecordId,
    /// What kind of record it is.
    pub kind: RecordKind,
    /// A few words that let the user recognise it.
    pub label: String,
}

impl Change {
    /// The change that adds or replaces `record`.
    fn of<T: Mergeable>(record: &T) -> Self {
        Self {
            id: record.id(),
            kind: T::KIND,
            label: record.label(),
        }
    }
}

impl Changes {
    /// Unchanged when there is nothing to add or replace.
    fn outcome(self) -> Outcome {
        if self == Changes::default() {
            Outcome::Unchanged
        } else {
            Outcome::Changed(self)
        }
    }
}

/// Compares an imported workspace with ours: what the file holds, and what
/// merging it would do, worked out from the merge itself.
pub fn preview(ours: &Workspace, theirs: &Workspace) -> ImportPreview {
    let merged = merge(ours, theirs.clone());
    plan_from(ours, theirs, &merged, false)
}

/// What merging an imported workspace through its Yrs documents would do,
/// from `merged`, the workspace that merge gives: a partner or coalition of
/// the file that the merge keeps deleted is not listed.
pub fn preview_merged(ours: &Workspace, theirs: &Workspace, merged: &Workspace) -> ImportPreview {
    plan_from(ours, theirs, merged, true)
}

/// The plan for each partner and coalition of `theirs` from what the merge gave.
fn plan_from(
    ours: &Workspace,
    theirs: &Workspace,
    merged: &Workspace,
    through_documents: bool,
) -> ImportPreview {
    let merged_partners: HashMap<RecordId, &Partner> =
        merged.partners.iter().map(|p| (p.id, p)).collect();
    let partner_plans = theirs.partners.iter().filter_map(|their| {
        let merged = merged_partners.get(&their.id)?;
        Some(plan_entry(
            ours.partner(their.id),
            merged,
            Partner::counts,
            |_, _, _| {},
        ))
    });
    let coalition_plans = theirs.coalitions.iter().filter_map(|their| {
        let merged = merged.coalition(their.id)?;
        Some(plan_entry(
            ours.coalition(their.id),
            merged,
            Coalition::counts,
            |our, merged, changes| note_new_members(our, merged, &merged_partners, changes),
        ))
    });
    ImportPreview {
        incoming: theirs.counts(),
        plan: partner_plans.chain(coalition_plans).collect(),
        fills_our_group: merged.our_group != ours.our_group,
        through_documents,
    }
}

/// What the merge did to one partner or coalition of the file; `note_more`
/// notes changes that need more than the record itself to name.
fn plan_entry<T: Mergeable>(
    ours: Option<&T>,
    merged: &T,
    counts: impl Fn(&T) -> RecordCounts,
    note_more: impl Fn(&T, &T, &mut Changes),
) -> PlanEntry {
    let outcome = match ours {
        None => Outcome::New(counts(merged)),
        Some(our) => {
            let mut changes = Changes {
                details_replaced: our.own_fields_differ(merged),
                ..Changes::default()
            };
            T::note_nested_changes(our, merged, &mut changes);
            note_more(our, merged, &mut changes);
            changes.outcome()
        }
    };
    PlanEntry {
        kind: T::KIND,
        id: merged.id(),
        name: merged.label(),
        outcome,
    }
}

/// Notes each record of `merged` that `ours` lacks as added, each one whose
/// own fields differ as replaced, and looks inside the others.
pub(super) fn note_list<T: Mergeable>(ours: &[T], merged: &[T], changes: &mut Changes) {
    let ours: HashMap<RecordId, &T> = ours.iter().map(|our| (our.id(), our)).collect();
    for record in merged {
        match ours.get(&record.id()) {
            None => changes.added.push(Change::of(record)),
            Some(our) => {
                if our.own_fields_differ(record) {
                    changes.replaced.push(Change::of(record));
                }
                T::note_nested_changes(our, record, changes);
            }
        }
    }
}

/// Notes the partners a coalition gains, by name.
fn note_new_members(
    ours: &Coalition,
    merged: &Coalition,
    partners: &HashMap<RecordId, &Partner>,
    changes: &mut Changes,
) {
    let new_members = merged
        .partner_ids
        .iter()
        .filter(|id| !ours.partner_ids.contains(id))
        .map(|id| Change {
            id: *id,
            kind: RecordKind::Member,
            label: partners
                .get(id)
                .map_or_else(|| id.to_string(), |partner| partner.label()),
        });
    changes.added.extend(new_members);
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::*;
    use crate::model::{AgendaItem, AgendaSection, Meeting, OurGroup};

    fn meeting_with_item(title: &str) -> Meeting {
        let now = Utc::now();
        Meeting {
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 3),
            duration_minutes: 60,
            agenda: vec![AgendaItem {
                title: title.into(),
                minutes: 20,
                ..AgendaItem::new(AgendaSection::Listening, now)
            }],
            ..Meeting::new(now)
        }
    }

    #[test]
    fn the_same_data_leaves_everything_unchanged() {
        let mut partner = Partner::new("Same", Utc::now()).unwrap();
        partner.meetings.push(meeting_with_item("Their work"));
        let workspace = Workspace {
            our_group: OurGroup {
                name: "Springfield Neighbors".into(),
                ..OurGroup::default()
            },
            partners: vec![partner],
            ..Workspace::default()
        };
        let preview = preview(&workspace, &workspace.clone());
        assert_eq!(preview.incoming.partners, 1);
        assert_eq!(preview.incoming.agenda_items, 1);
        assert_eq!(preview.plan.len(), 1);
        assert_eq!(preview.plan[0].outcome, Outcome::Unchanged);
        assert!(!preview.fills_our_group);
    }

    #[test]
    fn a_newer_agenda_item_deep_inside_a_meeting_is_listed_as_replaced() {
        let mut ours = Partner::new("Casa", Utc::now()).unwrap();
        ours.meetings.push(meeting_with_item("Their work"));
        let mut theirs = ours.clone();
        let later = ours.updated_at + Duration::minutes(5);
        let item = &mut theirs.meetings[0].agenda[0];
        item.title = "Their work and their campaigns".into();
        item.updated_at = later;
        theirs.meetings[0].updated_at = later;
        theirs.updated_at = later;

        let preview = preview(
            &Workspace {
                partners: vec![ours],
                ..Workspace::default()
            },
            &Workspace {
                partners: vec![theirs.clone()],
                ..Workspace::default()
            },
        );
        assert_eq!(
            preview.plan[0].outcome,
            Outcome::Changed(Changes {
                details_replaced: false,
                added: Vec::new(),
                replaced: vec![Change {
                    id: theirs.meetings[0].agenda[0].id,
                    kind: RecordKind::AgendaItem,
                    label: "Their work and their campaigns".into(),
                }],
            })
        );
    }

    #[test]
    fn new_partners_come_with_their_counts_and_coalitions_name_new_members() {
        let now = Utc::now();
        let ours_partner = Partner::new("Casa", now).unwrap();
        let mut new_partner = Partner::new("Eastside", now).unwrap();
        new_partner.meetings.push(meeting_with_item("Their work"));
        let coalition = Coalition {
            partner_ids: vec![ours_partner.id],
            ..Coalition::new("Fair Work", now).unwrap()
        };
        let mut their_coalition = coalition.clone();
        their_coalition.partner_ids.push(new_partner.id);
        their_coalition.updated_at = now + Duration::minutes(1);
        let ours = Workspace {
            partners: vec![ours_partner.clone()],
            coalitions: vec![coalition],
            ..Workspace::default()
        };
        let theirs = Workspace {
            our_group: OurGroup {
                name: "Springfield Neighbors".into(),
                ..OurGroup::default()
            },
            partners: vec![ours_partner, new_partner.clone()],
            coalitions: vec![their_coalition],
        };

        let preview = preview(&ours, &theirs);
        assert!(preview.fills_our_group);
        let outcomes: Vec<_> = preview
            .plan
            .iter()
            .map(|entry| (entry.kind, entry.name.as_str(), &entry.outcome))
            .collect();
        assert_eq!(
            outcomes,
            [
                (RecordKind::Partner, "Casa", &Outcome::Unchanged),
                (
                    RecordKind::Partner,
                    "Eastside",
                    &Outcome::New(new_partner.counts())
                ),
                (
                    RecordKind::Coalition,
                    "Fair Work",
                    &Outcome::Changed(Changes {
                        details_replaced: false,
                        added: vec![Change {
                            id: new_partner.id,
                            kind: RecordKind::Member,
                            label: "Eastside".into(),
                        }],
                        replaced: Vec::new(),
                    })
                ),
            ]
        );
    }
}
