//! Binds form controls to stored fields of partners and coalitions: the
//! stored value as a signal, and a callback that stores each edit.

use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::DependsOn;

use crate::app::state::{AppState, use_app_state};
use crate::model::{Choice, Coalition, Partner, Record, RecordId, Workspace, edit_by_id};

/// A text read from the workspace (empty when it is not there), and a
/// callback that stores each edit to it.
pub fn bound_text(
    scope: DependsOn,
    read: impl Fn(&Workspace) -> Option<String> + Send + Sync + 'static,
    write: impl Fn(AppState, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    let state = use_app_state();
    let value = Memo::new(move |_| state.read_in(scope, |w| read(w).unwrap_or_default()));
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
        DependsOn::Partner(id),
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
    let value = Memo::new(move |_| state.partner_with(id, get).unwrap_or(false));
    let on_change =
        Callback::new(move |checked: bool| state.edit_partner(id, |partner| set(partner, checked)));
    (value.into(), on_change)
}

/// Where a list of records lives.
enum Owner<T> {
    Partner(
        RecordId,
        fn(&Partner) -> &Vec<T>,
        fn(&mut Partner) -> &mut Vec<T>,
    ),
    Coalition(
        RecordId,
        fn(&Coalition) -> &Vec<T>,
        fn(&mut Coalition) -> &mut Vec<T>,
    ),
}

impl<T> Clone for Owner<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Owner<T> {}

/// One list of records inside a partner or a coalition, for list editors.
pub struct ListBinding<T> {
    state: AppState,
    owner: Owner<T>,
}

impl<T> Clone for ListBinding<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ListBinding<T> {}

impl<T: Record + Send + Sync + 'static> ListBinding<T> {
    /// Binds the list `list` of partner `partner`.
    pub fn new(
        partner: RecordId,
        list: fn(&Partner) -> &Vec<T>,
        list_mut: fn(&mut Partner) -> &mut Vec<T>,
    ) -> Self {
        Self {
            state: use_app_state(),
            owner: Owner::Partner(partner, list, list_mut),
        }
    }

    /// Binds the list `list` of coalition `coalition`.
    pub fn for_coalition(
        coalition: RecordId,
        list: fn(&Coalition) -> &Vec<T>,
        list_mut: fn(&mut Coalition) -> &mut Vec<T>,
    ) -> Self {
        Self {
            state: use_app_state(),
            owner: Owner::Coalition(coalition, list, list_mut),
        }
    }

    /// The record the list lives in, which every read of it depends on.
    fn scope(self) -> DependsOn {
        match self.owner {
            Owner::Partner(id, ..) => DependsOn::Partner(id),
            Owner::Coalition(id, ..) => DependsOn::Coalition(id),
        }
    }

    /// The records, if their owner is still there.
    fn records(self, workspace: &Workspace) -> Option<&Vec<T>> {
        match self.owner {
            Owner::Partner(id, list, _) => workspace.partner(id).map(list),
            Owner::Coalition(id, list, _) => workspace.coalition(id).map(list),
        }
    }

    /// Changes the list and marks its owner changed.
    fn edit_list(self, edit: impl FnOnce(&mut Vec<T>)) {
        match self.owner {
            Owner::Partner(id, _, list_mut) => self.state.edit_partner(id, |p| edit(list_mut(p))),
            Owner::Coalition(id, _, list_mut) => {
                self.state.edit_coalition(id, |c| edit(list_mut(c)))
            }
        }
    }

    /// The ids of the records, in order; changes only when records come or go.
    pub fn ids(self) -> Memo<Vec<RecordId>> {
        Memo::new(move |_| {
            self.state.read_in(self.scope(), |workspace| {
                self.records(workspace)
                    .map(|records| records.iter().map(Record::id).collect())
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
            self.scope(),
            move |workspace| {
                self.records(workspace)?
                    .iter()
                    .find(|r| r.id() == item)
                    .map(get)
            },
            move |_, text| self.edit(item, move |record| set(record, text)),
        )
    }

    /// A value of one record, for selects and checkboxes.
    pub fn value<V>(self, item: RecordId, get: fn(&T) -> V) -> Memo<Option<V>>
    where
        V: PartialEq + Send + Sync + 'static,
    {
        Memo::new(move |_| {
            self.state.read_in(self.scope(), |workspace| {
                self.records(workspace)?
                    .iter()
                    .find(|r| r.id() == item)
                    .map(get)
            })
        })
    }

    /// A choice made in one record, and the callback storing a new pick,
    /// for a [`ChoiceSelect`](crate::app::components::ChoiceSelect).
    pub fn choice<V>(
        self,
        item: RecordId,
        get: fn(&T) -> V,
        set: fn(&mut T, V),
    ) -> (Signal<Option<V>>, Callback<Option<V>>)
    where
        V: Choice + Send + Sync,
    {
        let on_change = Callback::new(move |picked: Option<V>| {
            if let Some(picked) = picked {
                self.edit(item, |record| set(record, picked));
            }
        });
        (self.value(item, get).into(), on_change)
    }

    /// Adds a record at the end and gives its id.
    pub fn add(self, record: T) -> RecordId {
        let id = record.id();
        self.edit_list(|records| records.push(record));
        id
    }

    /// Removes a record, offering Undo; `what` names it for the undo bar and
    /// `refocus` is the DOM id to focus once it is put back.
    pub fn remove(self, item: RecordId, what: String, refocus: String) {
        let (partners, coalitions) = match self.owner {
            Owner::Partner(id, ..) => (vec![id], Vec::new()),
            Owner::Coalition(id, ..) => (Vec::new(), vec![id]),
        };
        self.state.remove_with_undo(
            what,
            &partners,
            &coalitions,
            Some(refocus),
            move |workspace| {
                if let Some(records) = self.records_mut(workspace) {
                    records.retain(|record| record.id() != item);
                }
            },
        );
    }

    /// The records, for changing, if their owner is still there.
    fn records_mut(self, workspace: &mut Workspace) -> Option<&mut Vec<T>> {
        match self.owner {
            Owner::Partner(id, _, list_mut) => workspace
                .partners
                .iter_mut()
                .find(|partner| partner.id == id)
                .map(list_mut),
            Owner::Coalition(id, _, list_mut) => workspace
                .coalitions
                .iter_mut()
                .find(|coalition| coalition.id == id)
                .map(list_mut),
        }
    }

    /// Changes one record and stamps it.
    pub fn edit(self, item: RecordId, edit: impl FnOnce(&mut T)) {
        self.edit_list(|records| {
            edit_by_id(records, item, Utc::now(), edit);
        });
    }
}
