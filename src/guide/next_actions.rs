//! The dashboard's next actions: what needs doing soon, in date order, each
//! pointing at the partner to act on.

use chrono::{Duration, NaiveDate};

use crate::model::{CommitmentStatus, DraftStatus, Partner, Party, RecordId, Response, Workspace};

/// How far ahead the dashboard looks.
pub const LOOKAHEAD_DAYS: i64 = 14;

/// What kind of thing needs doing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionKind {
    /// A first contact went out and awaits an answer.
    FollowUp,
    /// A meeting with them that has not happened yet.
    Meeting,
    /// An open commitment, ours or theirs.
    Commitment { what: String, ours: bool },
    /// One of their public events.
    TheirEvent { title: String },
}

/// One thing to do, for one partner, on one date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextAction {
    pub date: NaiveDate,
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
            ActionKind::Commitment { what, ours: true } => {
                format!("Our commitment to {name}: {what}")
            }
            ActionKind::Commitment { what, ours: false } => format!("{name}'s commitment: {what}"),
            ActionKind::TheirEvent { title } => format!("{name}'s event: {title}"),
        };
        let days = (self.date - today).num_days();
        let when = match (&self.kind, days) {
            (ActionKind::Meeting | ActionKind::TheirEvent { .. }, 0) => "today".to_owned(),
            (ActionKind::Meeting | ActionKind::TheirEvent { .. }, 1) => "tomorrow".to_owned(),
            (ActionKind::Meeting | ActionKind::TheirEvent { .. }, _) => {
                self.date.format("%a %b %-d").to_string()
            }
            (_, 0) => "due today".to_owned(),
            (_, 1) => "due tomorrow".to_owned(),
            (_, days) if days < 0 => format!("overdue since {}", self.date.format("%b %-d")),
            _ => format!("due {}", self.date.format("%a %b %-d")),
        };
        format!("{what}: {when}")
    }

    /// Whether it is due today or earlier.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        self.date <= today
    }
}

/// Everything due by [`LOOKAHEAD_DAYS`] from `today`: follow-ups and open
/// commitments (overdue ones too), meetings not yet held and their public
/// events from today on; in date order.
pub fn next_actions(workspace: &Workspace, today: NaiveDate) -> Vec<NextAction> {
    let horizon = today + Duration::days(LOOKAHEAD_DAYS);
    let mut actions: Vec<NextAction> = workspace
        .partners
        .iter()
        .flat_map(|partner| actions_for(partner, today))
        .filter(|action| action.date <= horizon)
        .collect();
    actions.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.partner_name.cmp(&b.partner_name))
    });
    actions
}

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
        .filter_map(|draft| Some(action(draft.follow_up_on?, ActionKind::FollowUp)));
    let meetings = partner
        .meetings
        .iter()
        .filter(|meeting| !meeting.after.held)
        .filter_map(|meeting| meeting.date.filter(|&date| date >= today))
        .map(|date| action(date, ActionKind::Meeting));
    let commitments = partner
        .commitments
        .iter()
        .filter(|commitment| commitment.status == CommitmentStatus::Open)
        .filter_map(|commitment| {
            let kind = ActionKind::Commitment {
                what: commitment.what.clone(),
                ours: commitment.owner == Party::Us,
            };
            Some(action(commitment.due_on?, kind))
        });
    let events = partner.events.iter().filter_map(|event| {
        let date = event.date.filter(|&date| date >= today)?;
        Some(action(
            date,
            ActionKind::TheirEvent {
                title: event.title.clone(),
            },
        ))
    });
    follow_ups
        .chain(meetings)
        .chain(commitments)
        .chain(events)
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{Channel, ContactDraft, Partner};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn partner_with_follow_up(name: &str, follow_up: NaiveDate, response: Response) -> Partner {
        let mut partner = Partner::new(name, Utc::now()).unwrap();
        partner.drafts.push(ContactDraft {
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
            follow_up_on: Some(follow_up),
        });
        partner
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
        let actions = next_actions(&workspace, today);
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
        use crate::model::{Commitment, Meeting, PublicEvent};
        let mut partner = Partner::new("Casa", Utc::now()).unwrap();
        let now = Utc::now();
        partner.meetings.push(Meeting {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: Some(day(12)),
            start_time: None,
            duration_minutes: 60,
            location: String::new(),
            our_attendees: vec![],
            their_attendees: vec![],
            agenda: vec![],
            questions: vec![],
            our_introduction: String::new(),
            after: Default::default(),
        });
        partner.commitments.push(Commitment {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            owner: Party::Us,
            what: "Share their flyer".into(),
            due_on: Some(day(3)),
            status: CommitmentStatus::Open,
            meeting_id: None,
        });
        partner.commitments.push(Commitment {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            owner: Party::Them,
            what: "Send the agenda".into(),
            due_on: Some(day(4)),
            status: CommitmentStatus::Done,
            meeting_id: None,
        });
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: Some(day(11)),
            title: "Assembly".into(),
            place: String::new(),
        });
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: Some(day(1)),
            title: "Past".into(),
            place: String::new(),
        });
        let workspace = Workspace {
            partners: vec![partner],
            ..Workspace::default()
        };
        let today = day(10);
        let described: Vec<_> = next_actions(&workspace, today)
            .iter()
            .map(|a| a.describe(today))
            .collect();
        assert_eq!(
            described,
            [
                "Our commitment to Casa: Share their flyer: overdue since Nov 3",
                "Casa's event: Assembly: tomorrow",
                "Meeting with Casa: Thu Nov 12",
            ]
        );
    }

    #[test]
    fn today_and_tomorrow_read_naturally() {
        let action = NextAction {
            date: day(10),
            kind: ActionKind::FollowUp,
            partner_id: RecordId::random(),
            partner_name: "Casa".into(),
        };
        assert_eq!(action.describe(day(10)), "Follow up with Casa: due today");
        assert_eq!(action.describe(day(9)), "Follow up with Casa: due tomorrow");
    }
}
