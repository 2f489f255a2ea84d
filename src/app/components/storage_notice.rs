use leptos::prelude::*;

use crate::app::state::use_app_state;

/// Keeps a storage problem in view until it is resolved, so the user never
/// believes something is saved when it is not.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let problem = use_app_state().storage_problem();
    view! {
        <div class="storage-notice" role="alert">
            {move || {
                problem
                    .get()
                    .map(|error| view! { <p class="notice notice-warning">{error.to_string()}</p> })
            }}
        </div>
    }
}
