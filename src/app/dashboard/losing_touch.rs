use chrono::Local;
use leptos::prelude::*;

use crate::app::routing::{Route, Step};
use crate::app::state::use_app_state;
use crate::guide::follow_through::{LosingTouch, losing_touch};
use crate::guide::plural;
use crate::model::dates;

/// Active partners we have not been in touch with for too long, the longest
/// silence first, each linking to its log: nobody is left waiting.
#[component]
pub fn LosingTouchSection() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let today = Local::now().date_naive();
    let losing = Memo::new(move |_| workspace.with(|workspace| losing_touch(workspace, today)));
    view! {
        <section aria-labelledby="losing-touch-heading">
            <h2 id="losing-touch-heading">"Losing touch"</h2>
            <Show
                when=move || losing.with(|losing| !losing.is_empty())
                fallback=|| {
                    view! {
                        <p class="empty">
                            "Every partner you are working with has heard from you recently."
                        </p>
                    }
                }
            >
                <ul class="losing-touch">
                    <For each=move || losing.get() key=|partner| partner.clone() let:partner>
                        <li>
                            <a href=Route::Partner(partner.partner_id, Step::Log).href()>
                                {partner.partner_name.clone()}
                            </a>
                            ": "
                            {silence(&partner)}
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// "no contact for 45 days, since Oct 13, 2026" or "no contact logged in 45 days".
fn silence(partner: &LosingTouch) -> String {
    let days = plural::days(partner.days);
    match partner.last_contact {
        Some(last) => format!("no contact for {days}, since {}", dates::short_date(last)),
        None => format!("no contact logged in {days}"),
    }
}
