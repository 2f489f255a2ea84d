use chrono::{Local, Utc};

use super::{Place, Undoable};
use crate::app::state::{AppState, DependsOn, use_app_state};
use crate::model::{
    Coalition, ContactDraft, DraftStatus, OurGroup, Partner, Record, RecordId, Workspace,
    edit_by_id,
};

/// A record kept at the top of the workspace, with its own change notices
/// and its own entry in storage: a partner or a coalition.
pub trait Owner: Record + Sized + Send + Sync + 'static {
    /// What readers of the record `id` depend on.
    fn scope(id: RecordId) -> DependsOn;

    /// Every record of this kind.
    fn all(workspace: &Workspace) -> &[Self];

    /// Every record of this kind, for changing.
    fn all_mut(workspace: &mut Workspace) -> &mut [Self];

    /// Changes the record `id` through `state`, which stamps and saves it.
    fn edit_in(state: AppState, id: RecordId, edit: impl FnOnce(&mut Self));

    /// The partners and coalitions that a removal inside the record `id`
    /// changes, for Undo to put back.
    fn removal_scope(id: RecordId) -> (Vec<RecordId>, Vec<RecordId>);
}

impl Owner for Partner {
    fn scope(id: RecordId) -> DependsOn {
        DependsOn::Partner(id)
    }

    fn all(workspace: &Workspace) -> &[Self] {
        &workspace.partners
    }

    fn all_mut(workspace: &mut Workspace) -> &mut [Self] {
        &mut workspace.partners
    }

    fn edit_in(state: AppState, id: RecordId, edit: impl FnOnce(&mut Self)) {
        state.edit_partner(id, edit);
    }

    fn removal_scope(id: RecordId) -> (Vec<RecordId>, Vec<RecordId>) {
        (vec![id], Vec::new())
    }
}

impl Owner for Coalition {
    fn scope(id: RecordId) -> DependsOn {
        DependsOn::Coalition(id)
    }

    fn all(workspace: &Workspace) -> &[Self] {
        &workspace.coalitions
    }

    fn all_mut(workspace: &mut Workspace) -> &mut [Self] {
        &mut workspace.coalitions
    }

    fn edit_in(state: AppState, id: RecordId, edit: impl FnOnce(&mut Self)) {
        state.edit_coalition(id, edit);
    }

    fn removal_scope(id: RecordId) -> (Vec<RecordId>, Vec<RecordId>) {
        (Vec::new(), vec![id])
    }
}

/// A handle on one partner or coalition, given to the components that show it.
pub struct Handle<R> {
    state: AppState,
    id: RecordId,
    owner: std::marker::PhantomData<fn() -> R>,
}

impl<R> Clone for Handle<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for Handle<R> {}

/// A handle on one partner.
pub type PartnerHandle = Handle<Partner>;

/// A handle on one coalition.
pub type CoalitionHandle = Handle<Coalition>;

impl<R: Owner> Handle<R> {
    /// A handle on the record `id` of the app state in context.
    pub fn new(id: RecordId) -> Self {
        Self::in_state(use_app_state(), id)
    }

    /// A handle on the record `id` of `state`.
    pub fn in_state(state: AppState, id: RecordId) -> Self {
        Self {
            state,
            id,
            owner: std::marker::PhantomData,
        }
    }

    /// The record's id, for addresses and DOM ids.
    pub fn id(self) -> RecordId {
        self.id
    }

    /// The app state the record lives in, for what reaches beyond it.
    pub fn state(self) -> AppState {
        self.state
    }
}

impl<R: Owner> Place for Handle<R> {
    type Target = R;

    fn with<V>(self, read: impl FnOnce(&R) -> V) -> Option<V> {
        self.state.read_in(R::scope(self.id), |workspace| {
            R::all(workspace)
                .iter()
                .find(|record| record.id() == self.id)
                .map(read)
        })
    }

    fn edit(self, edit: impl FnOnce(&mut R)) {
        R::edit_in(self.state, self.id, edit);
    }
}

impl<R: Owner> Undoable for Handle<R> {
    fn remove_inside(self, what: String, refocus: Option<String>, remove: impl FnOnce(&mut R)) {
        let id = self.id;
        let (partners, coalitions) = R::removal_scope(id);
        self.state
            .remove_with_undo(what, &partners, &coalitions, refocus, move |workspace| {
                if let Some(record) = R::all_mut(workspace).iter_mut().find(|r| r.id() == id) {
                    remove(record);
                }
            });
    }
}

/// A handle on one of a partner's contact drafts, found anew on each read
/// and edit: the one being written, or the one that went out last.
#[derive(Clone, Copy)]
pub struct DraftHandle {
    partner: PartnerHandle,
    which: fn(&Partner) -> Option<&ContactDraft>,
}

impl DraftHandle {
    /// The draft being written: the last one, while it is not sent.
    pub fn current(partner: PartnerHandle) -> Self {
        Self {
            partner,
            which: Partner::current_draft,
        }
    }

    /// The contact that went out last.
    pub fn last_sent(partner: PartnerHandle) -> Self {
        Self {
            partner,
            which: Partner::last_sent,
        }
    }
}

impl Place for DraftHandle {
    type Target = ContactDraft;

    fn with<V>(self, read: impl FnOnce(&ContactDraft) -> V) -> Option<V> {
        self.partner
            .with(|partner| (self.which)(partner).map(read))
            .flatten()
    }

    /// Changes the draft; once it is sent, its log entry follows it.
    fn edit(self, edit: impl FnOnce(&mut ContactDraft)) {
        self.partner.edit(|partner| {
            let is_sent = |partner: &Partner, id| {
                partner
                    .drafts
                    .iter()
                    .any(|d| d.id == id && d.status == DraftStatus::Sent)
            };
            let Some(id) = (self.which)(partner).map(|draft| draft.id) else {
                return;
            };
            let sent_before = is_sent(partner, id);
            let now = Utc::now();
            edit_by_id(&mut partner.drafts, id, now, edit);
            // Only a sent draft has a log entry: typing a draft stays cheap.
            if sent_before || is_sent(partner, id) {
                partner.keep_log_in_step(id, Local::now().date_naive(), now);
            }
        });
    }
}

/// A handle on our group's details, which every template and meeting uses.
#[derive(Clone, Copy)]
pub struct GroupHandle(pub AppState);

impl Place for GroupHandle {
    type Target = OurGroup;

    fn with<V>(self, read: impl FnOnce(&OurGroup) -> V) -> Option<V> {
        Some(self.0.group_with(read))
    }

    fn edit(self, edit: impl FnOnce(&mut OurGroup)) {
        self.0.edit_group(edit);
    }
}
