use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::model::{RecordId, Stage};

/// Shows where the relationship stands and lets the user set it by hand.
#[component]
pub fn StagePicker(
    /// The partner whose stage this is.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    let stage = Memo::new(move |_| {
        workspace.with(|workspace| {
            workspace
                .partner(id)
                .map(|partner| partner.stage)
                .unwrap_or_default()
        })
    });
    let choose = move |event| {
        if let Some(chosen) = Stage::from_key(&event_target_value(&event)) {
            state.set_stage(id, chosen);
        }
    };
    view! {
        <div class="field stage-field">
            <label for="partner-stage">"Stage"</label>
            <select id="partner-stage" on:change=choose prop:value=move || stage.get().key()>
                {Stage::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <option value=option.key() selected=move || stage.get() == option>
                                {option.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
