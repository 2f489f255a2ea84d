use leptos::prelude::*;

use crate::app::routing::{Route, Step};
use crate::model::RecordId;

/// Links to the four steps of the journey with one partner, marking the current one.
#[component]
pub fn StepNav(
    /// The partner whose steps these are.
    id: RecordId,
    /// The step shown now.
    current: Step,
) -> impl IntoView {
    view! {
        <nav class="step-nav" aria-label="Steps">
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        view! {
                            <li>
                                <a
                                    href=Route::Partner(id, step).href()
                                    aria-current=(step == current).then_some("page")
                                >
                                    {step.label()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
