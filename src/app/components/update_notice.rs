//! Says when a new version of the app has arrived (the service worker holds
//! it), and starts it only when the user chooses, after saving what they typed.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::browser::take_new_version;
use crate::app::state::use_app_state;

/// The notice of a new version waiting, with Reload.
#[component]
pub fn UpdateNotice(
    /// Whether a new version has installed and waits.
    ready: ReadSignal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let problem = RwSignal::new(None::<String>);
    let reload = move |_| {
        if !state.save_now() {
            problem.set(Some(
                "Your latest changes could not be saved, so the page was not reloaded. Export your data first.".into(),
            ));
            return;
        }
        spawn_local(async move {
            if let Err(reason) = take_new_version().await {
                problem.set(Some(format!("The new version could not start: {reason}.")));
            }
        });
    };
    view! {
        <Show when=move || ready.get()>
            <aside class="update-notice" aria-label="New version">
                <p role="status">"A new version of Common Ground is ready. Your work is saved first."</p>
                <button type="button" on:click=reload>
                    "Reload"
                </button>
                <p role="alert">{move || problem.get()}</p>
            </aside>
        </Show>
    }
}
