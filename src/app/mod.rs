//! The Leptos user interface: the shell, hash routing, shared state, and one
//! module per screen. Nothing outside this module knows Leptos exists.

mod binding;
mod browser;
mod coalitions;
mod components;
mod dashboard;
mod data;
mod guide;
mod partner;
mod partners;
mod routing;
mod state;

use leptos::prelude::*;

use components::{MainNav, SkipLink, StorageNotice};
use routing::{Route, use_hash_route};
use state::AppState;

/// The whole application: shell, navigation, and the screen the location names.
#[component]
pub fn App() -> impl IntoView {
    provide_context(AppState::start());
    let route = use_hash_route();
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        routing::announce_page(current, previous.is_some());
        current
    });

    view! {
        <SkipLink />
        <header class="site-header">
            <a class="brand" href=Route::Dashboard.href()>
                "Common Ground"
            </a>
            <MainNav route />
        </header>
        <StorageNotice />
        <main id=routing::MAIN_ID tabindex="-1">
            {move || match route.get() {
                Route::Dashboard => view! { <dashboard::DashboardPage /> }.into_any(),
                Route::Partners => view! { <partners::PartnersPage /> }.into_any(),
                Route::PartnersInStage(stage) => view! { <partners::PartnersPage stage /> }.into_any(),
                Route::Partner(id, step) => view! { <partner::PartnerPage id step /> }.into_any(),
                Route::Coalitions => view! { <coalitions::CoalitionsPage /> }.into_any(),
                Route::Coalition(id) => view! { <coalitions::CoalitionPage id /> }.into_any(),
                Route::Data => view! { <data::DataPage /> }.into_any(),
                Route::DataImport => view! { <data::DataPage import_first=true /> }.into_any(),
                Route::Guide => view! { <guide::GuidePage /> }.into_any(),
                Route::NotFound => view! { <NotFoundPage /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>"Your data stays in this browser. Common Ground sends nothing anywhere."</p>
        </footer>
    }
}

/// Shown for a location the app does not know, with a way back.
#[component]
fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p>
            "This address does not match any page. "
            <a href=Route::Dashboard.href()>"Go to the dashboard"</a>
        </p>
    }
}
