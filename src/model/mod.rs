//! The domain: plain data with no knowledge of the browser or of Leptos.

mod id;
mod partner;
mod stage;
mod workspace;

/// The version of the stored and exported data layout; bumped with every format change.
pub const SCHEMA_VERSION: u32 = 1;

pub use id::RecordId;
pub use partner::{NAME_MAX_CHARS, Partner, ValidationError};
pub use stage::Stage;
pub use workspace::Workspace;
