use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::guide::plural;
use crate::guide::what_worked::WhatWorked;
use crate::model::Choice;

/// What has worked so far across partners, so the next approach can learn
/// from the last: first contacts by channel, time to a first meeting, the
/// feedback we received and acted on, and how often we showed up.
#[component]
pub fn WhatWorkedSection() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let worked = Memo::new(move |_| workspace.with(WhatWorked::of));
    view! {
        <Show when=move || worked.with(|worked| !worked.is_empty())>
            <section aria-labelledby="what-worked-heading">
                <h2 id="what-worked-heading">"What has worked"</h2>
                <Show when=move || worked.with(|worked| !worked.channels.is_empty())>
                    <div class="table-scroll" tabindex="0" role="region" aria-label="First contacts by channel, table">
                        <table class="what-worked">
                            <caption>"First contacts by channel"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Channel"</th>
                                    <th scope="col">"Sent"</th>
                                    <th scope="col">"Replied"</th>
                                    <th scope="col">"Declined"</th>
                                    <th scope="col">"No reply"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || {
                                    worked
                                        .get()
                                        .channels
                                        .into_iter()
                                        .map(|row| {
                                            view! {
                                                <tr>
                                                    <th scope="row">{row.channel.label()}</th>
                                                    <td>{row.sent}</td>
                                                    <td>{row.replied}</td>
                                                    <td>{row.declined}</td>
                                                    <td>{row.no_reply}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()
                                }}
                            </tbody>
                        </table>
                    </div>
                </Show>
                <p>{move || worked.with(time_to_meet)}</p>
                <p>{move || worked.with(WhatWorked::trust_figures)}</p>
            </section>
        </Show>
    }
}

/// "From first contact to first meeting: 10 days at the median, over 3 partners."
fn time_to_meet(worked: &WhatWorked) -> String {
    match worked.median_days_to_first_meeting() {
        Some(days) => format!(
            "From first contact to first meeting: {} at the median, over {}.",
            plural::days(days),
            plural::count(worked.days_to_first_meeting.len(), "partner", "partners"),
        ),
        None => "No partner has gone from a first contact to a meeting yet.".to_owned(),
    }
}
