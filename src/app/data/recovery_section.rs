use leptos::prelude::*;

use crate::app::browser::download_text;
use crate::app::state::use_app_state;
use crate::store::{Recovered, StoreError};

/// Shows every value set aside as unreadable, offers it as readable text,
/// and restores each record this version can read after all.
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
            .recovered_text(entry)
            .map_err(|error| error.to_string())
            .and_then(|text| {
                let text = text.ok_or_else(|| "it is no longer stored".to_owned())?;
                let json = serde_json::from_str::<serde_json::Value>(&text).is_ok();
                let file_name = format!(
                    "common-ground-set-aside-{}.{}",
                    entry.original.replace([':', '/'], "-"),
                    if json { "json" } else { "txt" }
                );
                let mime = if json {
                    "application/json"
                } else {
                    "text/plain"
                };
                download_text(&file_name, mime, &text).map_err(|error| error.to_string())
            });
        if let Err(reason) = outcome {
            message.set(Some(format!("The download failed: {reason}")));
        }
    };
    let restore = move |entry: &Recovered| {
        message.set(Some(match state.restore(entry) {
            Ok(done) => done,
            Err(reason) => reason,
        }));
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
            let newer = state
                .problem()
                .with(|problem| matches!(problem, Some(StoreError::NewerVersion { .. })));
            !state.saving_allowed() && !newer
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
                    "These stored values could not be read, so they were set aside exactly as they were. Nothing overwrites them. Look at each, download it as readable text, or restore it where this version can read it now."
                </p>
                <ul class="recovery-list">
                    <For each=move || entries.get() key=|entry| entry.key.clone() let:entry>
                        {
                            let text = state.recovered_text(&entry).ok().flatten().unwrap_or_default();
                            let restorable = state.restorable(&entry).is_some();
                            let download_label = format!("Download {}", entry.original);
                            let restore_label = format!("Restore {}", entry.original);
                            let for_download = entry.clone();
                            view! {
                                <li>
                                    <code>{entry.original.clone()}</code>
                                    <details>
                                        <summary>"Show what it holds"</summary>
                                        <pre class="recovered-text">{text}</pre>
                                    </details>
                                    <div class="button-row">
                                        <button type="button" class="secondary" on:click=move |_| download(&for_download)>
                                            {download_label}
                                        </button>
                                        {restorable.then(|| view! {
                                            <button type="button" on:click=move |_| restore(&entry)>
                                                {restore_label}
                                            </button>
                                        })}
                                    </div>
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
