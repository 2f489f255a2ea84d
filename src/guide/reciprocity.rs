//! Reciprocity: how often we showed up for a partner against how often we
//! asked something of them. Real partnership means showing up for them
//! before asking them to show up for us.

use crate::model::{InteractionKind, Partner};

/// The ledger of one partner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ledger {
    /// Times we showed up: attended their events or actions, volunteered or raised funds.
    pub showed_up: usize,
    /// Times we asked something of them.
    pub asks: usize,
}

impl Ledger {
    /// The ledger from a partner's log.
    pub fn of(partner: &Partner) -> Self {
        partner
            .log
            .iter()
            .fold(Ledger::default(), |mut ledger, entry| {
                if matches!(
                    entry.kind,
                    InteractionKind::WeAttendedTheirEvent
                        | InteractionKind::WeVolunteeredOrRaisedFunds
                ) {
                    ledger.showed_up += 1;
                }
                if entry.we_made_an_ask {
                    ledger.asks += 1;
                }
                ledger
            })
    }

    /// Whether our asks run ahead of our showing up.
    pub fn asks_run_ahead(self) -> bool {
        self.asks > self.showed_up
    }

    /// A gentle warning when our asks run ahead.
    pub fn warning(self) -> Option<String> {
        self.asks_run_ahead().then(|| {
            format!(
                "We have asked {} and shown up {}. Show up for them before asking again.",
                times(self.asks),
                times(self.showed_up)
            )
        })
    }
}

fn times(count: usize) -> String {
    match count {
        0 => "no times".into(),
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{LogEntry, RecordId};

    fn entry(kind: InteractionKind, ask: bool) -> LogEntry {
        LogEntry {
            id: RecordId::random(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            date: None,
            kind,
            summary: String::new(),
            people: String::new(),
            we_made_an_ask: ask,
            source: None,
        }
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
        assert_eq!(
            ledger,
            Ledger {
                showed_up: 2,
                asks: 2
            }
        );
        assert!(!ledger.asks_run_ahead());
        assert_eq!(ledger.warning(), None);
    }

    #[test]
    fn warns_gently_when_asks_run_ahead() {
        let ledger = Ledger {
            showed_up: 1,
            asks: 3,
        };
        assert_eq!(
            ledger.warning().as_deref(),
            Some("We have asked 3 times and shown up once. Show up for them before asking again.")
        );
        assert!(
            Ledger {
                showed_up: 0,
                asks: 1
            }
            .warning()
            .unwrap()
            .contains("shown up no times")
        );
    }
}
