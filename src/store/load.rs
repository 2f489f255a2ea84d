//! Reading a workspace back: migrating older layouts, and setting aside,
//! byte for byte, whatever cannot be read, so nothing ever overwrites it.

use chrono::Timelike;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::StoreError;
use super::batch::Batch;
use super::packing::{is_packed, unpack};
use super::workspace_store::{Recovered, StoredIndex, WorkspaceStore};
use crate::model::{
    Coalition, DeviceMeta, OurGroup, Partner, SCHEMA_VERSION, Timestamp, Workspace,
    migrate_workspace,
};

/// What loading found.
#[derive(Debug, Default, PartialEq)]
pub struct Loaded {
    pub workspace: Workspace,
    pub meta: DeviceMeta,
    /// Values moved aside during this load, with why.
    pub set_aside: Vec<(Recovered, String)>,
    /// Whether the stored layout must be rewritten (after a migration or a
    /// set-aside), so the next save writes everything.
    pub needs_full_save: bool,
}

/// A stored value read as JSON, with its key and raw text kept for set-aside.
struct RawRecord {
    key: String,
    raw: String,
    value: Value,
}

impl WorkspaceStore {
    /// Reads the whole workspace. Nothing is written, except moving
    /// unreadable values aside; if that fails, nothing is written at all.
    pub fn load(&mut self, now: Timestamp) -> Result<Loaded, StoreError> {
        let mut loaded = Loaded::default();
        if let Some(record) = self.read_json(&self.keys.meta(), now, &mut loaded)? {
            match serde_json::from_value::<DeviceMeta>(record.value) {
                Ok(meta) => loaded.meta = meta,
                Err(error) => self.set_aside(
                    &record.key,
                    &record.raw,
                    &error.to_string(),
                    now,
                    &mut loaded,
                )?,
            }
        }
        let index_key = self.keys.index();
        let Some(raw_index) = self.kv.get(&index_key)? else {
            return Ok(loaded);
        };
        let index = match parse_index(&raw_index) {
            Ok(index) => index,
            Err(reason) => {
                self.set_aside_workspace(&reason, now, &mut loaded)?;
                loaded.meta = DeviceMeta::default();
                return Ok(loaded);
            }
        };

        let group = self.read_json(&self.keys.group(), now, &mut loaded)?;
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

        let (group, partners, coalitions) =
            migrate(index.schema_version, group, partners, coalitions);
        if let Some(group) = group {
            loaded.workspace.our_group = self
                .read_record::<OurGroup>(group, now, &mut loaded)?
                .unwrap_or_default();
        }
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
        loaded.needs_full_save = index.schema_version < SCHEMA_VERSION
            || !loaded.set_aside.is_empty()
            || found < listed
            || unpacked;
        Ok(loaded)
    }

    /// Reads and parses one value; unparsable text is set aside.
    fn read_json(
        &mut self,
        key: &str,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<Option<RawRecord>, StoreError> {
        let Some(raw) = self.kv.get(key)? else {
            return Ok(None);
        };
        let parsed = match unpack(&raw) {
            Ok(json) => serde_json::from_str(&json).map_err(|error| error.to_string()),
            Err(error) => Err(error.to_string()),
        };
        match parsed {
            Ok(value) => Ok(Some(RawRecord {
                key: key.to_owned(),
                raw,
                value,
            })),
            Err(reason) => {
                self.set_aside(key, &raw, &reason, now, loaded)?;
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
            if let Some(record) = self.read_json(&key, now, loaded)? {
                records.push(record);
            }
        }
        Ok(records)
    }

    /// Turns a migrated value into a record; one that does not fit is set aside.
    fn read_record<T: DeserializeOwned>(
        &mut self,
        record: RawRecord,
        now: Timestamp,
        loaded: &mut Loaded,
    ) -> Result<Option<T>, StoreError> {
        match serde_json::from_value(record.value) {
            Ok(value) => Ok(Some(value)),
            Err(error) => {
                self.set_aside(&record.key, &record.raw, &error.to_string(), now, loaded)?;
                Ok(None)
            }
        }
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
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    if version > u64::from(SCHEMA_VERSION) {
        return Err(format!(
            "it was saved by a newer version of Common Ground (data format {version}; this version reads up to {SCHEMA_VERSION})"
        ));
    }
    serde_json::from_value(value)
        .map_err(|error| format!("the index is not in a known shape ({error})"))
}

/// Runs the schema migrations over the raw records, keeping each record's
/// key and raw text beside it.
fn migrate(
    version: u32,
    group: Option<RawRecord>,
    partners: Vec<RawRecord>,
    coalitions: Vec<RawRecord>,
) -> (Option<RawRecord>, Vec<RawRecord>, Vec<RawRecord>) {
    if version >= SCHEMA_VERSION {
        return (group, partners, coalitions);
    }
    let take =
        |records: &[RawRecord]| Value::Array(records.iter().map(|r| r.value.clone()).collect());
    let mut workspace = Map::new();
    workspace.insert("partners".into(), take(&partners));
    workspace.insert("coalitions".into(), take(&coalitions));
    if let Some(group) = &group {
        workspace.insert("our_group".into(), group.value.clone());
    }
    let mut migrated = migrate_workspace(Value::Object(workspace), version);
    let mut put_back = |field: &str, records: Vec<RawRecord>| -> Vec<RawRecord> {
        let values = match migrated.get_mut(field).map(Value::take) {
            Some(Value::Array(values)) => values,
            _ => Vec::new(),
        };
        records
            .into_iter()
            .zip(values)
            .map(|(record, value)| RawRecord { value, ..record })
            .collect()
    };
    let partners = put_back("partners", partners);
    let coalitions = put_back("coalitions", coalitions);
    let group = group.map(|group| RawRecord {
        value: migrated
            .get_mut("our_group")
            .map(Value::take)
            .unwrap_or(Value::Null),
        ..group
    });
    (group, partners, coalitions)
}
