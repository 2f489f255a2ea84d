//! The dashboard's next actions: what needs doing soon, each pointing at the
//! partner to act on. Three kinds of things lead there:
//!
//! - dated items within [`LOOKAHEAD_DAYS`] (overdue ones too): the one
//!   follow-up owed after a first contact, checking back on a paused
//!   partner, meetings and visits, meetings to write up, asking for feedback, their
//!   public events and open commitments;
//! - one suggested step for every active partner, read from its stage
//!   ([`Suggestion::for_partner`]), unless a dated item already covers it;
//! - open commitments with no date, which are still promises.
//!
//! Only our own promises are listed: what a partner said they might do is a
//! note of the steps we agreed on, never a claim on them, so it is neither
//! awaited nor overdue.

mod action;
mod suggestion;

use std::cmp::Reverse;

use chrono::{Duration, NaiveDate};

pub use action::{ActionKind, NextAction};
pub use suggestion::Suggestion;

use super::follow_through::feedback_due;
use super::follow_up::Outreach;

use crate::model::{CommitmentStatus, Partner, Party, Stage, Workspace};

/// How far ahead the dashboard looks.
pub const LOOKAHEAD_DAYS: i64 = 14;

/// The dashboard's list of what we do next.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NextActions {
    /// Our work: dated items in date order, then our promises with no date,
    /// then one suggested step per active partner.
    pub ours: Vec<NextAction>,
}

/// Everything to do by [`LOOKAHEAD_DAYS`] from `today`.
///
/// Order: dated items come first, by date, since a date is a promise to
/// someone. Then our promises without a date, then the suggested steps,
/// partners further along the journey first: a meeting just held needs
/// writing up while it is fresh, while research can wait a day.
pub fn next_actions(workspace: &Workspace, today: NaiveDate) -> NextActions {
    let horizon = today + Duration::days(LOOKAHEAD_DAYS);
    let mut ours: Vec<NextAction> = workspace
        .partners
        .iter()
        .flat_map(|partner| actions_for(partner, today))
        .filter(|action| action.date.is_none_or(|date| date <= horizon))
        .collect();
    ours.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
    NextActions { ours }
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
    // One gentle follow-up per partner, while it is owed.
    let follow_up = Outreach::of(partner, today)
        .follow_up_due()
        .map(|date| action(Some(date), ActionKind::FollowUp));
    // A paused partner comes back into view on the day chosen to check back.
    let check_back = partner
        .check_back_on
        .filter(|_| partner.stage == Stage::Paused)
        .map(|date| action(Some(date), ActionKind::CheckBack));
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
    // Our own promises only: theirs are notes, never claims on them.
    let commitments = partner
        .commitments
        .iter()
        .filter(|commitment| {
            commitment.status == CommitmentStatus::Open && commitment.owner == Party::Us
        })
        .map(|commitment| {
            let kind = ActionKind::WePromised {
                commitment_id: commitment.id,
                what: commitment.what.clone(),
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
    let suggestion = Suggestion::for_partner(partner, today)
        .map(|suggestion| action(None, ActionKind::Suggested(suggestion)));
    follow_up
        .into_iter()
        .chain(check_back)
        .chain(meetings)
        .chain(visits)
        .chain(commitments)
        .chain(events)
        .chain(feedback)
        .chain(suggestion)
        .collect()
}

#[cfg(test)]
mod tests;
