//! Reciprocity: how often we showed up for a partner against how often we
//! asked something of them. Real partnership means showing up for them
//! before asking them to show up for us. The log also says how often we
//! were in touch, counting what the app logged by itself: a first contact
//! that went out and a meeting that took place.

use super::plural::count;
use crate::model::{InteractionKind, Partner};

/// Times we show up for a partner before the app offers to call it an
/// ongoing partnership: partnerships take time, and grow from a history of
/// showing up, not from one good meeting.
pub const SHOWING_UP_BEFORE_PARTNERSHIP: usize = 3;

/// The ledger of one partner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ledger {
    /// Times we showed up: attended their events or actions, volunteered or
    /// raised funds, or helped when they asked.
    pub showed_up: usize,
    /// Times we asked something of them.
    pub asks: usize,
    /// Interactions with them of any kind (a report-out to our own group is not one).
    pub contacts: usize,
}

impl Ledger {
    /// The ledger from a partner's log.
    pub fn of(partner: &Partner) -> Self {
        partner
            .log
            .iter()
            .fold(Ledger::default(), |mut ledger, entry| {
                let helped_on_their_ask = entry.kind == InteractionKind::TheyAskedForHelp
                    && !entry.what_we_did.trim().is_empty();
                if helped_on_their_ask
                    || matches!(
                        entry.kind,
                        InteractionKind::WeAttendedTheirEvent
                            | InteractionKind::WeVolunteeredOrRaisedFunds
                    )
                {
                    ledger.showed_up += 1;
                }
                if entry.we_made_an_ask {
                    ledger.asks += 1;
                }
                if entry.kind.is_contact() {
                    ledger.contacts += 1;
                }
                ledger
            })
    }

    /// How often we showed up against how often we asked, as a sentence.
    pub fn balance(self) -> String {
        format!(
            "We showed up for them {}; we asked something of them {}.",
            count(self.showed_up, "time", "times"),
            count(self.asks, "time", "times")
        )
    }

    /// Whether we have a history of showing up for them, enough to speak of
    /// an ongoing partnership.
    pub fn shows_a_history_of_showing_up(self) -> bool {
        self.showed_up >= SHOWING_UP_BEFORE_PARTNERSHIP
    }

    /// Whether our asks run ahead of our showing up.
    pub fn asks_run_ahead(self) -> bool {
        self.asks > self.showed_up
    }

    /// A gentle warning when our asks run ahead.
    pub fn warning(self) -> Option<String> {
        self.asks_run_ahead().then(|| {
            format!(
                "We have asked {} and shown up {}. Showing up is a habit, not a trade: go to their events and actions, and help when they ask, before asking again.",
                times(self.asks),
                times(self.showed_up)
            )
        })
    }
}

fn times(n: usize) -> String {
    match n {
        0 => "no times".into(),
        1 => "once".into(),
        2 => "twice".into(),
        n => count(n, "time", "times"),
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};

    use super::*;
    use crate::model::LogEntry;

    fn entry(kind: InteractionKind, ask: bool) -> LogEntry {
        dated(kind, ask, None)
    }

    fn dated(kind: InteractionKind, ask: bool, date: Option<NaiveDate>) -> LogEntry {
        LogEntry {
            date,
            kind,
            we_made_an_ask: ask,
            ..LogEntry::new(Utc::now())
        }
    }

    #[test]
    fn a_partnership_is_offered_after_a_history_of_showing_up() {
        let mut partner = Partner::new("Casa", Utc::now()).unwrap();
        partner.log = vec![
            entry(InteractionKind::Meeting, false),
            entry(InteractionKind::WeAttendedTheirEvent, false),
            entry(InteractionKind::WeVolunteeredOrRaisedFunds, false),
        ];
        assert!(!Ledger::of(&partner).shows_a_history_of_showing_up());
        partner
            .log
            .push(entry(InteractionKind::WeAttendedTheirEvent, false));
        assert!(Ledger::of(&partner).shows_a_history_of_showing_up());
    }

    #[test]
    fn help_given_when_they_asked_counts_as_showing_up() {
        let mut partner = Partner::new("Casa", Utc::now()).unwrap();
        let asked = entry(InteractionKind::TheyAskedForHelp, false);
        partner.log = vec![asked.clone()];
        assert_eq!(
            Ledger::of(&partner).showed_up,
            0,
            "not until we did something"
        );
        partner.log[0].what_we_did = "Six of us testified at the hearing.".into();
        assert_eq!(Ledger::of(&partner).showed_up, 1);
        assert_eq!(Ledger::of(&partner).contacts, 1);
    }

    #[test]
    fn counts_showing_up_and_asks() {
        let mut partner = Partner::new("Casa", Utc::now()).unwrap();
        partner.log = vec![
            entry(InteractionKind::WeAttendedTheirEvent, false),
            entry(InteractionKind::WeVolunteeredOrRaisedFunds, false),
            entry(InteractionKind::Meeting, true),
            entry(InteractionKind::Email, false),
            entry(InteractionKind::TheyAttendedOurMeeting, true),
        ];
        let ledger = Ledger::of(&partner);
        assert_eq!((ledger.showed_up, ledger.asks), (2, 2));
        assert!(!ledger.asks_run_ahead());
        assert_eq!(ledger.warning(), None);
    }

    #[test]
    fn warns_gently_when_asks_run_ahead() {
        let ledger = Ledger {
            showed_up: 1,
            asks: 3,
            ..Ledger::default()
        };
        assert_eq!(
            ledger.warning().as_deref(),
            Some(
                "We have asked 3 times and shown up once. Showing up is a habit, not a trade: go to their events and actions, and help when they ask, before asking again."
            )
        );
        assert!(
            Ledger {
                showed_up: 0,
                asks: 1,
                ..Ledger::default()
            }
            .warning()
            .unwrap()
            .contains("shown up no times")
        );
    }

    #[test]
    fn counts_read_as_english() {
        let ledger = |showed_up, asks| Ledger {
            showed_up,
            asks,
            ..Ledger::default()
        };
        assert_eq!(
            ledger(0, 0).balance(),
            "We showed up for them 0 times; we asked something of them 0 times."
        );
        assert_eq!(
            ledger(1, 2).balance(),
            "We showed up for them 1 time; we asked something of them 2 times."
        );
        assert_eq!(
            ledger(4, 5).warning().as_deref(),
            Some(
                "We have asked 5 times and shown up 4 times. Showing up is a habit, not a trade: go to their events and actions, and help when they ask, before asking again."
            )
        );
    }

    #[test]
    fn contact_counts_every_interaction_but_a_report_out() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d);
        let mut partner = Partner::new("Casa", Utc::now()).unwrap();
        assert_eq!(Ledger::of(&partner).contacts, 0);
        partner.log = vec![
            dated(InteractionKind::Meeting, false, day(20)),
            dated(InteractionKind::ReportOut, false, day(28)),
            dated(InteractionKind::Email, false, None),
        ];
        assert_eq!(Ledger::of(&partner).contacts, 2);
    }
}
