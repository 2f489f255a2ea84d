use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{
    Accountability, Commitment, ContactDraft, DraftStatus, Feedback, Lesson, LogEntry, Meeting,
    Organization, Person, Practice, PrioritySignals, PublicEvent, RecordId, ResearchChecklist,
    ResearchNotes, Stage, ValueToThem, Visit,
};

/// A moment in time as stored: UTC, RFC 3339.
pub type Timestamp = DateTime<Utc>;

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

/// Checks and tidies an organization name typed by the user.
pub fn clean_name(name: &str) -> Result<String, ValidationError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ValidationError::NameRequired);
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(ValidationError::NameTooLong);
    }
    Ok(name.to_owned())
}

/// A potential or actual partner organization and everything we keep about
/// our relationship with it, stored as one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub stage: Stage,
    pub organization: Organization,
    #[serde(default)]
    pub research: ResearchNotes,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub events: Vec<PublicEvent>,
    #[serde(default)]
    pub practices: Vec<Practice>,
    #[serde(default)]
    pub value_to_them: ValueToThem,
    #[serde(default)]
    pub priority_signals: PrioritySignals,
    #[serde(default)]
    pub checklist: ResearchChecklist,
    #[serde(default)]
    pub drafts: Vec<ContactDraft>,
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// Their people's visits to speak at our meeting.
    #[serde(default)]
    pub visits: Vec<Visit>,
    #[serde(default)]
    pub log: Vec<LogEntry>,
    /// What the partner told us about the partnership and our actions.
    #[serde(default)]
    pub feedback: Vec<Feedback>,
    /// What we learned ourselves and will change.
    #[serde(default)]
    pub lessons: Vec<Lesson>,
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    #[serde(default)]
    pub accountability: Accountability,
    /// How many days without contact count as losing touch with them, when
    /// not the usual number. Written only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_in_touch_days: Option<u32>,
    /// When we last asked them for feedback. Written only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_asked_on: Option<NaiveDate>,
    /// Until when asking them for feedback waits. Written only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_snoozed_until: Option<NaiveDate>,
    /// While paused, the day to look in on them again. Written only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_back_on: Option<NaiveDate>,
}

impl Partner {
    /// Starts researching a new partner; the name is trimmed and must not be empty.
    pub fn new(name: &str, now: Timestamp) -> Result<Self, ValidationError> {
        Ok(Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            stage: Stage::Researching,
            organization: Organization {
                name: clean_name(name)?,
                ..Organization::default()
            },
            research: ResearchNotes::default(),
            people: Vec::new(),
            events: Vec::new(),
            practices: Vec::new(),
            value_to_them: ValueToThem::default(),
            priority_signals: PrioritySignals::default(),
            checklist: ResearchChecklist::default(),
            drafts: Vec::new(),
            meetings: Vec::new(),
            visits: Vec::new(),
            log: Vec::new(),
            feedback: Vec::new(),
            lessons: Vec::new(),
            commitments: Vec::new(),
            accountability: Accountability::default(),
            keep_in_touch_days: None,
            feedback_asked_on: None,
            feedback_snoozed_until: None,
            check_back_on: None,
        })
    }

    /// The organization's name.
    pub fn name(&self) -> &str {
        &self.organization.name
    }

    /// The draft being written, if any: the newest draft, unless it was sent.
    /// Older unsent drafts (set aside for another channel's template) are
    /// history, and never come back once a newer one goes out.
    pub fn current_draft(&self) -> Option<&ContactDraft> {
        self.drafts
            .last()
            .filter(|draft| draft.status == DraftStatus::Draft)
    }

    /// The draft being written, for editing.
    pub fn current_draft_mut(&mut self) -> Option<&mut ContactDraft> {
        self.drafts
            .last_mut()
            .filter(|draft| draft.status == DraftStatus::Draft)
    }

    /// The contact that went out last, if any.
    pub fn last_sent(&self) -> Option<&ContactDraft> {
        self.drafts
            .iter()
            .rev()
            .find(|draft| draft.status == DraftStatus::Sent)
    }

    /// The meeting being planned or last held, if any: the newest one.
    pub fn current_meeting(&self) -> Option<&Meeting> {
        self.meetings.last()
    }

    /// The newest meeting, for editing.
    pub fn current_meeting_mut(&mut self) -> Option<&mut Meeting> {
        self.meetings.last_mut()
    }

    /// Every id inside this partner record, its own first.
    pub fn record_ids(&self) -> impl Iterator<Item = RecordId> + '_ {
        std::iter::once(self.id)
            .chain(self.people.iter().map(|r| r.id))
            .chain(self.events.iter().map(|r| r.id))
            .chain(self.practices.iter().map(|r| r.id))
            .chain(self.drafts.iter().map(|r| r.id))
            .chain(self.meetings.iter().flat_map(|meeting| {
                std::iter::once(meeting.id)
                    .chain(meeting.agenda.iter().map(|item| item.id))
                    .chain(meeting.questions.iter().map(|question| question.id))
            }))
            .chain(self.visits.iter().map(|r| r.id))
            .chain(self.log.iter().map(|r| r.id))
            .chain(self.feedback.iter().map(|r| r.id))
            .chain(self.lessons.iter().map(|r| r.id))
            .chain(self.commitments.iter().map(|r| r.id))
    }
}

/// A fixed moment for tests that compare the times records are stamped with.
#[cfg(test)]
pub(crate) fn test_now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-11-26T10:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_now as now;

    #[test]
    fn a_new_partner_is_researched_first_with_a_trimmed_name() {
        let partner = Partner::new("  Casa Latina  ", now()).unwrap();
        assert_eq!(partner.name(), "Casa Latina");
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
        assert_eq!(partner.name(), "<script>alert(1)</script>");
    }

    #[test]
    fn the_current_draft_is_the_newest_one_while_it_is_unsent() {
        let mut partner = Partner::new("Casa", now()).unwrap();
        assert!(partner.current_draft().is_none());
        let draft = |body: &str, status| ContactDraft {
            body: body.into(),
            status,
            ..ContactDraft::new(now())
        };
        partner.drafts.push(draft("old draft", DraftStatus::Draft));
        partner.drafts.push(draft("sent", DraftStatus::Sent));
        partner.drafts.push(draft("new draft", DraftStatus::Draft));
        assert_eq!(partner.current_draft().unwrap().body, "new draft");
        assert_eq!(partner.last_sent().unwrap().body, "sent");
        partner.current_draft_mut().unwrap().status = DraftStatus::Sent;
        assert!(
            partner.current_draft().is_none(),
            "a draft set aside stays in the history"
        );
        assert_eq!(partner.last_sent().unwrap().body, "new draft");
    }

    #[test]
    fn a_minimal_stored_partner_reads_with_defaults() {
        let json = r#"{"id":"6f1c1f9e-8d5e-4f43-9b7a-2f6d2b1f0a11",
            "created_at":"2026-11-26T10:00:00Z","updated_at":"2026-11-26T10:00:00Z",
            "organization":{"name":"Casa Latina"}}"#;
        let partner: Partner = serde_json::from_str(json).unwrap();
        assert_eq!(partner.name(), "Casa Latina");
        assert_eq!(partner.stage, Stage::Researching);
        assert!(partner.log.is_empty());
    }
}
