use leptos::prelude::*;

use crate::app::routing::Route;
use crate::app::state::use_app_state;
use crate::model::{RecordId, Stage};

/// What one row of the list shows; rows are keyed by all of it, so a row
/// re-renders only when its own partner changes.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    id: RecordId,
    name: String,
    stage: Stage,
}

/// The partners, each linking to its page.
#[component]
pub fn PartnerList() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let rows = Memo::new(move |_| {
        workspace.with(|workspace| {
            workspace
                .partners
                .iter()
                .map(|partner| Row {
                    id: partner.id,
                    name: partner.name().to_owned(),
                    stage: partner.stage,
                })
                .collect::<Vec<_>>()
        })
    });

    view! {
        <section aria-labelledby="partner-list-heading">
            <h2 id="partner-list-heading">"Your partners"</h2>
            <Show
                when=move || rows.with(|rows| !rows.is_empty())
                fallback=|| {
                    view! {
                        <p class="empty">
                            "No partners yet. Add the first organization you want to learn about."
                        </p>
                    }
                }
            >
                <ul class="partner-list">
                    <For each=move || rows.get() key=|row| row.clone() let:row>
                        <li>
                            <a href=Route::Partner(row.id).href()>{row.name}</a>
                            <span class="stage">{row.stage.label()}</span>
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}
