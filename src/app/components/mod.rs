//! Widgets shared by several screens.

mod backup_status;
mod fields;
mod log_entries;
mod main_nav;
mod skip_link;
mod storage_notice;

pub use backup_status::BackupStatusText;
pub use fields::{CheckboxField, TextField, date_from_input, date_to_input};
pub use log_entries::LogEntries;
pub use main_nav::MainNav;
pub use skip_link::SkipLink;
pub use storage_notice::StorageNotice;
