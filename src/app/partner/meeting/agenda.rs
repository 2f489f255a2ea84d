use leptos::prelude::*;

use super::MeetingHandle;
use crate::app::components::TextField;
use crate::app::handles::{ItemHandle, Place, lens};
use crate::guide::agenda::{Timing, default_agenda};
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
                            <For each=in_section key=|item| *item let:item>
                                <AgendaItemFields item=agenda.item(item) />
                            </For>
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
) -> impl IntoView {
    let (title, set_title) = item.text(lens!(title));
    let (minutes, set_minutes) = item.whole_number(lens!(minutes));
    let item = item.id();
    let minutes_label = move || format!("Minutes for \u{201c}{}\u{201d}", title.get());
    view! {
        <div class="agenda-item">
            <TextField id=format!("agenda-{item}-title") label="Item" multiline=true value=title on_input=set_title />
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
