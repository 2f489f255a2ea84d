use leptos::prelude::*;

use crate::app::components::CheckboxField;
use crate::app::handles::{PartnerHandle, Place};
use crate::app::routing::{Route, Step};
use crate::guide::readiness::{ChecklistItem, readiness};
use crate::model::Stage;

/// The research checklist with its readiness indicator: advice, never a lock.
#[component]
pub fn ChecklistSection(
    /// The partner researched.
    partner: PartnerHandle,
) -> impl IntoView {
    let checklist = Memo::new(move |_| partner.with(|p| p.checklist).unwrap_or_default());
    let stage = Memo::new(move |_| partner.with(|p| p.stage).unwrap_or_default());
    let status = Memo::new(move |_| readiness(&checklist.get()));
    let mark_ready = move |_| {
        partner.edit(|p| p.stage = p.stage.advance_to(Stage::ReadyToReachOut));
    };
    view! {
        <section class="form-section checklist" aria-labelledby="checklist-heading">
            <h3 id="checklist-heading">"Homework checklist"</h3>
            <div class="readiness">
                <progress
                    id="readiness-meter"
                    max=move || status.get().total
                    value=move || status.get().done
                    aria-label="Research readiness"
                ></progress>
                <p role="status">{move || status.get().describe()}</p>
            </div>
            {ChecklistItem::ALL
                .into_iter()
                .map(|item| {
                    let done = Signal::derive(move || item.is_done(&checklist.get()));
                    let toggle = Callback::new(move |done: bool| partner.edit(|p| item.set(&mut p.checklist, done)));
                    view! { <CheckboxField id=format!("checklist-{}", item.key()) label=item.label() checked=done on_change=toggle /> }
                })
                .collect_view()}
            <Show when=move || {
                status.with(|status| status.is_ready()) && stage.get().advance_to(Stage::ReadyToReachOut) != stage.get()
            }>
                <button type="button" on:click=mark_ready>
                    "Mark as ready to reach out"
                </button>
            </Show>
            <p>
                <a href=Route::Partner(partner.id(), Step::Contact).href()>"Go to the first contact"</a>
            </p>
        </section>
    }
}
