use crate::model::dates;
use chrono::{Local, NaiveDate};
use leptos::prelude::*;

use crate::app::components::{CheckboxField, TextField};
use crate::app::handles::{PartnerHandle, Place, lens};

/// What accountability means between us, in words agreed with them, and the
/// care owed to their leader when they join our meeting.
#[component]
pub fn AccountabilityAndHosting(
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
    let (agenda, set_agenda) = partner.flag(lens!(hosting.agenda_sent_in_advance));
    let (early, set_early) = partner.flag(lens!(hosting.their_item_near_the_start));
    let (asked, set_asked) = partner.flag(lens!(hosting.their_perspective_asked));
    let (power, set_power) = partner.flag(lens!(hosting.power_dynamics_in_mind));
    view! {
        <section class="form-section" aria-labelledby="accountability-heading">
            <h3 id="accountability-heading">"Accountability"</h3>
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
        </section>
        <section class="form-section" aria-labelledby="hosting-heading">
            <h3 id="hosting-heading">"Hosting their leader at our meeting"</h3>
            <p class="help">"Include them, respect their time, and defer to them on the needs of their community."</p>
            <CheckboxField id="hosting-agenda" label="Agenda sent to them in advance" checked=agenda on_change=set_agenda />
            <CheckboxField id="hosting-early" label="Their item placed near the start" checked=early on_change=set_early />
            <CheckboxField id="hosting-asked" label="Their perspective and advice asked for" checked=asked on_change=set_asked />
            <CheckboxField id="hosting-power" label="Power dynamics kept in mind; a welcoming room" checked=power on_change=set_power />
        </section>
    }
}

fn long(date: NaiveDate) -> String {
    dates::long_date(date)
}
