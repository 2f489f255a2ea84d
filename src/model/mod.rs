//! The domain: plain data with no knowledge of the browser or of Leptos.

mod backup;
pub mod bounds;
mod choice;
mod coalition;
mod contact;
mod counts;
pub mod dates;
mod demo;
mod group;
mod id;
mod meeting;
mod migrate;
mod numbers;
mod organization;
mod partner;
mod people;
mod record;
mod recorded;
mod same_name;
mod stage;
mod this_device;
pub mod transfer;
mod trust;
mod visit;
mod workspace;

pub use backup::{BackupStatus, DeviceMeta};
pub use choice::Choice;
#[cfg(test)]
pub(crate) use choice::assert_keys_read_back;
pub use coalition::Coalition;
pub use contact::{Channel, ContactDraft, DraftStatus, Response};
pub use counts::RecordCounts;
pub use demo::demo_workspace;
pub use group::OurGroup;
pub use id::RecordId;
pub use meeting::{AfterMeeting, AgendaItem, AgendaSection, Meeting, Question};
pub use migrate::migrate_workspace;
pub use numbers::{grouped, one_decimal, percent, size};
pub use organization::{
    FocusArea, Organization, PrioritySignal, PrioritySignals, ResearchChecklist, ResearchNotes,
    Scope, TaxStatus, ValueToThem,
};
#[cfg(test)]
pub(crate) use partner::test_now;
pub use partner::{NAME_MAX_CHARS, Partner, Timestamp, ValidationError, clean_name};
pub use people::{Person, Practice, PublicEvent, is_email_address};
pub use record::{Record, edit_by_id};
pub use same_name::partners_named_like;
pub use stage::Stage;
pub use this_device::ThisDevice;
pub use trust::{
    Accountability, Commitment, CommitmentStatus, Feedback, HostingChecklist, InteractionKind,
    Lesson, LogEntry, Party,
};
pub use visit::Visit;
pub use workspace::Workspace;

/// The version of the stored and exported data layout; bumped with every
/// format change, with a step in [`migrate_workspace`] from the one before.
pub const SCHEMA_VERSION: u32 = 4;

/// The last schema version that changed the records' own shape; version 4
/// only added their Yrs documents beside them.
pub const RECORD_SHAPE_VERSION: u32 = 3;
