use chrono::Local;
use leptos::prelude::*;

use crate::app::browser::focus_when_rendered;
use crate::app::routing::{Route, Step};
use crate::app::state::use_app_state;
use crate::guide::follow_through::{LosingTouch, losing_touch};
use crate::guide::plural;
use crate::model::{RecordId, dates};

/// How many of the longest silences the dashboard lists before "Show all".
const LISTED_AT_FIRST: usize = 10;

/// Active partners we have not been in touch with for too long, the longest
/// silence first, each linking to its log: nobody is left waiting. The
/// longest silences are listed; the rest are a click away.
#[component]
pub fn LosingTouchSection() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let today = Local::now().date_naive();
    let losing = Memo::new(move |_| workspace.with(|workspace| losing_touch(workspace, today)));
    let (show_all, set_show_all) = signal(false);
    let listed = Memo::new(move |_| {
        let limit = if show_all.get() {
            usize::MAX
        } else {
            LISTED_AT_FIRST
        };
        losing.with(|losing| losing.iter().take(limit).cloned().collect::<Vec<_>>())
    });
    let hidden = move || losing.with(Vec::len).saturating_sub(listed.with(Vec::len));
    let expand = move |_| {
        set_show_all.set(true);
        if let Some(next) =
            losing.with_untracked(|losing| losing.get(LISTED_AT_FIRST).map(|p| p.partner_id))
        {
            focus_when_rendered(link_id(next));
        }
    };
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
                    <For each=move || listed.get() key=|partner| partner.clone() let:partner>
                        <li>
                            <a id=link_id(partner.partner_id) href=Route::Partner(partner.partner_id, Step::Log).href()>
                                {partner.partner_name.clone()}
                            </a>
                            ": "
                            {silence(&partner)}
                        </li>
                    </For>
                </ul>
                <Show when=move || { hidden() > 0 }>
                    <button type="button" class="secondary" on:click=expand>
                        {move || format!("Show {}", plural::count(hidden(), "more partner", "more partners"))}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

/// The DOM id of a partner's link under Losing touch.
fn link_id(partner: RecordId) -> String {
    format!("losing-touch-{partner}")
}

/// "no contact for 45 days, since Oct 13, 2026" or "no contact logged in 45 days".
fn silence(partner: &LosingTouch) -> String {
    let days = plural::days(partner.days);
    match partner.last_contact {
        Some(last) => format!("no contact for {days}, since {}", dates::short_date(last)),
        None => format!("no contact logged in {days}"),
    }
}
