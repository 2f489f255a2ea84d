//! "Share this partner": one partner, with everything kept about it, saved
//! as a file a teammate merges on their Data page.

use chrono::Local;
use leptos::prelude::*;

use crate::app::browser::download_text;
use crate::app::handles::PartnerHandle;
use crate::model::transfer::shared_file_name;

/// Saves this partner alone as a file for a teammate; private notes stay.
#[component]
pub fn SharePartner(
    /// The partner to share.
    partner: PartnerHandle,
) -> impl IntoView {
    let (state, id) = (partner.state(), partner.id());
    let message = RwSignal::new(None::<String>);
    let share = move |_| {
        let name = state
            .workspace()
            .with_untracked(|w| w.partner(id).map(|p| p.name().to_owned()))
            .unwrap_or_default();
        let saved = state.shared_record_json(id).and_then(|json| {
            let device = state.device_name_untracked();
            let file_name = shared_file_name(&name, &device, Local::now().naive_local());
            download_text(&file_name, "application/json", &json)
                .map(|()| file_name)
                .map_err(|error| error.to_string())
        });
        message.set(Some(match saved {
            Ok(file_name) => format!(
                "Saved {file_name}. A teammate chooses it under Import on their Data page, then \u{201c}Merge with my data\u{201d}."
            ),
            Err(reason) => format!("The partner was not shared: {reason}"),
        }));
    };
    view! {
        <section aria-labelledby="share-partner-heading">
            <h2 id="share-partner-heading">"Share with a teammate"</h2>
            <p>
                "Saves a file with this partner and everything kept about it (people, drafts, meetings, log), for a teammate to merge into their workspace. Your private notes stay here."
            </p>
            <button type="button" class="secondary" on:click=share>
                "Share this partner"
            </button>
            <p role="status">{move || message.get()}</p>
        </section>
    }
}
