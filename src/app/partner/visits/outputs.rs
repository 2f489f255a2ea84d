use chrono::Utc;
use leptos::prelude::*;

use super::VisitHandle;
use crate::app::browser::{print_with_status, save_with_status};
use crate::app::handles::Place;
use crate::guide::ics::{CalendarEvent, calendar_file};
use crate::model::{Visit, dates};

/// Takes the visit out of the app: a calendar file for us and for them,
/// and the agenda printed to send ahead.
#[component]
pub fn VisitOutputs(
    /// The visit planned.
    visit: VisitHandle,
) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    let download = move |_| {
        let name = visit.owner().with(|p| p.name().to_owned());
        let (Some(name), Some(found)) = (name, visit.with(Clone::clone)) else {
            return;
        };
        let (Some(date), Some(time)) = (found.date, found.start_time) else {
            message.set(Some(
                "Set the day of the visit and when our meeting starts first.".into(),
            ));
            return;
        };
        let event = CalendarEvent {
            uid: found.id,
            start: date.and_time(time),
            duration_minutes: found.duration_minutes,
            summary: format!("{name} visits our meeting"),
            location: found.place.clone(),
            description: found.agenda.clone(),
        };
        let file_name = format!("visit-{date}.ics");
        match calendar_file(&event, Utc::now()) {
            Ok(file) => save_with_status(&file_name, "text/calendar", &file, message),
            Err(refusal) => message.set(Some(refusal.to_string())),
        }
    };
    let print = move |_| print_with_status(Some("visit"), message);
    view! {
        <div class="button-row">
            <button type="button" on:click=download>
                "Download the visit's calendar file"
            </button>
            <button type="button" class="secondary" on:click=print>
                "Print the agenda to send"
            </button>
        </div>
        <p role="status">{move || message.get()}</p>
    }
}

/// The agenda we send them, as printed: shown only on paper.
#[component]
pub fn PrintableVisitAgenda(
    /// The visit planned.
    visit: VisitHandle,
) -> impl IntoView {
    let content = move || {
        let name = visit.owner().with(|p| p.name().to_owned())?;
        visit.with(|v| {
            view! {
                <h2>{format!("Our meeting, with {name}")}</h2>
                <p>{when(v)} " · " {v.place.clone()}</p>
                <h3>"Agenda"</h3>
                <ol>
                    {v.agenda
                        .lines()
                        .map(str::trim)
                        .filter(|line| !line.is_empty())
                        .map(|line| view! { <li>{line.to_owned()}</li> })
                        .collect_view()}
                </ol>
            }
        })
    };
    view! { <section class="print-only printable-agenda printable-visit">{content}</section> }
}

/// The visit's day and start, as the printout says it.
fn when(visit: &Visit) -> String {
    match (visit.date, visit.start_time) {
        (Some(date), Some(time)) => format!(
            "{}, {} ({} minutes)",
            dates::weekday_long_date(date),
            dates::clock(time),
            visit.duration_minutes
        ),
        (Some(date), None) => dates::weekday_long_date(date),
        _ => "Date to be agreed".to_owned(),
    }
}
