//! The partner list: every organization the user is learning about.

mod add_partner_form;
mod partner_list;

use leptos::prelude::*;

use crate::model::Stage;

use add_partner_form::AddPartnerForm;
use partner_list::PartnerList;

/// Lists partner organizations and starts the research on a new one.
#[component]
pub fn PartnersPage(
    /// The stage to show first, when the address names one.
    #[prop(optional)]
    stage: Option<Stage>,
) -> impl IntoView {
    view! {
        <h1>"Partners"</h1>
        <p class="lede">
            "Each organization you might partner with gets its own page: research them, reach out humbly, meet at their place, and keep track of how trust grows."
        </p>
        <aside class="notice guidance start-with" aria-labelledby="start-with-heading">
            <h2 id="start-with-heading">"Whom to approach first"</h2>
            <p>{crate::guide::START_WITH}</p>
        </aside>
        <AddPartnerForm />
        <PartnerList initial_stage=stage />
    }
}
