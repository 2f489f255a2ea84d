//! Nobody left waiting: when we were last in touch with each partner, and
//! which active partners we are losing touch with.

use chrono::{Duration, NaiveDate};

use super::plural::{count, days};
use crate::model::{DraftStatus, Partner, RecordId, Stage, Workspace, dates};

/// Days without contact after which an active partner is losing touch,
/// unless the partner has its own number.
pub const DEFAULT_KEEP_IN_TOUCH_DAYS: u32 = 30;

/// The last day we were in touch with them, up to `today`: any interaction
/// logged (a report-out to our own group is not contact with them), and any
/// first contact sent.
pub fn last_contact(partner: &Partner, today: NaiveDate) -> Option<NaiveDate> {
    let logged = partner
        .log
        .iter()
        .filter(|entry| entry.kind.is_contact())
        .filter_map(|entry| entry.date);
    let sent = partner
        .drafts
        .iter()
        .filter(|draft| draft.status == DraftStatus::Sent)
        .filter_map(|draft| draft.sent_on);
    logged.chain(sent).filter(|date| *date <= today).max()
}

/// How often and how lately we were in touch, as the log says it: "Last
/// contact: Nov 24, 2026 (3 days ago). In touch 18 times."
pub fn in_touch(contacts: usize, last: Option<NaiveDate>, today: NaiveDate) -> String {
    let times = count(contacts, "time", "times");
    match (contacts, last) {
        (0, None) => "No contact logged yet.".to_owned(),
        (_, Some(last)) => {
            let ago = match (today - last).num_days() {
                0 => "today".to_owned(),
                ago => format!("{} ago", days(ago)),
            };
            format!(
                "Last contact: {} ({ago}). In touch {times}.",
                dates::short_date(last)
            )
        }
        (_, None) => format!("No contact dated up to today. In touch {times}."),
    }
}

/// What we changed because of one piece of their feedback: the lessons that
/// name it, each in its "what we will change" words, or else what we learned.
pub fn changes_prompted_by(partner: &Partner, feedback: RecordId) -> Vec<String> {
    partner
        .lessons
        .iter()
        .filter(|lesson| lesson.feedback_id == Some(feedback))
        .map(|lesson| match lesson.what_we_will_change.trim() {
            "" => lesson.lesson.trim().to_owned(),
            change => change.to_owned(),
        })
        .collect()
}

/// How many days without contact this partner allows before it counts as
/// losing touch.
fn keep_in_touch_days(partner: &Partner) -> u32 {
    partner
        .keep_in_touch_days
        .unwrap_or(DEFAULT_KEEP_IN_TOUCH_DAYS)
}

/// How often an ongoing partnership is due a request for feedback.
pub const FEEDBACK_EVERY_DAYS: i64 = 60;

/// How long "Remind me later" puts off asking for feedback: past the
/// dashboard's horizon, so the reminder leaves it for now.
pub const FEEDBACK_SNOOZE_DAYS: i64 = 30;

/// When to ask this partner how the partnership and our actions affect
/// them, if it is time to think of it: after a meeting is marked held, and
/// every [`FEEDBACK_EVERY_DAYS`] of an ongoing partnership. Feedback they
/// gave, or our asking, resets the count; a snooze puts the date off.
pub fn feedback_due(partner: &Partner) -> Option<NaiveDate> {
    if !matches!(partner.stage, Stage::Met | Stage::OngoingPartnership) {
        return None;
    }
    let heard = partner
        .feedback
        .iter()
        .filter_map(|feedback| feedback.date)
        .chain(partner.feedback_asked_on)
        .max();
    let held = partner
        .meetings
        .iter()
        .filter(|meeting| meeting.after.held)
        .filter_map(|meeting| meeting.date)
        .max();
    let due = match (held, heard) {
        (Some(held), heard) if heard.is_none_or(|heard| heard < held) => Some(held),
        _ if partner.stage == Stage::OngoingPartnership => {
            let since = heard
                .or(held)
                .unwrap_or_else(|| partner.created_at.date_naive());
            since.checked_add_signed(Duration::days(FEEDBACK_EVERY_DAYS))
        }
        _ => None,
    }?;
    Some(
        partner
            .feedback_snoozed_until
            .map_or(due, |until| due.max(until)),
    )
}

/// An active partner we have not been in touch with for too long.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LosingTouch {
    pub partner_id: RecordId,
    pub partner_name: String,
    /// The last contact, or `None` when nothing is logged since they were added.
    pub last_contact: Option<NaiveDate>,
    /// Days since the last contact (or since they were added).
    pub days: i64,
}

/// The relationships we have (met, or an ongoing partnership) with no
/// contact within their number of days, the longest silence first. A partner
/// with no contact logged counts from the day it was added. Partners who
/// have not answered us are not losing touch: the follow-up rules respect
/// their silence instead.
pub fn losing_touch(workspace: &Workspace, today: NaiveDate) -> Vec<LosingTouch> {
    let mut losing: Vec<LosingTouch> = workspace
        .partners
        .iter()
        .filter(|partner| is_a_relationship(partner.stage))
        .filter_map(|partner| {
            let last = last_contact(partner, today);
            let since = last.unwrap_or_else(|| partner.created_at.date_naive());
            let days = (today - since).num_days();
            (days > i64::from(keep_in_touch_days(partner))).then(|| LosingTouch {
                partner_id: partner.id,
                partner_name: partner.name().to_owned(),
                last_contact: last,
                days,
            })
        })
        .collect();
    losing.sort_by(|a, b| {
        b.days
            .cmp(&a.days)
            .then_with(|| a.partner_name.cmp(&b.partner_name))
    });
    losing
}

/// Whether a partner at `stage` is a relationship we have, which expects to
/// hear from us: met, or an ongoing partnership.
fn is_a_relationship(stage: Stage) -> bool {
    matches!(stage, Stage::Met | Stage::OngoingPartnership)
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{AfterMeeting, ContactDraft, Feedback, InteractionKind, LogEntry, Meeting};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn entry(date: NaiveDate, kind: InteractionKind) -> LogEntry {
        LogEntry {
            date: Some(date),
            kind,
            ..LogEntry::new(Utc::now())
        }
    }

    fn partner(name: &str, stage: Stage, added_days_ago: i64, today: NaiveDate) -> Partner {
        let added = (today - Duration::days(added_days_ago))
            .and_hms_opt(9, 0, 0)
            .unwrap()
            .and_utc();
        Partner {
            stage,
            ..Partner::new(name, added).unwrap()
        }
    }

    #[test]
    fn in_touch_says_when_we_last_were_and_how_often() {
        let today = day(27);
        assert_eq!(in_touch(0, None, today), "No contact logged yet.");
        assert_eq!(
            in_touch(18, Some(day(24)), today),
            "Last contact: Nov 24, 2026 (3 days ago). In touch 18 times."
        );
        assert_eq!(
            in_touch(1, Some(today), today),
            "Last contact: Nov 27, 2026 (today). In touch 1 time."
        );
        assert_eq!(
            in_touch(2, None, today),
            "No contact dated up to today. In touch 2 times."
        );
    }

    #[test]
    fn the_last_contact_is_the_latest_interaction_or_sent_contact_up_to_today() {
        let today = day(20);
        let mut casa = partner("Casa", Stage::Met, 60, today);
        assert_eq!(last_contact(&casa, today), None);
        casa.log.push(entry(day(3), InteractionKind::Call));
        casa.log.push(entry(day(18), InteractionKind::ReportOut));
        casa.log.push(entry(day(25), InteractionKind::Meeting));
        assert_eq!(
            last_contact(&casa, today),
            Some(day(3)),
            "not our report-out, not the future"
        );
        casa.drafts.push(ContactDraft {
            status: DraftStatus::Sent,
            sent_on: Some(day(9)),
            ..ContactDraft::new(Utc::now())
        });
        assert_eq!(last_contact(&casa, today), Some(day(9)));
    }

    #[test]
    fn thirty_days_is_still_in_touch_and_the_thirty_first_is_not() {
        let today = day(30);
        let mut casa = partner("Casa", Stage::Met, 90, today);
        casa.log
            .push(entry(today - Duration::days(30), InteractionKind::Call));
        let workspace = Workspace {
            partners: vec![casa],
            ..Workspace::default()
        };
        assert!(losing_touch(&workspace, today).is_empty());
        assert_eq!(losing_touch(&workspace, today + Duration::days(1)).len(), 1);
    }

    #[test]
    fn relationships_past_their_days_are_losing_touch_the_longest_silence_first() {
        let today = day(30);
        let october = NaiveDate::from_ymd_opt(2026, 10, 20).unwrap();
        let mut quiet = partner("Quiet", Stage::OngoingPartnership, 90, today);
        quiet.log.push(entry(october, InteractionKind::Email));
        let recent = {
            let mut recent = partner("Recent", Stage::Met, 90, today);
            recent.log.push(entry(day(20), InteractionKind::Call));
            recent
        };
        let never = partner("Never heard", Stage::Met, 45, today);
        let unanswered = partner("Unanswered", Stage::Contacted, 90, today);
        let planned = partner("Meeting planned", Stage::MeetingPlanned, 90, today);
        let paused = partner("Paused", Stage::Paused, 90, today);
        let researching = partner("Researching", Stage::Researching, 90, today);
        let mut patient = partner("Patient", Stage::Met, 90, today);
        patient.log.push(entry(october, InteractionKind::Email));
        patient.keep_in_touch_days = Some(60);
        let workspace = Workspace {
            partners: vec![
                quiet,
                recent,
                never,
                unanswered,
                planned,
                paused,
                researching,
                patient,
            ],
            ..Workspace::default()
        };
        let losing = losing_touch(&workspace, today);
        let names: Vec<_> = losing.iter().map(|l| l.partner_name.as_str()).collect();
        assert_eq!(names, ["Never heard", "Quiet"]);
        assert_eq!((losing[0].last_contact, losing[0].days), (None, 45));
        assert_eq!(
            (losing[1].last_contact, losing[1].days),
            (Some(october), 41)
        );
    }

    fn held_meeting(date: NaiveDate) -> Meeting {
        Meeting {
            date: Some(date),
            after: AfterMeeting {
                held: true,
                ..AfterMeeting::default()
            },
            ..Meeting::new(Utc::now())
        }
    }

    #[test]
    fn feedback_is_asked_for_after_a_meeting_held_then_every_sixty_days_of_partnership() {
        let today = day(30);
        let mut casa = partner("Casa", Stage::Contacted, 90, today);
        casa.meetings.push(held_meeting(day(5)));
        assert_eq!(feedback_due(&casa), None, "not before they are met");
        casa.stage = Stage::Met;
        assert_eq!(
            feedback_due(&casa),
            Some(day(5)),
            "due from the meeting held"
        );
        casa.feedback.push(Feedback {
            date: Some(day(6)),
            ..Feedback::new(Utc::now())
        });
        assert_eq!(
            feedback_due(&casa),
            None,
            "heard since; met, not yet ongoing"
        );
        casa.stage = Stage::OngoingPartnership;
        assert_eq!(feedback_due(&casa), Some(day(6) + Duration::days(60)));
        casa.feedback_asked_on = Some(day(20));
        assert_eq!(
            feedback_due(&casa),
            Some(day(20) + Duration::days(60)),
            "asking counts"
        );
        casa.meetings.push(held_meeting(day(25)));
        assert_eq!(
            feedback_due(&casa),
            Some(day(25)),
            "a newer meeting asks again"
        );
        casa.feedback_snoozed_until = Some(day(30) + Duration::days(FEEDBACK_SNOOZE_DAYS));
        assert_eq!(feedback_due(&casa), casa.feedback_snoozed_until, "snoozed");
    }
}
