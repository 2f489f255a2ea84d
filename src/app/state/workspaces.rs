//! Moving between the user's own workspace and the demo, and putting the
//! demo's story back.

use chrono::Local;

use super::AppState;
use crate::app::browser::{DEMO_HASH, choose_demo, restart_at};
use crate::model::demo_workspace;
use crate::store::WorkspaceKind;

impl AppState {
    /// Puts the demo's story back, dated from today, in place of whatever
    /// the demo workspace holds now. The user's own workspace is never reset.
    pub fn reset_demo(self) -> Result<(), String> {
        if self.kind != WorkspaceKind::Demo {
            return Err("Only the demo workspace can be reset.".into());
        }
        let story = demo_workspace(Local::now().date_naive())
            .map_err(|error| format!("The demo could not be read: {error}"))?;
        self.replace_workspace(story)
            .map_err(|error| format!("The demo could not be saved: {error}"))
    }

    /// Shows `kind` in this tab from now on, once everything typed is saved;
    /// the app starts again at the dashboard.
    pub fn switch_to(self, kind: WorkspaceKind) -> Result<(), String> {
        if !self.save_now() {
            return Err(
                "Your latest changes could not be saved, so you stay here. Export your data first."
                    .into(),
            );
        }
        let demo = kind == WorkspaceKind::Demo;
        let start_at = if demo { DEMO_HASH } else { "#/" };
        choose_demo(demo)
            .and_then(|()| restart_at(start_at))
            .map_err(|error| format!("The workspace could not be switched: {error}."))
    }
}
