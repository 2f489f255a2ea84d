//! The fixed sets of values a user picks from (a stage, a tax status, who
//! made a promise…): each value has a stable key, which is what forms and
//! addresses carry, and a label, which is what users read.

/// A closed set of values offered as a choice, each with a stable key and a label.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value, in the order the app offers them.
    const ALL: &'static [Self];

    /// A stable lowercase machine name; for stored values, the stored name.
    fn key(self) -> &'static str;

    /// The name shown to users.
    fn label(self) -> &'static str;

    /// The value with this [`Choice::key`], if any.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.key() == key)
    }
}

/// Implements [`Choice`] for an enum with an inherent `ALL` array, from a
/// table giving each value its key and label.
macro_rules! choice {
    ($type:ident { $($value:ident => $key:literal, $label:literal;)* }) => {
        impl $crate::model::Choice for $type {
            const ALL: &'static [Self] = &$type::ALL;

            fn key(self) -> &'static str {
                match self {
                    $($type::$value => $key,)*
                }
            }

            fn label(self) -> &'static str {
                match self {
                    $($type::$value => $label,)*
                }
            }
        }
    };
}
pub(crate) use choice;

/// Checks that every key of `T` is lowercase, unique and reads back.
#[cfg(test)]
pub(crate) fn assert_keys_read_back<T: Choice + std::fmt::Debug>() {
    let mut seen = std::collections::HashSet::new();
    for &value in T::ALL {
        let key = value.key();
        assert!(seen.insert(key), "{key} is used twice");
        assert_eq!(key, key.to_lowercase(), "{key} is not lowercase");
        assert!(!key.is_empty() && !key.contains(' '), "{key:?}");
        assert_eq!(T::from_key(key), Some(value));
    }
    assert_eq!(T::from_key("no such key"), None);
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::*;
    use crate::model::{
        Channel, CommitmentStatus, FocusArea, InteractionKind, Party, Response, Scope, Stage,
        TaxStatus,
    };

    /// Checks the keys of `T`, and that each is the name it is stored under.
    fn assert_stored_keys<T: Choice + Serialize + std::fmt::Debug>() {
        assert_keys_read_back::<T>();
        for &value in T::ALL {
            let stored = serde_json::to_value(value).unwrap();
            assert_eq!(stored.as_str(), Some(value.key()), "{value:?}");
        }
    }

    #[test]
    fn every_choice_has_unique_keys_equal_to_its_stored_names() {
        assert_stored_keys::<Stage>();
        assert_stored_keys::<Channel>();
        assert_stored_keys::<Response>();
        assert_stored_keys::<Scope>();
        assert_stored_keys::<TaxStatus>();
        assert_stored_keys::<FocusArea>();
        assert_stored_keys::<InteractionKind>();
        assert_stored_keys::<CommitmentStatus>();
        assert_stored_keys::<Party>();
    }

    #[test]
    fn tax_statuses_keep_their_stored_names() {
        assert_eq!(TaxStatus::Charity501c3.key(), "501c3");
        assert_eq!(
            TaxStatus::from_key("501c4"),
            Some(TaxStatus::SocialWelfare501c4)
        );
    }
}
