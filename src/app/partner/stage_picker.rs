use leptos::prelude::*;

use crate::app::components::ChoiceSelect;
use crate::app::handles::{PartnerHandle, Place, lens};

/// Shows where the relationship stands and lets the user set it by hand.
#[component]
pub fn StagePicker(
    /// The partner whose stage this is.
    partner: PartnerHandle,
) -> impl IntoView {
    let (stage, choose) = partner.choice(lens!(stage));
    view! {
        <ChoiceSelect id="partner-stage" label="Stage" class="stage-field" value=stage on_change=choose />
    }
}
