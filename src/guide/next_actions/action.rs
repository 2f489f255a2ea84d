//! One thing to do or wait for, and the sentence the dashboard shows for it.

use crate::model::dates;
use chrono::NaiveDate;

use super::Suggestion;
use crate::model::RecordId;

/// What kind of thing needs doing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ActionKind {
    /// A first contact went out unanswered: its one gentle follow-up.
    FollowUp,
    /// A paused partner's day to check back on them.
    CheckBack,
    /// A meeting with them that has not happened yet.
    Meeting,
    /// Their visit to our meeting, still to come.
    Visit,
    /// A meeting whose day has passed, not yet marked held: what did we hear?
    WriteUpMeeting,
    /// Time to ask how the partnership and our actions affect them.
    AskForFeedback,
    /// One of their public events.
    TheirEvent { title: String },
    /// An open commitment of ours.
    WePromised {
        commitment_id: RecordId,
        what: String,
    },
    /// The next step of the journey, from the partner's stage.
    Suggested(Suggestion),
}

/// One thing to do, for one partner, on a date or whenever
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
            ActionKind::CheckBack => format!("Check back on {name}"),
            ActionKind::Meeting => format!("Meeting with {name}"),
            ActionKind::Visit => format!("{name} visits our meeting"),
            ActionKind::WriteUpMeeting => format!("What did you hear at {name}?"),
            ActionKind::AskForFeedback => format!("Ask {name} for feedback"),
            ActionKind::TheirEvent { title } => format!("{name}'s event: {title}"),
            ActionKind::WePromised { what, .. } => match what.trim() {
                "" => format!("We promised {name} something not yet written down"),
                what => format!("We promised {name}: {what}"),
            },
            ActionKind::Suggested(suggestion) => suggestion.describe(name),
        };
        let Some(date) = self.date else {
            return what;
        };
        let days = (date - today).num_days();
        // Meetings, visits and events happen on their day; the rest fall due.
        let happens = matches!(
            self.kind,
            ActionKind::Meeting | ActionKind::Visit | ActionKind::TheirEvent { .. }
        );
        let when = match (&self.kind, days) {
            (_, 0) if happens => "today".to_owned(),
            (_, 1) if happens => "tomorrow".to_owned(),
            _ if happens => dates::weekday_short(date),
            (ActionKind::WriteUpMeeting, _) => format!("met {}", dates::weekday_short(date)),
            (_, 0) => "due today".to_owned(),
            (_, 1) => "due tomorrow".to_owned(),
            (_, days) if days < 0 => format!("overdue since {}", dates::short_month_day(date)),
            _ => format!("due {}", dates::weekday_short(date)),
        };
        // A promise's own words may hold a colon, and a question ends in a
        // question mark; a dash keeps the date apart.
        let separator = if self.commitment().is_some() || self.kind == ActionKind::WriteUpMeeting {
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
            } => Some((*commitment_id, what.as_str())),
            _ => None,
        }
    }
}
