//! Presenter mode for projectors (larger text and controls, higher contrast,
//! no backup chrome), and a walk-through of the demo, stop by stop, driven by
//! the keys a presentation clicker sends.

mod stops;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::app::browser::{
    presenter_chosen, remember_presenter, set_root_class, typing_in_a_field, wide_window,
};
use crate::app::routing::{focus_main, go_to_and_reveal};
use crate::app::state::use_app_state;
use crate::model::Workspace;
use stops::STOPS;

/// Presenter mode and the walk-through's stop, shared by the controls that
/// change them.
#[derive(Clone, Copy)]
pub struct Presenter {
    on: RwSignal<bool>,
    /// The stop of the walk-through shown, while it runs.
    stop: RwSignal<Option<usize>>,
    /// Where each stop's partner is found; read from key handlers too,
    /// where there is no context to ask.
    workspace: ReadSignal<Workspace>,
}

impl Presenter {
    /// Shows stop `index` of the walk-through, on its screen.
    fn go_to(self, index: usize) {
        let Some(stop) = STOPS.get(index) else {
            return;
        };
        let route = self
            .workspace
            .with_untracked(|workspace| stop.screen.route(workspace));
        self.stop.set(Some(index));
        go_to_and_reveal(route, stop.reveal);
    }

    /// Ends the walk-through, and presenter mode with it, so that what the
    /// projector shows next (a facilitator's own partners) is not at
    /// presenter size; focus goes to the page.
    pub fn end(self) {
        let walking = self.stop.get_untracked().is_some();
        self.stop.set(None);
        self.on.set(false);
        // Said at once too, for a page about to start again elsewhere.
        remember_presenter(false);
        if walking {
            focus_main();
        }
    }

    /// Moves the walk-through `by` stops, within its first and last.
    fn step(self, by: isize) {
        if let Some(index) = self.stop.get_untracked() {
            let next = index.saturating_add_signed(by).min(STOPS.len() - 1);
            if next != index {
                self.go_to(next);
            }
        }
    }
}

/// Starts presenter mode as this tab or its address left it, restyles the
/// page while it is on, and listens for the clicker's keys.
pub fn provide_presenter() {
    let presenter = Presenter {
        on: RwSignal::new(presenter_chosen()),
        stop: RwSignal::new(None),
        workspace: use_app_state().workspace(),
    };
    Effect::new(move |_| {
        let on = presenter.on.get();
        set_root_class("presenter", on);
        remember_presenter(on);
    });
    // While a stop shows, the page keeps what has focus clear of its panel.
    Effect::new(move |_| set_root_class("walking", presenter.stop.get().is_some()));
    let keys = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        if presenter.stop.get_untracked().is_none() || typing_in_a_field() {
            return;
        }
        let by = match event.key().as_str() {
            "ArrowRight" | "PageDown" => 1,
            "ArrowLeft" | "PageUp" => -1,
            _ => return,
        };
        event.prevent_default();
        presenter.step(by);
    });
    on_cleanup(move || keys.remove());
    provide_context(presenter);
}

/// Presenter mode and the walk-through, for the controls that change them.
pub fn use_presenter() -> Option<Presenter> {
    use_context::<Presenter>()
}

/// Turns presenter mode on and off.
#[component]
pub fn PresenterToggle() -> impl IntoView {
    use_presenter().map(|presenter| {
        view! {
            <button
                type="button"
                class="secondary"
                aria-pressed=move || presenter.on.get().to_string()
                on:click=move |_| presenter.on.update(|on| *on = !*on)
            >
                "Presenter mode"
            </button>
        }
    })
}

/// Starts the walk-through of the demo at its first stop, in presenter mode
/// on a wide window (a phone keeps its own text size).
#[component]
pub fn StartWalkThrough() -> impl IntoView {
    use_presenter().map(|presenter| {
        let start = move |_| {
            if wide_window() {
                presenter.on.set(true);
            }
            presenter.go_to(0);
        };
        view! {
            <button type="button" class="secondary" on:click=start>
                "Start the walk-through"
            </button>
        }
    })
}

/// The walk-through's current stop, which habit of the guide it shows, and
/// Back and Next (or the arrow and page keys) to move on, Finish at the
/// last; each stop is said to screen readers as it shows.
#[component]
pub fn WalkThrough() -> impl IntoView {
    use_presenter().map(|presenter| {
        let current = move || presenter.stop.get().and_then(|index| STOPS.get(index).map(|stop| (index, *stop)));
        let last = move || presenter.stop.get() == Some(STOPS.len() - 1);
        let said = move || {
            current().map(|(index, stop)| format!("{}. {}", stop_title(index, &stop), stop.habit))
        };
        view! {
            <Show when=move || current().is_some()>
                <section class="walk-through" aria-labelledby="walk-through-heading">
                    <h2 id="walk-through-heading">
                        {move || current().map(|(index, stop)| stop_title(index, &stop))}
                    </h2>
                    <p>{move || current().map(|(_, stop)| stop.habit)}</p>
                    <div class="button-row">
                        <button
                            type="button"
                            class="secondary"
                            disabled=move || presenter.stop.get() == Some(0)
                            on:click=move |_| presenter.step(-1)
                        >
                            "Back"
                        </button>
                        <Show
                            when=last
                            fallback=move || view! { <button type="button" on:click=move |_| presenter.step(1)>"Next"</button> }
                        >
                            <button type="button" on:click=move |_| presenter.end()>
                                "Finish"
                            </button>
                        </Show>
                        <button type="button" class="secondary" on:click=move |_| presenter.end()>
                            "End the walk-through"
                        </button>
                    </div>
                    <p class="help">"Keys: → or Page Down for the next stop, ← or Page Up for the one before."</p>
                    <p class="visually-hidden" role="status">{said}</p>
                </section>
            </Show>
        }
    })
}

/// "Stop 3 of 9: A humble first contact", as the panel heads a stop and says it.
fn stop_title(index: usize, stop: &stops::Stop) -> String {
    format!("Stop {} of {}: {}", index + 1, STOPS.len(), stop.title)
}
