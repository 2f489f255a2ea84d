//! Try, then learn what works: how first contacts fared by channel, how
//! long it took from a first contact to a first meeting, and how our asks
//! compare with our showing up, across every partner.

use crate::guide::reciprocity::Ledger;
use crate::model::{Channel, DraftStatus, Response, Workspace};

/// How the first contacts sent through one channel were answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChannelOutcome {
    pub channel: Channel,
    pub sent: usize,
    pub replied: usize,
    pub declined: usize,
    /// Still awaiting a reply.
    pub no_reply: usize,
}

/// What has worked so far, across partners.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct WhatWorked {
    /// One row per channel that has had a contact sent, in the channels' order.
    pub channels: Vec<ChannelOutcome>,
    /// Days from the first contact sent to the first meeting, per partner
    /// that has both, sorted.
    pub days_to_first_meeting: Vec<i64>,
    /// Times we showed up for partners, and times we asked something of them.
    pub showed_up: usize,
    pub asks: usize,
}

impl WhatWorked {
    /// The figures from every partner in `workspace`.
    pub fn of(workspace: &Workspace) -> Self {
        let mut channels: Vec<ChannelOutcome> = Channel::ALL
            .into_iter()
            .map(|channel| ChannelOutcome {
                channel,
                sent: 0,
                replied: 0,
                declined: 0,
                no_reply: 0,
            })
            .collect();
        let mut days_to_first_meeting = Vec::new();
        let (mut showed_up, mut asks) = (0, 0);
        for partner in &workspace.partners {
            let sent: Vec<_> = partner
                .drafts
                .iter()
                .filter(|draft| draft.status == DraftStatus::Sent)
                .collect();
            for draft in &sent {
                if let Some(row) = channels.iter_mut().find(|row| row.channel == draft.channel) {
                    row.sent += 1;
                    match draft.response {
                        Response::Replied => row.replied += 1,
                        Response::Declined => row.declined += 1,
                        Response::Awaiting => row.no_reply += 1,
                    }
                }
            }
            let first_contact = sent.iter().filter_map(|draft| draft.sent_on).min();
            let first_meeting = partner.meetings.iter().filter_map(|m| m.date).min();
            if let (Some(contact), Some(meeting)) = (first_contact, first_meeting) {
                days_to_first_meeting.push((meeting - contact).num_days().max(0));
            }
            let ledger = Ledger::of(partner);
            showed_up += ledger.showed_up;
            asks += ledger.asks;
        }
        channels.retain(|row| row.sent > 0);
        days_to_first_meeting.sort_unstable();
        Self {
            channels,
            days_to_first_meeting,
            showed_up,
            asks,
        }
    }

    /// The middle of the days from first contact to first meeting, if any.
    pub fn median_days_to_first_meeting(&self) -> Option<i64> {
        let days = &self.days_to_first_meeting;
        (!days.is_empty()).then(|| days[days.len() / 2])
    }

    /// Whether there is anything to show yet.
    pub fn is_empty(&self) -> bool {
        self.channels.is_empty()
            && self.days_to_first_meeting.is_empty()
            && self.asks == 0
            && self.showed_up == 0
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};

    use super::*;
    use crate::model::{ContactDraft, InteractionKind, LogEntry, Meeting, Partner};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn sent(channel: Channel, on: u32, response: Response) -> ContactDraft {
        ContactDraft {
            channel,
            status: DraftStatus::Sent,
            sent_on: Some(day(on)),
            response,
            ..ContactDraft::new(Utc::now())
        }
    }

    #[test]
    fn channels_responses_time_to_meet_and_asks_against_showing_up() {
        let mut casa = Partner::new("Casa", Utc::now()).unwrap();
        casa.drafts
            .push(sent(Channel::Email, 2, Response::Awaiting));
        casa.drafts
            .push(sent(Channel::PhoneCall, 4, Response::Replied));
        casa.meetings.push(Meeting {
            date: Some(day(12)),
            ..Meeting::new(Utc::now())
        });
        casa.log.push(LogEntry {
            kind: InteractionKind::WeAttendedTheirEvent,
            ..LogEntry::new(Utc::now())
        });
        let mut eastside = Partner::new("Eastside", Utc::now()).unwrap();
        eastside
            .drafts
            .push(sent(Channel::Email, 1, Response::Declined));
        eastside.drafts.push(ContactDraft::new(Utc::now()));
        eastside.log.push(LogEntry {
            we_made_an_ask: true,
            ..LogEntry::new(Utc::now())
        });
        let workspace = Workspace {
            partners: vec![casa, eastside],
            ..Workspace::default()
        };
        let worked = WhatWorked::of(&workspace);
        assert_eq!(
            worked.channels,
            [
                ChannelOutcome {
                    channel: Channel::Email,
                    sent: 2,
                    replied: 0,
                    declined: 1,
                    no_reply: 1
                },
                ChannelOutcome {
                    channel: Channel::PhoneCall,
                    sent: 1,
                    replied: 1,
                    declined: 0,
                    no_reply: 0
                },
            ],
            "unsent drafts and unused channels are left out"
        );
        assert_eq!(
            worked.days_to_first_meeting,
            [10],
            "from the first contact sent"
        );
        assert_eq!(worked.median_days_to_first_meeting(), Some(10));
        assert_eq!((worked.showed_up, worked.asks), (1, 1));
        assert!(WhatWorked::of(&Workspace::default()).is_empty());
    }
}
