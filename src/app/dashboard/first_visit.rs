use leptos::prelude::*;

use crate::app::routing::Route;

/// Welcomes a browser with no partners: how to start here, and that data
/// kept on another device has to be brought over, since nothing syncs.
#[component]
pub fn FirstVisit() -> impl IntoView {
    view! {
        <section class="first-visit" aria-labelledby="first-visit-heading">
            <h2 id="first-visit-heading">"Getting started"</h2>
            <p>
                "No partners yet. " <a href=Route::Partners.href()>"Add the first organization"</a>
                " you want to learn about."
            </p>
            <crate::app::workspaces::OpenDemo />
            <p>
                "Where to start: local groups led by the community they serve, with an analysis of what holds that community back and a plan to shift power. Give them priority."
            </p>
            <p>
                "What you enter stays in this browser, on this device only: nothing is sent anywhere, so another phone or computer starts empty. Already started on another device? Export your data there, then bring the file here."
            </p>
            <p>
                <a class="button" href=Route::DataImport.href()>
                    "Import a file from another device"
                </a>
            </p>
        </section>
    }
}
