use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{RecordId, Stage};

/// The longest organization name we accept, in characters.
pub const NAME_MAX_CHARS: usize = 200;

/// Why user input could not become a record; the text is shown to the user.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ValidationError {
    /// The organization name was empty or only spaces.
    #[error("Enter the organization's name.")]
    NameRequired,
    /// The organization name was longer than [`NAME_MAX_CHARS`].
    #[error("Keep the name under {NAME_MAX_CHARS} characters.")]
    NameTooLong,
}

/// A potential or actual partner organization and where our relationship stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub id: RecordId,
    pub name: String,
    pub stage: Stage,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Partner {
    /// Starts researching a new partner; the name is trimmed and must not be empty.
    pub fn new(name: &str, now: DateTime<Utc>) -> Result<Self, ValidationError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ValidationError::NameRequired);
        }
        if name.chars().count() > NAME_MAX_CHARS {
            return Err(ValidationError::NameTooLong);
        }
        Ok(Self {
            id: RecordId::random(),
            name: name.to_owned(),
            stage: Stage::Researching,
            created_at: now,
            updated_at: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-26T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_new_partner_is_researched_first_with_a_trimmed_name() {
        let partner = Partner::new("  Casa Latina  ", now()).unwrap();
        assert_eq!(partner.name, "Casa Latina");
        assert_eq!(partner.stage, Stage::Researching);
        assert_eq!(partner.created_at, now());
        assert_eq!(partner.updated_at, now());
    }

    #[test]
    fn a_name_is_required() {
        assert_eq!(
            Partner::new("   ", now()),
            Err(ValidationError::NameRequired)
        );
        assert_eq!(Partner::new("", now()), Err(ValidationError::NameRequired));
    }

    #[test]
    fn an_overlong_name_is_refused_but_the_limit_itself_is_fine() {
        let at_limit = "é".repeat(NAME_MAX_CHARS);
        assert!(Partner::new(&at_limit, now()).is_ok());
        let over = "é".repeat(NAME_MAX_CHARS + 1);
        assert_eq!(
            Partner::new(&over, now()),
            Err(ValidationError::NameTooLong)
        );
    }

    #[test]
    fn markup_in_a_name_is_kept_as_plain_text() {
        let partner = Partner::new("<script>alert(1)</script>", now()).unwrap();
        assert_eq!(partner.name, "<script>alert(1)</script>");
    }
}
