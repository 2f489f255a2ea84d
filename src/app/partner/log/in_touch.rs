use chrono::Local;
use leptos::prelude::*;

use crate::app::components::{InputKind, TextField};
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::guide::follow_through::last_contact;
use crate::guide::plural;
use crate::model::dates;

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
    let last = Memo::new(move |_| partner.with(|p| last_contact(p, today)).flatten());
    let (days, set_days) = partner.text_as(
        lens!(keep_in_touch_days),
        |days| days.map(|days| days.to_string()).unwrap_or_default(),
        |text| match text.trim() {
            "" => Some(None),
            text => text.parse().ok().filter(|days| *days > 0).map(Some),
        },
    );
    view! {
        <section class="form-section" aria-labelledby="in-touch-heading">
            <h3 id="in-touch-heading">"Staying in touch"</h3>
            <p role="status">
                {move || match last.get() {
                    Some(date) => {
                        let ago = (today - date).num_days();
                        let ago = match ago {
                            0 => "today".to_owned(),
                            ago => format!("{} ago", plural::days(ago)),
                        };
                        format!("Last contact: {} ({ago}).", dates::short_date(date))
                    }
                    None => "No contact logged yet.".to_owned(),
                }}
            </p>
            <TextField
                id="keep-in-touch-days"
                label="Days without contact before we are losing touch"
                help=DAYS_HELP
                kind=InputKind::Number
                value=days
                on_input=set_days
            />
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
