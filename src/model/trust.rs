use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::choice::choice;
use super::{Choice, RecordId, Timestamp};

/// What kind of interaction a log entry records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    #[default]
    Meeting,
    Call,
    Email,
    WeAttendedTheirEvent,
    TheyAttendedOurMeeting,
    WeVolunteeredOrRaisedFunds,
    /// They asked for our help, perhaps with something outside our usual
    /// tactics; what we did about it is kept with it.
    TheyAskedForHelp,
    ReportOut,
    Other,
}

impl InteractionKind {
    /// Every kind, in the order the app lists them.
    pub const ALL: [InteractionKind; 9] = [
        InteractionKind::Meeting,
        InteractionKind::Call,
        InteractionKind::Email,
        InteractionKind::WeAttendedTheirEvent,
        InteractionKind::TheyAttendedOurMeeting,
        InteractionKind::WeVolunteeredOrRaisedFunds,
        InteractionKind::TheyAskedForHelp,
        InteractionKind::ReportOut,
        InteractionKind::Other,
    ];

    /// The name shown to users, for code that does not bring [`Choice`]
    /// into scope (the guide's report-out).
    pub fn label(self) -> &'static str {
        Choice::label(self)
    }

    /// Whether an interaction of this kind is contact with the partner: every
    /// kind but a report-out, which is to our own group.
    pub fn is_contact(self) -> bool {
        self != InteractionKind::ReportOut
    }
}

choice!(InteractionKind {
    Meeting => "meeting", "Meeting";
    Call => "call", "Call";
    Email => "email", "Email";
    WeAttendedTheirEvent => "we_attended_their_event", "We attended their event or action";
    TheyAttendedOurMeeting => "they_attended_our_meeting", "They attended or spoke at our meeting";
    WeVolunteeredOrRaisedFunds =>
        "we_volunteered_or_raised_funds", "We volunteered or raised funds for them";
    TheyAskedForHelp => "they_asked_for_help", "They asked us for help";
    ReportOut => "report_out", "Report-out to our group";
    Other => "other", "Other";
});

/// One interaction with a partner or coalition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub kind: InteractionKind,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub people: String,
    /// Whether we asked something of them here; reciprocity weighs these.
    #[serde(default)]
    pub we_made_an_ask: bool,
    /// The sent contact or held meeting this entry records, when the app wrote
    /// it, so the entry follows its date and is never written twice. Written
    /// only when set, so files from before it existed round-trip unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<RecordId>,
    /// For a request for help: what we did about it. Written only when set.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what_we_did: String,
    /// Whether they reached out to us (their call, their message), which
    /// answers a contact of ours where our own call or email would not.
    /// Written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_them: bool,
}

impl LogEntry {
    /// A new, undated entry written by the user, with nothing said yet.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: None,
            kind: InteractionKind::default(),
            summary: String::new(),
            people: String::new(),
            we_made_an_ask: false,
            source: None,
            what_we_did: String::new(),
            from_them: false,
        }
    }

    /// Whether this came from them and so answers a contact of ours: a
    /// meeting with them, their visit or their request for help, or a call
    /// or message marked as theirs. Our own follow-up, or our showing up at
    /// their public event, is not their answer.
    pub fn came_from_them(&self) -> bool {
        self.from_them
            || matches!(
                self.kind,
                InteractionKind::Meeting
                    | InteractionKind::TheyAttendedOurMeeting
                    | InteractionKind::TheyAskedForHelp
            )
    }
}

/// Feedback the partner gave us about the partnership and our actions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub text: String,
}

impl Feedback {
    /// New, undated feedback, not written yet.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: None,
            text: String::new(),
        }
    }
}

/// A lesson we drew ourselves, kept apart from what the partner told us.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub lesson: String,
    #[serde(default)]
    pub what_we_will_change: String,
    /// The feedback of theirs that prompted this lesson, if one did. Written
    /// only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_id: Option<RecordId>,
}

impl Lesson {
    /// A new, undated lesson, not written yet.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: None,
            lesson: String::new(),
            what_we_will_change: String::new(),
            feedback_id: None,
        }
    }
}

/// Which side made a commitment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    #[default]
    Us,
    Them,
}

impl Party {
    /// Both sides, ours first.
    pub const ALL: [Party; 2] = [Party::Us, Party::Them];
}

choice!(Party {
    Us => "us", "Us: our promise";
    Them => "them", "Them: what they said they might do";
});

/// Where a commitment stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    #[default]
    Open,
    Done,
    Dropped,
}

impl CommitmentStatus {
    /// Every status, in the order the app offers them.
    pub const ALL: [CommitmentStatus; 3] = [
        CommitmentStatus::Open,
        CommitmentStatus::Done,
        CommitmentStatus::Dropped,
    ];
}

choice!(CommitmentStatus {
    Open => "open", "Open";
    Done => "done", "Done";
    Dropped => "dropped", "Dropped";
});

/// A step agreed on, often at a meeting: ours is a promise we keep (it can
/// fall due and turn overdue); theirs is a note of what they said they might
/// do, never a claim on them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: RecordId,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default)]
    pub owner: Party,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub due_on: Option<NaiveDate>,
    #[serde(default)]
    pub status: CommitmentStatus,
    /// The meeting whose next step this is, if any.
    #[serde(default)]
    pub meeting_id: Option<RecordId>,
}

impl Commitment {
    /// A new open promise of ours, not written yet, with no due date.
    pub fn new(now: Timestamp) -> Self {
        Self {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            owner: Party::Us,
            what: String::new(),
            due_on: None,
            status: CommitmentStatus::Open,
            meeting_id: None,
        }
    }
}

/// What accountability means in this collaboration, in words agreed with them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Accountability {
    pub text: String,
    pub last_reviewed_on: Option<NaiveDate>,
}

/// The care owed to one of their leaders who joins our meeting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HostingChecklist {
    pub agenda_sent_in_advance: bool,
    pub their_item_near_the_start: bool,
    pub their_perspective_asked: bool,
    pub power_dynamics_in_mind: bool,
}
