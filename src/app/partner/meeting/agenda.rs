use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::DependsOn;

use super::binding::{edit_meeting, find};
use crate::app::binding::bound_text;
use crate::app::components::TextField;
use crate::app::state::use_app_state;
use crate::guide::agenda::{Timing, default_agenda};
use crate::model::{AgendaItem, AgendaSection, RecordId, edit_by_id};

/// The agenda: listening first, with editable minutes and a warning when
/// listening falls under half of the time.
#[component]
pub fn AgendaEditor(
    /// The partner met.
    id: RecordId,
    /// The meeting planned.
    meeting: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    let timing = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            find(w, id, meeting).map(|m| Timing::of(&m.agenda))
        })
    });
    let items = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            find(w, id, meeting)
                .map(|m| {
                    m.agenda
                        .iter()
                        .map(|item| (item.id, item.section))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let regenerate = move |_| {
        let group = workspace.with_untracked(|w| w.our_group.clone());
        edit_meeting(state, id, meeting, |m| {
            m.agenda = default_agenda(m.duration_minutes, &group)
        });
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
                                <AgendaItemFields id meeting item />
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
    /// The partner met.
    id: RecordId,
    /// The meeting planned.
    meeting: RecordId,
    /// The agenda item.
    item: RecordId,
) -> impl IntoView {
    let read = move |get: fn(&AgendaItem) -> String| {
        move |w: &crate::model::Workspace| {
            find(w, id, meeting)?
                .agenda
                .iter()
                .find(|i| i.id == item)
                .map(get)
        }
    };
    let write = move |set: fn(&mut AgendaItem, String)| {
        move |state, text: String| {
            edit_meeting(state, id, meeting, |m| {
                edit_by_id(&mut m.agenda, item, Utc::now(), |found| set(found, text));
            });
        }
    };
    let (title, set_title) = bound_text(
        DependsOn::Partner(id),
        read(|i| i.title.clone()),
        write(|i, v| i.title = v),
    );
    let (minutes, set_minutes) = bound_text(
        DependsOn::Partner(id),
        read(|i| i.minutes.to_string()),
        write(|i, v| {
            if let Ok(minutes) = v.trim().parse() {
                i.minutes = minutes;
            }
        }),
    );
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
