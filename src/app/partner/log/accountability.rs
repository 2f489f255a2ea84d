use chrono::{Local, NaiveDate};
use leptos::prelude::*;

use crate::app::state::DependsOn;

use crate::app::binding::{partner_flag, partner_text};
use crate::app::components::{CheckboxField, TextField};
use crate::app::state::use_app_state;
use crate::model::RecordId;

/// What accountability means between us, in words agreed with them, and the
/// care owed to their leader when they join our meeting.
#[component]
pub fn AccountabilityAndHosting(
    /// The partner.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let (text, set_text) = partner_text(
        id,
        |p| &p.accountability.text,
        |p, v| p.accountability.text = v,
    );
    let reviewed = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            w.partner(id)
                .and_then(|p| p.accountability.last_reviewed_on)
        })
    });
    let mark_reviewed = move |_| {
        let today = Local::now().date_naive();
        state.edit_partner(id, |p| p.accountability.last_reviewed_on = Some(today));
    };
    let (agenda, set_agenda) = partner_flag(
        id,
        |p| p.hosting.agenda_sent_in_advance,
        |p, v| p.hosting.agenda_sent_in_advance = v,
    );
    let (early, set_early) = partner_flag(
        id,
        |p| p.hosting.their_item_near_the_start,
        |p, v| p.hosting.their_item_near_the_start = v,
    );
    let (asked, set_asked) = partner_flag(
        id,
        |p| p.hosting.their_perspective_asked,
        |p, v| p.hosting.their_perspective_asked = v,
    );
    let (power, set_power) = partner_flag(
        id,
        |p| p.hosting.power_dynamics_in_mind,
        |p, v| p.hosting.power_dynamics_in_mind = v,
    );
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
    date.format("%B %-d, %Y").to_string()
}
