//! The dashboard's next actions: what needs doing soon, each pointing at the
//! partner to act on. Three kinds of things lead there:
//!
//! - dated items within [`LOOKAHEAD_DAYS`] (overdue ones too): follow-ups,
//!   meetings, their public events and open commitments;
//! - one suggested step for every active partner, read from its stage
//!   ([`Suggestion::for_partner`]), unless a dated item already covers it;
//! - open commitments with no date, which are still promises.
//!
//! Our own work ([`NextActions::ours`]) is kept apart from what we wait on
//! them for ([`NextActions::waiting`]).

use std::cmp::Reverse;

use chrono::{Duration, NaiveDate};

use crate::model::{
    CommitmentStatus, DraftStatus, Partner, Party, RecordId, Response, Stage, Workspace,
};

/// How far ahead the dashboard looks.
pub const LOOKAHEAD_DAYS: i64 = 14;

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
    /// | Contacted | awaiting: follow up (unless dated); replied: as Meeting planned; declined: respect their answer |
    /// | Meeting planned | no meeting or no date: plan it; date to come: none; date passed: write it up |
    /// | Met | write up the last meeting held, then talk about accountability, then keep showing up |
    /// | Ongoing partnership, Paused | none |
    pub fn for_partner(partner: &Partner, today: NaiveDate) -> Option<Suggestion> {
        match partner.stage {
            Stage::Researching => Some(Suggestion::FinishResearch),
            Stage::ReadyToReachOut => Some(Suggestion::WriteFirstContact),
            Stage::Contacted => after_contact(partner, today),
            Stage::MeetingPlanned => toward_meeting(partner, today),
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
            Suggestion::PlanMeeting => format!("Plan a meeting with {name}"),
            Suggestion::WriteUpMeeting => format!("Write up the meeting with {name}"),
            Suggestion::TalkAboutAccountability => {
                format!("Ask {name} what accountability means to them")
            }
            Suggestion::KeepShowingUp => format!("Keep showing up for {name}"),
        }
    }
}

/// Contacted: the answer to the contact that went out last decides.
fn after_contact(partner: &Partner, today: NaiveDate) -> Option<Suggestion> {
    // With nothing marked sent, the contact happened outside the app.
    let Some(sent) = partner.last_sent() else {
        return Some(Suggestion::FollowUp);
    };
    match sent.response {
        Response::Awaiting => sent.follow_up_on.is_none().then_some(Suggestion::FollowUp),
        Response::Replied => toward_meeting(partner, today),
        Response::Declined => Some(Suggestion::RespectTheirAnswer),
    }
}

/// On the way to the first meeting: plan it, wait for it, or write it up.
fn toward_meeting(partner: &Partner, today: NaiveDate) -> Option<Suggestion> {
    let Some(meeting) = partner.current_meeting() else {
        return Some(Suggestion::PlanMeeting);
    };
    if meeting.after.held {
        return Some(after_meeting(partner));
    }
    match meeting.date {
        None => Some(Suggestion::PlanMeeting),
        Some(date) if date >= today => None,
        Some(_) => Some(Suggestion::WriteUpMeeting),
    }
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

/// What kind of thing needs doing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ActionKind {
    /// A first contact went out and awaits an answer by a follow-up date.
    FollowUp,
    /// A meeting with them that has not happened yet.
    Meeting,
    /// One of their public events.
    TheirEvent { title: String },
    /// An open commitment of ours.
    WePromised {
        commitment_id: RecordId,
        what: String,
    },
    /// An open commitment of theirs, which we wait on.
    TheyPromised {
        commitment_id: RecordId,
        what: String,
    },
    /// The next step of the journey, from the partner's stage.
    Suggested(Suggestion),
}

/// One thing to do (or to wait for), for one partner, on a date or whenever
/// the user is ready.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NextAction {
    /// When it is due or happens; `None` for undated promises and suggestions.
    pub date: Option<NaiveDate>,
    pub kind: ActionKind,
    pub partner_id: RecordId,
    pub partner_name: String,
}

impl NextAction {
    /// A sentence for the dashboard, relative to `today`.
    pub fn describe(&self, today: NaiveDate) -> String {
        let name = &self.partner_name;
        let what = match &self.kind {
            ActionKind::FollowUp => format!("Follow up with {name}"),
            ActionKind::Meeting => format!("Meeting with {name}"),
            ActionKind::TheirEvent { title } => format!("{name}'s event: {title}"),
            ActionKind::WePromised { what, .. } => match what.trim() {
                "" => format!("We promised {name} something not yet written down"),
                what => format!("We promised {name}: {what}"),
            },
            ActionKind::TheyPromised { what, .. } => match as_verb_phrase(what) {
                "" => format!("Waiting on {name} to keep a promise not yet written down"),
                what => format!("Waiting on {name} to {}", lower_first_word(what)),
            },
            ActionKind::Suggested(suggestion) => suggestion.describe(name),
        };
        let Some(date) = self.date else {
            return what;
        };
        let days = (date - today).num_days();
        let when = match (&self.kind, days) {
            (ActionKind::Meeting | ActionKind::TheirEvent { .. }, 0) => "today".to_owned(),
            (ActionKind::Meeting | ActionKind::TheirEvent { .. }, 1) => "tomorrow".to_owned(),
            (ActionKind::Meeting | ActionKind::TheirEvent { .. }, _) => {
                date.format("%a %b %-d").to_string()
            }
            (_, 0) => "due today".to_owned(),
            (_, 1) => "due tomorrow".to_owned(),
            (_, days) if days < 0 => format!("overdue since {}", date.format("%b %-d")),
            _ => format!("due {}", date.format("%a %b %-d")),
        };
        // A promise's own words may hold a colon; a dash keeps the date apart.
        let separator = if self.commitment().is_some() {
            " — "
        } else {
            ": "
        };
        format!("{what}{separator}{when}")
    }

    /// Whether it is due today or earlier; undated items never are.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        self.date.is_some_and(|date| date <= today)
    }

    /// The commitment this is about, with its words, so it can be marked done.
    pub fn commitment(&self) -> Option<(RecordId, &str)> {
        match &self.kind {
            ActionKind::WePromised {
                commitment_id,
                what,
            }
            | ActionKind::TheyPromised {
                commitment_id,
                what,
            } => Some((*commitment_id, what.as_str())),
            _ => None,
        }
    }
}

/// A promise's words, trimmed, without a leading "to" that the sentence
/// around it already says.
fn as_verb_phrase(what: &str) -> &str {
    let what = what.trim();
    ["to ", "To "]
        .into_iter()
        .find_map(|prefix| what.strip_prefix(prefix))
        .map_or(what, str::trim_start)
}

/// `what` with its first word lower-cased when it is an ordinary capitalised
/// word ("Send us…" reads "…to send us…"); acronyms, single letters and
/// words with capitals inside ("RSVP", "I", "McKenzie") are left as typed.
fn lower_first_word(what: &str) -> String {
    let first_word = what.split_whitespace().next().unwrap_or_default();
    let mut letters = first_word.chars();
    let ordinary = letters.next().is_some_and(char::is_uppercase)
        && first_word.chars().count() > 1
        && !letters.any(char::is_uppercase);
    if !ordinary {
        return what.to_owned();
    }
    let mut chars = what.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The dashboard's lists: what we do, and what we wait on them for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NextActions {
    /// Our work: dated items in date order, then our promises with no date,
    /// then one suggested step per active partner.
    pub ours: Vec<NextAction>,
    /// Their open commitments: dated ones in date order, then undated ones.
    pub waiting: Vec<NextAction>,
}

impl NextActions {
    /// Whether there is nothing to do and nothing to wait for.
    pub fn is_empty(&self) -> bool {
        self.ours.is_empty() && self.waiting.is_empty()
    }
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
        .filter_map(|draft| Some(action(Some(draft.follow_up_on?), ActionKind::FollowUp)));
    let meetings = partner
        .meetings
        .iter()
        .filter(|meeting| !meeting.after.held)
        .filter_map(|meeting| meeting.date.filter(|&date| date >= today))
        .map(|date| action(Some(date), ActionKind::Meeting));
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
    let suggestion = Suggestion::for_partner(partner, today)
        .map(|suggestion| action(None, ActionKind::Suggested(suggestion)));
    follow_ups
        .chain(meetings)
        .chain(commitments)
        .chain(events)
        .chain(suggestion)
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{Channel, Commitment, ContactDraft, Meeting, Partner, PublicEvent};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn partner(name: &str, stage: Stage) -> Partner {
        let mut partner = Partner::new(name, Utc::now()).unwrap();
        partner.stage = stage;
        partner
    }

    fn sent_draft(response: Response, follow_up_on: Option<NaiveDate>) -> ContactDraft {
        ContactDraft {
            id: RecordId::random(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            channel: Channel::Email,
            event_id: None,
            subject: String::new(),
            body: String::new(),
            status: DraftStatus::Sent,
            sent_on: Some(day(1)),
            response,
            follow_up_on,
        }
    }

    fn partner_with_follow_up(name: &str, follow_up: NaiveDate, response: Response) -> Partner {
        let mut partner = partner(name, Stage::Contacted);
        partner.drafts.push(sent_draft(response, Some(follow_up)));
        partner
    }

    fn meeting(date: Option<NaiveDate>, held: bool, heard: &str) -> Meeting {
        let now = Utc::now();
        Meeting {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date,
            start_time: None,
            duration_minutes: 60,
            location: String::new(),
            our_attendees: vec![],
            their_attendees: vec![],
            agenda: vec![],
            questions: vec![],
            our_introduction: String::new(),
            after: crate::model::AfterMeeting {
                held,
                what_we_heard: heard.into(),
                ..Default::default()
            },
        }
    }

    fn commitment(owner: Party, what: &str, due_on: Option<NaiveDate>) -> Commitment {
        let now = Utc::now();
        Commitment {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            owner,
            what: what.into(),
            due_on,
            status: CommitmentStatus::Open,
            meeting_id: None,
        }
    }

    fn describe_all(actions: &[NextAction], today: NaiveDate) -> Vec<String> {
        actions.iter().map(|a| a.describe(today)).collect()
    }

    fn suggestion(partner: &Partner) -> Option<Suggestion> {
        Suggestion::for_partner(partner, day(10))
    }

    #[test]
    fn awaited_follow_ups_within_two_weeks_come_in_date_order() {
        let workspace = Workspace {
            partners: vec![
                partner_with_follow_up("Later", day(20), Response::Awaiting),
                partner_with_follow_up("Overdue", day(2), Response::Awaiting),
                partner_with_follow_up("Answered", day(3), Response::Replied),
                partner_with_follow_up("Too far", day(30), Response::Awaiting),
            ],
            ..Workspace::default()
        };
        let today = day(10);
        let all = next_actions(&workspace, today).ours;
        let actions: Vec<_> = all.iter().filter(|a| a.date.is_some()).collect();
        let names: Vec<_> = actions.iter().map(|a| a.partner_name.as_str()).collect();
        assert_eq!(names, ["Overdue", "Later"]);
        assert!(actions[0].is_due(today));
        assert!(!actions[1].is_due(today));
        assert_eq!(
            actions[0].describe(today),
            "Follow up with Overdue: overdue since Nov 2"
        );
        assert_eq!(
            actions[1].describe(today),
            "Follow up with Later: due Fri Nov 20"
        );
    }

    #[test]
    fn meetings_commitments_and_their_events_join_in_date_order() {
        let mut partner = partner("Casa", Stage::OngoingPartnership);
        let now = Utc::now();
        partner.meetings.push(meeting(Some(day(12)), false, ""));
        partner
            .commitments
            .push(commitment(Party::Us, "Share their flyer", Some(day(3))));
        let mut done = commitment(Party::Them, "Send the agenda", Some(day(4)));
        done.status = CommitmentStatus::Done;
        partner.commitments.push(done);
        for (date, title) in [(day(11), "Assembly"), (day(1), "Past")] {
            partner.events.push(PublicEvent {
                id: RecordId::random(),
                created_at: now,
                updated_at: now,
                date: Some(date),
                title: title.into(),
                place: String::new(),
            });
        }
        let workspace = Workspace {
            partners: vec![partner],
            ..Workspace::default()
        };
        let today = day(10);
        let actions = next_actions(&workspace, today);
        assert_eq!(
            describe_all(&actions.ours, today),
            [
                "We promised Casa: Share their flyer — overdue since Nov 3",
                "Casa's event: Assembly: tomorrow",
                "Meeting with Casa: Thu Nov 12",
            ]
        );
        assert!(actions.waiting.is_empty(), "a done promise is not awaited");
    }

    #[test]
    fn today_and_tomorrow_read_naturally() {
        let action = NextAction {
            date: Some(day(10)),
            kind: ActionKind::FollowUp,
            partner_id: RecordId::random(),
            partner_name: "Casa".into(),
        };
        assert_eq!(action.describe(day(10)), "Follow up with Casa: due today");
        assert_eq!(action.describe(day(9)), "Follow up with Casa: due tomorrow");
    }

    #[test]
    fn each_active_stage_suggests_its_step_and_paused_or_ongoing_none() {
        let expected = [
            (Stage::Researching, Some(Suggestion::FinishResearch)),
            (Stage::ReadyToReachOut, Some(Suggestion::WriteFirstContact)),
            (Stage::Contacted, Some(Suggestion::FollowUp)),
            (Stage::MeetingPlanned, Some(Suggestion::PlanMeeting)),
            (Stage::Met, Some(Suggestion::WriteUpMeeting)),
            (Stage::OngoingPartnership, None),
            (Stage::Paused, None),
        ];
        for (stage, wanted) in expected {
            assert_eq!(suggestion(&partner("Casa", stage)), wanted, "{stage:?}");
        }
    }

    #[test]
    fn suggestions_read_as_steps_to_take() {
        let sentences: Vec<_> = [
            Suggestion::FinishResearch,
            Suggestion::WriteFirstContact,
            Suggestion::FollowUp,
            Suggestion::RespectTheirAnswer,
            Suggestion::PlanMeeting,
            Suggestion::WriteUpMeeting,
            Suggestion::TalkAboutAccountability,
            Suggestion::KeepShowingUp,
        ]
        .into_iter()
        .map(|s| s.describe("Casa Latina"))
        .collect();
        assert_eq!(
            sentences,
            [
                "Finish researching Casa Latina",
                "Write a first contact to Casa Latina",
                "Follow up with Casa Latina",
                "Respect Casa Latina's answer and pause for now",
                "Plan a meeting with Casa Latina",
                "Write up the meeting with Casa Latina",
                "Ask Casa Latina what accountability means to them",
                "Keep showing up for Casa Latina",
            ]
        );
    }

    #[test]
    fn after_a_contact_the_answer_decides() {
        let contacted = |draft: ContactDraft| {
            let mut partner = partner("Casa", Stage::Contacted);
            partner.drafts.push(draft);
            partner
        };
        let dated = contacted(sent_draft(Response::Awaiting, Some(day(30))));
        assert_eq!(suggestion(&dated), None, "the dated follow-up covers it");
        let undated = contacted(sent_draft(Response::Awaiting, None));
        assert_eq!(suggestion(&undated), Some(Suggestion::FollowUp));
        let replied = contacted(sent_draft(Response::Replied, Some(day(2))));
        assert_eq!(suggestion(&replied), Some(Suggestion::PlanMeeting));
        let declined = contacted(sent_draft(Response::Declined, None));
        assert_eq!(suggestion(&declined), Some(Suggestion::RespectTheirAnswer));
    }

    #[test]
    fn a_planned_meeting_is_dated_then_awaited_then_written_up() {
        let planned = |meeting: Meeting| {
            let mut partner = partner("Casa", Stage::MeetingPlanned);
            partner.meetings.push(meeting);
            partner
        };
        let undated = planned(meeting(None, false, ""));
        assert_eq!(suggestion(&undated), Some(Suggestion::PlanMeeting));
        let today = planned(meeting(Some(day(10)), false, ""));
        assert_eq!(suggestion(&today), None, "the meeting itself is listed");
        let passed = planned(meeting(Some(day(9)), false, ""));
        assert_eq!(suggestion(&passed), Some(Suggestion::WriteUpMeeting));
        let held = planned(meeting(Some(day(9)), true, "Rent is the issue."));
        assert_eq!(suggestion(&held), Some(Suggestion::TalkAboutAccountability));
    }

    #[test]
    fn after_meeting_write_up_then_accountability_then_showing_up() {
        let mut met = partner("Casa", Stage::Met);
        met.meetings.push(meeting(Some(day(8)), false, "Rent."));
        assert_eq!(
            suggestion(&met),
            Some(Suggestion::WriteUpMeeting),
            "not marked held"
        );
        met.meetings[0].after.held = true;
        met.meetings[0].after.what_we_heard = "  ".into();
        assert_eq!(suggestion(&met), Some(Suggestion::WriteUpMeeting));
        met.meetings[0].after.what_we_heard = "Rent is the issue.".into();
        assert_eq!(suggestion(&met), Some(Suggestion::TalkAboutAccountability));
        met.meetings.push(meeting(Some(day(20)), false, ""));
        assert_eq!(
            suggestion(&met),
            Some(Suggestion::TalkAboutAccountability),
            "planning a second meeting does not undo the write-up"
        );
        met.accountability.text = "We follow their lead.".into();
        assert_eq!(suggestion(&met), Some(Suggestion::KeepShowingUp));
    }

    #[test]
    fn every_active_partner_gets_one_step_after_the_dated_items() {
        let mut ready = partner("Ready", Stage::ReadyToReachOut);
        ready
            .commitments
            .push(commitment(Party::Us, "Share their flyer", Some(day(12))));
        let workspace = Workspace {
            partners: vec![
                partner("Alpha research", Stage::Researching),
                ready,
                partner("Met them", Stage::Met),
                partner("On hold", Stage::Paused),
                partner("Old friends", Stage::OngoingPartnership),
            ],
            ..Workspace::default()
        };
        let today = day(10);
        let ours = next_actions(&workspace, today).ours;
        assert_eq!(
            describe_all(&ours, today),
            [
                "We promised Ready: Share their flyer — due Thu Nov 12",
                "Write up the meeting with Met them",
                "Write a first contact to Ready",
                "Finish researching Alpha research",
            ]
        );
        assert!(ours.iter().all(|a| a.date.is_some() || !a.is_due(today)));
    }

    #[test]
    fn their_promises_wait_apart_from_ours_and_read_with_a_verb() {
        let mut tenants = partner("Eastside Tenants Union", Stage::OngoingPartnership);
        tenants.commitments.push(commitment(
            Party::Them,
            "Send us the door-knocking schedule",
            Some(day(7)),
        ));
        tenants
            .commitments
            .push(commitment(Party::Them, "RSVP for the hearing", None));
        tenants
            .commitments
            .push(commitment(Party::Us, "Print their flyers", None));
        tenants
            .commitments
            .push(commitment(Party::Them, "Too far off", Some(day(30))));
        let workspace = Workspace {
            partners: vec![tenants],
            ..Workspace::default()
        };
        let today = day(10);
        let actions = next_actions(&workspace, today);
        assert_eq!(
            describe_all(&actions.waiting, today),
            [
                "Waiting on Eastside Tenants Union to send us the door-knocking schedule — overdue since Nov 7",
                "Waiting on Eastside Tenants Union to RSVP for the hearing",
            ]
        );
        assert_eq!(
            describe_all(&actions.ours, today),
            ["We promised Eastside Tenants Union: Print their flyers"]
        );
        let (id, what) = actions.ours[0].commitment().unwrap();
        assert_eq!(id, workspace.partners[0].commitments[2].id);
        assert_eq!(what, "Print their flyers");
    }

    #[test]
    fn promises_read_well_however_they_were_typed() {
        assert_eq!(lower_first_word("Send us the list"), "send us the list");
        assert_eq!(lower_first_word("RSVP by Friday"), "RSVP by Friday");
        assert_eq!(lower_first_word("I will call"), "I will call");
        assert_eq!(lower_first_word("McKenzie calls"), "McKenzie calls");
        assert_eq!(lower_first_word("Échanger"), "échanger");
        assert_eq!(as_verb_phrase("  to share the flyer "), "share the flyer");
        let empty = NextAction {
            date: None,
            kind: ActionKind::TheyPromised {
                commitment_id: RecordId::random(),
                what: " ".into(),
            },
            partner_id: RecordId::random(),
            partner_name: "Casa".into(),
        };
        assert_eq!(
            empty.describe(day(1)),
            "Waiting on Casa to keep a promise not yet written down"
        );
    }
}
