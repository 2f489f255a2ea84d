//! Following up a first contact the way the guide asks: small organizations
//! have little time to spare, so we write once, follow up once, gently, and
//! then let their silence stand as an answer for now.
//!
//! The first contact is the first message of ours that went out; any message
//! sent after it is the follow-up. Only something from them answers: a reply
//! or a "declined" recorded on a message, or an interaction logged as coming
//! from them. Pausing a partner, planning a meeting with them or meeting them
//! ends the follow-up for good.

use chrono::{Duration, NaiveDate};

use crate::model::{
    ContactDraft, DraftStatus, Partner, PublicEvent, RecordId, Response, Stage, dates,
};

/// Days after a first contact when the one follow-up falls due, unless the
/// user chose another day.
pub const FOLLOW_UP_AFTER_DAYS: i64 = 7;

/// Days an unanswered follow-up waits before their silence counts as their
/// answer for now.
pub const SILENCE_AFTER_DAYS: i64 = 14;

/// Days ahead a paused partner is first suggested to be checked back on.
pub const CHECK_BACK_AFTER_DAYS: i64 = 90;

/// Where our outreach to a partner stands, from what went out and what came
/// back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outreach {
    /// Nothing awaits an answer: no message went out, or they are paused,
    /// a meeting with them is planned or held, or they are further along.
    Settled,
    /// They answered (a reply, or something logged from them): meet next.
    Answered,
    /// They declined: respect it, and offer to pause.
    Declined,
    /// The first contact awaits an answer; the one gentle follow-up falls
    /// due on this day (`None` when the contact has no date).
    FollowUpDue(Option<NaiveDate>),
    /// Our follow-up went out on this day; the next move is theirs.
    FollowedUp(NaiveDate),
    /// Our follow-up has gone unanswered since this day for
    /// [`SILENCE_AFTER_DAYS`]: no more messages; go to one of their events or
    /// pause and check back later.
    Silent(NaiveDate),
}

impl Outreach {
    /// Where outreach to `partner` stands on `today`.
    pub fn of(partner: &Partner, today: NaiveDate) -> Outreach {
        let past_first_contact = !matches!(
            partner.stage,
            Stage::Researching | Stage::ReadyToReachOut | Stage::Contacted
        );
        if past_first_contact || !partner.meetings.is_empty() {
            return Outreach::Settled;
        }
        let Some(first) = first_contact(partner) else {
            return Outreach::Settled;
        };
        match their_answer(partner, first) {
            Some(Response::Declined) => return Outreach::Declined,
            Some(_) => return Outreach::Answered,
            None => {}
        }
        let Some(followed_up) = follow_up_sent(partner, first) else {
            let due = first.follow_up_on.or_else(|| {
                first
                    .sent_on
                    .and_then(|sent| sent.checked_add_signed(Duration::days(FOLLOW_UP_AFTER_DAYS)))
            });
            return Outreach::FollowUpDue(due);
        };
        let Some(on) = followed_up.sent_on else {
            return Outreach::Silent(today);
        };
        let silent_from = on.checked_add_signed(Duration::days(SILENCE_AFTER_DAYS));
        if silent_from.is_some_and(|silent_from| today >= silent_from) {
            Outreach::Silent(on)
        } else {
            Outreach::FollowedUp(on)
        }
    }

    /// The day the follow-up falls due, when one is owed.
    pub fn follow_up_due(self) -> Option<NaiveDate> {
        match self {
            Outreach::FollowUpDue(due) => due,
            _ => None,
        }
    }
}

/// The first message of ours that went out: the earliest sent, by the day it
/// was sent and then by the order written.
pub fn first_contact(partner: &Partner) -> Option<&ContactDraft> {
    sent(partner).min_by_key(|draft| draft.sent_on.unwrap_or(NaiveDate::MAX))
}

/// Whether `draft` is a follow-up: a message of ours written after the first
/// contact went out (every later message is one).
pub fn is_follow_up(partner: &Partner, draft: &ContactDraft) -> bool {
    first_contact(partner).is_some_and(|first| first.id != draft.id)
}

/// The follow-up that went out after `first`, if any: the earliest message
/// sent after it.
fn follow_up_sent<'a>(partner: &'a Partner, first: &ContactDraft) -> Option<&'a ContactDraft> {
    sent(partner)
        .filter(|draft| draft.id != first.id)
        .min_by_key(|draft| draft.sent_on.unwrap_or(NaiveDate::MAX))
}

/// The messages of ours that went out, in the order written.
fn sent(partner: &Partner) -> impl Iterator<Item = &ContactDraft> {
    partner
        .drafts
        .iter()
        .filter(|draft| draft.status == DraftStatus::Sent)
}

/// Their answer to our outreach to `partner`, if any went out and they gave one.
pub fn answer(partner: &Partner) -> Option<Response> {
    first_contact(partner).and_then(|first| their_answer(partner, first))
}

/// Their answer to our outreach, if they gave one: "declined" recorded on
/// any message of ours wins; then a reply recorded, or anything logged as
/// coming from them since the first contact went out.
fn their_answer(partner: &Partner, first: &ContactDraft) -> Option<Response> {
    let responses: Vec<Response> = sent(partner).map(|draft| draft.response).collect();
    if responses.contains(&Response::Declined) {
        return Some(Response::Declined);
    }
    let heard_from_them = partner.log.iter().any(|entry| {
        entry.came_from_them()
            && match (entry.date, first.sent_on) {
                (Some(date), Some(sent_on)) => date >= sent_on,
                _ => true,
            }
    });
    (responses.contains(&Response::Replied) || heard_from_them).then_some(Response::Replied)
}

/// Their next public event from `today` on, a way to meet them in person
/// that asks nothing of their time.
pub fn next_public_event(partner: &Partner, today: NaiveDate) -> Option<&PublicEvent> {
    partner
        .events
        .iter()
        .filter(|event| event.date.is_some_and(|date| date >= today))
        .min_by_key(|event| event.date)
}

/// Their next public event, as a screen names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpcomingEvent {
    pub id: RecordId,
    /// Its title, or "one of their public events" when it has none.
    pub title: String,
    /// Its day, as "December 12".
    pub when: String,
}

/// Their next public event from `today`, named for a sentence.
pub fn upcoming_event(partner: &Partner, today: NaiveDate) -> Option<UpcomingEvent> {
    let event = next_public_event(partner, today)?;
    let title = match event.title.trim() {
        "" => "one of their public events".to_owned(),
        title => title.to_owned(),
    };
    Some(UpcomingEvent {
        id: event.id,
        title,
        when: event.date.map(dates::month_day).unwrap_or_default(),
    })
}

/// The day to check back on a partner paused today, offered until the user
/// picks another.
pub fn default_check_back(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_signed(Duration::days(CHECK_BACK_AFTER_DAYS))
        .unwrap_or(today)
}

#[cfg(test)]
mod tests;
