use chrono::{Local, Utc};
use leptos::prelude::*;

use super::channel_offer::ChannelOffer;
use super::humility_panel::{HUMILITY_SUMMARY_ID, HumilityPanel};
use super::send::SendPanel;
use super::their_move::TheirMove;
use super::to_line::ToLine;
use crate::app::browser::focus_when_rendered;
use crate::app::components::{Field, FieldIds, TextField};
use crate::app::handles::{DraftHandle, PartnerHandle, Place, lens};
use crate::guide::follow_up::{Outreach, first_contact as first_sent, upcoming_event};
use crate::guide::templates::{first_contact, follow_up};
use crate::model::{Channel, Choice, ContactDraft, RecordId};

/// The DOM id of the Message field, which takes the focus when a draft starts.
const MESSAGE_ID: &str = "draft-message";

/// Writes the draft: channel, subject and message, with the humility check
/// beside it and the ways to send it below.
#[component]
pub fn Composer(
    /// The partner written to.
    partner: PartnerHandle,
) -> impl IntoView {
    let draft = DraftHandle::current(partner);
    let current = Memo::new(move |_| draft.with(|d| (d.id, d.channel, d.event_id)));
    let has_history = Memo::new(move |_| partner.with(|p| !p.drafts.is_empty()).unwrap_or(false));
    let today = Local::now().date_naive();
    let outreach = Memo::new(move |_| {
        partner
            .with(|p| Outreach::of(p, today))
            .unwrap_or(Outreach::Settled)
    });
    // Once our follow-up went out, or they declined, the next move is theirs.
    let may_write = move || {
        !matches!(
            outreach.get(),
            Outreach::FollowedUp(_) | Outreach::Silent(_) | Outreach::Declined
        )
    };
    let writes_follow_up = move || matches!(outreach.get(), Outreach::FollowUpDue(_));
    let events = Memo::new(move |_| {
        partner
            .with(|p| {
                p.events
                    .iter()
                    .map(|e| (e.id, e.title.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    // In person first: with one of their public events coming, meeting them
    // there asks nothing of their time, so a new draft starts on it.
    let upcoming = Memo::new(move |_| partner.with(|p| upcoming_event(p, today)).flatten());
    // The channel and event picked here: before a draft exists, what it will
    // start from; once it exists, a change not yet applied to it.
    let picked_channel = RwSignal::new(None::<Channel>);
    let picked_event = RwSignal::new(upcoming.with_untracked(|u| u.as_ref().map(|u| u.id)));
    let draft_channel = Memo::new(move |_| current.get().map(|(_, channel, _)| channel));
    // A follow-up goes the way the first contact went; a first contact goes
    // in person first when one of their events is coming.
    let first_channel = Memo::new(move |_| {
        partner
            .with(|p| first_sent(p).map(|first| first.channel))
            .flatten()
    });
    let in_person_first = move || upcoming.with(Option::is_some) && !writes_follow_up();
    let channel = Signal::derive(move || {
        picked_channel
            .get()
            .or(draft_channel.get())
            .unwrap_or_else(|| match first_channel.get() {
                Some(first) if writes_follow_up() => first,
                _ if in_person_first() => Channel::AtTheirEvent,
                _ => Channel::Email,
            })
    });
    let why_in_person = move || {
        let event = upcoming.get()?;
        let shows = current.with(Option::is_none)
            && in_person_first()
            && channel.get() == Channel::AtTheirEvent;
        shows.then(|| {
            format!(
                "In person first: {} is coming up on {}. Meeting them at their own public event asks nothing of their time. Email and a call stay one click away.",
                event.title, event.when
            )
        })
    };
    // A channel picked that the draft was not written for.
    let offered = Memo::new(move |_| {
        let written_for = draft_channel.get()?;
        let picked = picked_channel.get()?;
        (picked != written_for).then_some((written_for, picked))
    });
    let editing_draft_event = move || current.get().is_some() && offered.get().is_none();
    let event = Signal::derive(move || match current.get() {
        Some((_, _, event)) if offered.get().is_none() => event,
        _ => picked_event.get(),
    });

    let set_event = move |value: Option<RecordId>| {
        if editing_draft_event() {
            draft.edit(|draft| draft.event_id = value);
        } else {
            picked_event.set(value);
        }
    };
    let start_draft = move || {
        let (channel, event) = (channel.get_untracked(), event.get_untracked());
        // Read before editing: the workspace cannot be read while it is being changed.
        let group = partner
            .state()
            .workspace()
            .with_untracked(|w| w.our_group.clone());
        let today = Local::now().date_naive();
        partner.edit(|partner| {
            let event_record =
                event.and_then(|event| partner.events.iter().find(|e| e.id == event));
            let template = match (Outreach::of(partner, today), first_sent(partner)) {
                (Outreach::FollowUpDue(_), Some(first)) => {
                    follow_up(channel, partner, &group, first, event_record)
                }
                _ => first_contact(channel, partner, &group, event_record),
            };
            partner.drafts.push(ContactDraft {
                channel,
                event_id: event,
                subject: template.subject,
                body: template.body,
                ..ContactDraft::new(Utc::now())
            });
        });
        picked_channel.set(None);
        focus_when_rendered(MESSAGE_ID.into());
    };
    let keep_text = Callback::new(move |()| {
        let (channel, event) = (channel.get_untracked(), picked_event.get_untracked());
        draft.edit(|draft| {
            draft.channel = channel;
            if channel == Channel::AtTheirEvent {
                draft.event_id = event;
            }
        });
        picked_channel.set(None);
    });
    let (subject, set_subject) = draft.text(lens!(subject));
    let (message, set_message) = draft.text(lens!(body));

    view! {
        <section class="form-section composer" aria-labelledby="composer-heading">
            <h3 id="composer-heading">"Your draft"</h3>
            // Once the next move is theirs, there is no channel to choose.
            <Show when=move || may_write() || current.with(Option::is_some)>
                <fieldset class="choices">
                    <legend>"Channel"</legend>
                    {Channel::ALL
                        .into_iter()
                        .map(|option| {
                            let input_id = format!("channel-{}", option.key());
                            view! {
                                <div class="checkbox-field">
                                    <input
                                        type="radio"
                                        name="channel"
                                        id=input_id.clone()
                                        prop:checked=move || channel.get() == option
                                        on:change=move |_| picked_channel.set(Some(option))
                                    />
                                    <label for=input_id>{option.label()}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                {move || why_in_person().map(|why| view! { <p class="help in-person-first">{why}</p> })}
                <Show when=move || channel.get() == Channel::AtTheirEvent>
                    <Field ids=FieldIds::new("draft-event") label="Which event">
                        <Show
                            when=move || events.with(|events| !events.is_empty())
                            fallback=|| view! { <p class="help">"Add their public events in the research step first."</p> }
                        >
                            <select
                                id="draft-event"
                                on:change=move |e| set_event(event_target_value(&e).parse().ok())
                            >
                                <option value="" selected=move || event.get().is_none()>"Not chosen yet"</option>
                                <For each=move || events.get() key=|(id, title)| (*id, title.clone()) let:((event_id, title))>
                                    <option value=event_id.to_string() selected=move || event.get() == Some(event_id)>
                                        {title}
                                    </option>
                                </For>
                            </select>
                        </Show>
                    </Field>
                </Show>
                {move || {
                    offered
                        .get()
                        .map(|(written_for, picked)| {
                            view! {
                                <ChannelOffer
                                    written_for
                                    picked
                                    use_template=Callback::new(move |()| start_draft())
                                    keep_text
                                />
                            }
                        })
                }}
                <Show when=move || channel.get() == Channel::Email>
                    <ToLine partner />
                </Show>
            </Show>
            <TheirMove partner outreach today />
            <Show
                when=move || current.with(Option::is_some)
                fallback=move || {
                    view! {
                        <Show when=may_write>
                            <p>
                                {move || if writes_follow_up() {
                                    "One gentle follow-up: a short note that refers to your first contact and leaves them free to say no. It is the only one Common Ground suggests."
                                } else {
                                    "A draft starts from a humble template filled from your research. Edit it freely."
                                }}
                            </p>
                            <button type="button" on:click=move |_| start_draft()>
                                {move || if writes_follow_up() {
                                    "Write the follow-up"
                                } else if has_history.get() {
                                    "Start a new draft"
                                } else {
                                    "Start a draft"
                                }}
                            </button>
                        </Show>
                    }
                }
            >
                <Show when=move || draft_channel.get() == Some(Channel::Email)>
                    <TextField id="draft-subject" label="Subject" value=subject on_input=set_subject />
                </Show>
                <div class="composer-grid">
                    <TextField
                        id=MESSAGE_ID
                        label="Message"
                        multiline=true
                        value=message
                        on_input=set_message
                        described_by_also=HUMILITY_SUMMARY_ID
                    />
                    <HumilityPanel partner />
                </div>
                <SendPanel partner />
            </Show>
        </section>
    }
}
