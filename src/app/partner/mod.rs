//! One partner's page; the research, contact, meeting and log steps grow here.

mod stage_picker;

use leptos::prelude::*;

use crate::app::routing::Route;
use crate::app::state::use_app_state;
use crate::model::RecordId;
use stage_picker::StagePicker;

/// Shows one partner, or says plainly that it does not exist here.
#[component]
pub fn PartnerPage(
    /// The partner to show, from the location.
    id: RecordId,
) -> impl IntoView {
    let workspace = use_app_state().workspace();
    let name = Memo::new(move |_| {
        workspace.with(|workspace| {
            workspace
                .partner(id)
                .map(|partner| partner.name().to_owned())
        })
    });
    view! {
        <p>
            <a href=Route::Partners.href()>"← All partners"</a>
        </p>
        {move || match name.get() {
            Some(name) => view! {
                <h1>{name}</h1>
                <StagePicker id />
            }
                .into_any(),
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
