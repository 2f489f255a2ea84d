//! The dashboard's next actions: what needs doing soon, each pointing at the
//! partner to act on. Three kinds of things lead there:
//!
//! - dated items within [`LOOKAHEAD_DAYS`] (overdue ones too): follow-ups,
//!   meetings and visits, meetings to write up, asking for feedback, their
//!   public events and open commitments;
//! - one suggested step for every active partner, read from its stage
//!   ([`Suggestion::for_partner`]), unless a dated item already covers it;
//! - open commitments with no date, which are still promises.
//!
//! Our own work ([`NextActions::ours`]) is kept apart from what we wait on
//! them for ([`NextActions::waiting`]).

mod action;
mod promise;
mod suggestion;

use std::cmp::Reverse;

use chrono::{Duration, NaiveDate};

pub use action::{ActionKind, NextAction};
pub use suggestion::Suggestion;

use super::follow_through::feedback_due;

use crate::model::{
    CommitmentStatus, ContactDraft, DraftStatus, Partner, Party, Response, Workspace,
};

/// How far ahead the dashboard looks.
pub const LOOKAHEAD_DAYS: i64 = 14;

/// The dashboard's lists: what we do, and what we wait on them for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NextActions {
    /// Our work: dated items in date order, then our promises with no date,
    /// then one suggested step per active partner.
    pub ours: Vec<NextAction>,
    /// Their open commitments: dated ones in date order, then undated ones.
    pub waiting: Vec<NextAction>,
}

/// Everything to do or wait for by [`LOOKAHEAD_DAYS`] from `today`.
///
/// Order: dated items come first, by date, since a date is a promise to
/// someone. Then our promises without a date, then the suggested steps,
/// partners further along the journey first: a meeting just held needs
/// writing up while it is fresh, while research can wait a day.
pub fn next_actions(workspace: &Workspace, today: NaiveDate) -> NextActions {
    let horizon = today + Duration::days(LOOKAHEAD_DAYS);
    let mut actions = NextActions::default();
    let within_reach = workspace
        .partners
        .iter()
        .flat_map(|partner| actions_for(partner, today))
        .filter(|action| action.date.is_none_or(|date| date <= horizon));
    for action in within_reach {
        match action.kind {
            ActionKind::TheyPromised { .. } => actions.waiting.push(action),
            _ => actions.ours.push(action),
        }
    }
    actions.ours.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
    actions
        .waiting
        .sort_by(|a, b| order_key(a).cmp(&order_key(b)));
    actions
}

/// Dated items first, by date; then undated promises; then suggestions,
/// furthest along the journey first ([`Suggestion`]s are in journey order);
/// ties by partner name.
fn order_key(action: &NextAction) -> (bool, Option<NaiveDate>, Option<Reverse<Suggestion>>, &str) {
    let suggestion = match action.kind {
        ActionKind::Suggested(suggestion) => Some(Reverse(suggestion)),
        _ => None,
    };
    (
        action.date.is_none(),
        action.date,
        suggestion,
        &action.partner_name,
    )
}

/// Everything about one partner that could need doing, with no horizon.
fn actions_for(partner: &Partner, today: NaiveDate) -> Vec<NextAction> {
    let action = |date, kind| NextAction {
        date,
        kind,
        partner_id: partner.id,
        partner_name: partner.name().to_owned(),
    };
    let follow_ups = partner
        .drafts
        .iter()
        .filter(|draft| draft.status == DraftStatus::Sent && draft.response == Response::Awaiting)
        .filter(|draft| !answered(partner, draft))
        .filter_map(|draft| Some(action(Some(draft.follow_up_on?), ActionKind::FollowUp)));
    // A meeting still to come is listed on its day; one whose day has passed
    // without being marked held asks what we heard there.
    let meetings = partner
        .meetings
        .iter()
        .filter(|meeting| !meeting.after.held)
        .filter_map(|meeting| {
            let date = meeting.date?;
            let kind = if date >= today {
                ActionKind::Meeting
            } else {
                ActionKind::WriteUpMeeting
            };
            Some(action(Some(date), kind))
        });
    let visits = partner
        .visits
        .iter()
        .filter_map(|visit| visit.date.filter(|&date| date >= today))
        .map(|date| action(Some(date), ActionKind::Visit));
    let commitments = partner
        .commitments
        .iter()
        .filter(|commitment| commitment.status == CommitmentStatus::Open)
        .map(|commitment| {
            let (commitment_id, what) = (commitment.id, commitment.what.clone());
            let kind = match commitment.owner {
                Party::Us => ActionKind::WePromised {
                    commitment_id,
                    what,
                },
                Party::Them => ActionKind::TheyPromised {
                    commitment_id,
                    what,
                },
            };
            action(commitment.due_on, kind)
        });
    let events = partner.events.iter().filter_map(|event| {
        let date = event.date.filter(|&date| date >= today)?;
        Some(action(
            Some(date),
            ActionKind::TheirEvent {
                title: event.title.clone(),
            },
        ))
    });
    let feedback = feedback_due(partner).map(|date| action(Some(date), ActionKind::AskForFeedback));
    let suggestion = Suggestion::for_partner(partner)
        .map(|suggestion| action(None, ActionKind::Suggested(suggestion)));
    follow_ups
        .chain(meetings)
        .chain(visits)
        .chain(commitments)
        .chain(events)
        .chain(feedback)
        .chain(suggestion)
        .collect()
}

/// Whether something logged since `draft` went out answers its follow-up:
/// any interaction with them on or after the day it was sent, other than
/// the entry recording the sending itself and our own report-outs.
fn answered(partner: &Partner, draft: &ContactDraft) -> bool {
    let Some(sent_on) = draft.sent_on else {
        return false;
    };
    partner.log.iter().any(|entry| {
        entry.source != Some(draft.id)
            && entry.kind.is_contact()
            && entry.date.is_some_and(|date| date >= sent_on)
    })
}

#[cfg(test)]
mod tests;
