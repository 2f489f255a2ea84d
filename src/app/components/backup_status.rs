use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::use_app_state;

/// Says how long ago the data was last exported, and nudges when there are
/// changes no export holds yet.
#[component]
pub fn BackupStatusText() -> impl IntoView {
    let state = use_app_state();
    let status = Memo::new(move |_| {
        let has_data = state.workspace().with(|workspace| !workspace.is_empty());
        state
            .meta()
            .with(|meta| meta.backup_status(Utc::now(), has_data))
    });
    view! {
        <span class="backup-status" class:attention=move || status.get().needs_attention()>
            {move || status.get().describe()}
        </span>
    }
}
