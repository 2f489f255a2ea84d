//! The log step: building trust over time. What happened, what they told
//! us, what we learned, who promised what, whether we show up as often as
//! we ask, and what accountability means between us.

mod accountability;
mod commitments;
mod feedback;
mod feedback_link;
mod in_touch;
mod report;
mod timeline;

pub use commitments::{CommitmentFields, what_field};

use leptos::prelude::*;

use crate::app::handles::{PartnerHandle, Place};
use crate::guide::reciprocity::Ledger;
use crate::model::Stage;

/// Keeps the record of a partnership and what it asks of us.
#[component]
pub fn LogStep(
    /// The partner.
    partner: PartnerHandle,
) -> impl IntoView {
    let ledger = Memo::new(move |_| partner.with(Ledger::of).unwrap_or_default());
    let met = Memo::new(move |_| {
        partner
            .with(|p| {
                p.stage != Stage::OngoingPartnership && p.stage.advance_to(Stage::Met) == p.stage
            })
            .unwrap_or(false)
    });
    // Partnerships take time: offered once there is a history of showing up.
    let can_advance = Memo::new(move |_| met.get() && ledger.get().shows_a_history_of_showing_up());
    let advance = move |_| partner.edit(|p| p.stage = Stage::OngoingPartnership);
    view! {
        <h2>"Log"</h2>
        <p class="lede">
            "Make a habit of showing up, keep your promises, act on their feedback."
            " "
            <crate::app::guide::WhyLink habit=crate::app::guide::SHOW_UP />
        </p>
        <div class="log-overview">
        <section class="form-section" aria-labelledby="reciprocity-step-heading">
            <h3 id="reciprocity-step-heading">"Reciprocity"</h3>
            <p role="status">{move || ledger.get().balance()}</p>
            <Show when=move || ledger.get().warning().is_some()>
                <p class="notice notice-warning">{move || ledger.get().warning()}</p>
            </Show>
            <Show
                when=move || can_advance.get()
                fallback=move || {
                    view! {
                        <Show when=move || met.get()>
                            <p class="help">
                                "A partnership grows from showing up over time. Once you have shown up for them a few times, you can mark it as an ongoing partnership here."
                            </p>
                        </Show>
                    }
                }
            >
                <button type="button" on:click=advance>
                    "Mark as an ongoing partnership"
                </button>
            </Show>
        </section>
        <in_touch::StayingInTouch partner />
        </div>
        <timeline::Timeline partner />
        <div class="fold-row">
            <accountability::Accountability partner />
            <report::ReportOut partner />
        </div>
    }
}
