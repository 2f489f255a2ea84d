//! Undo for every Remove and Delete, and for pausing a partner: the records
//! a change touched are kept as they were, so Undo can put them back exactly
//! for a few seconds.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{AppState, autosave};
use crate::app::browser::{focus_when_rendered, has_focus};
use crate::app::components::UNDO_BUTTON;
use crate::app::routing::focus_main;
use crate::model::{
    Coalition, DeviceMeta, Partner, Record, RecordId, ThisDevice, Workspace, edit_by_id,
};
use crate::store::{Changes, Emptied, Recovered};
use crate::team::with_removed_put_back;

/// How long Undo stays offered after a removal, once focus is elsewhere.
pub const UNDO_WINDOW: Duration = Duration::from_secs(15);
/// How long the note that something was put back stays in view.
const RESTORED_NOTE: Duration = Duration::from_secs(5);

/// What the undo bar shows: a sentence saying what happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UndoNotice {
    /// Something was removed or changed and can be put back ("Removed Luis Vega.").
    Offered(String),
    /// Undo put it back ("Put back Luis Vega.").
    Restored(String),
}

/// What the undo bar says of one change: when it is made, and when undone.
pub struct UndoWords {
    pub done: String,
    pub undone: String,
}

impl UndoWords {
    /// The words for removing `what`: "Removed …", then "Put back …".
    pub fn removed(what: &str) -> Self {
        Self {
            done: format!("Removed {what}."),
            undone: format!("Put back {what}."),
        }
    }
}

/// One partner or coalition as it was before a removal (with its place in
/// the list) and right after it; `None` where it did not exist.
#[derive(Clone)]
struct Touched<T> {
    id: RecordId,
    before: Option<(usize, T)>,
    after: Option<T>,
}

/// The records one Remove or Delete changed, as they were and became.
pub(super) struct Removal {
    partners: Vec<Touched<Partner>>,
    coalitions: Vec<Touched<Coalition>>,
    meta_before: DeviceMeta,
}

/// Everything stored before "Delete all data" or an import took its place:
/// the stored values byte for byte, and the state in memory with them.
pub(super) struct Wiped {
    pub(super) stored: BTreeMap<String, String>,
    pub(super) pending: Changes,
    pub(super) saving_allowed: bool,
    pub(super) workspace: Workspace,
    pub(super) meta: DeviceMeta,
    pub(super) this_device: ThisDevice,
    pub(super) set_aside: Vec<(Recovered, String)>,
}

/// What Undo would put back.
pub(super) enum Undoable {
    Records(Removal),
    Everything(Box<Wiped>),
    /// Recently deleted, emptied for good, with the private notes about
    /// the partners that went.
    Emptied(Emptied, BTreeMap<RecordId, String>),
}

/// The one removal Undo is offered for, until it expires.
struct Offer {
    /// What Undo will have done, in words ("Put back Maria Lopez.").
    undone: String,
    /// Where focus goes once it is put back; the main region when `None`.
    refocus: Option<String>,
    /// Tells this offer apart from later ones, so an old timer ends only its own.
    number: u64,
    undoable: Undoable,
}

/// The removal that Undo would put back, and how many were offered.
#[derive(Default)]
pub(super) struct UndoState {
    offer: Option<Offer>,
    offered: u64,
}

/// A record kept in a partner or coalition list of the workspace.
trait Owned: Record + Clone + PartialEq + Serialize + DeserializeOwned {
    fn list(workspace: &Workspace) -> &Vec<Self>;
    fn list_mut(workspace: &mut Workspace) -> &mut Vec<Self>;
}

impl Owned for Partner {
    fn list(workspace: &Workspace) -> &Vec<Self> {
        &workspace.partners
    }
    fn list_mut(workspace: &mut Workspace) -> &mut Vec<Self> {
        &mut workspace.partners
    }
}

impl Owned for Coalition {
    fn list(workspace: &Workspace) -> &Vec<Self> {
        &workspace.coalitions
    }
    fn list_mut(workspace: &mut Workspace) -> &mut Vec<Self> {
        &mut workspace.coalitions
    }
}

fn snapshot<T: Owned>(workspace: &Workspace, ids: &[RecordId]) -> Vec<Touched<T>> {
    ids.iter()
        .map(|&id| Touched {
            id,
            before: T::list(workspace)
                .iter()
                .position(|record| record.id() == id)
                .map(|index| (index, T::list(workspace)[index].clone())),
            after: None,
        })
        .collect()
}

fn note_after<T: Owned>(workspace: &Workspace, touched: &mut [Touched<T>]) {
    for record in touched {
        record.after = T::list(workspace)
            .iter()
            .find(|found| found.id() == record.id)
            .cloned();
    }
}

/// Puts one record back; true when it is exactly as it was before the
/// removal (nothing else changed it since).
fn put_back<T: Owned>(workspace: &mut Workspace, touched: Touched<T>) -> bool {
    let list = T::list_mut(workspace);
    let position = list.iter().position(|record| record.id() == touched.id);
    let unchanged_since = position.map(|index| &list[index]) == touched.after.as_ref();
    match (touched.before, position) {
        (Some((index, before)), None) => {
            list.insert(index.min(list.len()), before);
            unchanged_since
        }
        (Some((_, before)), Some(index)) if unchanged_since => {
            list[index] = before;
            true
        }
        (Some((_, before)), Some(index)) => {
            // What the removal took goes back, and edits made since stay.
            if let Some(restored) = with_removed_put_back(&list[index], &before) {
                list[index] = restored;
            }
            false
        }
        (None, Some(index)) if unchanged_since => {
            list.remove(index);
            true
        }
        (None, _) => unchanged_since,
    }
}

impl AppState {
    /// Applies a removal to the partners and coalitions named, saves it like
    /// any change, and offers Undo for [`UNDO_WINDOW`]. `what` names what goes.
    pub fn remove_with_undo(
        self,
        what: String,
        partners: &[RecordId],
        coalitions: &[RecordId],
        refocus: Option<String>,
        remove: impl FnOnce(&mut Workspace),
    ) {
        self.change_with_undo(
            UndoWords::removed(&what),
            partners,
            coalitions,
            refocus,
            remove,
        );
    }

    /// Applies a change to the partners and coalitions named, saves it like
    /// any change, and offers Undo for [`UNDO_WINDOW`] with `words`.
    pub fn change_with_undo(
        self,
        words: UndoWords,
        partners: &[RecordId],
        coalitions: &[RecordId],
        refocus: Option<String>,
        apply: impl FnOnce(&mut Workspace),
    ) {
        // Edits made just before are saved first, into the documents that a
        // deleted record keeps in Recently deleted.
        self.flush();
        let now = Utc::now();
        let meta_before = self.meta.get_untracked();
        let (mut touched_partners, mut touched_coalitions) = self.workspace.with_untracked(|w| {
            (
                snapshot::<Partner>(w, partners),
                snapshot::<Coalition>(w, coalitions),
            )
        });
        let changes = changes_for(partners, coalitions);
        self.change(changes, |workspace| {
            apply(workspace);
            for &id in partners {
                edit_by_id(&mut workspace.partners, id, now, |_| {});
            }
            for &id in coalitions {
                edit_by_id(&mut workspace.coalitions, id, now, |_| {});
            }
            note_after(workspace, &mut touched_partners);
            note_after(workspace, &mut touched_coalitions);
        });
        self.offer_undo(
            words,
            refocus,
            Undoable::Records(Removal {
                partners: touched_partners,
                coalitions: touched_coalitions,
                meta_before,
            }),
        );
    }

    /// Offers Undo for `undoable` during [`UNDO_WINDOW`], in place of any
    /// earlier offer, with focus on the Undo button.
    pub(super) fn offer_undo(self, words: UndoWords, refocus: Option<String>, undoable: Undoable) {
        let UndoWords { done, undone } = words;
        let number = self
            .undo
            .try_update_value(|undo| {
                undo.offered += 1;
                undo.offer = Some(Offer {
                    undone,
                    refocus,
                    number: undo.offered,
                    undoable,
                });
                undo.offered
            })
            .unwrap_or_default();
        self.undo_notice.set(Some(UndoNotice::Offered(done)));
        focus_when_rendered(UNDO_BUTTON.into());
        self.run_after(UNDO_WINDOW, Box::new(move || self.expire_offer(number)));
    }

    /// Puts back what the last removal took away.
    pub fn undo(self) {
        let Some(offer) = self
            .undo
            .try_update_value(|undo| undo.offer.take())
            .flatten()
        else {
            return;
        };
        match offer.undoable {
            Undoable::Records(removal) => self.put_back_records(removal),
            Undoable::Everything(wiped) => self.put_back_everything(*wiped),
            Undoable::Emptied(emptied, notes) => self.put_back_emptied(emptied, notes),
        }
        self.undo_notice
            .set(Some(UndoNotice::Restored(offer.undone)));
        let notice = self.undo_notice;
        self.run_after(
            RESTORED_NOTE,
            Box::new(move || {
                notice.update(|notice| {
                    if matches!(notice, Some(UndoNotice::Restored(_))) {
                        *notice = None;
                    }
                })
            }),
        );
        match offer.refocus {
            Some(id) => focus_when_rendered(id),
            None => focus_main(),
        }
    }

    /// Puts removed records back. If nothing else changed them since, they
    /// and the backup bookkeeping are restored exactly; otherwise the removed
    /// records return beside the later edits.
    fn put_back_records(self, removal: Removal) {
        let partner_ids: Vec<_> = removal.partners.iter().map(|t| t.id).collect();
        let coalition_ids: Vec<_> = removal.coalitions.iter().map(|t| t.id).collect();
        let mut exact = true;
        self.workspace.update(|workspace| {
            for touched in removal.partners {
                exact &= put_back(workspace, touched);
            }
            for touched in removal.coalitions {
                exact &= put_back(workspace, touched);
            }
        });
        self.meta.update(|meta| {
            if exact {
                *meta = removal.meta_before;
            } else {
                meta.last_change_at = Some(Utc::now());
            }
        });
        let mut changes = changes_for(&partner_ids, &coalition_ids);
        changes.meta = true;
        self.notices.with_value(|n| n.notify(&changes, true));
        self.save_state
            .update_value(|save| save.pending.absorb(changes));
        autosave::schedule(self);
    }

    /// Writes back, byte for byte, everything "Delete all data" removed. If
    /// storage refuses, the data is kept in memory and saved as usual, with
    /// the problem in view.
    fn put_back_everything(self, wiped: Wiped) {
        let Wiped {
            stored,
            pending,
            saving_allowed,
            workspace,
            meta,
            this_device,
            set_aside,
        } = wiped;
        let written = self.save_state.try_update_value(|save| {
            let written = save.store.put_back(&stored);
            match written {
                Ok(()) => {
                    save.saving_allowed = saving_allowed;
                    save.pending = pending;
                }
                Err(_) => {
                    save.pending = Changes {
                        this_device: true,
                        ..Changes::everything(&workspace, None)
                    }
                }
            }
            written
        });
        self.set_workspace(workspace);
        self.meta.set(meta);
        self.this_device.set(this_device);
        self.set_aside.set(set_aside);
        if let Some(Err(error)) = written {
            self.problem.set(Some(error));
        }
        autosave::schedule(self);
    }

    /// What the undo bar shows now, if anything.
    pub fn undo_notice(self) -> ReadSignal<Option<UndoNotice>> {
        self.readers.undo_notice
    }

    /// Ends offer `number`, unless a later one replaced it. While Undo has
    /// focus the offer stays, and is looked at again a window later: the
    /// time limit waits for whoever is about to use it (WCAG 2.2.1).
    fn expire_offer(self, number: u64) {
        if has_focus(UNDO_BUTTON) {
            self.run_after(UNDO_WINDOW, Box::new(move || self.expire_offer(number)));
            return;
        }
        let expired = self
            .undo
            .try_update_value(|undo| {
                let current = undo.offer.as_ref().is_some_and(|o| o.number == number);
                if current {
                    undo.offer = None;
                }
                current
            })
            .unwrap_or(false);
        if expired {
            self.undo_notice.set(None);
        }
    }
}

/// The records to save after removing from or putting back these.
fn changes_for(partners: &[RecordId], coalitions: &[RecordId]) -> Changes {
    Changes {
        partners: partners.iter().copied().collect(),
        coalitions: coalitions.iter().copied().collect(),
        // Deleting or restoring a whole record changes which ones exist.
        index: true,
        ..Changes::default()
    }
}

#[cfg(test)]
mod tests;
