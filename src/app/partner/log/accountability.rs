use crate::model::dates;
use chrono::{Local, NaiveDate};
use leptos::prelude::*;

use crate::app::components::{FoldedSection, TextField};
use crate::app::handles::{PartnerHandle, Place, lens};

/// What accountability means between us, in words agreed with them, and
/// when we last reviewed it together.
#[component]
pub fn Accountability(
    /// The partner.
    partner: PartnerHandle,
) -> impl IntoView {
    let (text, set_text) = partner.text(lens!(accountability.text));
    let reviewed = Memo::new(move |_| {
        partner
            .with(|p| p.accountability.last_reviewed_on)
            .flatten()
    });
    let mark_reviewed = move |_| {
        let today = Local::now().date_naive();
        partner.edit(|p| p.accountability.last_reviewed_on = Some(today));
    };
    view! {
        <FoldedSection id="accountability-heading" heading="Accountability">
            <TextField
                id="accountability-text"
                label="What accountability means in this collaboration"
                help="In words agreed with them. Review it together from time to time."
                multiline=true
                value=text
                on_input=set_text
            />
            <p role="status">
                {move || match reviewed.get() {
                    Some(date) => format!("Last reviewed with them on {}.", long(date)),
                    None => "Not reviewed with them yet.".to_owned(),
                }}
            </p>
            <button type="button" class="secondary" on:click=mark_reviewed>
                "Reviewed with them today"
            </button>
        </FoldedSection>
    }
}

fn long(date: NaiveDate) -> String {
    dates::long_date(date)
}
