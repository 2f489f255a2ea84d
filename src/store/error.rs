use thiserror::Error;

/// Why storage could not do what was asked; each message is written for the user.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StoreError {
    /// The browser refuses local storage (blocked, private mode, no window).
    #[error(
        "This browser does not let Common Ground store data ({0}). Your changes are kept only until you close this tab."
    )]
    Unavailable(String),
    /// The storage quota is full; nothing was written.
    #[error(
        "Storage is full, so your latest change is not saved. Free some space or export your data."
    )]
    QuotaExceeded,
    /// Writing failed for another reason; nothing was written.
    #[error("Your latest change could not be saved: {0}")]
    WriteFailed(String),
    /// Reading failed for a reason the browser gave.
    #[error("Stored data could not be read: {0}")]
    ReadFailed(String),
    /// A stored value exists but is not what this version of the app can read.
    #[error("Stored data under \"{key}\" could not be read: {reason}. It has been left untouched.")]
    Unreadable {
        /// The storage key holding the value.
        key: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The data was stored by a newer version of the app.
    #[error(
        "Your data was saved by a newer version of Common Ground (format {found}); this version reads up to format {supported}. It has been left untouched."
    )]
    NewerVersion {
        /// The schema version found in storage.
        found: u32,
        /// The newest schema version this build understands.
        supported: u32,
    },
}
