use chrono::Utc;
use leptos::prelude::*;

use super::channel_offer::ChannelOffer;
use super::humility_panel::HumilityPanel;
use super::send::SendPanel;
use super::to_line::ToLine;
use crate::app::browser::focus_when_rendered;
use crate::app::components::{Field, FieldIds, TextField};
use crate::app::handles::{DraftHandle, PartnerHandle, Place, lens};
use crate::guide::templates::first_contact;
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
    // The channel and event picked here: before a draft exists, what it will
    // start from; once it exists, a change not yet applied to it.
    let picked_channel = RwSignal::new(None::<Channel>);
    let picked_event = RwSignal::new(None::<RecordId>);
    let draft_channel = Memo::new(move |_| current.get().map(|(_, channel, _)| channel));
    let channel = Signal::derive(move || {
        picked_channel
            .get()
            .or(draft_channel.get())
            .unwrap_or_default()
    });
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
        partner.edit(|partner| {
            let event_record =
                event.and_then(|event| partner.events.iter().find(|e| e.id == event));
            let template = first_contact(channel, partner, &group, event_record);
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
            <Show
                when=move || current.with(Option::is_some)
                fallback=move || {
                    view! {
                        <p>"A draft starts from a humble template filled from your research. Edit it freely."</p>
                        <button type="button" on:click=move |_| start_draft()>
                            {move || if has_history.get() { "Start a new draft" } else { "Start a draft" }}
                        </button>
                    }
                }
            >
                <Show when=move || draft_channel.get() == Some(Channel::Email)>
                    <TextField id="draft-subject" label="Subject" value=subject on_input=set_subject />
                </Show>
                <div class="composer-grid">
                    <TextField id=MESSAGE_ID label="Message" multiline=true value=message on_input=set_message />
                    <HumilityPanel partner />
                </div>
                <SendPanel partner />
            </Show>
        </section>
    }
}
