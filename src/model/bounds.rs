//! The ranges a record's dates and amounts must fall in. A file or a stored
//! value may hold any date chrono can read (year 262142) and any `u32`; the
//! app refuses what is outside these ranges when it imports or loads, so no
//! screen shows a nonsense date and no sum or date arithmetic overflows.

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

use super::{
    AgendaItem, Coalition, Commitment, ContactDraft, DeviceMeta, Feedback, Lesson, LogEntry,
    Meeting, OurGroup, Partner, Person, Practice, PublicEvent, Question, Timestamp, Visit,
};

/// The first year a date may fall in.
pub const FIRST_YEAR: i32 = 1900;
/// The last year a date may fall in.
pub const LAST_YEAR: i32 = 2200;
/// The longest a meeting, a visit or an agenda item may last: a day.
pub const MAX_MINUTES: u32 = 24 * 60;
/// The longest silence a partner's "losing touch" may wait for: ten years.
pub const MAX_KEEP_IN_TOUCH_DAYS: u32 = 3650;

/// Whether a date falls in the years the app accepts.
pub fn date_in_range(date: NaiveDate) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}

/// A date or an amount outside its range, naming the field that holds it.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum OutOfRange {
    #[error(
        "{field} falls in the year {year}; dates must fall between {FIRST_YEAR} and {LAST_YEAR}"
    )]
    Year { field: &'static str, year: i32 },
    #[error("{field} is {minutes} minutes; the most is {MAX_MINUTES} (a day)")]
    Minutes { field: &'static str, minutes: u32 },
    #[error("{field} is {days} days; the most is {MAX_KEEP_IN_TOUCH_DAYS} (ten years)")]
    Days { field: &'static str, days: u32 },
}

/// A record whose dates and amounts can be checked against their ranges.
pub trait Bounded {
    /// The first date or amount out of its range, if any.
    fn check_bounds(&self) -> Result<(), OutOfRange>;
}

fn day(field: &'static str, date: Option<NaiveDate>) -> Result<(), OutOfRange> {
    match date {
        Some(date) if !date_in_range(date) => Err(OutOfRange::Year {
            field,
            year: date.year(),
        }),
        _ => Ok(()),
    }
}

fn moment(field: &'static str, at: Option<Timestamp>) -> Result<(), OutOfRange> {
    day(field, at.map(|at| at.date_naive()))
}

fn minutes(field: &'static str, minutes: u32) -> Result<(), OutOfRange> {
    if minutes > MAX_MINUTES {
        return Err(OutOfRange::Minutes { field, minutes });
    }
    Ok(())
}

fn all<T: Bounded>(records: &[T]) -> Result<(), OutOfRange> {
    records.iter().try_for_each(Bounded::check_bounds)
}

/// Implements [`Bounded`] for a record with `created_at` and `updated_at`
/// stamps (named after `$name`, as "a meeting's ") and the checks of its own fields.
macro_rules! bounded {
    ($($type:ty as $name:literal => |$record:ident| $rest:expr;)*) => {$(
        impl Bounded for $type {
            fn check_bounds(&self) -> Result<(), OutOfRange> {
                let $record = self;
                moment(concat!($name, "creation time"), Some($record.created_at))?;
                moment(concat!($name, "last change time"), Some($record.updated_at))?;
                $rest
            }
        }
    )*};
}

bounded! {
    Partner as "its " => |partner| {
        day("its feedback request date", partner.feedback_asked_on)?;
        day("its feedback snooze date", partner.feedback_snoozed_until)?;
        day("its check-back date", partner.check_back_on)?;
        match partner.keep_in_touch_days {
            Some(days) if days > MAX_KEEP_IN_TOUCH_DAYS => {
                return Err(OutOfRange::Days { field: "its days before losing touch", days });
            }
            _ => {}
        }
        all(&partner.people)?;
        all(&partner.events)?;
        all(&partner.practices)?;
        all(&partner.drafts)?;
        all(&partner.meetings)?;
        all(&partner.visits)?;
        all(&partner.log)?;
        all(&partner.feedback)?;
        all(&partner.lessons)?;
        all(&partner.commitments)?;
        day("its last accountability review", partner.accountability.last_reviewed_on)
    };
    Coalition as "its " => |coalition| all(&coalition.log);
    Person as "a person's " => |_person| Ok(());
    PublicEvent as "an event's " => |event| day("an event's date", event.date);
    Practice as "a practice's " => |_practice| Ok(());
    ContactDraft as "a message's " => |draft| {
        day("a message's sent date", draft.sent_on)?;
        day("a message's follow-up date", draft.follow_up_on)
    };
    Meeting as "a meeting's " => |meeting| {
        day("a meeting's date", meeting.date)?;
        minutes("a meeting's length", meeting.duration_minutes)?;
        all(&meeting.agenda)?;
        all(&meeting.questions)
    };
    AgendaItem as "an agenda item's " => |item| minutes("an agenda item's length", item.minutes);
    Question as "a question's " => |_question| Ok(());
    Visit as "a visit's " => |visit| {
        day("a visit's date", visit.date)?;
        minutes("a visit's length", visit.duration_minutes)
    };
    LogEntry as "a log entry's " => |entry| day("a log entry's date", entry.date);
    Feedback as "a feedback note's " => |feedback| day("a feedback note's date", feedback.date);
    Lesson as "a lesson's " => |lesson| day("a lesson's date", lesson.date);
    Commitment as "a commitment's " => |commitment| day("a commitment's due date", commitment.due_on);
}

impl Bounded for OurGroup {
    fn check_bounds(&self) -> Result<(), OutOfRange> {
        day("its next meeting date", self.next_meeting_on)
    }
}

impl Bounded for DeviceMeta {
    fn check_bounds(&self) -> Result<(), OutOfRange> {
        moment("the last export time", self.last_export_at)?;
        moment("the last change time", self.last_change_at)?;
        moment(
            "the time the Safari note was read",
            self.safari_limits_explained_at,
        )
    }
}
