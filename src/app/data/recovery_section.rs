use leptos::prelude::*;

use crate::app::browser::download_text;
use crate::app::state::use_app_state;
use crate::store::Recovered;

/// Offers every value that was set aside as unreadable for download, byte for byte.
#[component]
pub fn RecoverySection() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<String>);
    let entries = Memo::new(move |_| {
        // Re-read whenever this session sets something aside or the data changes.
        state.set_aside().track();
        state.workspace().track();
        state.recovered().unwrap_or_default()
    });
    let download = move |entry: &Recovered| {
        let outcome = state
            .raw_value(&entry.key)
            .map_err(|error| error.to_string())
            .and_then(|raw| {
                let raw = raw.ok_or_else(|| "it is no longer stored".to_owned())?;
                let file_name = format!(
                    "common-ground-set-aside-{}.txt",
                    entry.original.replace([':', '/'], "-")
                );
                download_text(&file_name, "text/plain", &raw).map_err(|error| error.to_string())
            });
        if let Err(reason) = outcome {
            message.set(Some(format!("The download failed: {reason}")));
        }
    };
    let download_stored = move |_| {
        let outcome = state.raw_workspace_json().and_then(|json| {
            download_text("common-ground-stored-data.json", "application/json", &json)
                .map_err(|error| error.to_string())
        });
        if let Err(reason) = outcome {
            message.set(Some(format!("The download failed: {reason}")));
        }
    };
    view! {
        <Show when=move || {
            // Deleting everything makes saving safe again; the workspace changes then.
            state.workspace().track();
            !state.saving_allowed()
        }>
            <section aria-labelledby="unreadable-heading">
                <h2 id="unreadable-heading">"Stored data that could not be read"</h2>
                <p>
                    "Your stored data could not be read, and there was no room to set it aside, so it is left exactly where it is and nothing is saved over it. Download it to keep a copy, then free some space and reload."
                </p>
                <button type="button" on:click=download_stored>
                    "Download stored data"
                </button>
                <p role="status">{move || message.get()}</p>
            </section>
        </Show>
        <Show when=move || entries.with(|entries| !entries.is_empty())>
            <section aria-labelledby="recovery-heading">
                <h2 id="recovery-heading">"Data set aside"</h2>
                <p>
                    "These stored values could not be read, so they were set aside exactly as they were. Nothing overwrites them. Download them to keep them or to look for what went wrong."
                </p>
                <ul class="recovery-list">
                    <For each=move || entries.get() key=|entry| entry.key.clone() let:entry>
                        {
                            let label = format!("Download {}", entry.original);
                            view! {
                                <li>
                                    <code>{entry.original.clone()}</code>
                                    <button type="button" on:click=move |_| download(&entry)>
                                        {label}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <p role="status">{move || message.get()}</p>
            </section>
        </Show>
    }
}
