use chrono::Utc;
use leptos::prelude::*;

use super::{Lens, Place, Undoable};
use crate::model::{Record, RecordId, edit_by_id};

/// One list of records inside a partner, a coalition or another record,
/// for list editors.
pub struct ListHandle<P: Place, T> {
    owner: P,
    lens: Lens<P::Target, Vec<T>>,
    /// Run on the owner after one of its records changed, to keep what
    /// follows that record in step.
    after_edit: Option<fn(&mut P::Target, RecordId)>,
}

impl<P: Place, T> Clone for ListHandle<P, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P: Place, T> Copy for ListHandle<P, T> {}

impl<P: Place, T: Record + Send + Sync + 'static> ListHandle<P, T> {
    /// The list `lens` reaches inside `owner`.
    pub fn new(owner: P, lens: Lens<P::Target, Vec<T>>) -> Self {
        Self {
            owner,
            lens,
            after_edit: None,
        }
    }

    /// The same list, running `after_edit` on the owner whenever one of its
    /// records changes.
    pub fn keeping_in_step(self, after_edit: fn(&mut P::Target, RecordId)) -> Self {
        Self {
            after_edit: Some(after_edit),
            ..self
        }
    }

    /// The ids of the records, in order; changes only when records come or go.
    pub fn ids(self) -> Memo<Vec<RecordId>> {
        Memo::new(move |_| {
            self.owner
                .with(|owner| self.lens.get(owner).iter().map(Record::id).collect())
                .unwrap_or_default()
        })
    }

    /// Reads every record of the list, tracking it; `None` once its owner is gone.
    pub fn with_records<V>(self, read: impl FnOnce(&[T]) -> V) -> Option<V> {
        self.owner.with(|owner| read(self.lens.get(owner)))
    }

    /// Adds a record at the end and gives its id.
    pub fn push(self, record: T) -> RecordId {
        let id = record.id();
        self.owner
            .edit(|owner| self.lens.get_mut(owner).push(record));
        id
    }

    /// Changes the record `id` inside `owner`, stamps it, and keeps what
    /// follows it in step.
    fn change_record(self, owner: &mut P::Target, id: RecordId, change: impl FnOnce(&mut T)) {
        let found = edit_by_id(self.lens.get_mut(owner), id, Utc::now(), change);
        if let (true, Some(after_edit)) = (found, self.after_edit) {
            after_edit(owner, id);
        }
    }

    /// A handle on the record `id` of this list.
    pub fn item(self, id: RecordId) -> ItemHandle<P, T> {
        ItemHandle { list: self, id }
    }
}

/// A handle on one record in a list, given to the component that shows it.
pub struct ItemHandle<P: Place, T> {
    list: ListHandle<P, T>,
    id: RecordId,
}

impl<P: Place, T> Clone for ItemHandle<P, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P: Place, T> Copy for ItemHandle<P, T> {}

impl<P: Place, T> ItemHandle<P, T> {
    /// The record's id, for DOM ids.
    pub fn id(self) -> RecordId {
        self.id
    }

    /// The handle of what the list is in.
    pub fn owner(self) -> P {
        self.list.owner
    }
}

impl<P: Place, T: Record + Send + Sync + 'static> Place for ItemHandle<P, T> {
    type Target = T;

    fn with<V>(self, read: impl FnOnce(&T) -> V) -> Option<V> {
        let ItemHandle { list, id } = self;
        list.owner
            .with(|owner| list.lens.get(owner).iter().find(|r| r.id() == id).map(read))
            .flatten()
    }

    fn edit(self, edit: impl FnOnce(&mut T)) {
        let ItemHandle { list, id } = self;
        list.owner.edit(|owner| list.change_record(owner, id, edit));
    }
}

impl<P: Undoable, T: Record + Send + Sync + 'static> Undoable for ItemHandle<P, T> {
    fn remove_inside(self, what: String, refocus: Option<String>, remove: impl FnOnce(&mut T)) {
        let ItemHandle { list, id } = self;
        list.owner
            .remove_inside(what, refocus, |owner| list.change_record(owner, id, remove));
    }
}

impl<P: Undoable, T: Record + Send + Sync + 'static> ItemHandle<P, T> {
    /// Removes the record from its list, offering Undo; `what` names it for
    /// the undo bar and `refocus` is the DOM id to focus once it is put back.
    pub fn remove(self, what: String, refocus: String) {
        let ItemHandle { list, id } = self;
        list.owner.remove_inside(what, Some(refocus), |owner| {
            list.lens.get_mut(owner).retain(|record| record.id() != id);
        });
    }
}
