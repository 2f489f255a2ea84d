//! Binds form controls to one partner's fields: the stored value as a
//! signal, and a callback that stores each edit.

use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::{AppState, use_app_state};
use crate::model::{Partner, Person, Practice, PublicEvent, RecordId, Timestamp, Workspace};

/// A text read from the workspace (empty when it is not there), and a
/// callback that stores each edit to it.
pub fn bound_text(
    read: impl Fn(&Workspace) -> Option<String> + Send + Sync + 'static,
    write: impl Fn(AppState, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    let state = use_app_state();
    let workspace = state.workspace();
    let value = Memo::new(move |_| workspace.with(|workspace| read(workspace).unwrap_or_default()));
    (
        value.into(),
        Callback::new(move |text: String| write(state, text)),
    )
}

/// The value of one text field of a partner, and the callback storing edits to it.
pub fn partner_text(
    id: RecordId,
    get: fn(&Partner) -> &str,
    set: fn(&mut Partner, String),
) -> (Signal<String>, Callback<String>) {
    bound_text(
        move |workspace| workspace.partner(id).map(|partner| get(partner).to_owned()),
        move |state, text| state.edit_partner(id, |partner| set(partner, text)),
    )
}

/// The value of one yes/no field of a partner, and the callback storing changes.
pub fn partner_flag(
    id: RecordId,
    get: fn(&Partner) -> bool,
    set: fn(&mut Partner, bool),
) -> (Signal<bool>, Callback<bool>) {
    let state = use_app_state();
    let workspace = state.workspace();
    let value =
        Memo::new(move |_| workspace.with(|workspace| workspace.partner(id).is_some_and(get)));
    let on_change =
        Callback::new(move |checked: bool| state.edit_partner(id, |partner| set(partner, checked)));
    (value.into(), on_change)
}

/// A record kept in a list inside a partner (people, events, practices).
pub trait Item: Send + Sync + 'static {
    fn id(&self) -> RecordId;
    fn touch(&mut self, at: Timestamp);
}

macro_rules! impl_item {
    ($($type:ty),*) => {$(
        impl Item for $type {
            fn id(&self) -> RecordId {
                self.id
            }
            fn touch(&mut self, at: Timestamp) {
                self.updated_at = at;
            }
        }
    )*};
}
impl_item!(Person, PublicEvent, Practice);

/// One list of records inside a partner, for list editors.
pub struct ListBinding<T> {
    state: AppState,
    partner: RecordId,
    list: fn(&Partner) -> &Vec<T>,
    list_mut: fn(&mut Partner) -> &mut Vec<T>,
}

impl<T> Clone for ListBinding<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ListBinding<T> {}

impl<T: Item> ListBinding<T> {
    /// Binds the list `list` of partner `partner`.
    pub fn new(
        partner: RecordId,
        list: fn(&Partner) -> &Vec<T>,
        list_mut: fn(&mut Partner) -> &mut Vec<T>,
    ) -> Self {
        Self {
            state: use_app_state(),
            partner,
            list,
            list_mut,
        }
    }

    /// The ids of the records, in order; changes only when records come or go.
    pub fn ids(self) -> Memo<Vec<RecordId>> {
        let workspace = self.state.workspace();
        Memo::new(move |_| {
            workspace.with(|workspace| {
                workspace
                    .partner(self.partner)
                    .map(|partner| (self.list)(partner).iter().map(Item::id).collect())
                    .unwrap_or_default()
            })
        })
    }

    /// A text field of one record.
    pub fn text(
        self,
        item: RecordId,
        get: fn(&T) -> String,
        set: fn(&mut T, String),
    ) -> (Signal<String>, Callback<String>) {
        bound_text(
            move |workspace| {
                let partner = workspace.partner(self.partner)?;
                (self.list)(partner)
                    .iter()
                    .find(|record| record.id() == item)
                    .map(get)
            },
            move |_, text| self.edit(item, move |record| set(record, text)),
        )
    }

    /// Adds a record at the end.
    pub fn add(self, record: T) {
        self.state.edit_partner(self.partner, |partner| {
            (self.list_mut)(partner).push(record)
        });
    }

    /// Removes a record.
    pub fn remove(self, item: RecordId) {
        self.state.edit_partner(self.partner, |partner| {
            (self.list_mut)(partner).retain(|record| record.id() != item);
        });
    }

    fn edit(self, item: RecordId, edit: impl FnOnce(&mut T)) {
        self.state.edit_partner(self.partner, |partner| {
            if let Some(record) = (self.list_mut)(partner)
                .iter_mut()
                .find(|record| record.id() == item)
            {
                edit(record);
                record.touch(Utc::now());
            }
        });
    }
}
