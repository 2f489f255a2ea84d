use leptos::prelude::*;

use crate::app::routing::Route;

/// The journey with each partner, one line a step, for a first look.
const FOUR_STEPS: [(&str, &str); 4] = [
    (
        "Research",
        "learn what they work on and how your group could help their work, before they hear from you.",
    ),
    (
        "First contact",
        "a short, humble message that asks to learn from them, checked for asks and pitches.",
    ),
    (
        "Meeting",
        "at their place, listening for at least the first half, then small next steps.",
    ),
    (
        "Log",
        "what happened and what they told you; make a habit of showing up, and keep your promises.",
    ),
];

/// Welcomes a browser with no partners: the four steps, two ways in (the
/// first partner, or the demo), and that data kept on another device has to
/// be brought over, since nothing syncs.
#[component]
pub fn FirstVisit() -> impl IntoView {
    view! {
        <section class="first-visit" aria-labelledby="first-visit-heading">
            <h2 id="first-visit-heading">"Getting started"</h2>
            <p>"Common Ground walks you through four steps with each organization you hope to work with:"</p>
            <ol class="four-steps">
                {FOUR_STEPS
                    .into_iter()
                    .map(|(step, what)| view! { <li><strong>{step}</strong>": "{what}</li> })
                    .collect_view()}
            </ol>
            <p>"No partners yet. Add the first organization you want to learn about, or try the demo first."</p>
            <p>
                <a class="button" href=Route::Partners.href()>"Add the first organization"</a>
            </p>
            <crate::app::workspaces::OpenDemo />
            <p>{crate::guide::START_WITH}</p>
            <p>
                "What you enter stays in this browser, on this device only: nothing is sent anywhere, so another phone or computer starts empty. Already started on another device? Export your data there, then bring the file here."
            </p>
            <p>
                <a class="button secondary" href=Route::DataImport.href()>
                    "Import a file from another device"
                </a>
            </p>
        </section>
    }
}
