use leptos::prelude::*;

use crate::app::handles::PartnerHandle;
use crate::app::routing::{Route, Step};

/// Links to the four steps of the journey with one partner, marking the current one.
#[component]
pub fn StepNav(
    /// The partner whose steps these are.
    partner: PartnerHandle,
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
                                    href=Route::Partner(partner.id(), step).href()
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
