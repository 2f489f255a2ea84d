//! The only code that touches the browser's storage: a small key-value
//! interface, its browser and in-memory implementations, and the layout of a
//! workspace inside it (one key per partner, all-or-nothing saves, unreadable
//! values set aside).

mod batch;
mod browser_error;
mod changes;
mod compact;
mod documents;
pub(crate) use compact::strip_defaults;
mod error;
mod key_value;
mod layout;
mod load;
mod local_storage;
mod memory;
mod packing;
mod recovery;
mod workspace_store;

pub use browser_error::BrowserError;
pub use changes::Changes;
pub use documents::{Emptied, RestoredRecord};
pub use error::StoreError;
pub use key_value::KeyValueStore;
pub use load::Loaded;
pub use local_storage::LocalStorageStore;
pub use memory::MemoryStore;
pub use packing::{UnpackError, is_packed, pack, pack_bytes, unpack, unpack_bytes};
pub use recovery::Restorable;
pub use workspace_store::{OWN_WORKSPACE, Recovered, WorkspaceKind, WorkspaceStore};
