//! One partner's page; the research, contact, meeting and log steps grow here.

use leptos::prelude::*;

use crate::app::routing::Route;
use crate::app::state::use_app_state;
use crate::model::RecordId;

/// Shows one partner, or says plainly that it does not exist here.
#[component]
pub fn PartnerPage(
    /// The partner to show, from the location.
    id: RecordId,
) -> impl IntoView {
    let workspace = use_app_state().workspace();
    let partner = move || workspace.with(|workspace| workspace.partner(id).cloned());
    view! {
        <p>
            <a href=Route::Partners.href()>"← All partners"</a>
        </p>
        {move || match partner() {
            Some(partner) => {
                view! {
                    <h1>{partner.name}</h1>
                    <p>"Stage: " <strong>{partner.stage.label()}</strong></p>
                }
                    .into_any()
            }
            None => {
                view! {
                    <h1>"Partner not found"</h1>
                    <p>"No partner with this address is stored in this browser."</p>
                }
                    .into_any()
            }
        }}
    }
}
