//! The organizing guide's advice as data and pure functions: the humility
//! check, first-contact templates, research readiness, `mailto:` links and
//! the dashboard's next actions. Reads the model; knows nothing of the browser.

pub mod humility;
pub mod mailto;
pub mod next_actions;
pub mod readiness;
pub mod templates;
mod text;
