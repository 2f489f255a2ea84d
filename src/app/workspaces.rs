//! The demo workspace on screen: the way in, the banner that stays in view
//! while it is shown (with Reset and Back), and the `#/demo` address.

use std::time::Duration;

use leptos::prelude::*;

use crate::app::browser::{focus_by_id, focus_when_rendered, take_switched};
use crate::app::routing::{Route, focus_main};
use crate::app::state::use_app_state;
use crate::store::WorkspaceKind;

/// The DOM id of the banner's status line, where a reset is confirmed.
const BANNER_STATUS: &str = "demo-banner-status";

/// The DOM id of the demo banner, where focus goes when the demo opens.
const BANNER_ID: &str = "demo-banner";

/// How long after a start to say which workspace opened: a live region's
/// words at load are not read out.
const SAY_AFTER: Duration = Duration::from_millis(150);

/// Says on every screen that the demo is shown, with Reset and Back.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let state = use_app_state();
    let message = RwSignal::new(None::<String>);
    let reset = move |_| {
        let said = match state.reset_demo() {
            Ok(()) => "The demo is back to its start, dated from today.".to_owned(),
            Err(problem) => problem,
        };
        message.set(Some(said));
        focus_when_rendered(BANNER_STATUS.into());
    };
    let presenter = crate::app::presenter::use_presenter();
    let back = move |_| {
        // The projector shows the own workspace next: never at presenter size.
        if let Some(presenter) = presenter {
            presenter.end();
        }
        if let Err(problem) = state.switch_to(WorkspaceKind::Own) {
            message.set(Some(problem));
        }
    };
    (state.kind() == WorkspaceKind::Demo).then(|| {
        view! {
            <aside class="demo-banner" id=BANNER_ID tabindex="-1" aria-labelledby="demo-banner-heading">
                <p>
                    <strong id="demo-banner-heading">"Demo workspace"</strong>
                    " Sample data for trying the process out. Your own data is kept apart and untouched."
                </p>
                <div class="button-row">
                    <crate::app::presenter::StartWalkThrough />
                    <button type="button" class="secondary" on:click=reset>
                        "Reset demo"
                    </button>
                    <button type="button" on:click=back>
                        "Back to my workspace"
                    </button>
                </div>
                <p id=BANNER_STATUS role="status" tabindex="-1">{move || message.get()}</p>
            </aside>
        }
    })
}

/// The way into the demo workspace, with what it is for.
#[component]
pub fn OpenDemo() -> impl IntoView {
    let state = use_app_state();
    let problem = RwSignal::new(None::<String>);
    let open = move |_| {
        if let Err(reason) = state.switch_to(WorkspaceKind::Demo) {
            problem.set(Some(reason));
        }
    };
    (state.kind() == WorkspaceKind::Own).then(|| {
        view! {
            <div class="open-demo">
                <button type="button" class="secondary" on:click=open>
                    "Open demo workspace"
                </button>
                <p class="help">
                    "Sample partners at every step, for workshops or to look around. It is kept apart from your own data, and a link to "
                    <a href=Route::Demo.href()>"the demo"</a>
                    " opens it directly."
                </p>
                <p role="status">{move || problem.get()}</p>
            </div>
        }
    })
}

/// The `#/demo` address: the demo's dashboard when the demo is shown (the
/// address stays, so a copied one opens the demo for others too); from the
/// own workspace, it opens the demo (the app starts again there).
#[component]
pub fn DemoAddress() -> impl IntoView {
    let state = use_app_state();
    match state.kind() {
        WorkspaceKind::Demo => view! { <crate::app::dashboard::DashboardPage /> }.into_any(),
        WorkspaceKind::Own => {
            let problem = state.switch_to(WorkspaceKind::Demo).err();
            view! {
                <h1>"Demo workspace"</h1>
                <p role="status">{problem.unwrap_or_else(|| "Opening the demo workspace…".to_owned())}</p>
            }
            .into_any()
        }
    }
}

/// After a switch of workspace, says which one opened and puts focus there:
/// on the demo's banner, or on the page of the own workspace.
#[component]
pub fn SwitchNote() -> impl IntoView {
    let state = use_app_state();
    let note = RwSignal::new("");
    if take_switched() {
        let demo = state.kind() == WorkspaceKind::Demo;
        set_timeout(
            move || {
                if demo {
                    note.try_set("The demo workspace is open.");
                    focus_by_id(BANNER_ID);
                } else {
                    note.try_set("Back in your own workspace.");
                    focus_main();
                }
            },
            SAY_AFTER,
        );
    }
    view! { <p class="visually-hidden" role="status">{move || note.get()}</p> }
}
