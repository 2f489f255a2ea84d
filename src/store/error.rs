use thiserror::Error;

use super::BrowserError;

/// Why storage could not do what was asked; each message is written for the user.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StoreError {
    /// The browser refuses local storage (blocked, private mode, no window).
    #[error(
        "This browser does not let Common Ground store data ({0}). Your work is kept only while this tab is open: export it before you close the tab."
    )]
    Unavailable(String),
    /// The storage quota is full; nothing was written.
    #[error(
        "Not saved: this browser's storage for Common Ground is full. Your latest changes are kept in this tab only. Free some space (export, then delete old notes) and saving resumes."
    )]
    QuotaExceeded,
    /// Writing failed for another reason; nothing was written.
    #[error("Not saved: {0}. Your latest changes are kept in this tab only.")]
    WriteFailed(String),
    /// Reading failed for a reason the browser gave.
    #[error("Stored data could not be read: {0}.")]
    ReadFailed(String),
    /// Unreadable stored data could not be moved aside, so it is left exactly
    /// where it is and nothing is saved over it.
    #[error(
        "Your stored data could not be read ({0}), and there was no room to set it aside. It is left untouched, and nothing you do now will be saved. Download it from the Data page."
    )]
    CouldNotSetAside(String),
    /// A newer version of the app saved this workspace in a data format this
    /// version cannot read: nothing is set aside and nothing more is saved.
    #[error(
        "A newer version of Common Ground is open in another tab: reload to use it. This tab saves nothing more, so it cannot undo the newer version's work; what you changed here is kept in this tab until you close it, and you can save it as a file."
    )]
    NewerVersion { found: u32 },
}

impl StoreError {
    /// A failed write, as the browser explained it: a full quota or another refusal.
    pub fn from_write(error: BrowserError) -> Self {
        match error {
            BrowserError::QuotaExceeded => StoreError::QuotaExceeded,
            other => StoreError::WriteFailed(other.to_string()),
        }
    }

    /// Whether this is a failed write, which the next successful save resolves.
    pub fn is_write_failure(&self) -> bool {
        matches!(self, StoreError::QuotaExceeded | StoreError::WriteFailed(_))
    }
}
