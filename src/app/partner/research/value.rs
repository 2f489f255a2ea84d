use leptos::prelude::*;

use crate::app::components::{CheckboxField, TextField};
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::guide::START_WITH;
use crate::guide::readiness::ChecklistItem;

/// How working together could advance their change, and the signs that make
/// a partner a priority.
#[component]
pub fn ValueSection(
    /// The partner described.
    partner: PartnerHandle,
) -> impl IntoView {
    let written = ChecklistItem::ValueToThemWritten;
    let (short_term, set_short_term) =
        super::ticking_text(partner, lens!(value_to_them.short_term), written);
    let (long_term, set_long_term) =
        super::ticking_text(partner, lens!(value_to_them.long_term), written);
    let (ties, set_ties) = partner.text(lens!(value_to_them.ties_to_their_purpose));
    let (local, set_local) = partner.flag(lens!(priority_signals.local));
    let (trusted, set_trusted) = partner.flag(lens!(priority_signals.trusted_by_community));
    let (led, set_led) = partner.flag(lens!(priority_signals.led_by_community_served));
    let (analysis, set_analysis) = partner.flag(lens!(priority_signals.analysis_of_oppression));
    let (shifts, set_shifts) = partner.flag(lens!(priority_signals.shifts_power));
    view! {
        <section class="form-section" aria-labelledby="value-heading">
            <h3 id="value-heading">"Value to them"</h3>
            <p class="help">
                "How could working with us advance their change? Be ready to say it modestly. Showing up for them is often the most useful thing we can offer."
            </p>
            <TextField id="value-short" label="Short term" multiline=true value=short_term on_input=set_short_term />
            <TextField id="value-long" label="Long term" multiline=true value=long_term on_input=set_long_term />
            <TextField
                id="value-purpose"
                label="How our work ties to their purpose"
                help="Our objectives, stated clearly and truthfully by their impact on people in their community. A 501(c)(3) in particular is wary of an overt political mission. Your first contact and meeting introduction use these words."
                multiline=true
                value=ties
                on_input=set_ties
            />
        </section>
        <section class="form-section" aria-labelledby="signals-heading">
            <h3 id="signals-heading">"Priority signals"</h3>
            <p class="help">{START_WITH}</p>
            <CheckboxField id="signal-local" label="Local" checked=local on_change=set_local />
            <CheckboxField
                id="signal-trusted"
                label="Trusted by the community it serves"
                checked=trusted
                on_change=set_trusted
            />
            <CheckboxField id="signal-led" label="Led by the community it serves" checked=led on_change=set_led />
            <CheckboxField
                id="signal-analysis"
                label="Has an analysis of systems of oppression"
                checked=analysis
                on_change=set_analysis
            />
            <CheckboxField id="signal-power" label="Works to shift power" checked=shifts on_change=set_shifts />
        </section>
    }
}
