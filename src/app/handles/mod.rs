//! Handles on the data a component shows: a partner, a coalition, a record
//! in one of their lists, the draft being written. A component receives a
//! handle, reads through it (waking only when that record changes) and
//! edits through it (stamped and saved like any change); a field inside is
//! named once with [`lens!`], for reading and writing alike.

mod fields;
mod lenses;
mod list;
mod owner;

pub use fields::{Place, Undoable};
pub use lenses::Lens;
pub use list::{ItemHandle, ListHandle};
pub use owner::{CoalitionHandle, DraftHandle, GroupHandle, PartnerHandle};

/// Names a field inside a record once, for reading and writing:
/// `lens!(organization.website)` is a [`Lens`] onto `record.organization.website`.
macro_rules! lens {
    ($($field:ident).+) => {
        $crate::app::handles::Lens::new(
            |record| &record.$($field).+,
            |record| &mut record.$($field).+,
        )
    };
}
pub(crate) use lens;
