use leptos::prelude::*;

use crate::app::components::{CheckboxField, TextField};
use crate::app::handles::{PartnerHandle, Place, lens};

/// How working together could advance their change, and the signs that make
/// a partner a priority.
#[component]
pub fn ValueSection(
    /// The partner described.
    partner: PartnerHandle,
) -> impl IntoView {
    let (short_term, set_short_term) = partner.text(lens!(value_to_them.short_term));
    let (long_term, set_long_term) = partner.text(lens!(value_to_them.long_term));
    let (local, set_local) = partner.flag(lens!(priority_signals.local));
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
        </section>
        <section class="form-section" aria-labelledby="signals-heading">
            <h3 id="signals-heading">"Priority signals"</h3>
            <p class="help">
                "Give priority to local groups led by the community they serve, with an analysis of systems of oppression, working to shift power."
            </p>
            <CheckboxField id="signal-local" label="Local" checked=local on_change=set_local />
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
