use leptos::prelude::*;

use crate::app::routing::{MAIN_SECTIONS, Route};

/// The main navigation, marking the section the user is in.
#[component]
pub fn MainNav(
    /// The current route, to mark the current section.
    route: ReadSignal<Route>,
) -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label="Main">
            <ul>
                {MAIN_SECTIONS
                    .into_iter()
                    .map(|section| {
                        let current = move || {
                            (route.get().section() == section).then_some("page")
                        };
                        view! {
                            <li>
                                <a href=section.href() aria-current=current>
                                    {section.label()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
