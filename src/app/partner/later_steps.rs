//! The log step, introduced here; its ledger comes with the trust-building work.

use leptos::prelude::*;

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
