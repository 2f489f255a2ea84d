use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A random, globally unique record id, so records from different tabs,
/// sessions and imported files never collide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecordId(Uuid);

impl RecordId {
    /// Draws a fresh random (version 4) id.
    pub fn random() -> Self {
        Self(Uuid::new_v4())
    }
}

impl RecordId {
    /// An id made from this one, the same every time: for a record that a
    /// migration splits out of this one, so two devices migrating the same
    /// data make the same record, and merging them later keeps one.
    pub fn derived(self, salt: u128) -> Self {
        Self(Uuid::from_u128(self.0.as_u128() ^ salt))
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl FromStr for RecordId {
    type Err = uuid::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_differ_and_round_trip_through_text() {
        let a = RecordId::random();
        let b = RecordId::random();
        assert_ne!(a, b);
        assert_eq!(a.to_string().parse::<RecordId>(), Ok(a));
        assert_eq!(a.to_string().len(), 36);
    }

    #[test]
    fn garbage_is_not_an_id() {
        assert!("not-an-id".parse::<RecordId>().is_err());
    }
}
