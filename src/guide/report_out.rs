//! The report-out: what a partner is working on and how our group can
//! support it, ready to share with our members as Markdown.

use chrono::NaiveDate;

use crate::model::{CommitmentStatus, Partner, Party};

/// The report-out as a small document, which the screen renders and
/// [`Report::to_markdown`] writes out; user text in it is kept as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    /// When it was prepared, as a sentence.
    pub prepared: String,
    pub sections: Vec<Section>,
}

/// A headed list in the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    /// One list item each, made of spans.
    pub items: Vec<Vec<Span>>,
}

/// A run of text within a list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    Text(String),
    /// Text to stand out: a label, or the name of one of their events.
    Strong(String),
}

/// The report-out for `partner`, prepared on `today`: what we heard from
/// them comes first, in their words; our own research and guesses follow,
/// labelled as ours.
pub fn report(partner: &Partner, today: NaiveDate) -> Report {
    let met: Vec<_> = partner.meetings.iter().rev().collect();
    let mut heard: Vec<Vec<Span>> = met
        .iter()
        .filter(|m| !m.after.what_we_heard.trim().is_empty())
        .map(|m| labelled(&meeting_label(m.date), &m.after.what_we_heard))
        .collect();
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
            .map(|d| d.format("%B %-d").to_string())
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
            .map(|d| format!(" (by {})", d.format("%B %-d")))
            .unwrap_or_default();
        support.push(text(&format!(
            "We promised: {}{due}",
            commitment.what.trim()
        )));
    }
    let value = &partner.value_to_them;
    support.extend(
        [
            ("Our own guess, short term", &value.short_term),
            ("Our own guess, long term", &value.long_term),
        ]
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(label, text)| labelled(label, text)),
    );
    if support.is_empty() {
        support.push(text("Ask them at the next meeting."));
    }

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
        prepared: format!("Prepared {}.", today.format("%B %-d, %Y")),
        sections,
    }
}

/// The report-out for `partner`, as Markdown, prepared on `today`.
pub fn report_out(partner: &Partner, today: NaiveDate) -> String {
    report(partner, today).to_markdown()
}

impl Report {
    /// The report as Markdown, with every piece of text escaped so that it
    /// reads exactly as typed.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n{}\n", plain(&self.title), plain(&self.prepared));
        for section in &self.sections {
            out.push_str(&format!("\n## {}\n\n", plain(&section.heading)));
            for item in &section.items {
                out.push_str("- ");
                for span in item {
                    match span {
                        Span::Text(text) => out.push_str(&plain(text)),
                        Span::Strong(text) => out.push_str(&format!("**{}**", plain(text))),
                    }
                }
                out.push('\n');
            }
        }
        out
    }
}

/// A list item of a bold label and the user's text.
fn labelled(label: &str, text: &str) -> Vec<Span> {
    vec![
        Span::Strong(format!("{label}:")),
        Span::Text(format!(" {}", text.trim())),
    ]
}

/// Which meeting a note is from.
fn meeting_label(date: Option<NaiveDate>) -> String {
    date.map_or_else(
        || "At our meeting".to_owned(),
        |date| format!("At our meeting on {}", date.format("%B %-d")),
    )
}

/// A list item of plain text.
fn text(text: &str) -> Vec<Span> {
    vec![Span::Text(text.to_owned())]
}

/// Text on one line, with Markdown's own characters escaped, so that
/// what the user typed is shown as typed.
fn plain(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => escaped.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '<' | '>' | '|' => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{
        AfterMeeting, Commitment, InteractionKind, LogEntry, Meeting, PublicEvent, RecordId,
    };

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn lists_their_work_upcoming_events_our_promises_and_recent_contact() {
        let now = Utc::now();
        let mut partner = Partner::new("Casa *Latina*", now).unwrap();
        partner.research.mission = "Fair pay\nand dignity".into();
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: Some(day(12, 5)),
            title: "Open assembly".into(),
            place: "Their hall".into(),
        });
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: Some(day(10, 1)),
            title: "Past rally".into(),
            place: String::new(),
        });
        partner.commitments.push(Commitment {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            owner: Party::Us,
            what: "Share their volunteer form".into(),
            due_on: Some(day(12, 1)),
            status: CommitmentStatus::Open,
            meeting_id: None,
        });
        partner.log.push(LogEntry {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: Some(day(11, 20)),
            kind: InteractionKind::WeAttendedTheirEvent,
            summary: "Eight of us came".into(),
            people: String::new(),
            we_made_an_ask: false,
            source: None,
        });

        let markdown = report_out(&partner, day(11, 26));
        assert_eq!(
            markdown,
            "# Casa \\*Latina\\*: report-out\n\nPrepared November 26, 2026.\n\n\
             ## What we heard, in their words\n\n- Nothing heard from them yet: ask them at a meeting.\n\n\
             ## Their current work, from our research\n\n- **Mission:** Fair pay and dignity\n\n\
             ## Opportunities to support them\n\n- Attend **Open assembly** (December 5, Their hall)\n\
             - We promised: Share their volunteer form (by December 1)\n\n\
             ## Recent contact\n\n- 2026-11-20, we attended their event or action: Eight of us came\n"
        );
    }

    #[test]
    fn an_empty_partner_still_reads_as_a_report() {
        let partner = Partner::new("Tenants", Utc::now()).unwrap();
        let markdown = report_out(&partner, day(11, 26));
        assert!(markdown.contains("- Nothing noted yet."));
        assert!(markdown.contains("- Ask them at the next meeting."));
        assert!(!markdown.contains("Recent contact"));
    }

    #[test]
    fn the_document_keeps_labels_and_event_names_apart_from_user_text() {
        let now = Utc::now();
        let mut partner = Partner::new("Casa", now).unwrap();
        partner.research.mission = " Fair pay ".into();
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: None,
            title: "**Open** assembly".into(),
            place: String::new(),
        });
        let document = report(&partner, day(11, 26));
        assert_eq!(document.title, "Casa: report-out");
        assert_eq!(document.sections.len(), 3);
        assert_eq!(
            document.sections[1].items,
            [vec![
                Span::Strong("Mission:".into()),
                Span::Text(" Fair pay".into())
            ]]
        );
        assert_eq!(
            document.sections[2].items[0],
            [
                Span::Text("Attend ".into()),
                Span::Strong("**Open** assembly".into()),
                Span::Text(" (date to confirm)".into())
            ]
        );
        assert!(
            document
                .to_markdown()
                .contains("- Attend **\\*\\*Open\\*\\* assembly** (date to confirm)\n")
        );
    }

    #[test]
    fn what_we_heard_and_their_meetings_lead_and_our_guesses_are_labelled_ours() {
        let now = Utc::now();
        let mut partner = Partner::new("Casa Latina", now).unwrap();
        partner.value_to_them.short_term = "Turnout at the wage board hearing".into();
        partner.value_to_them.long_term = "A stronger ordinance".into();
        partner.meetings.push(Meeting {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: Some(day(11, 12)),
            start_time: None,
            duration_minutes: 60,
            location: String::new(),
            our_attendees: Vec::new(),
            their_attendees: Vec::new(),
            agenda: Vec::new(),
            questions: Vec::new(),
            our_introduction: String::new(),
            after: AfterMeeting {
                held: true,
                what_we_heard: "Wage theft is the first thing workers raise".into(),
                invitation_extended: String::new(),
                their_meetings_we_may_attend: "Monthly worker assembly, first Tuesdays".into(),
            },
        });
        let document = report(&partner, day(11, 26));
        assert_eq!(
            document.sections[0].heading,
            "What we heard, in their words"
        );
        assert_eq!(
            document.sections[0].items,
            [vec![
                Span::Strong("At our meeting on November 12:".into()),
                Span::Text(" Wage theft is the first thing workers raise".into())
            ]]
        );
        let support = &document.sections[2];
        assert_eq!(support.heading, "Opportunities to support them");
        assert_eq!(
            support.items,
            [
                vec![
                    Span::Strong("Their meetings we may attend:".into()),
                    Span::Text(" Monthly worker assembly, first Tuesdays".into())
                ],
                vec![
                    Span::Strong("Our own guess, short term:".into()),
                    Span::Text(" Turnout at the wage board hearing".into())
                ],
                vec![
                    Span::Strong("Our own guess, long term:".into()),
                    Span::Text(" A stronger ordinance".into())
                ],
            ]
        );
    }

    #[test]
    fn markdown_and_markup_in_user_text_stay_literal() {
        assert_eq!(
            plain("<b>[x](y)</b> # _a_"),
            "\\<b\\>\\[x\\](y)\\</b\\> \\# \\_a\\_"
        );
    }
}
