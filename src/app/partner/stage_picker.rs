use leptos::prelude::*;

use crate::app::state::DependsOn;

use crate::app::components::ChoiceSelect;
use crate::app::state::use_app_state;
use crate::model::{RecordId, Stage};

/// Shows where the relationship stands and lets the user set it by hand.
#[component]
pub fn StagePicker(
    /// The partner whose stage this is.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let stage = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |workspace| {
            workspace.partner(id).map(|partner| partner.stage)
        })
    });
    let choose = Callback::new(move |picked: Option<Stage>| {
        if let Some(stage) = picked {
            state.set_stage(id, stage);
        }
    });
    view! {
        <ChoiceSelect id="partner-stage" label="Stage" class="stage-field" value=stage.into() on_change=choose />
    }
}
