//! The dashboard's next actions: what needs doing soon, in date order, each
//! pointing at the partner to act on.

use chrono::{Duration, NaiveDate};

use crate::model::{DraftStatus, RecordId, Response, Workspace};

/// How far ahead the dashboard looks.
pub const LOOKAHEAD_DAYS: i64 = 14;

/// What kind of thing needs doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    /// A first contact went out and awaits an answer.
    FollowUp,
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
        let what = match self.kind {
            ActionKind::FollowUp => format!("Follow up with {}", self.partner_name),
        };
        let when = match (self.date - today).num_days() {
            0 => "due today".to_owned(),
            1 => "due tomorrow".to_owned(),
            days if days < 0 => format!("overdue since {}", self.date.format("%b %-d")),
            _ => format!("due {}", self.date.format("%a %b %-d")),
        };
        format!("{what}: {when}")
    }

    /// Whether it is due today or earlier.
    pub fn is_due(&self, today: NaiveDate) -> bool {
        self.date <= today
    }
}

/// Everything due by [`LOOKAHEAD_DAYS`] from `today`, overdue first, then by date.
pub fn next_actions(workspace: &Workspace, today: NaiveDate) -> Vec<NextAction> {
    let horizon = today + Duration::days(LOOKAHEAD_DAYS);
    let mut actions: Vec<NextAction> = workspace
        .partners
        .iter()
        .flat_map(|partner| {
            partner
                .drafts
                .iter()
                .filter(|draft| {
                    draft.status == DraftStatus::Sent && draft.response == Response::Awaiting
                })
                .filter_map(|draft| draft.follow_up_on)
                .filter(move |&date| date <= horizon)
                .map(|date| NextAction {
                    date,
                    kind: ActionKind::FollowUp,
                    partner_id: partner.id,
                    partner_name: partner.name().to_owned(),
                })
        })
        .collect();
    actions.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.partner_name.cmp(&b.partner_name))
    });
    actions
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
