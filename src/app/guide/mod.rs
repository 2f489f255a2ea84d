//! The in-app guide to the listen-first approach: one short section per
//! habit of the organizing guide, each linked from the step where it
//! matters, and printable as a handout for workshop participants.

mod habits;

pub use habits::{
    COALITIONS, HOMEWORK, HOST_WELL, HUMBLE_CONTACT, Habit, LISTEN_FIRST, SHOW_UP, habit,
};

use leptos::prelude::*;

use crate::app::browser::{focus_when_rendered, print_with_status};
use crate::app::routing::Route;
use habits::HABITS;

/// Explains the listen-first approach, habit by habit; opened at one habit
/// when a step's "Why?" link names it.
#[component]
pub fn GuidePage(
    /// The habit to open at, if any.
    #[prop(default = None)]
    at: Option<Habit>,
) -> impl IntoView {
    if let Some(habit) = at {
        focus_when_rendered(heading_id(habit));
    }
    let message = RwSignal::new(None::<String>);
    view! {
        <div class="guide">
            <h1>"Guide"</h1>
            <p class="lede">
                "Common Ground helps you build partnerships with organizations that already serve and organize their communities. They know those communities far better than we do, so we start by learning from them and being useful to their work, not by recruiting."
            </p>
            <div class="button-row no-print">
                <button type="button" class="secondary" on:click=move |_| print_with_status(None, message)>
                    "Print the handout"
                </button>
            </div>
            <p role="status" class="no-print">{move || message.get()}</p>
            {HABITS
                .into_iter()
                .map(|habit| {
                    view! {
                        <section class="habit" id=habit.id aria-labelledby=heading_id(habit)>
                            <h2 id=heading_id(habit) tabindex="-1">{habit.title}</h2>
                            {habit.paragraphs.iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            <p>
                "Partnerships take time, and mistakes will happen. Act with care, learn from what goes wrong, and keep acting."
            </p>
        </div>
    }
}

/// The DOM id of a habit's heading, focused when the guide opens at it.
fn heading_id(habit: Habit) -> String {
    format!("{}-heading", habit.id)
}

/// A "Why?" link from a step to the habit of the guide it puts to work.
#[component]
pub fn WhyLink(
    /// The habit explained.
    habit: Habit,
) -> impl IntoView {
    view! {
        <a class="why-link" href=Route::GuideHabit(habit.id).href() aria-label=format!("Why? {}", habit.title)>
            "Why?"
        </a>
    }
}
