use leptos::prelude::*;

use crate::app::state::DependsOn;

use crate::app::routing::{Route, Step};
use crate::app::state::use_app_state;
use crate::guide::readiness::{ChecklistItem, readiness};
use crate::model::{RecordId, Stage};

/// The research checklist with its readiness indicator: advice, never a lock.
#[component]
pub fn ChecklistSection(
    /// The partner researched.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let checklist = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |workspace| {
            workspace
                .partner(id)
                .map(|p| p.checklist)
                .unwrap_or_default()
        })
    });
    let stage = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |workspace| {
            workspace.partner(id).map(|p| p.stage).unwrap_or_default()
        })
    });
    let status = Memo::new(move |_| readiness(&checklist.get()));
    let mark_ready = move |_| {
        state.edit_partner(id, |partner| {
            partner.stage = partner.stage.advance_to(Stage::ReadyToReachOut)
        });
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
                    let input_id = format!("checklist-{item:?}");
                    let toggle = move |event| {
                        let done = event_target_checked(&event);
                        state.edit_partner(id, |partner| item.set(&mut partner.checklist, done));
                    };
                    view! {
                        <div class="checkbox-field">
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                prop:checked=move || item.is_done(&checklist.get())
                                on:change=toggle
                            />
                            <label for=input_id>{item.label()}</label>
                        </div>
                    }
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
                <a href=Route::Partner(id, Step::Contact).href()>"Go to the first contact"</a>
            </p>
        </section>
    }
}
