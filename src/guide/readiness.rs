//! The research checklist and its readiness indicator: advice on whether the
//! homework is done before reaching out, never a lock.

use crate::model::{Partner, ResearchChecklist};

/// One item of the research checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChecklistItem {
    WebsiteReviewed,
    MissionInOurWords,
    TheoryOfChangeNoted,
    PracticesChecked,
    ValueToThemWritten,
}

impl ChecklistItem {
    /// Every item, in the order of the homework.
    pub const ALL: [ChecklistItem; 5] = [
        ChecklistItem::WebsiteReviewed,
        ChecklistItem::MissionInOurWords,
        ChecklistItem::TheoryOfChangeNoted,
        ChecklistItem::PracticesChecked,
        ChecklistItem::ValueToThemWritten,
    ];

    /// A stable machine name, for DOM ids.
    pub fn key(self) -> &'static str {
        match self {
            ChecklistItem::WebsiteReviewed => "website-reviewed",
            ChecklistItem::MissionInOurWords => "mission-in-our-words",
            ChecklistItem::TheoryOfChangeNoted => "theory-of-change-noted",
            ChecklistItem::PracticesChecked => "practices-checked",
            ChecklistItem::ValueToThemWritten => "value-to-them-written",
        }
    }

    /// What the user ticks.
    pub fn label(self) -> &'static str {
        match self {
            ChecklistItem::WebsiteReviewed => "Reviewed their website and public materials",
            ChecklistItem::MissionInOurWords => "Wrote their mission in our own words",
            ChecklistItem::TheoryOfChangeNoted => "Noted their theory of change",
            ChecklistItem::PracticesChecked => "Checked for practices to respect",
            ChecklistItem::ValueToThemWritten => "Wrote the value to them, short and long term",
        }
    }

    /// Whether the item is ticked.
    pub fn is_done(self, checklist: &ResearchChecklist) -> bool {
        match self {
            ChecklistItem::WebsiteReviewed => checklist.website_reviewed,
            ChecklistItem::MissionInOurWords => checklist.mission_in_our_words,
            ChecklistItem::TheoryOfChangeNoted => checklist.theory_of_change_noted,
            ChecklistItem::PracticesChecked => checklist.practices_checked,
            ChecklistItem::ValueToThemWritten => checklist.value_to_them_written,
        }
    }

    /// Ticks or unticks the item.
    pub fn set(self, checklist: &mut ResearchChecklist, done: bool) {
        let field = match self {
            ChecklistItem::WebsiteReviewed => &mut checklist.website_reviewed,
            ChecklistItem::MissionInOurWords => &mut checklist.mission_in_our_words,
            ChecklistItem::TheoryOfChangeNoted => &mut checklist.theory_of_change_noted,
            ChecklistItem::PracticesChecked => &mut checklist.practices_checked,
            ChecklistItem::ValueToThemWritten => &mut checklist.value_to_them_written,
        };
        *field = done;
    }
}

impl ChecklistItem {
    /// Whether the research field this item asks for is filled; `None` for
    /// an item no field records (checking their practices may find none).
    pub fn is_filled(self, partner: &Partner) -> Option<bool> {
        let filled = |text: &str| !text.trim().is_empty();
        match self {
            ChecklistItem::WebsiteReviewed => Some(filled(&partner.organization.website)),
            ChecklistItem::MissionInOurWords => Some(filled(&partner.research.mission)),
            ChecklistItem::TheoryOfChangeNoted => Some(filled(&partner.research.theory_of_change)),
            ChecklistItem::PracticesChecked => None,
            ChecklistItem::ValueToThemWritten => Some(
                filled(&partner.value_to_them.short_term)
                    && filled(&partner.value_to_them.long_term),
            ),
        }
    }
}

/// Applies `edit` to a research field of `partner`, and ticks `item` when
/// the edit fills what it asks for. Only filling ticks: an item the user
/// unticked stays unticked while they go on typing.
pub fn edit_ticking(partner: &mut Partner, item: ChecklistItem, edit: impl FnOnce(&mut Partner)) {
    let was_filled = item.is_filled(partner) == Some(true);
    edit(partner);
    if !was_filled && item.is_filled(partner) == Some(true) {
        item.set(&mut partner.checklist, true);
    }
}

/// How far the homework has come.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readiness {
    pub done: usize,
    pub total: usize,
    /// What is still open, in checklist order.
    pub missing: Vec<ChecklistItem>,
}

impl Readiness {
    /// Whether every item is done.
    pub fn is_ready(&self) -> bool {
        self.missing.is_empty()
    }

    /// A short sentence for the indicator.
    pub fn describe(&self) -> String {
        if self.is_ready() {
            "Homework done: you are ready to reach out.".into()
        } else {
            format!(
                "{} of {} done. You can still reach out; finishing the homework first shows respect for their time.",
                self.done, self.total
            )
        }
    }
}

/// The readiness of a checklist.
pub fn readiness(checklist: &ResearchChecklist) -> Readiness {
    let missing: Vec<_> = ChecklistItem::ALL
        .into_iter()
        .filter(|item| !item.is_done(checklist))
        .collect();
    Readiness {
        done: ChecklistItem::ALL.len() - missing.len(),
        total: ChecklistItem::ALL.len(),
        missing,
    }
}

#[cfg(test)]
mod ticking_tests {
    use chrono::Utc;

    use super::*;

    #[test]
    fn filling_a_field_ticks_its_item_and_an_untick_stays() {
        let mut partner = Partner::new("Casa", Utc::now()).unwrap();
        let item = ChecklistItem::MissionInOurWords;
        edit_ticking(&mut partner, item, |p| p.research.mission = "W".into());
        assert!(partner.checklist.mission_in_our_words, "ticked when filled");
        item.set(&mut partner.checklist, false);
        edit_ticking(&mut partner, item, |p| p.research.mission = "We".into());
        assert!(
            !partner.checklist.mission_in_our_words,
            "the user's untick stays"
        );
        edit_ticking(&mut partner, item, |p| p.research.mission = " ".into());
        edit_ticking(&mut partner, item, |p| p.research.mission = "Again".into());
        assert!(
            partner.checklist.mission_in_our_words,
            "filled again, ticked again"
        );

        let value = ChecklistItem::ValueToThemWritten;
        edit_ticking(&mut partner, value, |p| {
            p.value_to_them.short_term = "Turnout".into()
        });
        assert!(
            !partner.checklist.value_to_them_written,
            "short and long term both"
        );
        edit_ticking(&mut partner, value, |p| {
            p.value_to_them.long_term = "Power".into()
        });
        assert!(partner.checklist.value_to_them_written);
        assert_eq!(ChecklistItem::PracticesChecked.is_filled(&partner), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_has_its_own_key() {
        let mut keys: Vec<_> = ChecklistItem::ALL.iter().map(|item| item.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), ChecklistItem::ALL.len());
    }

    #[test]
    fn an_empty_checklist_is_not_ready_and_lists_everything() {
        let readiness = readiness(&ResearchChecklist::default());
        assert_eq!((readiness.done, readiness.total), (0, 5));
        assert_eq!(readiness.missing, ChecklistItem::ALL);
        assert!(!readiness.is_ready());
        assert!(readiness.describe().starts_with("0 of 5 done."));
    }

    #[test]
    fn ticking_items_counts_them_and_all_five_make_it_ready() {
        let mut checklist = ResearchChecklist::default();
        ChecklistItem::MissionInOurWords.set(&mut checklist, true);
        ChecklistItem::PracticesChecked.set(&mut checklist, true);
        let partial = readiness(&checklist);
        assert_eq!(partial.done, 2);
        assert_eq!(
            partial.missing,
            [
                ChecklistItem::WebsiteReviewed,
                ChecklistItem::TheoryOfChangeNoted,
                ChecklistItem::ValueToThemWritten
            ]
        );
        for item in ChecklistItem::ALL {
            item.set(&mut checklist, true);
            assert!(item.is_done(&checklist));
        }
        let ready = readiness(&checklist);
        assert!(ready.is_ready());
        assert_eq!(
            ready.describe(),
            "Homework done: you are ready to reach out."
        );
        ChecklistItem::WebsiteReviewed.set(&mut checklist, false);
        assert!(!readiness(&checklist).is_ready());
    }
}
