//! The dashboard: where every relationship stands at a glance.

use chrono::Local;
use leptos::prelude::*;

use crate::app::components::BackupStatusText;
use crate::app::routing::{Route, Step};
use crate::app::state::use_app_state;
use crate::guide::next_actions::{ActionKind, LOOKAHEAD_DAYS, next_actions};
use crate::guide::reciprocity::Ledger;
use crate::model::Stage;

/// Gives an overview of all partners by stage, the starting point of each visit.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let total = move || workspace.with(|workspace| workspace.partners.len());
    view! {
        <h1>"Dashboard"</h1>
        <section aria-labelledby="by-stage-heading">
            <h2 id="by-stage-heading">"Partners by stage"</h2>
            <Show
                when=move || { total() > 0 }
                fallback=|| {
                    view! {
                        <p class="empty">
                            "No partners yet. "
                            <a href=Route::Partners.href()>"Add the first organization"</a>
                            " you want to learn about."
                        </p>
                    }
                }
            >
                <dl class="stage-counts">
                    {Stage::ALL
                        .into_iter()
                        .map(|stage| {
                            let count = move || {
                                workspace.with(|workspace| workspace.count_in_stage(stage))
                            };
                            view! {
                                <div>
                                    <dt>{stage.label()}</dt>
                                    <dd>{count}</dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
            </Show>
        </section>
        <NextActions />
        <ReciprocityWarnings />
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Backup"</h2>
            <p>
                <BackupStatusText /> " "
                <a href=Route::Data.href()>"Export on the Data page"</a>
            </p>
        </section>
    }
}

/// What needs doing soon, in date order, each linking to where to do it.
#[component]
fn NextActions() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let today = Local::now().date_naive();
    let actions = Memo::new(move |_| workspace.with(|workspace| next_actions(workspace, today)));
    view! {
        <section aria-labelledby="next-actions-heading">
            <h2 id="next-actions-heading">"Next actions"</h2>
            <Show
                when=move || actions.with(|a| !a.is_empty())
                fallback=|| view! { <p class="empty">{format!("Nothing due in the next {LOOKAHEAD_DAYS} days.")}</p> }
            >
                <ul class="next-actions">
                    {move || {
                        actions
                            .get()
                            .into_iter()
                            .map(|action| {
                                let step = match action.kind {
                                    ActionKind::FollowUp => Step::Contact,
                                    ActionKind::Meeting => Step::Meeting,
                                    ActionKind::Commitment { .. } => Step::Log,
                                    ActionKind::TheirEvent { .. } => Step::Research,
                                };
                                let href = Route::Partner(action.partner_id, step).href();
                                view! {
                                    <li class:due=action.is_due(today)>
                                        <a href=href>{action.describe(today)}</a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </section>
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
