//! Try, then learn what works: how first contacts fared by channel, how
//! long it took from a first contact to a first meeting, the feedback we
//! received and what we changed because of it, and how often we showed up,
//! across every partner.

use crate::guide::follow_up::{answer, first_contact};
use crate::guide::plural::count;
use crate::guide::reciprocity::Ledger;
use crate::model::{Channel, Response, Workspace};

/// How the first contacts sent through one channel were answered, by a
/// reply or decline to them or to their follow-up, or by something that
/// came from the partner.
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
    /// Pieces of feedback partners gave us.
    pub feedback: usize,
    /// Pieces of their feedback that led to a change of ours (a lesson that
    /// names it).
    pub acted_on: usize,
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
        let (mut showed_up, mut asks, mut feedback, mut acted_on) = (0, 0, 0, 0);
        for partner in &workspace.partners {
            // One row per partner: the first contact's channel, and their
            // answer to our outreach (to it or to the follow-up).
            let first = first_contact(partner);
            if let Some(row) =
                first.and_then(|first| channels.iter_mut().find(|row| row.channel == first.channel))
            {
                row.sent += 1;
                match answer(partner) {
                    Some(Response::Replied) => row.replied += 1,
                    Some(Response::Declined) => row.declined += 1,
                    Some(Response::Awaiting) | None => row.no_reply += 1,
                }
            }
            let first_contact = first.and_then(|first| first.sent_on);
            let first_meeting = partner.meetings.iter().filter_map(|m| m.date).min();
            if let (Some(contact), Some(meeting)) = (first_contact, first_meeting) {
                days_to_first_meeting.push((meeting - contact).num_days().max(0));
            }
            let ledger = Ledger::of(partner);
            showed_up += ledger.showed_up;
            asks += ledger.asks;
            feedback += partner.feedback.len();
            acted_on += partner
                .feedback
                .iter()
                .filter(|given| {
                    partner
                        .lessons
                        .iter()
                        .any(|lesson| lesson.feedback_id == Some(given.id))
                })
                .count();
        }
        channels.retain(|row| row.sent > 0);
        days_to_first_meeting.sort_unstable();
        Self {
            channels,
            days_to_first_meeting,
            showed_up,
            asks,
            feedback,
            acted_on,
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
            && self.feedback == 0
    }

    /// Feedback received and what we changed because of it, beside how
    /// often we showed up and asked, as one sentence.
    pub fn trust_figures(&self) -> String {
        let feedback = match self.feedback {
            0 => "Across partners we have received no feedback yet".to_owned(),
            received => format!(
                "Across partners we received {} and changed something because of {} of it",
                count(received, "piece of feedback", "pieces of feedback"),
                self.acted_on,
            ),
        };
        format!(
            "{feedback}; we showed up {} and asked {}.",
            count(self.showed_up, "time", "times"),
            count(self.asks, "time", "times"),
        )
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};

    use super::*;
    use crate::model::{
        ContactDraft, DraftStatus, Feedback, InteractionKind, Lesson, LogEntry, Meeting, Partner,
    };

    #[test]
    fn feedback_received_and_acted_on_count_beside_showing_up() {
        let mut casa = Partner::new("Casa", Utc::now()).unwrap();
        let heard = Feedback::new(Utc::now());
        casa.lessons.push(Lesson {
            feedback_id: Some(heard.id),
            ..Lesson::new(Utc::now())
        });
        casa.feedback.push(heard);
        casa.feedback.push(Feedback::new(Utc::now()));
        casa.log.push(LogEntry {
            kind: InteractionKind::WeAttendedTheirEvent,
            ..LogEntry::new(Utc::now())
        });
        let worked = WhatWorked::of(&Workspace {
            partners: vec![casa],
            ..Workspace::default()
        });
        assert_eq!((worked.feedback, worked.acted_on), (2, 1));
        assert_eq!(
            worked.trust_figures(),
            "Across partners we received 2 pieces of feedback and changed something because of 1 of it; we showed up 1 time and asked 0 times."
        );
        assert_eq!(
            WhatWorked::default().trust_figures(),
            "Across partners we have received no feedback yet; we showed up 0 times and asked 0 times."
        );
    }

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
            [ChannelOutcome {
                channel: Channel::Email,
                sent: 2,
                replied: 1,
                declined: 1,
                no_reply: 0
            }],
            "first contacts only, answered through their follow-up too; unsent drafts and unused channels are left out"
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
