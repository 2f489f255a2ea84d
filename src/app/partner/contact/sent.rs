use chrono::{Local, Utc};
use leptos::prelude::*;

use crate::app::components::{ChoiceSelect, Field, FieldIds, date_from_input, date_to_input};
use crate::app::state::use_app_state;
use crate::model::{Channel, Choice, ContactDraft, RecordId, Response, edit_by_id};

/// The DOM id of the Sent box, which takes the focus when a draft is marked as sent.
pub const SENT_BOX_ID: &str = "sent-box";

/// The contact that went out last: when, what it said, and the response and
/// follow-up to track.
#[component]
pub fn SentStatus(
    /// The partner contacted.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    let sent =
        Memo::new(move |_| workspace.with(|w| w.partner(id).and_then(|p| p.last_sent()).cloned()));
    let sent_id = Memo::new(move |_| sent.with(|d| d.as_ref().map(|d| d.id)));
    let read = move |get: fn(&ContactDraft) -> String| {
        move || sent.with(|d| d.as_ref().map(get).unwrap_or_default())
    };
    let edit_sent = move |edit: Box<dyn FnOnce(&mut ContactDraft)>| {
        let Some(draft_id) = sent_id.get_untracked() else {
            return;
        };
        state.edit_partner(id, |partner| {
            let now = Utc::now();
            edit_by_id(&mut partner.drafts, draft_id, now, edit);
            // The log entry of this contact follows its date.
            partner.keep_log_in_step(draft_id, Local::now().date_naive(), now);
        });
    };
    let summary = read(|d| {
        let when = d
            .sent_on
            .map(|date| date.format("%B %-d, %Y").to_string())
            .unwrap_or_else(|| "an unknown date".into());
        format!("Sent on {when}, by {}.", d.channel.label().to_lowercase())
    });
    let subject = read(|d| match d.channel {
        Channel::Email => d.subject.clone(),
        Channel::PhoneCall | Channel::AtTheirEvent => String::new(),
    });
    let response = Memo::new(move |_| sent.with(|d| d.as_ref().map(|d| d.response)));
    let set_response = Callback::new(move |picked: Option<Response>| {
        if let Some(response) = picked {
            edit_sent(Box::new(move |d| d.response = response));
        }
    });
    view! {
        <Show when=move || sent_id.with(Option::is_some)>
            <section id=SENT_BOX_ID class="form-section sent-box" tabindex="-1" aria-labelledby="sent-heading">
                <h3 id="sent-heading">"Sent"</h3>
                <p>{summary}</p>
                <h4 id="sent-message-heading">"Sent message"</h4>
                <div class="sent-message" role="group" aria-labelledby="sent-message-heading">
                    <Show when=move || !subject().is_empty()>
                        <p class="subject">{move || format!("Subject: {}", subject())}</p>
                    </Show>
                    <p class="message-text">{read(|d| d.body.clone())}</p>
                </div>
                <div class="record-grid">
                    <Field ids=FieldIds::new("sent-date") label="Date sent">
                        <input
                            id="sent-date"
                            type="date"
                            prop:value=read(|d| date_to_input(d.sent_on))
                            on:change=move |e| {
                                if let Some(date) = date_from_input(&event_target_value(&e)) {
                                    edit_sent(Box::new(move |d| d.sent_on = Some(date)));
                                }
                            }
                        />
                    </Field>
                    <ChoiceSelect id="sent-response" label="Response" value=response.into() on_change=set_response />
                    <Field ids=FieldIds::new("sent-follow-up") label="Follow up on">
                        <input
                            id="sent-follow-up"
                            type="date"
                            prop:value=read(|d| date_to_input(d.follow_up_on))
                            on:change=move |e| {
                                let date = date_from_input(&event_target_value(&e));
                                edit_sent(Box::new(move |d| d.follow_up_on = date));
                            }
                        />
                    </Field>
                </div>
            </section>
        </Show>
    }
}
