//! Their people sitting in on our meeting to explore working together: the
//! agenda we send them ahead, with their item near the start and their
//! perspective and advice asked for on the issues we discuss.

use crate::model::{OurGroup, Partner, Visit};

/// How long a visit to our meeting is planned for, unless the user changes it.
const VISIT_MINUTES: u32 = 90;

/// A visit planned with what we know: our group's meeting day and place
/// when set, and an agenda that puts their item near the start.
pub fn planned_visit(partner: &Partner, group: &OurGroup, visit: Visit) -> Visit {
    let place = if group.next_meeting_place.trim().is_empty() {
        group.meeting_place.trim()
    } else {
        group.next_meeting_place.trim()
    };
    Visit {
        date: group.next_meeting_on,
        duration_minutes: VISIT_MINUTES,
        place: place.to_owned(),
        agenda: visit_agenda(partner.name(), group),
        ..visit
    }
}

/// The agenda we send them in advance, one item a line, in our words.
fn visit_agenda(partner_name: &str, group: &OurGroup) -> String {
    let us = match group.name.trim() {
        "" => "our group".to_owned(),
        name => name.to_owned(),
    };
    [
        format!("Welcome, and introductions around the room ({us})"),
        format!("{partner_name}: their work, in their words, and how we might work together"),
        format!(
            "The issues we are working on, with {partner_name}'s perspective and advice on each"
        ),
        "Our own business".to_owned(),
        "Next steps together, and thanks".to_owned(),
    ]
    .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_now;

    fn group() -> OurGroup {
        OurGroup {
            name: "Maple Street Neighbors".into(),
            meeting_place: "Main library, room B".into(),
            ..OurGroup::default()
        }
    }

    #[test]
    fn their_item_comes_right_after_the_welcome_and_their_advice_is_asked() {
        let lines: Vec<String> = visit_agenda("Casa Latina", &group())
            .lines()
            .map(str::to_owned)
            .collect();
        assert!(lines[0].starts_with("Welcome"));
        assert!(lines[1].starts_with("Casa Latina: their work"));
        assert!(lines[2].contains("Casa Latina's perspective and advice on each"));
        assert!(
            lines.iter().all(|line| !line.contains("ask of us")),
            "{lines:?}"
        );
        assert!(lines[0].contains("Maple Street Neighbors"));
    }

    #[test]
    fn a_visit_is_planned_for_our_next_meeting_when_we_know_it() {
        let partner = Partner::new("Casa Latina", test_now()).unwrap();
        let usual = planned_visit(&partner, &group(), Visit::new(test_now()));
        assert_eq!(
            (usual.place.as_str(), usual.date),
            ("Main library, room B", None)
        );
        assert_eq!(usual.duration_minutes, VISIT_MINUTES);

        let next_on = chrono::NaiveDate::from_ymd_opt(2026, 12, 3);
        let known = OurGroup {
            next_meeting_on: next_on,
            next_meeting_place: "Community hall".into(),
            ..group()
        };
        let next = planned_visit(&partner, &known, Visit::new(test_now()));
        assert_eq!(
            (next.place.as_str(), next.date),
            ("Community hall", next_on)
        );
    }
}
