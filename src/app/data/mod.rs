//! The Data page: where the user's data lives and what leaves the browser.

use leptos::prelude::*;

/// Tells the user plainly where their data is kept and that nothing is sent anywhere.
#[component]
pub fn DataPage() -> impl IntoView {
    view! {
        <h1>"Data"</h1>
        <section aria-labelledby="where-heading">
            <h2 id="where-heading">"Where your data lives"</h2>
            <p>
                "Everything you enter is kept in this browser's local storage, on this device only. Common Ground has no server and no account, and it sends nothing anywhere."
            </p>
            <p>
                "Another browser or another device will not see these notes. Clearing this site's data in the browser settings deletes them."
            </p>
        </section>
    }
}
