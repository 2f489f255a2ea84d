//! Coalitions: several partners working together.

use leptos::prelude::*;

/// Explains coalitions; grouping partners into them comes with the coalition work.
#[component]
pub fn CoalitionsPage() -> impl IntoView {
    view! {
        <h1>"Coalitions"</h1>
        <p class="lede">
            "In many places, power is built by several organizations together. A coalition groups partners you already know, with its own notes and log."
        </p>
        <p class="empty">"No coalitions yet."</p>
    }
}
