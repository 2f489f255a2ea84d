//! Widgets shared by several screens.

mod main_nav;
mod skip_link;
mod storage_notice;

pub use main_nav::MainNav;
pub use skip_link::SkipLink;
pub use storage_notice::StorageNotice;
