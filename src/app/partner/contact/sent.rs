use chrono::Utc;
use leptos::prelude::*;

use crate::app::components::{date_from_input, date_to_input};
use crate::app::state::use_app_state;
use crate::model::{ContactDraft, RecordId, Response};

/// The contact that went out last: when, and the response and follow-up to track.
#[component]
pub fn SentStatus(
    /// The partner contacted.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    let sent = Memo::new(move |_| {
        workspace.with(|w| {
            w.partner(id)
                .and_then(|p| p.last_sent())
                .map(|d| (d.id, d.sent_on, d.channel, d.response, d.follow_up_on))
        })
    });
    let edit_sent = move |edit: Box<dyn FnOnce(&mut ContactDraft)>| {
        let Some((draft_id, ..)) = sent.get_untracked() else {
            return;
        };
        state.edit_partner(id, |partner| {
            if let Some(draft) = partner.drafts.iter_mut().find(|d| d.id == draft_id) {
                edit(draft);
                draft.updated_at = Utc::now();
            }
        });
    };
    view! {
        {move || {
            sent.get()
                .map(|(_, sent_on, channel, response, follow_up_on)| {
                    let when = sent_on.map(|d| d.format("%B %-d, %Y").to_string()).unwrap_or_else(|| "an unknown date".into());
                    view! {
                        <section class="form-section" aria-labelledby="sent-heading">
                            <h3 id="sent-heading">"Sent"</h3>
                            <p>{format!("Sent on {when}, by {}.", channel.label().to_lowercase())}</p>
                            <div class="record-grid">
                                <div class="field">
                                    <label for="sent-response">"Response"</label>
                                    <select
                                        id="sent-response"
                                        on:change=move |e| {
                                            let chosen = event_target_value(&e);
                                            if let Some(response) = Response::ALL.into_iter().find(|r| r.label() == chosen) {
                                                edit_sent(Box::new(move |d| d.response = response));
                                            }
                                        }
                                    >
                                        {Response::ALL
                                            .into_iter()
                                            .map(|option| {
                                                view! {
                                                    <option value=option.label() selected=option == response>
                                                        {option.label()}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for="sent-follow-up">"Follow up on"</label>
                                    <input
                                        id="sent-follow-up"
                                        type="date"
                                        prop:value=date_to_input(follow_up_on)
                                        on:change=move |e| {
                                            let date = date_from_input(&event_target_value(&e));
                                            edit_sent(Box::new(move |d| d.follow_up_on = date));
                                        }
                                    />
                                </div>
                            </div>
                        </section>
                    }
                })
        }}
    }
}
