use leptos::prelude::*;

use crate::app::browser::{BrowserError, PersistenceStatus, estimate_storage};
use crate::app::state::use_app_state;
use crate::model::{grouped, percent, size};

/// Local storage's size limit in Chromium, in UTF-16 code units.
const LOCAL_STORAGE_QUOTA: usize = 5_242_880;

/// Tells the user where their data lives, whether the browser promised to
/// keep it, and how much room it takes.
#[component]
pub fn StorageSection() -> impl IntoView {
    let state = use_app_state();
    let estimate = LocalResource::new(estimate_storage);
    let estimate_text = move || {
        estimate.get().map(|estimate| match estimate {
            Ok(estimate) => format!(
                "The browser counts {} used by this site, of {} it may use.",
                size(estimate.usage as u64),
                size(estimate.quota as u64)
            ),
            Err(BrowserError::Missing(_)) => {
                "This browser gives no estimate of the storage this site uses.".to_owned()
            }
            Err(reason) => format!("The browser gave no storage estimate ({reason})."),
        })
    };
    let local_usage = move || {
        state.workspace().track();
        match state.used_code_units() {
            Ok(used) => format!(
                "Local storage holds {} characters of its limit of about {} ({}).",
                grouped(used as u64),
                grouped(LOCAL_STORAGE_QUOTA as u64),
                percent(used as u64, LOCAL_STORAGE_QUOTA as u64)
            ),
            Err(error) => error.to_string(),
        }
    };
    let persistence = move || {
        match state.persistence_status().get() {
        PersistenceStatus::NotAsked => {
            "After your first saved change, Common Ground asks the browser to keep this data even when space runs low.".to_owned()
        }
        PersistenceStatus::Asked => {
            "Common Ground has asked the browser to keep this data even when space runs low, and has no answer yet. Some browsers ask you first. Export regularly to be safe.".to_owned()
        }
        PersistenceStatus::Granted => "The browser has agreed to keep this data even when space runs low.".to_owned(),
        PersistenceStatus::NotOffered => {
            "This browser offers no way to ask it to keep this data, so it may clear it when space runs low. Export regularly to be safe.".to_owned()
        }
        PersistenceStatus::NotGranted => {
            "The browser did not promise to keep this data when space runs low. Export regularly to be safe.".to_owned()
        }
        PersistenceStatus::Unavailable(reason) => {
            format!("The browser could not say whether it keeps this data ({reason}). Export regularly to be safe.")
        }
    }
    };
    view! {
        <section aria-labelledby="where-heading">
            <h2 id="where-heading">"Where your data lives"</h2>
            <p>
                "Everything you enter is kept in this browser's local storage, on this device only. Common Ground has no server and no account, and it sends nothing anywhere. Another browser or device will not see it, and clearing this site's data in the browser deletes it."
            </p>
            <p>{persistence}</p>
            <p>{local_usage}</p>
            <p>{estimate_text}</p>
        </section>
    }
}
