use crate::model::dates;
use leptos::prelude::*;

use crate::app::components::{ChoiceSelect, Field, FieldIds, date_from_input, date_to_input};
use crate::app::handles::{DraftHandle, PartnerHandle, Place, lens};
use crate::guide::follow_up::is_follow_up;
use crate::model::{Channel, Choice, ContactDraft};

/// The DOM id of the Sent box, which takes the focus when a draft is marked as sent.
pub const SENT_BOX_ID: &str = "sent-box";

/// The contact that went out last: when, what it said, and the response and
/// follow-up to track.
#[component]
pub fn SentStatus(
    /// The partner contacted.
    partner: PartnerHandle,
) -> impl IntoView {
    let last_sent = DraftHandle::last_sent(partner);
    let sent = Memo::new(move |_| last_sent.with(ContactDraft::clone));
    let sent_id = Memo::new(move |_| sent.with(|d| d.as_ref().map(|d| d.id)));
    // Only the first contact has a follow-up; the follow-up itself has none.
    let was_follow_up = Memo::new(move |_| {
        partner
            .with(|p| p.last_sent().is_some_and(|d| is_follow_up(p, d)))
            .unwrap_or(false)
    });
    let read = move |get: fn(&ContactDraft) -> String| {
        move || sent.with(|d| d.as_ref().map(get).unwrap_or_default())
    };
    // A date sent that cannot be read leaves the one stored; its log entry follows it.
    let (sent_on, set_sent_on) = last_sent.text_as(
        lens!(sent_on),
        |date| date_to_input(*date),
        |text| date_from_input(text).map(Some),
    );
    let (follow_up_on, set_follow_up_on) = last_sent.date(lens!(follow_up_on));
    let (response, set_response) = last_sent.choice(lens!(response));
    let summary = read(|d| {
        let when = d
            .sent_on
            .map(dates::long_date)
            .unwrap_or_else(|| "an unknown date".into());
        format!("Sent on {when}, by {}.", d.channel.label().to_lowercase())
    });
    let subject = read(|d| match d.channel {
        Channel::Email => d.subject.clone(),
        Channel::PhoneCall | Channel::AtTheirEvent => String::new(),
    });
    view! {
        <Show when=move || sent_id.with(Option::is_some)>
            <section id=SENT_BOX_ID class="form-section sent-box" tabindex="-1" aria-labelledby="sent-heading">
                <h3 id="sent-heading">{move || if was_follow_up.get() { "Follow-up sent" } else { "Sent" }}</h3>
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
                            prop:value=sent_on
                            on:change=move |e| set_sent_on.run(event_target_value(&e))
                        />
                    </Field>
                    <ChoiceSelect id="sent-response" label="Response" value=response on_change=set_response />
                    <Show when=move || !was_follow_up.get()>
                        <Field ids=FieldIds::new("sent-follow-up") label="Follow up on">
                            <input
                                id="sent-follow-up"
                                type="date"
                                prop:value=follow_up_on
                                on:change=move |e| set_follow_up_on.run(event_target_value(&e))
                            />
                        </Field>
                    </Show>
                </div>
            </section>
        </Show>
    }
}
