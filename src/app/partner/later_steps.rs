//! The meeting and log steps, introduced here; their planners come with the
//! meeting and trust-building work.

use leptos::prelude::*;

/// Explains the listen-first meeting step.
#[component]
pub fn MeetingStep() -> impl IntoView {
    view! {
        <h2>"Meeting"</h2>
        <p class="lede">
            "Meet at their place, and spend at least the first half listening: their work, the community they serve, what matters to them now. Share what brought you to this work, then look for where your work lines up. Close with small, concrete next steps; a first meeting seeks no formal commitment."
        </p>
    }
}

/// Explains the log step.
#[component]
pub fn LogStep() -> impl IntoView {
    view! {
        <h2>"Log"</h2>
        <p class="lede">
            "Trust grows from what we do over time: show up for them at least as often as we ask them to show up for us, keep our commitments, and take their feedback seriously."
        </p>
    }
}
