//! Coalitions: several partners working together, with notes and a log of their own.

mod coalition_page;
mod delete;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::app::routing::Route;
use crate::app::state::use_app_state;
use crate::guide::plural::count;
use crate::model::ValidationError;

pub use coalition_page::CoalitionPage;

/// Lists coalitions and starts new ones.
#[component]
pub fn CoalitionsPage() -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ValidationError>);
    let coalitions = Memo::new(move |_| {
        workspace.with(|w| {
            w.coalitions
                .iter()
                .map(|c| (c.id, c.name.clone(), c.partner_ids.len()))
                .collect::<Vec<_>>()
        })
    });
    let create = move |event: SubmitEvent| {
        event.prevent_default();
        match state.add_coalition(&name.get_untracked()) {
            Ok(_) => {
                name.set(String::new());
                error.set(None);
            }
            Err(problem) => error.set(Some(problem)),
        }
    };
    view! {
        <h1>"Coalitions"</h1>
        <p class="lede">
            "In many places, power is built by several organizations together. A coalition groups partners you already know, with its own notes and log; the same habits apply: listen first, show up, keep your word."
            " "
            <crate::app::guide::WhyLink habit=crate::app::guide::COALITIONS />
        </p>
        <form class="add-partner" on:submit=create novalidate>
            <label for="new-coalition-name">"Coalition name"</label>
            <div class="add-partner-row">
                <input
                    id="new-coalition-name"
                    type="text"
                    aria-describedby="new-coalition-name-error"
                    aria-invalid=move || error.with(|e| e.is_some().to_string())
                    bind:value=name
                />
                <button type="submit">"Create coalition"</button>
            </div>
            <p id="new-coalition-name-error" class="field-error" role="alert">
                {move || error.get().map(|problem| problem.to_string())}
            </p>
        </form>
        <Show
            when=move || coalitions.with(|c| !c.is_empty())
            fallback=|| view! { <p class="empty">"No coalitions yet."</p> }
        >
            <ul class="partner-list">
                <For each=move || coalitions.get() key=|entry| entry.clone() let:entry>
                    <li>
                        <a href=Route::Coalition(entry.0).href()>{entry.1}</a>
                        <span class="stage">{count(entry.2, "partner", "partners")}</span>
                    </li>
                </For>
            </ul>
        </Show>
    }
}
