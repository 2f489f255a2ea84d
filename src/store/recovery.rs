//! Bringing set-aside values back: each can be read as text (packed values
//! unpacked), and a record this version can read after all (a partner, a
//! coalition, our group's details) can be restored, after which its copy
//! goes.

use std::borrow::Cow;

use super::packing::unpack;
use super::{Recovered, StoreError, WorkspaceStore};
use crate::model::bounds::Bounded;
use crate::model::{Coalition, OurGroup, Partner};

/// A record a set-aside value holds that this version reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Restorable {
    Partner(Box<Partner>),
    Coalition(Coalition),
    Group(OurGroup),
}

impl WorkspaceStore {
    /// What a set-aside value holds, as a person can read it: a packed
    /// value unpacked, JSON laid out on lines; anything else as stored.
    pub fn recovered_text(&self, entry: &Recovered) -> Result<Option<String>, StoreError> {
        let Some(raw) = self.kv.get(&entry.key)? else {
            return Ok(None);
        };
        let text = unpack(&raw).map_or(Cow::Borrowed(raw.as_str()), |text| text);
        let readable = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|json| serde_json::to_string_pretty(&json).ok())
            .unwrap_or_else(|| text.into_owned());
        Ok(Some(readable))
    }

    /// The record a set-aside value holds, when this version can read it now
    /// (in today's format, with its dates and amounts in range).
    pub fn readable_recovered(&self, entry: &Recovered) -> Option<Restorable> {
        let text = self.recovered_text(entry).ok()??;
        let kind = entry.original.split(':').next()?;
        match kind {
            "partner" => read::<Partner>(&text).map(|p| Restorable::Partner(Box::new(p))),
            "coalition" => read::<Coalition>(&text).map(Restorable::Coalition),
            "group" => read::<OurGroup>(&text).map(Restorable::Group),
            _ => None,
        }
    }

    /// Removes a set-aside copy, once what it held is back in the workspace.
    pub fn forget_recovered(&mut self, entry: &Recovered) -> Result<(), StoreError> {
        self.kv.remove(&entry.key)
    }
}

fn read<T: serde::de::DeserializeOwned + Bounded>(text: &str) -> Option<T> {
    serde_json::from_str::<T>(text)
        .ok()
        .filter(|record| record.check_bounds().is_ok())
}
