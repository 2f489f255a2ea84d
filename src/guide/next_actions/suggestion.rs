//! The undated step each active partner's stage calls for, and its wording.

use chrono::NaiveDate;

use crate::guide::follow_up::{Outreach, next_public_event};
use crate::model::{Partner, Stage};

/// The next step of the journey with one partner, read from its stage and
/// what the record already holds. It has no date: the user sets the pace.
/// The variants follow the journey; the dashboard's order relies on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Suggestion {
    /// Researching: the homework comes before any contact.
    FinishResearch,
    /// Ready to reach out: a humble first contact can go out.
    WriteFirstContact,
    /// Contacted and awaiting a reply, with no follow-up date set (a dated
    /// follow-up is listed by its date instead).
    FollowUp,
    /// They declined: their answer comes first.
    RespectTheirAnswer,
    /// Our one follow-up went unanswered: their silence is an answer for
    /// now. No more messages; go to one of their public events if one is
    /// coming (`event_coming`), or pause and check back later.
    RespectTheirSilence { event_coming: bool },
    /// They replied, or a meeting is planned but has no record or no date yet.
    PlanMeeting,
    /// A meeting took place (or its date passed) and what we heard is not
    /// written down yet.
    WriteUpMeeting,
    /// Met and written up; what accountability means is not agreed yet.
    TalkAboutAccountability,
    /// Met, written up, accountability agreed: trust grows by showing up,
    /// until the user marks it an ongoing partnership.
    KeepShowingUp,
}

impl Suggestion {
    /// The step this partner's stage calls for, or `None` when nothing is
    /// owed: paused and ongoing partners, and steps a dated item already
    /// covers (a follow-up date, a meeting still to come).
    ///
    /// | stage | suggestion |
    /// | --- | --- |
    /// | Researching | finish researching |
    /// | Ready to reach out | write a first contact |
    /// | Contacted | nothing sent in the app: follow up; the follow-up owed: none when dated (listed on its day), else follow up; followed up: none (their move), then respect their silence; answered: as Meeting planned; declined: respect their answer |
    /// | Meeting planned | no meeting or no date: plan it; dated: none (the meeting, or asking what we heard, is listed on its day) |
    /// | Met | write up the last meeting held, then talk about accountability, then keep showing up |
    /// | Ongoing partnership, Paused | none |
    pub fn for_partner(partner: &Partner, today: NaiveDate) -> Option<Suggestion> {
        match partner.stage {
            Stage::Researching => Some(Suggestion::FinishResearch),
            Stage::ReadyToReachOut => Some(Suggestion::WriteFirstContact),
            Stage::Contacted => after_contact(partner, today),
            Stage::MeetingPlanned => toward_meeting(partner),
            Stage::Met => Some(after_meeting(partner)),
            Stage::OngoingPartnership | Stage::Paused => None,
        }
    }

    /// The sentence for the dashboard, about the partner called `name`.
    pub fn describe(self, name: &str) -> String {
        match self {
            Suggestion::FinishResearch => format!("Finish researching {name}"),
            Suggestion::WriteFirstContact => format!("Write a first contact to {name}"),
            Suggestion::FollowUp => format!("Follow up with {name}"),
            Suggestion::RespectTheirAnswer => format!("Respect {name}'s answer and pause for now"),
            Suggestion::RespectTheirSilence { event_coming: true } => format!(
                "Respect {name}'s silence: no more messages; go to one of their public events, or pause and check back later"
            ),
            Suggestion::RespectTheirSilence {
                event_coming: false,
            } => format!("Respect {name}'s silence: no more messages; pause and check back later"),
            Suggestion::PlanMeeting => format!("Plan a meeting with {name}"),
            Suggestion::WriteUpMeeting => format!("Write up the meeting with {name}"),
            Suggestion::TalkAboutAccountability => {
                format!("Ask {name} what accountability means to them")
            }
            Suggestion::KeepShowingUp => format!("Keep showing up for {name}"),
        }
    }
}

/// Contacted: their answer, or its absence, decides.
fn after_contact(partner: &Partner, today: NaiveDate) -> Option<Suggestion> {
    // With nothing marked sent, the contact happened outside the app.
    if partner.last_sent().is_none() {
        return Some(Suggestion::FollowUp);
    }
    match Outreach::of(partner, today) {
        Outreach::Answered | Outreach::Settled => toward_meeting(partner),
        Outreach::Declined => Some(Suggestion::RespectTheirAnswer),
        // A dated follow-up is listed on its day.
        Outreach::FollowUpDue(due) => due.is_none().then_some(Suggestion::FollowUp),
        // The next move is theirs.
        Outreach::FollowedUp(_) => None,
        Outreach::Silent(_) => Some(Suggestion::RespectTheirSilence {
            event_coming: next_public_event(partner, today).is_some(),
        }),
    }
}

/// On the way to the first meeting: plan it, wait for it, or write it up.
fn toward_meeting(partner: &Partner) -> Option<Suggestion> {
    let Some(meeting) = partner.current_meeting() else {
        return Some(Suggestion::PlanMeeting);
    };
    if meeting.after.held {
        return Some(after_meeting(partner));
    }
    // A date to come is listed on its day, and a date passed asks for the
    // write-up on that day: either way a dated item covers it.
    meeting.date.is_none().then_some(Suggestion::PlanMeeting)
}

/// After meeting: the last meeting held is written up first (a newer one
/// being planned does not undo that), then accountability, then showing up.
fn after_meeting(partner: &Partner) -> Suggestion {
    let written_up = partner
        .meetings
        .iter()
        .rev()
        .find(|meeting| meeting.after.held)
        .is_some_and(|meeting| !meeting.after.what_we_heard.trim().is_empty());
    if !written_up {
        Suggestion::WriteUpMeeting
    } else if partner.accountability.text.trim().is_empty() {
        Suggestion::TalkAboutAccountability
    } else {
        Suggestion::KeepShowingUp
    }
}
