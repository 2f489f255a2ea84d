use leptos::prelude::*;

use super::MeetingHandle;
use crate::app::browser::focus_when_rendered;
use crate::app::components::TextField;
use crate::app::handles::{ItemHandle, Place, lens};
use crate::guide::agenda::{Timing, default_agenda, human_element};
use crate::model::{AgendaItem, AgendaSection};

/// The agenda: listening first, with editable minutes and a warning when
/// listening falls under half of the time.
#[component]
pub fn AgendaEditor(
    /// The meeting planned.
    meeting: MeetingHandle,
) -> impl IntoView {
    let timing = Memo::new(move |_| meeting.with(|m| Timing::of(&m.agenda)));
    let agenda = meeting.list(lens!(agenda));
    let items = Memo::new(move |_| {
        meeting
            .with(|m| {
                m.agenda
                    .iter()
                    .map(|item| (item.id, item.section))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let regenerate = move |_| {
        let group = meeting
            .owner()
            .state()
            .workspace()
            .with_untracked(|w| w.our_group.clone());
        meeting.edit(|m| m.agenda = default_agenda(m.duration_minutes, &group));
    };
    // The human element where it fits the conversation: offered, not fixed.
    let include_human = move |_| {
        let minutes = meeting.with(|m| m.duration_minutes).unwrap_or_default();
        let added = agenda.push(human_element(minutes));
        focus_when_rendered(format!("agenda-{added}-title"));
    };
    view! {
        <section class="form-section" aria-labelledby="agenda-heading">
            <h3 id="agenda-heading">"Agenda"</h3>
            <p role="status" class="timing">
                {move || {
                    timing
                        .get()
                        .map(|t| format!("Listening: {} of {} minutes.", t.listening, t.total))
                }}
            </p>
            <Show when=move || timing.get().and_then(Timing::warning).is_some()>
                <p class="notice notice-warning" role="alert">
                    {move || timing.get().and_then(Timing::warning)}
                </p>
            </Show>
            {AgendaSection::ALL
                .into_iter()
                .map(|section| {
                    let in_section = move || {
                        items.get().into_iter().filter(|(_, s)| *s == section).map(|(item, _)| item).collect::<Vec<_>>()
                    };
                    view! {
                        <fieldset class="agenda-section">
                            <legend>{section.label()}</legend>
                            <For
                                each=in_section
                                key=|item| *item
                                children=move |item| {
                                    let number = items
                                        .with_untracked(|items| {
                                            items.iter().filter(|(_, s)| *s == section).position(|(i, _)| *i == item)
                                        })
                                        .map_or(1, |at| at + 1);
                                    let label = format!("{} item {number}", section.label());
                                    view! { <AgendaItemFields item=agenda.item(item) label /> }
                                }
                            />
                            <Show when=move || section == AgendaSection::HumanElement && in_section().is_empty()>
                                <p class="help">"What brought each of you to this work, where it fits the conversation."</p>
                                <button type="button" class="secondary" on:click=include_human>
                                    "Include the human element"
                                </button>
                            </Show>
                        </fieldset>
                    }
                })
                .collect_view()}
            <button type="button" class="secondary" on:click=regenerate>
                "Rebuild the agenda for the meeting's duration"
            </button>
        </section>
    }
}

/// The title and minutes of one agenda item.
#[component]
fn AgendaItemFields(
    /// The agenda item.
    item: ItemHandle<MeetingHandle, AgendaItem>,
    /// Its name, section and place ("Listening item 1"), so no two fields share one.
    label: String,
) -> impl IntoView {
    let (title, set_title) = item.text(lens!(title));
    let (minutes, set_minutes) = item.length_in_minutes(lens!(minutes));
    let item = item.id();
    let minutes_label = move || format!("Minutes for \u{201c}{}\u{201d}", title.get());
    view! {
        <div class="agenda-item">
            <TextField id=format!("agenda-{item}-title") label multiline=true value=title on_input=set_title />
            <div class="field minutes-field">
                <label for=format!("agenda-{item}-minutes")>"Minutes"</label>
                <input
                    id=format!("agenda-{item}-minutes")
                    type="number"
                    min="0"
                    aria-label=minutes_label
                    prop:value=minutes
                    on:input=move |e| set_minutes.run(event_target_value(&e))
                />
            </div>
        </div>
    }
}
