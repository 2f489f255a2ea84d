use chrono::{Duration, NaiveDate};
use leptos::prelude::*;

use super::super::pause::pause_partner;
use crate::app::components::{InputKind, TextField, date_from_input, date_to_input};
use crate::app::handles::{PartnerHandle, Place};
use crate::app::routing::{Route, Step};
use crate::guide::follow_up::{Outreach, SILENCE_AFTER_DAYS, default_check_back, upcoming_event};
use crate::model::dates;

/// The DOM id of the pause button, where focus returns when a pause is undone.
const PAUSE_BUTTON_ID: &str = "pause-partner";

/// When the next move is theirs (our follow-up went out, they declined, or
/// their silence has answered for now), says so in place of writing again,
/// and offers what the guide offers instead: their public events, or a pause.
#[component]
pub fn TheirMove(
    /// The partner written to.
    partner: PartnerHandle,
    /// Where our outreach to them stands.
    #[prop(into)]
    outreach: Signal<Outreach>,
    /// The day the page was opened.
    today: NaiveDate,
) -> impl IntoView {
    move || match outreach.get() {
        Outreach::FollowedUp(on) => {
            let rest_from = on
                .checked_add_signed(Duration::days(SILENCE_AFTER_DAYS))
                .map(dates::month_day)
                .unwrap_or_default();
            view! {
                <p class="notice their-move">
                    {format!(
                        "Your follow-up went out on {}. The next move is theirs, so Common Ground suggests no more messages. If they have not answered by {rest_from}, it will suggest letting it rest.",
                        dates::month_day(on),
                    )}
                </p>
            }
            .into_any()
        }
        Outreach::Declined => view! { <Declined partner /> }.into_any(),
        Outreach::Silent(_) => view! { <Silence partner today /> }.into_any(),
        _ => ().into_any(),
    }
}

/// They declined: their answer stands; one press pauses them.
#[component]
fn Declined(
    /// The partner who declined.
    partner: PartnerHandle,
) -> impl IntoView {
    view! {
        <section class="notice their-move" aria-labelledby="declined-heading">
            <h3 id="declined-heading">"They declined"</h3>
            <p>
                "Respect their answer: Common Ground suggests no more messages. Pausing them takes them out of your next actions; you can undo it."
            </p>
            <button type="button" id=PAUSE_BUTTON_ID on:click=move |_| pause_partner(partner, None, PAUSE_BUTTON_ID)>
                "Pause this partner"
            </button>
        </section>
    }
}

/// Their silence after our one follow-up: no more messages. Go to one of
/// their public events if one is coming, or pause and check back later.
#[component]
fn Silence(
    /// The partner who has not answered.
    partner: PartnerHandle,
    /// The day the page was opened.
    today: NaiveDate,
) -> impl IntoView {
    let event = Memo::new(move |_| partner.with(|p| upcoming_event(p, today)).flatten());
    let research = Route::Partner(partner.id(), Step::Research).href();
    let check_back = RwSignal::new(date_to_input(Some(default_check_back(today))));
    let message = RwSignal::new(None::<&'static str>);
    let pause = move |_| match date_from_input(&check_back.get_untracked()) {
        Some(day) if day > today => {
            message.set(None);
            pause_partner(partner, Some(day), PAUSE_BUTTON_ID);
        }
        _ => message.set(Some("Choose a day after today to check back.")),
    };
    view! {
        <section class="notice their-move" aria-labelledby="silence-heading">
            <h3 id="silence-heading">"Their silence is an answer for now"</h3>
            <p>
                "They have not answered your first contact or your follow-up. Small groups have little time to spare, so Common Ground suggests no more messages."
            </p>
            {move || {
                event
                    .get()
                    .map(|event| {
                        view! {
                            <p>
                                "To meet them without asking for their time, go to one of their public events: "
                                <a href=research.clone()>{event.title}</a>
                                {format!(", {}. Introduce yourself there in person.", event.when)}
                            </p>
                        }
                    })
            }}
            <p>"Or pause them, and check back in a few months."</p>
            <div class="mark-sent">
                <TextField
                    id="check-back-on"
                    label="Check back on"
                    kind=InputKind::Date
                    value=check_back
                    on_input=Callback::new(move |day| check_back.set(day))
                />
                <button type="button" id=PAUSE_BUTTON_ID on:click=pause>
                    "Pause and check back"
                </button>
            </div>
            <p role="status">{move || message.get()}</p>
        </section>
    }
}
