use chrono::{Duration, Local};
use leptos::prelude::*;

use chrono::Utc;

use super::sent::SENT_BOX_ID;
use crate::app::browser::{copy_with_status, focus_when_rendered};
use crate::app::components::{Field, FieldIds, date_from_input};
use crate::app::handles::{PartnerHandle, Place};
use crate::guide::follow_up::FOLLOW_UP_AFTER_DAYS;
use crate::guide::mailto::mailto;
use crate::guide::outgoing::copied_text;
use crate::guide::templates::{PAUSE, voicemail};
use crate::model::{Channel, DraftStatus, Record, Stage};

/// What the send panel needs of the draft and the partner.
#[derive(Clone, PartialEq)]
struct Outgoing {
    channel: Channel,
    subject: String,
    body: String,
    email: String,
    phone: Option<(String, String)>,
    /// What to say if the call reaches voicemail; empty for other channels.
    voicemail: String,
}

/// Copy, open in the mail app, read as a call script, and mark as sent.
#[component]
pub fn SendPanel(
    /// The partner whose current draft this is.
    partner: PartnerHandle,
) -> impl IntoView {
    let group = Memo::new(move |_| partner.state().group_with(Clone::clone));
    let outgoing = Memo::new(move |_| {
        group
            .with(|group| {
                partner.with(|partner| {
                    let draft = partner.current_draft()?;
                    Some(Outgoing {
                        voicemail: if draft.channel == Channel::PhoneCall {
                            voicemail(partner, group)
                        } else {
                            String::new()
                        },
                        channel: draft.channel,
                        subject: draft.subject.clone(),
                        body: draft.body.clone(),
                        email: partner
                            .email_contact()
                            .map(|p| p.email.trim().to_owned())
                            .unwrap_or_default(),
                        phone: partner
                            .phone_contact()
                            .map(|p| (p.name.clone(), p.phone.trim().to_owned())),
                    })
                })
            })
            .flatten()
    });
    let channel = Memo::new(move |_| outgoing.with(|o| o.as_ref().map(|o| o.channel)));
    let message = RwSignal::new(None::<String>);
    let sent_on = RwSignal::new(Local::now().date_naive().to_string());

    let copy = move |_| {
        let Some((channel, text)) = outgoing.with_untracked(|o| {
            o.as_ref()
                .map(|o| (o.channel, copied_text(o.channel, &o.subject, &o.body)))
        }) else {
            return;
        };
        let copied = if channel == Channel::Email && text.starts_with("Subject: ") {
            "Copied the subject and the message."
        } else {
            "Copied the message."
        };
        copy_with_status(text, copied.to_owned(), "the message", message);
    };
    let mark_sent = move |_| {
        let Some(date) = date_from_input(&sent_on.get_untracked()) else {
            message.set(Some("Enter the date it was sent.".into()));
            return;
        };
        partner.edit(|partner| {
            let now = Utc::now();
            // Only the first contact is followed up, once; a follow-up is not.
            let first_contact = partner.last_sent().is_none();
            let Some(draft) = partner.current_draft_mut() else {
                return;
            };
            draft.edit(now, |draft| {
                draft.status = DraftStatus::Sent;
                draft.sent_on = Some(date);
                if first_contact && draft.follow_up_on.is_none() {
                    draft.follow_up_on =
                        date.checked_add_signed(Duration::days(FOLLOW_UP_AFTER_DAYS));
                }
            });
            let sent = draft.id;
            partner.keep_log_in_step(sent, Local::now().date_naive(), now);
            partner.stage = partner.stage.advance_to(Stage::Contacted);
        });
        // The draft has gone out: what it produced is the Sent box, which says so.
        focus_when_rendered(SENT_BOX_ID.into());
    };

    view! {
        <div class="send-panel">
            <div class="button-row">
                <button type="button" class="secondary" on:click=copy>
                    "Copy"
                </button>
                <Show when=move || channel.get() == Some(Channel::Email)>
                    <a
                        class="button secondary"
                        href=move || outgoing.with(|o| o.as_ref().map(|o| mailto(&o.email, &o.subject, &o.body)))
                    >
                        "Open in mail app"
                    </a>
                </Show>
            </div>
            <Show when=move || channel.get() == Some(Channel::PhoneCall)>
                <section class="call-script" aria-labelledby="call-script-heading">
                    <h4 id="call-script-heading">"Call script"</h4>
                    {move || {
                        outgoing
                            .get()
                            .and_then(|o| o.phone)
                            .map(|(name, phone)| {
                                let label = if name.trim().is_empty() { phone.clone() } else { format!("{name}, {phone}") };
                                view! {
                                    <p>
                                        "Call " <a href=format!("tel:{}", phone.replace(' ', ""))>{label}</a>
                                    </p>
                                }
                            })
                    }}
                    {move || {
                        outgoing
                            .get()
                            .map(|o| {
                                o.body
                                    .split("\n\n")
                                    .filter(|part| !part.trim().is_empty())
                                    .map(|part| {
                                        let pause = part.trim() == PAUSE;
                                        view! { <p class:pause=pause>{part.to_owned()}</p> }
                                    })
                                    .collect_view()
                            })
                    }}
                    <h5>"If you reach voicemail"</h5>
                    <p class="voicemail">{move || outgoing.with(|o| o.as_ref().map(|o| o.voicemail.clone()))}</p>
                </section>
            </Show>
            <div class="mark-sent">
                <Field ids=FieldIds::new("sent-on") label="Sent on">
                    <input
                        id="sent-on"
                        type="date"
                        prop:value=sent_on
                        on:input=move |e| sent_on.set(event_target_value(&e))
                    />
                </Field>
                <button type="button" on:click=mark_sent>
                    "Mark as sent"
                </button>
            </div>
            <p role="status">{move || message.get()}</p>
        </div>
    }
}
