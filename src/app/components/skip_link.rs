use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::app::routing::{MAIN_ID, focus_main};

/// Lets keyboard users jump past the navigation. It moves focus itself,
/// because a plain `#main` link would change the hash the router reads.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |event: MouseEvent| {
        event.prevent_default();
        focus_main();
    };
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") on:click=skip>
            "Skip to main content"
        </a>
    }
}
