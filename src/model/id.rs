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
