//! The dashboard: what to do next, and where every relationship stands.

mod first_visit;
mod losing_touch;
mod next_actions;
mod safari_notice;
mod stage_tiles;
mod what_worked;

use leptos::prelude::*;

use crate::app::components::BackupStatusText;
use crate::app::routing::{Route, Step};
use crate::app::state::use_app_state;
use crate::guide::reciprocity::Ledger;
use crate::store::WorkspaceKind;

use first_visit::FirstVisit;
use losing_touch::LosingTouchSection;
use next_actions::NextActionsSection;
use stage_tiles::StageTiles;
use what_worked::WhatWorkedSection;

/// The starting point of each visit: what to do next first, then where every
/// relationship stands; on a new device, how to start or bring data over.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    // The demo's sample data needs no backup.
    let own = state.kind() == WorkspaceKind::Own;
    let has_partners =
        Memo::new(move |_| workspace.with(|workspace| !workspace.partners.is_empty()));
    view! {
        <h1>"Dashboard"</h1>
        <safari_notice::SafariNotice />
        <Show when=move || !has_partners.get()>
            <FirstVisit />
        </Show>
        <NextActionsSection />
        <LosingTouchSection />
        <Show when=move || has_partners.get()>
            <StageTiles />
        </Show>
        <ReciprocityWarnings />
        <WhatWorkedSection />
        {own.then(|| view! {
            <section aria-labelledby="backup-heading">
                <h2 id="backup-heading">"Backup"</h2>
                <p>
                    <BackupStatusText /> " "
                    <a href=Route::Data.href()>"Export on the Data page"</a>
                </p>
                <safari_notice::SafariBackupReminder />
            </section>
        })}
    }
}

/// Partners whose asks run ahead of our showing up, each linking to its log.
#[component]
fn ReciprocityWarnings() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let warnings = Memo::new(move |_| {
        workspace.with(|workspace| {
            workspace
                .partners
                .iter()
                .filter_map(|partner| {
                    let warning = Ledger::of(partner).warning()?;
                    Some((partner.id, partner.name().to_owned(), warning))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || warnings.with(|w| !w.is_empty())>
            <section aria-labelledby="reciprocity-heading">
                <h2 id="reciprocity-heading">"Reciprocity"</h2>
                <ul class="reciprocity-warnings">
                    {move || {
                        warnings
                            .get()
                            .into_iter()
                            .map(|(id, name, warning)| {
                                view! {
                                    <li>
                                        <a href=Route::Partner(id, Step::Log).href()>{name}</a>
                                        ": "
                                        {warning}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}
