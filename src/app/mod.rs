//! The Leptos user interface: the shell, hash routing, shared state, and one
//! module per screen. Nothing outside this module knows Leptos exists.

mod browser;
mod coalitions;
mod components;
#[cfg(feature = "crash-test")]
pub mod crash_test;
mod dashboard;
mod data;
mod guide;
pub mod handles;
mod partner;
mod partners;
mod presenter;
mod routing;
pub mod state;
mod workspaces;

use std::time::Duration;

use leptos::prelude::*;

use components::{MainNav, SkipLink, StorageNotice, UndoBar, UpdateNotice};
use routing::{Route, use_hash_route};
use state::AppState;

/// The whole application: shell, navigation, and the screen the location names.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    presenter::provide_presenter();
    let workspace = state.workspace();
    let route = use_hash_route(move |id| {
        workspace.with_untracked(|workspace| workspace.partner(id).map(|partner| partner.stage))
    });
    Effect::new(move |_| routing::announce_page(route.get()));
    // The first screen renders in a task of its own, after the one that
    // loaded the workspace: with a thousand partners the two together would
    // keep the page from responding for too long at once.
    let screen_ready = RwSignal::new(false);
    set_timeout(move || screen_ready.set(true), Duration::ZERO);
    let update_ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        // Working offline is an addition: where the browser offers no
        // service worker, the app works as it did, online.
        let _ = browser::keep_working_offline(move || update_ready.set(true)).await;
    });

    view! {
        <SkipLink />
        <header class="site-header">
            <a class="brand" href=Route::Dashboard.href()>
                "Common Ground"
            </a>
            <MainNav route />
        </header>
        <workspaces::DemoBanner />
        <workspaces::SwitchNote />
        <StorageNotice />
        <UpdateNotice ready=update_ready.read_only() />
        <UndoBar />
        <main id=routing::MAIN_ID tabindex="-1">
            {move || screen_ready.get().then(|| match route.get() {
                Route::Dashboard => view! { <dashboard::DashboardPage /> }.into_any(),
                Route::Partners => view! { <partners::PartnersPage /> }.into_any(),
                Route::PartnersInStage(stage) => view! { <partners::PartnersPage stage /> }.into_any(),
                Route::Partner(id, step) => view! { <partner::PartnerPage id step /> }.into_any(),
                // Resolved to a step on arrival; only a partner that vanished meanwhile lands here.
                Route::PartnerByStage(id) => {
                    view! { <partner::PartnerPage id step=routing::Step::Research /> }.into_any()
                }
                Route::Coalitions => view! { <coalitions::CoalitionsPage /> }.into_any(),
                Route::Coalition(id) => view! { <coalitions::CoalitionPage id /> }.into_any(),
                Route::Data => view! { <data::DataPage /> }.into_any(),
                Route::DataImport => view! { <data::DataPage import_first=true /> }.into_any(),
                Route::Guide => view! { <guide::GuidePage /> }.into_any(),
                Route::GuideHabit(id) => view! { <guide::GuidePage at=guide::habit(id) /> }.into_any(),
                Route::Demo => view! { <workspaces::DemoAddress /> }.into_any(),
                Route::NotFound => view! { <NotFoundPage /> }.into_any(),
            })}
        </main>
        <presenter::WalkThrough />
        <footer class="site-footer">
            <p>"Your data stays in this browser. Common Ground sends nothing anywhere."</p>
            <presenter::PresenterToggle />
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
