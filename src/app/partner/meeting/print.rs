use crate::model::dates;
use leptos::prelude::*;

use super::MeetingHandle;
use crate::app::handles::Place;
use crate::guide::agenda::Timing;
use crate::model::AgendaSection;

/// The agenda as printed: shown only on paper, sized to fit one page.
#[component]
pub fn PrintableAgenda(
    /// The meeting planned.
    meeting: MeetingHandle,
) -> impl IntoView {
    let content = move || {
        meeting.owner().with(|partner| {
            let m = partner.meetings.iter().find(|m| m.id == meeting.id())?;
            let when = match (m.date, m.start_time) {
                (Some(date), Some(time)) => format!("{}, {}", dates::weekday_long_date(date), dates::clock(time)),
                (Some(date), None) => dates::weekday_long_date(date),
                _ => "Date to be agreed".to_owned(),
            };
            let timing = Timing::of(&m.agenda);
            let sections = AgendaSection::ALL
                .into_iter()
                .map(|section| {
                    let items: Vec<_> = m
                        .agenda
                        .iter()
                        .filter(|i| i.section == section)
                        .map(|i| (i.title.clone(), i.minutes))
                        .collect();
                    (section.label(), items)
                })
                .filter(|(_, items)| !items.is_empty())
                .collect::<Vec<_>>();
            let questions: Vec<String> =
                m.questions.iter().map(|q| q.text.clone()).filter(|t| !t.trim().is_empty()).collect();
            let practices: Vec<String> =
                partner.practices.iter().map(|p| p.text.clone()).filter(|t| !t.trim().is_empty()).collect();
            Some(view! {
                <h2>{format!("Listen-first meeting with {}", partner.name())}</h2>
                <p>{when} " · " {format!("{} minutes", m.duration_minutes)} " · " {m.location.clone()}</p>
                <p>{format!("Listening: {} of {} minutes. No formal commitment is sought.", timing.listening, timing.total)}</p>
                {sections
                    .into_iter()
                    .map(|(label, items)| {
                        view! {
                            <h3>{label}</h3>
                            <ul>
                                {items
                                    .into_iter()
                                    .map(|(title, minutes)| view! { <li>{format!("{title} ({minutes} min)")}</li> })
                                    .collect_view()}
                            </ul>
                        }
                    })
                    .collect_view()}
                <h3>"Questions"</h3>
                <ul>{questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ul>
                {(!practices.is_empty())
                    .then(|| {
                        view! {
                            <h3>"Practices to respect"</h3>
                            <ul>{practices.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        }
                    })}
            })
        })
        .flatten()
    };
    view! { <section class="print-only printable-agenda">{content}</section> }
}
