//! "Share this partner" and "Share this coalition": one record, with
//! everything kept about it, saved as a file a teammate merges on their
//! Data page.

use chrono::Local;
use leptos::prelude::*;

use crate::app::browser::download_text;
use crate::app::state::use_app_state;
use crate::model::RecordId;
use crate::model::transfer::shared_file_name;

/// What is shared, in the words of its section.
#[derive(Clone, Copy)]
pub struct ShareWords {
    /// The DOM id of the section's heading.
    pub id: &'static str,
    /// The button: "Share this partner".
    pub button: &'static str,
    /// What the file holds and what stays behind.
    pub help: &'static str,
}

/// Saves one partner or coalition alone as a file for a teammate.
#[component]
pub fn ShareRecord(
    /// The partner or coalition to share.
    id: RecordId,
    /// Its name now, for the file's name.
    #[prop(into)]
    name: Signal<String>,
    /// The section's words.
    words: ShareWords,
) -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<String>);
    let share = move |_| {
        let saved = state.shared_record_json(id).and_then(|json| {
            let device = state.device_name_untracked();
            let local = Local::now().naive_local();
            let file_name = shared_file_name(&name.get_untracked(), &device, local);
            download_text(&file_name, "application/json", &json)
                .map(|()| file_name)
                .map_err(|error| error.to_string())
        });
        message.set(Some(match saved {
            Ok(file_name) => format!(
                "Saved {file_name}. A teammate chooses it under Import on their Data page, then \u{201c}Merge with my data\u{201d}."
            ),
            Err(reason) => format!("Nothing was shared: {reason}"),
        }));
    };
    view! {
        <section aria-labelledby=words.id>
            <h2 id=words.id>"Share with a teammate"</h2>
            <p>{words.help}</p>
            <button type="button" class="secondary" on:click=share>
                {words.button}
            </button>
            <p role="status">{move || message.get()}</p>
        </section>
    }
}
