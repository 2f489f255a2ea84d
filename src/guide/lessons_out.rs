//! Sharing what we learned with the wider network: every lesson across
//! partners as one document, with partner names hidden when asked.

use chrono::NaiveDate;

use crate::guide::hidden_names::HiddenNames;
use crate::guide::report_out::{Report, Section, Span};
use crate::model::{Workspace, dates};

/// Every lesson we wrote down, by partner (alphabetical), each with what we
/// will change. With `hide_names`, no partner, coalition, person, email
/// address or phone number of the workspace is named: not in the headings,
/// nor anywhere in our own words ([`HiddenNames`]).
pub fn lessons_report(workspace: &Workspace, today: NaiveDate, hide_names: bool) -> Report {
    let hidden = hide_names.then(|| HiddenNames::of(workspace));
    let mut partners: Vec<_> = workspace
        .partners
        .iter()
        .filter(|partner| partner.lessons.iter().any(|l| !l.lesson.trim().is_empty()))
        .collect();
    partners.sort_by_key(|partner| partner.name().to_lowercase());
    let sections = partners
        .into_iter()
        .map(|partner| {
            let name = partner.name();
            let shown = |text: &str| match &hidden {
                Some(hidden) => hidden.hide(text),
                None => text.to_owned(),
            };
            let items = partner
                .lessons
                .iter()
                .filter(|lesson| !lesson.lesson.trim().is_empty())
                .map(|lesson| {
                    let mut spans = Vec::new();
                    if let Some(date) = lesson.date {
                        spans.push(Span::Strong(format!("{}:", dates::short_date(date))));
                        spans.push(Span::Text(" ".to_owned()));
                    }
                    spans.push(Span::Text(shown(lesson.lesson.trim())));
                    if !lesson.what_we_will_change.trim().is_empty() {
                        spans.push(Span::Text(" ".to_owned()));
                        spans.push(Span::Strong("What we will change:".to_owned()));
                        spans.push(Span::Text(format!(
                            " {}",
                            shown(lesson.what_we_will_change.trim())
                        )));
                    }
                    spans
                })
                .collect();
            let heading = if hide_names {
                "With a partner organization".to_owned()
            } else {
                format!("With {name}")
            };
            Section { heading, items }
        })
        .collect();
    Report {
        title: "What we learned from our partnerships".to_owned(),
        prepared: format!("Shared on {}.", dates::long_date(today)),
        sections,
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{Lesson, Partner};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn workspace() -> Workspace {
        let mut casa = Partner::new("Casa Latina", Utc::now()).unwrap();
        casa.lessons.push(Lesson {
            date: Some(day(3)),
            lesson: "We spoke for CASA LATINA to a reporter.".into(),
            what_we_will_change: "Refer press to Casa Latina's spokespeople.".into(),
            ..Lesson::new(Utc::now())
        });
        casa.lessons.push(Lesson::new(Utc::now()));
        let mut access = Partner::new("Access Now", Utc::now()).unwrap();
        access.lessons.push(Lesson {
            lesson: "Book a step-free room.".into(),
            ..Lesson::new(Utc::now())
        });
        let quiet = Partner::new("No lessons yet", Utc::now()).unwrap();
        Workspace {
            partners: vec![casa, access, quiet],
            ..Workspace::default()
        }
    }

    #[test]
    fn every_written_lesson_is_shared_by_partner_with_what_we_will_change() {
        let markdown = lessons_report(&workspace(), day(10), false).to_markdown();
        let start = "# What we learned from our partnerships\n\nShared on November 10, 2026.\n";
        assert!(markdown.starts_with(start), "{markdown}");
        let access = markdown.find("## With Access Now").unwrap();
        let casa = markdown.find("## With Casa Latina").unwrap();
        assert!(access < casa, "partners in alphabetical order");
        assert!(markdown.contains("\n- Book a step-free room.\n"));
        let casa_lesson = "\n- **Nov 3, 2026:** We spoke for CASA LATINA to a reporter. \
            **What we will change:** Refer press to Casa Latina's spokespeople.\n";
        assert!(markdown.contains(casa_lesson), "{markdown}");
        assert!(
            !markdown.contains("No lessons yet"),
            "partners without lessons are left out"
        );
    }

    #[test]
    fn hidden_names_leave_no_trace_of_the_partner_in_headings_or_our_words() {
        let markdown = lessons_report(&workspace(), day(10), true).to_markdown();
        assert!(
            !markdown.to_lowercase().contains("casa latina"),
            "{markdown}"
        );
        assert!(!markdown.contains("Access Now"));
        assert!(markdown.contains("We spoke for a partner organization to a reporter."));
        assert!(markdown.contains("Refer press to a partner organization's spokespeople."));
        assert_eq!(
            markdown.matches("## With a partner organization").count(),
            2
        );
    }
}
