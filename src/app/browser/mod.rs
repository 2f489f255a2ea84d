//! Thin, fallible wrappers over the browser APIs the screens need beyond
//! storage: downloads, files, focus, scrolling, the page, timing and the
//! storage manager. The rest of the app reaches the browser only through here.

mod clipboard;
mod download;
mod engine;
mod focus;
mod navigator;
mod offline;
mod page;
mod persistence;
mod scroll;
mod session;
mod timing;

pub use clipboard::copy_with_status;
pub use download::{download_text, save_with_status};
pub use engine::{safari_may_delete_data, wide_window};
pub use focus::{
    focus_by_id, focus_in_place, focus_is_within, focus_when_rendered, has_focus,
    reveal_when_rendered,
};
pub use offline::{keep_working_offline, take_new_version};
pub use page::{
    location_hash, page_hidden, print_with_status, set_location_hash, set_root_class, set_title,
    typing_in_a_field,
};
pub use persistence::{PersistenceStatus, estimate_storage, request_persistence};
pub use scroll::{ScrollMemory, replace_location};
pub use session::{
    DEMO_HASH, choose_demo, demo_chosen, presenter_chosen, remember_presenter, restart_at,
    take_switched,
};
pub use timing::{measure, next_task};

pub use crate::store::BrowserError;
