use chrono::Local;
use leptos::prelude::*;

use crate::app::components::{InputKind, TextField};
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::guide::follow_through::{in_touch, last_contact};
use crate::guide::reciprocity::Ledger;
use crate::model::bounds::MAX_KEEP_IN_TOUCH_DAYS;

/// The help under the days field; it names the usual number of days.
const DAYS_HELP: &str = "Leave empty for the usual 30 days.";

/// When we were last in touch, and after how long a silence this partner
/// shows under "Losing touch" on the dashboard.
#[component]
pub fn StayingInTouch(
    /// The partner.
    partner: PartnerHandle,
) -> impl IntoView {
    let today = Local::now().date_naive();
    let status = Memo::new(move |_| {
        partner
            .with(|p| in_touch(Ledger::of(p).contacts, last_contact(p, today), today))
            .unwrap_or_default()
    });
    let (days, set_days) = partner.text_as(
        lens!(keep_in_touch_days),
        |days| days.map(|days| days.to_string()).unwrap_or_default(),
        |text| match text.trim() {
            "" => Some(None),
            text => text
                .parse()
                .ok()
                .filter(|days| (1..=MAX_KEEP_IN_TOUCH_DAYS).contains(days))
                .map(Some),
        },
    );
    view! {
        <section class="form-section" aria-labelledby="in-touch-heading">
            <h3 id="in-touch-heading">"Staying in touch"</h3>
            <p role="status">{status}</p>
            <div class="in-touch-days">
            <TextField
                id="keep-in-touch-days"
                label="Days without contact before we are losing touch"
                help=DAYS_HELP
                kind=InputKind::Number
                value=days
                on_input=set_days
            />
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::follow_through::DEFAULT_KEEP_IN_TOUCH_DAYS;

    #[test]
    fn the_help_names_the_usual_number_of_days() {
        assert!(DAYS_HELP.contains(&format!(" {DEFAULT_KEEP_IN_TOUCH_DAYS} days")));
    }
}
