//! The report-out: what a partner is working on and how our group can
//! support it, ready to share with our members as Markdown.

use chrono::NaiveDate;

use crate::model::{CommitmentStatus, Partner, Party};

/// The report-out for `partner`, as Markdown, prepared on `today`.
pub fn report_out(partner: &Partner, today: NaiveDate) -> String {
    let mut out = format!("# {}: report-out\n\n", plain(partner.name()));
    out.push_str(&format!("Prepared {}.\n", today.format("%B %-d, %Y")));

    out.push_str("\n## Their current work\n\n");
    let research = &partner.research;
    let mut any = false;
    for (label, text) in [
        ("Mission", &research.mission),
        ("Current issues and campaigns", &research.current_issues),
        ("How they work", &research.how_they_work),
    ] {
        if !text.trim().is_empty() {
            out.push_str(&format!("- **{label}:** {}\n", plain(text)));
            any = true;
        }
    }
    if !any {
        out.push_str("- Nothing noted yet.\n");
    }

    out.push_str("\n## Opportunities to support them\n\n");
    let mut any = false;
    for event in partner
        .events
        .iter()
        .filter(|e| e.date.is_none_or(|date| date >= today))
    {
        let when = event
            .date
            .map(|d| d.format("%B %-d").to_string())
            .unwrap_or_else(|| "date to confirm".into());
        let place = if event.place.trim().is_empty() {
            String::new()
        } else {
            format!(", {}", plain(&event.place))
        };
        out.push_str(&format!(
            "- Attend **{}** ({when}{place})\n",
            plain(&event.title)
        ));
        any = true;
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
        out.push_str(&format!(
            "- We promised: {}{due}\n",
            plain(&commitment.what)
        ));
        any = true;
    }
    if !partner.value_to_them.short_term.trim().is_empty() {
        out.push_str(&format!(
            "- What would help them now: {}\n",
            plain(&partner.value_to_them.short_term)
        ));
        any = true;
    }
    if !any {
        out.push_str("- Ask them at the next meeting.\n");
    }

    let recent: Vec<_> = partner.log.iter().rev().take(5).collect();
    if !recent.is_empty() {
        out.push_str("\n## Recent contact\n\n");
        for entry in recent {
            let when = entry
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "undated".into());
            out.push_str(&format!(
                "- {when}, {}: {}\n",
                entry.kind.label().to_lowercase(),
                plain(&entry.summary)
            ));
        }
    }
    out
}

/// User text on one line, with Markdown's own characters escaped, so that
/// what the user typed is shown as typed.
fn plain(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.trim().chars() {
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
    use crate::model::{Commitment, InteractionKind, LogEntry, PublicEvent, RecordId};

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
             ## Their current work\n\n- **Mission:** Fair pay and dignity\n\n\
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
    fn markdown_and_markup_in_user_text_stay_literal() {
        assert_eq!(
            plain("<b>[x](y)</b> # _a_"),
            "\\<b\\>\\[x\\](y)\\</b\\> \\# \\_a\\_"
        );
    }
}
