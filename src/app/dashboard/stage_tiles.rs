use leptos::prelude::*;

use crate::app::routing::Route;
use crate::app::state::use_app_state;
use crate::guide::plural;
use crate::model::{Choice, Stage};

/// How many partners are at each stage, each count a link to the partner
/// list filtered by that stage.
#[component]
pub fn StageTiles() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let counts = Memo::new(move |_| {
        workspace.with(|workspace| Stage::ALL.map(|stage| workspace.count_in_stage(stage)))
    });
    view! {
        <section aria-labelledby="by-stage-heading">
            <h2 id="by-stage-heading">"Partners by stage"</h2>
            <ul class="stage-tiles">
                {Stage::ALL
                    .into_iter()
                    .map(|stage| {
                        let count = move || counts.with(|counts| counts[stage.position()]);
                        view! {
                            <li class:zero=move || count() == 0>
                                <a href=Route::PartnersInStage(stage).href()>
                                    // One name for assistive technology; the tile's two parts are for the eye.
                                    <span class="visually-hidden">
                                        {move || {
                                            format!("{}: {}", stage.label(), plural::count(count(), "partner", "partners"))
                                        }}
                                    </span>
                                    <span class="stage-tile-label" aria-hidden="true">{stage.label()}</span>
                                    <span class="stage-tile-count" aria-hidden="true">{count}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
