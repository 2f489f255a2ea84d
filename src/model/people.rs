use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{RecordId, Timestamp};

/// A leader or contact at a partner organization.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub notes: String,
    /// A leader of the organization: first contacts go to a leader when there is one.
    /// Written only when set, so files from before it existed round-trip unchanged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub leader: bool,
}

impl Person {
    /// A new person called `name`, with nothing else known yet.
    pub fn new(name: &str, now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            name: name.to_owned(),
            role: String::new(),
            email: String::new(),
            phone: String::new(),
            notes: String::new(),
            leader: false,
        }
    }
}

/// The longest email address there can be (RFC 5321's path limit).
const EMAIL_MAX_CHARS: usize = 254;

/// Whether `text` is one email address: a local part, one `@`, a domain
/// with a dot, and nothing that would make it two addresses (a comma, a
/// semicolon, a space) or add to a `mailto:` link (`?`, `&`, `<`, `>`).
pub fn is_email_address(text: &str) -> bool {
    let text = text.trim();
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let forbidden = |c: char| c.is_whitespace() || c.is_control() || ",;<>()[]\\\"?&@:".contains(c);
    !local.is_empty()
        && text.chars().count() <= EMAIL_MAX_CHARS
        && !local.chars().any(forbidden)
        && !domain.chars().any(forbidden)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

/// One of the partner's public events: showing up is a good first contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicEvent {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub place: String,
}

impl PublicEvent {
    /// A new event, with nothing known yet.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: None,
            title: String::new(),
            place: String::new(),
        }
    }
}

/// A practice of theirs to respect, such as community-only spaces.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Practice {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub text: String,
}

impl Practice {
    /// A new practice, not written yet.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            text: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;

    #[test]
    fn the_leader_flag_is_written_only_when_set_so_older_files_round_trip() {
        let now = Utc::now();
        let mut person = Person::new("Rosa", now);
        let plain = serde_json::to_string(&person).unwrap();
        assert!(!plain.contains("leader"), "{plain}");
        assert_eq!(serde_json::from_str::<Person>(&plain).unwrap(), person);
        person.leader = true;
        let marked = serde_json::to_string(&person).unwrap();
        assert!(marked.ends_with(",\"leader\":true}"), "{marked}");
        assert_eq!(serde_json::from_str::<Person>(&marked).unwrap(), person);
    }

    #[test]
    fn an_email_address_is_one_address_and_nothing_more() {
        for one in ["rosa@casa.example.org", " a.b+c@x.co ", "ROSA@CASA.ORG"] {
            assert!(is_email_address(one), "{one}");
        }
        for not_one in [
            "",
            "rosa",
            "rosa@casa",
            "@casa.org",
            "a@x,b@y.org",
            "a@x.org; b@y.org",
            "a@x.org b@y.org",
            "Rosa <rosa@casa.org>",
            "a@x.org?cc=b@y.org",
            "a@x.org\r\nBcc: b@y.org",
            "a@@x.org",
            "a@x..org",
        ] {
            assert!(!is_email_address(not_one), "{not_one:?}");
        }
        assert!(!is_email_address(&format!("{}@x.org", "a".repeat(250))));
    }
}
