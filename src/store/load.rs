//! Reading a workspace back: migrating older layouts, and setting aside,
//! byte for byte, whatever cannot be read, so nothing ever overwrites it.

use std::borrow::Cow;

use chrono::Timelike;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::StoreError;
use super::batch::Batch;
use super::packing::{is_packed, unpack};
use super::workspace_store::{Recovered, StoredIndex, WorkspaceStore};
use crate::model::bounds::Bounded;
use crate::model::{
    Coalition, DeviceMeta, OurGroup, Partner, RECORD_SHAPE_VERSION, SCHEMA_VERSION, ThisDevice,
    Timestamp, Workspace, migrate_workspace,
};

/// The group, partners and coalitions after migration.
type Migrated = (Option<RawRecord>, Vec<RawRecord>, Vec<RawRecord>);

/// What loading found.
#[derive(Debug, Default, PartialEq)]
pub struct Loaded {
    pub workspace: Workspace,
    pub meta: DeviceMeta,
    /// What this device keeps for itself: its name and private notes.
    pub this_device: ThisDevice,
    /// Values moved aside during this load, with why.
    pub set_aside: Vec<(Recovered, String)>,
    /// Whether the stored layout must be rewritten (after a migration or a
    /// set-aside), so the next save writes everything.
    pub needs_full_save: bool,
    /// Whether "Your name" was just moved from the group's stored details to
    /// this device's key, so both must be written again.
    pub your_name_moved: bool,
    /// Whether the index must be rewritten in the current schema.
    pub needs_index_save: bool,
}

/// A stored value as JSON text, with its key and stored text kept for set-aside.
struct RawRecord {
    key: String,
    raw: String,
    json: String,
}

impl WorkspaceStore {
    /// Reads the whole workspace. Nothing is written, except moving
    /// unreadable values aside; if that fails, nothing is written at all.
    pub fn load(&mut self, now: Timestamp) -> Result<Loaded, StoreError> {
        let mut loaded = Loaded::default();
        if let Some(record) = self.read_text(&self.keys.meta(), now, &mut loaded)? {
            loaded.meta = self
                .read_record::<DeviceMeta>(record, now, &mut loaded)?
                .unwrap_or_default();
        }
        if let Some(record) = self.read_text(&self.keys.this_device(), now, &mut loaded)? {
            loaded.this_device = self
                .read_record::<ThisDevice>(record, now, &mut loaded)?
                .unwrap_or_default();
        }
        let index_key = self.keys.index();
        let Some(raw_index) = self.kv.get(&index_key)? else {
            return Ok(loaded);
        };
        if let Some(found) = newer_schema(&raw_index) {
            return Err(StoreError::NewerVersion { found });
        }
        let index = match parse_index(&raw_index) {
            Ok(index) => index,
            Err(reason) => {
                self.set_aside_workspace(&reason, now, &mut loaded)?;
                loaded.meta = DeviceMeta::default();
                loaded.this_device = ThisDevice::default();
                return Ok(loaded);
            }
        };

        let group = self.read_text(&self.keys.group(), now, &mut loaded)?;
        let partner_keys = index
            .partners
            .iter()
            .map(|&id| self.keys.partner(id))
            .collect();
        let coalition_keys = index
            .coalitions
            .iter()
            .map(|&id| self.keys.coalition(id))
            .collect();
        let partners = self.read_all(partner_keys, now, &mut loaded)?;
        let coalitions = self.read_all(coalition_keys, now, &mut loaded)?;
        // Records stored before packing are rewritten packed, to free room.
        let unpacked = partners
            .iter()
            .chain(&coalitions)
            .any(|r| !is_packed(&r.raw));
        let listed = index.partners.len() + index.coalitions.len();
        let found = partners.len() + coalitions.len();

        let (group, partners, coalitions) = if index.schema_version < RECORD_SHAPE_VERSION {
            self.migrate(
                index.schema_version,
                group,
                partners,
                coalitions,
                now,
                &mut loaded,
            )?
        } else {
            (group, partners, coalitions)
        };
        if let Some(group) = group {
            // Before it moved to this device's own key, "Your name" was kept
            // with the group; it moves over once.
            let kept_with_group = legacy_your_name(&group.json);
            if loaded.this_device.your_name.is_empty() && !kept_with_group.is_empty() {
                loaded.this_device.your_name = kept_with_group;
                loaded.your_name_moved = true;
            }
            loaded.workspace.our_group = self
                .read_record::<OurGroup>(group, now, &mut loaded)?
                .unwrap_or_default();
        }
        loaded.workspace.our_group.your_name = loaded.this_device.your_name.clone();
        for record in partners {
            if let Some(partner) = self.read_record::<Partner>(record, now, &mut loaded)? {
                loaded.workspace.partners.push(partner);
            }
        }
        for record in coalitions {
            if let Some(coalition) = self.read_record::<Coalition>(record, now, &mut loaded)? {
                loaded.workspace.coalitions.push(coalition);
            }
        }
        // From version 3, only the index is rewritten at once (so that a tab
        // of an older version stops saving); each record gets its document
        // when it is next saved.
        loaded.needs_index_save = index.schema_version < SCHEMA_VERSION;
        loaded.needs_full_save = index.schema_version < RECORD_SHAPE_VERSION
            || !loaded.set_aside.is_empty()
            || found < listed
            || unpacked;
        Ok(loaded)
    }

    /// Reads one value and unpacks it; a value that cannot be unpacked is set aside.
    fn read_text(
        &mut self,
        key: &str,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<Option<RawRecord>, StoreError> {
        let Some(raw) = self.kv.get(key)? else {
            return Ok(None);
        };
        match unpack(&raw).map(Cow::into_owned) {
            Ok(json) => Ok(Some(RawRecord {
                key: key.to_owned(),
                raw,
                json,
            })),
            Err(error) => {
                self.set_aside(key, &raw, &error.to_string(), now, loaded)?;
                Ok(None)
            }
        }
    }

    fn read_all(
        &mut self,
        keys: Vec<String>,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<Vec<RawRecord>, StoreError> {
        let mut records = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(record) = self.read_text(&key, now, loaded)? {
                records.push(record);
            }
        }
        Ok(records)
    }

    /// Parses a record straight into its type (the common case, and much
    /// quicker than through a JSON value); one that does not fit, or holds a
    /// date or amount out of its range, is set aside.
    fn read_record<T: DeserializeOwned + Bounded>(
        &mut self,
        record: RawRecord,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<Option<T>, StoreError> {
        let read = serde_json::from_str::<T>(&record.json)
            .map_err(|error| error.to_string())
            .and_then(|value| match value.check_bounds() {
                Ok(()) => Ok(value),
                Err(error) => Err(sentence(&error.to_string())),
            });
        match read {
            Ok(value) => Ok(Some(value)),
            Err(reason) => {
                self.set_aside(&record.key, &record.raw, &reason, now, loaded)?;
                Ok(None)
            }
        }
    }

    /// Runs the schema migrations over records saved by an older version,
    /// keeping each record's key and stored text beside it. A record that is
    /// not JSON at all is set aside first.
    fn migrate(
        &mut self,
        version: u32,
        group: Option<RawRecord>,
        partners: Vec<RawRecord>,
        coalitions: Vec<RawRecord>,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<Migrated, StoreError> {
        let group = self.parse_values(group.into_iter().collect(), now, loaded)?;
        let partners = self.parse_values(partners, now, loaded)?;
        let coalitions = self.parse_values(coalitions, now, loaded)?;
        let take = |records: &[(RawRecord, Value)]| {
            Value::Array(records.iter().map(|(_, value)| value.clone()).collect())
        };
        let mut workspace = Map::new();
        workspace.insert("partners".into(), take(&partners));
        workspace.insert("coalitions".into(), take(&coalitions));
        if let Some((_, value)) = group.first() {
            workspace.insert("our_group".into(), value.clone());
        }
        let mut migrated = migrate_workspace(Value::Object(workspace), version);
        let mut put_back = |field: &str, records: Vec<(RawRecord, Value)>| -> Vec<RawRecord> {
            let values = match migrated.get_mut(field).map(Value::take) {
                Some(Value::Array(values)) => values,
                Some(Value::Object(group)) => vec![Value::Object(group)],
                _ => Vec::new(),
            };
            records
                .into_iter()
                .zip(values)
                .map(|((record, _), value)| RawRecord {
                    json: value.to_string(),
                    ..record
                })
                .collect()
        };
        let partners = put_back("partners", partners);
        let coalitions = put_back("coalitions", coalitions);
        let group = put_back("our_group", group).pop();
        Ok((group, partners, coalitions))
    }

    /// Parses records as JSON values, setting aside any that are not JSON.
    fn parse_values(
        &mut self,
        records: Vec<RawRecord>,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<Vec<(RawRecord, Value)>, StoreError> {
        let mut parsed = Vec::with_capacity(records.len());
        for record in records {
            match serde_json::from_str(&record.json) {
                Ok(value) => parsed.push((record, value)),
                Err(error) => {
                    self.set_aside(&record.key, &record.raw, &error.to_string(), now, loaded)?
                }
            }
        }
        Ok(parsed)
    }

    /// Moves one unreadable value to a recovery key of its own.
    fn set_aside(
        &mut self,
        key: &str,
        raw: &str,
        reason: &str,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<(), StoreError> {
        let recovery = self.recovery_key(key, now)?;
        let mut batch = Batch::default();
        batch.set(recovery.key.clone(), raw.to_owned());
        batch.remove(key.to_owned());
        batch
            .apply(self.kv.as_mut())
            .map_err(|error| StoreError::CouldNotSetAside(format!("{reason}; {error}")))?;
        loaded.set_aside.push((recovery, reason.to_owned()));
        Ok(())
    }

    /// Moves every live key of the workspace aside, when its index cannot be
    /// read (corrupt, or written by a newer version).
    fn set_aside_workspace(
        &mut self,
        reason: &str,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<(), StoreError> {
        let mut batch = Batch::default();
        let mut moved = Vec::new();
        for key in self.kv.keys()? {
            if !self.keys.is_live(&key) {
                continue;
            }
            let Some(raw) = self.kv.get(&key)? else {
                continue;
            };
            let recovery = self.recovery_key(&key, now)?;
            batch.set(recovery.key.clone(), raw);
            batch.remove(key);
            moved.push((recovery, reason.to_owned()));
        }
        batch
            .apply(self.kv.as_mut())
            .map_err(|error| StoreError::CouldNotSetAside(format!("{reason}; {error}")))?;
        loaded.set_aside.extend(moved);
        loaded.needs_full_save = true;
        Ok(())
    }

    /// A recovery key no existing value uses: `…recovery:<time>-<n>/<original>`,
    /// so keys sort oldest first.
    fn recovery_key(&self, key: &str, now: Timestamp) -> Result<Recovered, StoreError> {
        let original = self.keys.suffix(key).to_owned();
        let time = now.time();
        let stamp = format!(
            "{}T{:02}{:02}{:02}.{:03}Z",
            now.date_naive(),
            time.hour(),
            time.minute(),
            time.second(),
            now.timestamp_subsec_millis()
        );
        let prefix = self.keys.recovery_prefix();
        let mut attempt = 1;
        loop {
            let candidate = format!("{prefix}{stamp}-{attempt:03}/{original}");
            if self.kv.get(&candidate)?.is_none() {
                return Ok(Recovered {
                    key: candidate,
                    original,
                });
            }
            attempt += 1;
        }
    }
}

/// Reads the index, or says why it cannot be read.
fn parse_index(raw: &str) -> Result<StoredIndex, String> {
    let value: Value = serde_json::from_str(raw)
        .map_err(|error| format!("the index is not valid JSON ({error})"))?;
    serde_json::from_value(value)
        .map_err(|error| format!("the index is not in a known shape ({error})"))
}

/// The data format of an index a newer version of the app wrote, if it is one.
pub(super) fn newer_schema(raw_index: &str) -> Option<u32> {
    let value: Value = serde_json::from_str(raw_index).ok()?;
    let version = value.get("schema_version")?.as_u64()?;
    (version > u64::from(SCHEMA_VERSION)).then(|| u32::try_from(version).unwrap_or(u32::MAX))
}

/// A reason as a sentence: "A meeting's date falls in…".
fn sentence(reason: &str) -> String {
    let mut chars = reason.chars();
    chars.next().map_or_else(String::new, |first| {
        format!("{}{}.", first.to_uppercase(), chars.as_str())
    })
}

/// "Your name" as the group's stored details held it before it moved to
/// this device's own key; empty when they hold none.
fn legacy_your_name(group_json: &str) -> String {
    serde_json::from_str::<Value>(group_json)
        .ok()
        .and_then(|group| group.get("your_name")?.as_str().map(str::to_owned))
        .unwrap_or_default()
}
