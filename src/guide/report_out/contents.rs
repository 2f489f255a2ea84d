//! What goes into the report-out: their words first, our research and guesses labelled.

use crate::model::dates;
use chrono::NaiveDate;

use super::{Report, Section, Span};
use crate::model::{CommitmentStatus, InteractionKind, Partner, Party};

/// The report-out for `partner`, prepared on `today`: what we heard from
/// them comes first, in their words, each saying whose meeting it came from;
/// our own research follows, and our guesses stand apart, labelled as ours.
pub fn report(partner: &Partner, today: NaiveDate) -> Report {
    let met: Vec<_> = partner.meetings.iter().rev().collect();
    let mut heard = what_we_heard(partner);
    if heard.is_empty() {
        heard.push(text("Nothing heard from them yet: ask them at a meeting."));
    }

    let research = &partner.research;
    let mut work: Vec<Vec<Span>> = [
        ("Mission", &research.mission),
        ("Current issues and campaigns", &research.current_issues),
        ("How they work", &research.how_they_work),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(label, text)| labelled(label, text))
    .collect();
    if work.is_empty() {
        work.push(text("Nothing noted yet."));
    }

    let mut support: Vec<Vec<Span>> = met
        .iter()
        .filter(|m| !m.after.their_meetings_we_may_attend.trim().is_empty())
        .map(|m| {
            labelled(
                "Their meetings we may attend",
                &m.after.their_meetings_we_may_attend,
            )
        })
        .collect();
    for event in partner
        .events
        .iter()
        .filter(|e| e.date.is_none_or(|date| date >= today))
    {
        let when = event
            .date
            .map(dates::month_day)
            .unwrap_or_else(|| "date to confirm".into());
        let place = match event.place.trim() {
            "" => String::new(),
            place => format!(", {place}"),
        };
        support.push(vec![
            Span::Text("Attend ".into()),
            Span::Strong(event.title.trim().to_owned()),
            Span::Text(format!(" ({when}{place})")),
        ]);
    }
    for commitment in partner
        .commitments
        .iter()
        .filter(|c| c.owner == Party::Us && c.status == CommitmentStatus::Open)
    {
        let due = commitment
            .due_on
            .map(|d| format!(" (by {})", dates::month_day(d)))
            .unwrap_or_default();
        support.push(text(&format!(
            "We promised: {}{due}",
            commitment.what.trim()
        )));
    }
    if support.is_empty() {
        support.push(text("Ask them at the next meeting."));
    }
    // Our guesses never sit under their needs: they stand apart, to check with them.
    let value = &partner.value_to_them;
    let guesses: Vec<Vec<Span>> = [
        ("Short term", &value.short_term),
        ("Long term", &value.long_term),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(label, text)| labelled(label, text))
    .collect();

    let mut sections = vec![
        Section {
            heading: "What we heard, in their words".into(),
            items: heard,
        },
        Section {
            heading: "Their current work, from our research".into(),
            items: work,
        },
        Section {
            heading: "Opportunities to support them".into(),
            items: support,
        },
    ];
    if !guesses.is_empty() {
        sections.push(Section {
            heading: "Our own guesses, to check with them".into(),
            items: guesses,
        });
    }
    let recent: Vec<_> = partner
        .log
        .iter()
        .rev()
        .take(5)
        .map(|entry| {
            let when = entry
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "undated".into());
            text(&format!(
                "{when}, {}: {}",
                entry.kind.label().to_lowercase(),
                entry.summary.trim()
            ))
        })
        .collect();
    if !recent.is_empty() {
        sections.push(Section {
            heading: "Recent contact".into(),
            items: recent,
        });
    }
    Report {
        title: format!("{}: report-out", partner.name().trim()),
        prepared: format!("Prepared {}.", dates::long_date(today)),
        sections,
    }
}

/// A list item of a bold label and the user's text.
fn labelled(label: &str, text: &str) -> Vec<Span> {
    vec![
        Span::Strong(format!("{label}:")),
        Span::Text(format!(" {}", text.trim())),
    ]
}

/// Their words from every meeting with them, each of their meetings or
/// events we attended, and each visit of theirs to our meeting, newest
/// first, each labelled with whose meeting it came from.
fn what_we_heard(partner: &Partner) -> Vec<Vec<Span>> {
    let meetings = partner.meetings.iter().map(|meeting| {
        let label = dated("Our meeting with them", meeting.date);
        (meeting.date, label, meeting.after.what_we_heard.as_str())
    });
    let their_events = partner
        .log
        .iter()
        .filter(|entry| entry.kind == InteractionKind::WeAttendedTheirEvent)
        .map(|entry| {
            (
                entry.date,
                dated("Their event, which we attended", entry.date),
                entry.summary.as_str(),
            )
        });
    let visits = partner.visits.iter().map(|visit| {
        let label = dated("Their visit to our meeting", visit.date);
        (visit.date, label, visit.notes.as_str())
    });
    let mut heard: Vec<(Option<NaiveDate>, String, &str)> = meetings
        .chain(their_events)
        .chain(visits)
        .filter(|(_, _, words)| !words.trim().is_empty())
        .collect();
    // Newest first; undated notes last.
    heard.sort_by_key(|(date, ..)| std::cmp::Reverse(*date));
    heard
        .into_iter()
        .map(|(_, label, words)| labelled(&label, words))
        .collect()
}

/// Whose meeting a note is from, and when: "Our meeting with them, November 12".
fn dated(whose: &str, date: Option<NaiveDate>) -> String {
    match date {
        Some(date) => format!("{whose}, {}", dates::month_day(date)),
        None => whose.to_owned(),
    }
}

/// A list item of plain text.
fn text(text: &str) -> Vec<Span> {
    vec![Span::Text(text.to_owned())]
}
