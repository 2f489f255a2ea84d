//! A whole workspace as Yrs documents: the index, our group, and one
//! document per partner and coalition, live or in Recently deleted.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::index::{IndexDoc, Listed, RecordKind};
use super::on_both::FieldPath;
use super::record_doc::RecordDoc;
use super::{TeamError, order};
use crate::model::{Coalition, OurGroup, Partner, RecordId, Timestamp, Workspace};

/// Every document's state: what a file or a sync carries between devices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeamState {
    pub index: Vec<u8>,
    pub our_group: Vec<u8>,
    pub records: BTreeMap<RecordId, Vec<u8>>,
}

impl TeamState {
    /// The index and our group of a workspace kept before sharing, moved
    /// over as [`TeamWorkspace::migrate`] moves them, with no record yet:
    /// [`TeamState::add_migrated`] then adds the records a few at a time.
    pub fn migrated_shell(workspace: &Workspace) -> Result<Self, TeamError> {
        // The states hold only the content-named writes; any client reads them.
        Ok(Self {
            index: IndexDoc::migrate(&listing(workspace), 0)?.state(),
            our_group: RecordDoc::migrate(&workspace.our_group, 0)?.state(),
            records: BTreeMap::new(),
        })
    }

    /// Adds one record kept before sharing, moved over the same way.
    pub fn add_migrated(&mut self, id: RecordId, record: &impl Serialize) -> Result<(), TeamError> {
        self.records
            .insert(id, RecordDoc::migrate(record, 0)?.state());
        Ok(())
    }

    /// A few records as "Share this partner" writes them: their documents
    /// whole, beside an index that names only them and an empty group
    /// document. A teammate's merge then adds the records, or brings their
    /// copies the edits, and touches nothing else: this index writes no
    /// deletion, and the empty group changes no detail. `client` writes the
    /// index; any fresh one will do.
    pub fn of_records(records: &[(Listed, RecordDoc)], client: u64) -> Self {
        let index = IndexDoc::empty(client);
        for (entry, _) in records {
            index.add(entry.id, entry.kind, entry.order);
        }
        Self {
            index: index.state(),
            our_group: RecordDoc::empty(client).state(),
            records: records
                .iter()
                .map(|(entry, doc)| (entry.id, doc.state()))
                .collect(),
        }
    }
}

/// The fields two devices both changed since their copies last met, where
/// a merge keeps one device's value on both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangedOnBoth {
    pub our_group: Vec<FieldPath>,
    pub records: BTreeMap<RecordId, Vec<FieldPath>>,
}

/// The records of a workspace in its lists' order, as an index lists them.
fn listing(workspace: &Workspace) -> Vec<(RecordId, RecordKind)> {
    let partners = workspace
        .partners
        .iter()
        .map(|partner| (partner.id, RecordKind::Partner));
    let coalitions = workspace
        .coalitions
        .iter()
        .map(|coalition| (coalition.id, RecordKind::Coalition));
    partners.chain(coalitions).collect()
}

/// A record waiting in Recently deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeletedRecord {
    pub id: RecordId,
    pub kind: RecordKind,
    pub name: String,
    pub deleted_at: Timestamp,
}

impl DeletedRecord {
    /// What Recently deleted shows of an index entry and its document;
    /// `None` unless the entry is deleted and not yet emptied.
    pub fn of(entry: &Listed, doc: &RecordDoc) -> Option<Self> {
        if entry.purged {
            return None;
        }
        let name = match entry.kind {
            RecordKind::Partner => doc
                .record::<Partner>()
                .map(|partner| partner.organization.name),
            RecordKind::Coalition => doc.record::<Coalition>().map(|coalition| coalition.name),
        };
        Some(Self {
            id: entry.id,
            kind: entry.kind,
            name: name.unwrap_or_default(),
            deleted_at: entry.deleted_at?,
        })
    }

    /// Orders Recently deleted: the most recently deleted first.
    pub fn sort_newest_first(records: &mut [Self]) {
        records.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at).then(a.id.cmp(&b.id)));
    }
}

/// A workspace kept as documents that merge with other devices' copies.
pub struct TeamWorkspace {
    client: u64,
    index: IndexDoc,
    our_group: RecordDoc,
    records: BTreeMap<RecordId, RecordDoc>,
}

impl TeamWorkspace {
    /// Moves a workspace kept before sharing into documents, the same way on
    /// every device, editing from then on as `client`.
    pub fn migrate(workspace: &Workspace, client: u64) -> Result<Self, TeamError> {
        let listed = listing(workspace);
        let mut records = BTreeMap::new();
        for partner in &workspace.partners {
            records.insert(partner.id, RecordDoc::migrate(partner, client)?);
        }
        for coalition in &workspace.coalitions {
            records.insert(coalition.id, RecordDoc::migrate(coalition, client)?);
        }
        Ok(Self {
            client,
            index: IndexDoc::migrate(&listed, client)?,
            our_group: RecordDoc::migrate(&workspace.our_group, client)?,
            records,
        })
    }

    /// A workspace read back from its documents' states, editing as `client`;
    /// every part is checked as a merge checks another device's.
    pub fn load(state: &TeamState, client: u64) -> Result<Self, TeamError> {
        let mut loaded = Self {
            client,
            index: IndexDoc::empty(client),
            our_group: RecordDoc::empty(client),
            records: BTreeMap::new(),
        };
        loaded.merge(state)?;
        Ok(loaded)
    }

    /// This device's own index and group read back from their states, and
    /// no record yet: where a load a few records at a time starts.
    pub(super) fn load_shell(state: &TeamState, client: u64) -> Result<Self, TeamError> {
        Ok(Self {
            client,
            index: IndexDoc::load(&state.index, client)?,
            our_group: RecordDoc::load(&state.our_group, client)?,
            records: BTreeMap::new(),
        })
    }

    /// Reads one record's document back from its state.
    pub(super) fn load_record(&mut self, id: RecordId, state: &[u8]) -> Result<(), TeamError> {
        self.records
            .insert(id, RecordDoc::load(state, self.client)?);
        Ok(())
    }

    /// The workspace as its lists show it: live records, in order.
    pub fn workspace(&self) -> Result<Workspace, TeamError> {
        let mut workspace = self.empty_workspace()?;
        for listed in self.live_entries() {
            self.read_record(&listed, &mut workspace)?;
        }
        Ok(finished(workspace))
    }

    /// The live records, in the lists' order.
    pub(super) fn live_entries(&self) -> Vec<Listed> {
        let mut entries = self.index.entries();
        entries.retain(Listed::is_live);
        entries
    }

    /// A workspace holding our group, for the records to be read into.
    pub(super) fn empty_workspace(&self) -> Result<Workspace, TeamError> {
        Ok(Workspace {
            our_group: self.our_group.record()?,
            ..Workspace::default()
        })
    }

    /// Reads one live record into the workspace's lists.
    pub(super) fn read_record(
        &self,
        listed: &Listed,
        workspace: &mut Workspace,
    ) -> Result<(), TeamError> {
        let Some(doc) = self.records.get(&listed.id) else {
            return Ok(());
        };
        match listed.kind {
            RecordKind::Partner => workspace.partners.push(doc.record()?),
            RecordKind::Coalition => workspace.coalitions.push(doc.record()?),
        }
        Ok(())
    }

    /// Writes one edit, from the workspace as it was shown (`before`) to the
    /// workspace after it: only what changed, field by field. A record gone
    /// from the lists moves to Recently deleted; one that comes back (Undo)
    /// is restored with what its document holds.
    pub fn record(
        &mut self,
        before: &Workspace,
        after: &Workspace,
        now: Timestamp,
    ) -> Result<(), TeamError> {
        if before.our_group != after.our_group {
            self.our_group
                .edit(Some(&before.our_group), &after.our_group)?;
        }
        self.record_kind(
            RecordKind::Partner,
            &before.partners,
            &after.partners,
            |partner| partner.id,
            now,
        )?;
        self.record_kind(
            RecordKind::Coalition,
            &before.coalitions,
            &after.coalitions,
            |coalition| coalition.id,
            now,
        )
    }

    /// Writes the edit to one kind of record.
    fn record_kind<R: Serialize + PartialEq>(
        &mut self,
        kind: RecordKind,
        before: &[R],
        after: &[R],
        id_of: impl Fn(&R) -> RecordId,
        now: Timestamp,
    ) -> Result<(), TeamError> {
        let listed: HashMap<RecordId, Listed> = self
            .index
            .entries()
            .into_iter()
            .map(|entry| (entry.id, entry))
            .collect();
        let shown: HashMap<RecordId, &R> = before.iter().map(|r| (id_of(r), r)).collect();
        let mut current_orders = Vec::with_capacity(after.len());
        for record in after {
            let id = id_of(record);
            let entry = listed.get(&id).filter(|entry| !entry.purged);
            match (self.records.get(&id), entry) {
                (Some(doc), Some(entry)) => {
                    match shown.get(&id) {
                        Some(old) if *old == record => {}
                        Some(old) => doc.edit(Some(*old), record)?,
                        None => doc.edit(None, record)?,
                    }
                    if entry.deleted_at.is_some() && !shown.contains_key(&id) {
                        self.index.restore(id);
                    }
                    current_orders.push(Some(entry.order));
                }
                // Emptied from Recently deleted on another device: stays gone.
                _ if listed.get(&id).is_some_and(|entry| entry.purged) => {
                    current_orders.push(None);
                }
                _ => {
                    self.records
                        .insert(id, RecordDoc::create(record, self.client)?);
                    current_orders.push(None);
                }
            }
        }
        let placed = order::place(&current_orders);
        for (index, record) in after.iter().enumerate() {
            let id = id_of(record);
            match listed.get(&id) {
                Some(entry) if entry.purged => {}
                Some(_) if current_orders[index] == Some(placed[index]) => {}
                Some(_) => self.index.set_order(id, placed[index]),
                None => self.index.add(id, kind, placed[index]),
            }
        }
        let kept: Vec<RecordId> = after.iter().map(&id_of).collect();
        for id in shown.keys().filter(|id| !kept.contains(id)) {
            if listed.get(id).is_some_and(Listed::is_live) {
                self.index.delete(*id, now);
            }
        }
        Ok(())
    }

    /// The index's and our group's states, with no record's yet: where
    /// writing the states a few records at a time starts.
    pub(super) fn shell_state(&self) -> TeamState {
        TeamState {
            index: self.index.state(),
            our_group: self.our_group.state(),
            records: BTreeMap::new(),
        }
    }

    /// The records this workspace holds documents for.
    pub(super) fn record_ids(&self) -> Vec<RecordId> {
        self.records.keys().copied().collect()
    }

    /// Writes one record's state into `state`.
    pub(super) fn write_record_state(&self, id: RecordId, state: &mut TeamState) {
        if let Some(doc) = self.records.get(&id) {
            state.records.insert(id, doc.state());
        }
    }

    /// The records in Recently deleted, most recently deleted first.
    pub fn recently_deleted(&self) -> Vec<DeletedRecord> {
        let mut deleted: Vec<DeletedRecord> = self
            .index
            .entries()
            .iter()
            .filter_map(|entry| DeletedRecord::of(entry, self.records.get(&entry.id)?))
            .collect();
        DeletedRecord::sort_newest_first(&mut deleted);
        deleted
    }

    /// Brings a record back from Recently deleted, with every edit its
    /// document holds.
    pub fn restore(&mut self, id: RecordId) {
        self.index.restore(id);
    }

    /// Removes everything in Recently deleted for good, on every device the
    /// change reaches.
    pub fn empty_recently_deleted(&mut self) {
        for deleted in self.recently_deleted() {
            self.index.purge(deleted.id);
            self.records.remove(&deleted.id);
        }
    }

    /// Every document's state, compacted.
    pub fn state(&self) -> TeamState {
        TeamState {
            index: self.index.state(),
            our_group: self.our_group.state(),
            records: self
                .records
                .iter()
                .map(|(id, doc)| (*id, doc.state()))
                .collect(),
        }
    }

    /// The fields of our group and of each record that this workspace and
    /// another device's both changed since they last met (see
    /// [`RecordDoc::changed_on_both`]); records with none are left out.
    pub fn changed_on_both(&self, incoming: &TeamState) -> Result<ChangedOnBoth, TeamError> {
        let mut found = self.group_changed_on_both(incoming)?;
        for (id, state) in &incoming.records {
            self.note_changed_on_both(*id, state, &mut found)?;
        }
        Ok(found)
    }

    /// What [`TeamWorkspace::changed_on_both`] finds in our group alone.
    pub(super) fn group_changed_on_both(
        &self,
        incoming: &TeamState,
    ) -> Result<ChangedOnBoth, TeamError> {
        let theirs = RecordDoc::load(&incoming.our_group, self.client)?;
        Ok(ChangedOnBoth {
            our_group: self.our_group.changed_on_both(&theirs),
            records: BTreeMap::new(),
        })
    }

    /// Notes the fields of one record that both devices changed.
    pub(super) fn note_changed_on_both(
        &self,
        id: RecordId,
        state: &[u8],
        found: &mut ChangedOnBoth,
    ) -> Result<(), TeamError> {
        let Some(ours) = self.records.get(&id) else {
            return Ok(());
        };
        let fields = ours.changed_on_both(&RecordDoc::load(state, self.client)?);
        if !fields.is_empty() {
            found.records.insert(id, fields);
        }
        Ok(())
    }

    /// Merges another device's documents into these. Every part is read and
    /// merged on a copy first: when any part is damaged or unreadable,
    /// nothing here changes.
    pub fn merge(&mut self, incoming: &TeamState) -> Result<(), TeamError> {
        let mut copies = MergeCopies::begin(self, incoming)?;
        for (id, state) in &incoming.records {
            copies.merge_record(self, *id, state)?;
        }
        copies.commit(self);
        Ok(())
    }
}

/// A merge under way: the index and our group merged on copies, then the
/// records one by one, also on copies. Nothing in the workspace changes
/// until [`MergeCopies::commit`], so a damaged part changes nothing.
pub(super) struct MergeCopies {
    index: IndexDoc,
    our_group: RecordDoc,
    entries: HashMap<RecordId, Listed>,
    merged: BTreeMap<RecordId, RecordDoc>,
}

impl MergeCopies {
    /// Merges the index and our group on copies.
    pub(super) fn begin(team: &TeamWorkspace, incoming: &TeamState) -> Result<Self, TeamError> {
        let index = IndexDoc::load(&team.index.state(), team.client)?;
        index.merge(&incoming.index)?;
        let our_group = RecordDoc::load(&team.our_group.state(), team.client)?;
        our_group.merge(&incoming.our_group)?;
        our_group.record::<OurGroup>()?;
        let entries = index
            .entries()
            .into_iter()
            .map(|entry| (entry.id, entry))
            .collect();
        Ok(Self {
            index,
            our_group,
            entries,
            merged: BTreeMap::new(),
        })
    }

    /// Merges one record's document on a copy, checked to read as its kind.
    pub(super) fn merge_record(
        &mut self,
        team: &TeamWorkspace,
        id: RecordId,
        state: &[u8],
    ) -> Result<(), TeamError> {
        let Some(entry) = self.entries.get(&id).filter(|entry| !entry.purged) else {
            return Ok(());
        };
        let doc = match team.records.get(&id).map(RecordDoc::state) {
            // Nothing new: the common case once devices have met.
            Some(local) if local == state => return Ok(()),
            Some(local) => RecordDoc::load(&local, team.client)?,
            None => RecordDoc::empty(team.client),
        };
        doc.merge(state)?;
        match entry.kind {
            RecordKind::Partner => doc.record::<Partner>().map(drop)?,
            RecordKind::Coalition => doc.record::<Coalition>().map(drop)?,
        }
        self.merged.insert(id, doc);
        Ok(())
    }

    /// Puts the merged copies in place.
    pub(super) fn commit(self, team: &mut TeamWorkspace) {
        let entries = self.entries;
        team.index = self.index;
        team.our_group = self.our_group;
        team.records.extend(self.merged);
        team.records
            .retain(|id, _| entries.get(id).is_some_and(|entry| !entry.purged));
    }
}

/// The workspace read from the documents, made whole: a partner deleted on
/// one device while another added it to a coalition leaves the coalition's
/// list (its document keeps the place, so Restore brings it back there).
pub(super) fn finished(mut workspace: Workspace) -> Workspace {
    let live: HashSet<RecordId> = workspace.partners.iter().map(|p| p.id).collect();
    for coalition in &mut workspace.coalitions {
        coalition.partner_ids.retain(|id| live.contains(id));
    }
    workspace
}
