use chrono::Utc;
use leptos::prelude::*;

use super::MeetingHandle;
use crate::app::browser::{print_with_status, save_with_status};
use crate::app::handles::Place;
use crate::guide::agenda::Timing;
use crate::guide::ics::{CalendarEvent, calendar_file};
use crate::model::{AgendaSection, Meeting};

/// The agenda as plain text, for the calendar file's description.
pub fn agenda_text(meeting: &Meeting) -> String {
    let mut text = String::new();
    for section in AgendaSection::ALL {
        let items: Vec<_> = meeting
            .agenda
            .iter()
            .filter(|item| item.section == section)
            .collect();
        if items.is_empty() {
            continue;
        }
        let minutes: u64 = items.iter().map(|item| u64::from(item.minutes)).sum();
        text.push_str(&format!("{} ({minutes} min)\n", section.label()));
        for item in items {
            text.push_str(&format!("- {} ({} min)\n", item.title, item.minutes));
        }
    }
    let questions: Vec<_> = meeting
        .questions
        .iter()
        .filter(|q| !q.text.trim().is_empty())
        .collect();
    if !questions.is_empty() {
        text.push_str("Questions\n");
        for question in questions {
            text.push_str(&format!("- {}\n", question.text));
        }
    }
    let timing = Timing::of(&meeting.agenda);
    text.push_str(&format!(
        "Listening: {} of {} minutes.",
        timing.listening, timing.total
    ));
    text
}

/// Takes the plan out of the app: a calendar file and a printed agenda.
#[component]
pub fn MeetingOutputs(
    /// The meeting planned.
    meeting: MeetingHandle,
) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    let download = move |_| {
        let name = meeting.owner().with(|p| p.name().to_owned());
        let (Some(name), Some(found)) = (name, meeting.with(Clone::clone)) else {
            return;
        };
        let (Some(date), Some(time)) = (found.date, found.start_time) else {
            message.set(Some("Set the meeting's date and start time first.".into()));
            return;
        };
        let event = CalendarEvent {
            uid: found.id,
            start: date.and_time(time),
            duration_minutes: found.duration_minutes,
            summary: format!("Listen-first meeting with {name}"),
            location: found.location.clone(),
            description: agenda_text(&found),
        };
        let file_name = format!("meeting-{}.ics", date);
        match calendar_file(&event, Utc::now()) {
            Ok(file) => save_with_status(&file_name, "text/calendar", &file, message),
            Err(refusal) => message.set(Some(refusal.to_string())),
        }
    };
    let print = move |_| print_with_status(Some("meeting"), message);
    view! {
        <div class="button-row">
            <button type="button" on:click=download>
                "Download calendar file"
            </button>
            <button type="button" class="secondary" on:click=print>
                "Print agenda"
            </button>
        </div>
        <p role="status">{move || message.get()}</p>
    }
}
