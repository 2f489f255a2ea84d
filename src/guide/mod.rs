//! The organizing guide's advice as data and pure functions: the humility
//! check, first-contact templates, research readiness, `mailto:` links, the
//! meeting agenda and calendar file, reciprocity, the report-out and the
//! dashboard's next actions. Reads the model; knows nothing of the browser.

pub mod agenda;
pub mod follow_through;
pub mod humility;
pub mod ics;
pub mod lessons_out;
pub mod mailto;
pub mod next_actions;
pub mod outgoing;
mod placeholders;
pub mod plural;
pub mod readiness;
pub mod reciprocity;
pub mod report_out;
pub mod templates;
mod text;
pub mod timeline;
pub mod what_worked;
