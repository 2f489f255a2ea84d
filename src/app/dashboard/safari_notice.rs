//! Safari deletes a site's stored data after seven days of use without a
//! visit, unless the site is added to the Home Screen: said once, with the
//! steps, and the export reminder kept stronger there from then on.

use leptos::prelude::*;

use crate::app::browser::safari_may_delete_data;
use crate::app::state::use_app_state;
use crate::store::WorkspaceKind;

/// The explanation, until the user has read it, on Safari only.
#[component]
pub fn SafariNotice() -> impl IntoView {
    let state = use_app_state();
    let explained = Memo::new(move |_| {
        state
            .meta()
            .with(|meta| meta.safari_limits_explained_at.is_some())
    });
    (state.kind() == WorkspaceKind::Own && safari_may_delete_data()).then(|| {
        view! {
            <Show when=move || !explained.get()>
                <section class="notice notice-warning" aria-labelledby="safari-heading">
                    <h2 id="safari-heading">"Safari may delete your notes"</h2>
                    <p>
                        "Safari deletes what a site keeps on this device after seven days of using Safari without opening that site, unless the site is added to the Home Screen. Common Ground keeps everything on this device only, so:"
                    </p>
                    <ol>
                        <li>"On an iPhone or iPad: tap Share, then Add to Home Screen, and open Common Ground from there."</li>
                        <li>"On a Mac: choose File, then Add to Dock."</li>
                        <li>"Either way, export your data every week from the Data page, and keep the file."</li>
                    </ol>
                    <button type="button" on:click=move |_| state.record_safari_limits_explained()>
                        "Got it"
                    </button>
                </section>
            </Show>
        }
    })
}

/// The stronger export reminder beside the backup status, on Safari only.
#[component]
pub fn SafariBackupReminder() -> impl IntoView {
    safari_may_delete_data().then(|| {
        view! {
            <p class="backup-status attention">
                "In Safari, data of a site not opened for seven days of browsing can be deleted: export every week, or add Common Ground to the Home Screen."
            </p>
        }
    })
}
