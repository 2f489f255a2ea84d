//! The log as a timeline: everything that happened with a partner, or is
//! planned, in one list, newest first, each record in one line to read.

use chrono::NaiveDate;

use super::follow_through::changes_prompted_by;
use crate::model::transfer::first_words;
use crate::model::{Choice, InteractionKind, LogEntry, Partner, Party, RecordId, Timestamp, dates};

/// The kinds of record a timeline holds, which it can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Interaction,
    Meeting,
    Visit,
    Feedback,
    Lesson,
    Commitment,
}

impl EntryKind {
    /// Every kind, in the order the filter offers them.
    pub const ALL: [EntryKind; 6] = [
        EntryKind::Interaction,
        EntryKind::Meeting,
        EntryKind::Visit,
        EntryKind::Feedback,
        EntryKind::Lesson,
        EntryKind::Commitment,
    ];

    /// The filter's name for records of this kind.
    pub fn plural(self) -> &'static str {
        match self {
            EntryKind::Interaction => "Interactions",
            EntryKind::Meeting => "Meetings",
            EntryKind::Visit => "Visits to our meeting",
            EntryKind::Feedback => "Their feedback",
            EntryKind::Lesson => "Our lessons",
            EntryKind::Commitment => "Commitments",
        }
    }

    /// The kind's name in the filter's values and in DOM ids.
    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Interaction => "interaction",
            EntryKind::Meeting => "meeting",
            EntryKind::Visit => "visit",
            EntryKind::Feedback => "feedback",
            EntryKind::Lesson => "lesson",
            EntryKind::Commitment => "commitment",
        }
    }

    /// The kind named by [`EntryKind::key`].
    pub fn from_key(key: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// One record's place in the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub kind: EntryKind,
    pub id: RecordId,
    /// The day it happened or is planned for; a commitment's due date.
    pub date: Option<NaiveDate>,
    /// When it was written, which places undated records and breaks ties.
    pub created_at: Timestamp,
}

impl TimelineEntry {
    /// The day the timeline files it under: its date, else the day it was written.
    fn day(&self) -> NaiveDate {
        self.date.unwrap_or_else(|| self.created_at.date_naive())
    }
}

/// Every record of the partner's relationship, in no order. A held meeting
/// writes a log entry of its own; the meeting stands for it here.
pub fn entries(partner: &Partner) -> Vec<TimelineEntry> {
    let meeting_ids: Vec<RecordId> = partner.meetings.iter().map(|m| m.id).collect();
    let entry = |kind, id, date, created_at| TimelineEntry {
        kind,
        id,
        date,
        created_at,
    };
    let written_by_a_meeting =
        |e: &&LogEntry| e.source.is_some_and(|source| meeting_ids.contains(&source));
    let log = interactions(partner.log.iter().filter(|e| !written_by_a_meeting(e)));
    let meetings =
        (partner.meetings.iter()).map(|m| entry(EntryKind::Meeting, m.id, m.date, m.created_at));
    let visits =
        (partner.visits.iter()).map(|v| entry(EntryKind::Visit, v.id, v.date, v.created_at));
    let feedback =
        (partner.feedback.iter()).map(|f| entry(EntryKind::Feedback, f.id, f.date, f.created_at));
    let lessons =
        (partner.lessons.iter()).map(|l| entry(EntryKind::Lesson, l.id, l.date, l.created_at));
    let commitments = (partner.commitments.iter())
        .map(|c| entry(EntryKind::Commitment, c.id, c.due_on, c.created_at));
    log.chain(meetings)
        .chain(visits)
        .chain(feedback)
        .chain(lessons)
        .chain(commitments)
        .collect()
}

/// The interactions of a log, a partner's or a coalition's, as timeline entries.
pub fn interactions<'a>(
    log: impl IntoIterator<Item = &'a LogEntry>,
) -> impl Iterator<Item = TimelineEntry> {
    log.into_iter().map(|e| TimelineEntry {
        kind: EntryKind::Interaction,
        id: e.id,
        date: e.date,
        created_at: e.created_at,
    })
}

/// Gives the entry open for editing the day it was filed under `before`, so
/// that editing its date does not move it away from the cursor; it takes
/// its new place once it is closed.
pub fn keep_in_place(
    timeline: &mut [TimelineEntry],
    open: Option<RecordId>,
    before: Option<&[TimelineEntry]>,
) {
    let Some(open) = open else { return };
    let earlier = before.and_then(|before| before.iter().find(|entry| entry.id == open));
    let now = timeline.iter_mut().find(|entry| entry.id == open);
    if let (Some(earlier), Some(now)) = (earlier, now) {
        now.date = earlier.date;
    }
}

/// Orders a timeline newest first: by day, then by when each was written.
pub fn newest_first(entries: &mut [TimelineEntry]) {
    entries.sort_by_key(|entry| std::cmp::Reverse((entry.day(), entry.created_at, entry.id)));
}

/// A record as its closed timeline entry shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryLine {
    /// "Nov 20, 2026", or "No date".
    pub when: String,
    /// What kind of record it is: "Call", "Their feedback".
    pub kind: String,
    /// What it says, on one line.
    pub text: String,
}

impl EntryLine {
    /// The name of the button that opens it: "Edit call of Nov 20, 2026: Talked about…".
    pub fn edit_label(&self) -> String {
        format!(
            "Edit {} of {}: {}",
            self.kind.to_lowercase(),
            self.when,
            first_words(&self.text)
        )
    }
}

/// How the record `id` of kind `kind` reads in the timeline, if it exists.
pub fn line(
    partner: &Partner,
    kind: EntryKind,
    id: RecordId,
    today: NaiveDate,
) -> Option<EntryLine> {
    let (date, kind, text) = match kind {
        EntryKind::Interaction => {
            return partner
                .log
                .iter()
                .find(|e| e.id == id)
                .map(interaction_line);
        }
        EntryKind::Meeting => {
            let meeting = partner.meetings.iter().find(|m| m.id == id)?;
            let state = match (meeting.after.held, meeting.date) {
                (true, _) => "held",
                (false, Some(date)) if date < today => "to write up",
                (false, _) => "planned",
            };
            let place = match meeting.location.trim() {
                "" => String::new(),
                place => format!(" at {place}"),
            };
            let heard = match meeting.after.what_we_heard.trim() {
                "" => String::new(),
                heard => format!(": {heard}"),
            };
            (
                meeting.date,
                "Meeting".to_owned(),
                format!("Listen-first meeting{place}, {state}{heard}"),
            )
        }
        EntryKind::Visit => {
            let visit = partner.visits.iter().find(|v| v.id == id)?;
            let who = match visit.who.trim() {
                "" => "Their visit".to_owned(),
                who => who.to_owned(),
            };
            let text = match visit.their_item.trim() {
                "" => who,
                item => format!("{who}: {item}"),
            };
            (visit.date, "Visit to our meeting".to_owned(), text)
        }
        EntryKind::Feedback => {
            let feedback = partner.feedback.iter().find(|f| f.id == id)?;
            let changes = changes_prompted_by(partner, id);
            let text = match changes.is_empty() {
                true => feedback.text.clone(),
                false => format!(
                    "{} — what we changed: {}",
                    feedback.text.trim(),
                    changes.join("; ")
                ),
            };
            (feedback.date, "Their feedback".to_owned(), text)
        }
        EntryKind::Lesson => {
            let lesson = partner.lessons.iter().find(|l| l.id == id)?;
            (lesson.date, "Our lesson".to_owned(), lesson.lesson.clone())
        }
        EntryKind::Commitment => {
            let commitment = partner.commitments.iter().find(|c| c.id == id)?;
            let kind = match commitment.owner {
                Party::Us => "Our promise",
                Party::Them => "Their step",
            };
            let what = match commitment.what.trim() {
                "" => NOTHING_WRITTEN,
                what => what,
            };
            let text = format!("{what} ({})", commitment.status.label().to_lowercase());
            (commitment.due_on, kind.to_owned(), text)
        }
    };
    Some(entry_line(date, kind, &text))
}

/// What an entry says while nothing is written in it.
const NOTHING_WRITTEN: &str = "Nothing written yet";

/// How an interaction reads in a timeline, a partner's or a coalition's.
pub fn interaction_line(entry: &LogEntry) -> EntryLine {
    let mut text = entry.summary.clone();
    if entry.kind == InteractionKind::TheyAskedForHelp && !entry.what_we_did.trim().is_empty() {
        text = format!("{text} — what we did: {}", entry.what_we_did);
    }
    entry_line(entry.date, entry.kind.label().to_owned(), &text)
}

/// The line of a record dated `date`, of kind `kind`, saying `text`.
fn entry_line(date: Option<NaiveDate>, kind: String, text: &str) -> EntryLine {
    EntryLine {
        when: date.map_or_else(|| "No date".to_owned(), dates::short_date),
        kind,
        text: match one_line(text) {
            text if text.is_empty() => NOTHING_WRITTEN.to_owned(),
            text => text,
        },
    }
}

/// Text on one line, its line breaks and runs of spaces made single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::model::{
        Commitment, CommitmentStatus, Feedback, Lesson, LogEntry, Meeting, Visit, test_now as now,
    };

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn partner() -> Partner {
        Partner::new("Casa Latina", now()).unwrap()
    }

    fn kinds_and_days(partner: &Partner) -> Vec<(EntryKind, Option<NaiveDate>)> {
        let mut timeline = entries(partner);
        newest_first(&mut timeline);
        timeline.iter().map(|e| (e.kind, e.date)).collect()
    }

    #[test]
    fn every_kind_of_record_is_in_one_list_newest_first() {
        let mut partner = partner();
        partner.log.push(LogEntry {
            date: Some(day(2)),
            ..LogEntry::new(now())
        });
        partner.meetings.push(Meeting {
            date: Some(day(9)),
            ..Meeting::new(now())
        });
        partner.visits.push(Visit {
            date: Some(day(5)),
            ..Visit::new(now())
        });
        partner.feedback.push(Feedback {
            date: Some(day(7)),
            ..Feedback::new(now())
        });
        partner.lessons.push(Lesson {
            date: Some(day(3)),
            ..Lesson::new(now())
        });
        partner.commitments.push(Commitment {
            due_on: Some(day(20)),
            ..Commitment::new(now())
        });
        assert_eq!(
            kinds_and_days(&partner),
            vec![
                (EntryKind::Commitment, Some(day(20))),
                (EntryKind::Meeting, Some(day(9))),
                (EntryKind::Feedback, Some(day(7))),
                (EntryKind::Visit, Some(day(5))),
                (EntryKind::Lesson, Some(day(3))),
                (EntryKind::Interaction, Some(day(2))),
            ]
        );
    }

    #[test]
    fn undated_records_sit_on_the_day_they_were_written_and_later_writing_comes_first() {
        let mut partner = partner();
        let written = now() - Duration::days(1);
        let yesterday = written.date_naive();
        partner.log.push(LogEntry {
            date: Some(yesterday),
            ..LogEntry::new(now())
        });
        partner.lessons.push(Lesson::new(written));
        partner.feedback.push(Feedback {
            date: Some(yesterday - Duration::days(1)),
            ..Feedback::new(now())
        });
        assert_eq!(
            kinds_and_days(&partner),
            vec![
                (EntryKind::Interaction, Some(yesterday)),
                (EntryKind::Lesson, None),
                (EntryKind::Feedback, Some(yesterday - Duration::days(1))),
            ]
        );
    }

    #[test]
    fn a_held_meeting_stands_for_the_log_entry_it_wrote() {
        let mut partner = partner();
        let meeting = Meeting {
            date: Some(day(9)),
            location: "1200 Alder St".into(),
            ..Meeting::new(now())
        };
        let id = meeting.id;
        partner.meetings.push(meeting);
        partner.meetings[0].after.held = true;
        partner.keep_log_in_step(id, day(9), now());
        partner.log.push(LogEntry {
            date: Some(day(10)),
            ..LogEntry::new(now())
        });
        assert_eq!(partner.log.len(), 2, "the meeting wrote its entry");
        assert_eq!(
            kinds_and_days(&partner),
            vec![
                (EntryKind::Interaction, Some(day(10))),
                (EntryKind::Meeting, Some(day(9)))
            ]
        );
    }

    #[test]
    fn each_kind_reads_as_one_line() {
        let mut partner = partner();
        let call = LogEntry {
            date: Some(day(2)),
            kind: InteractionKind::Call,
            summary: "Talked about\n\nthe  food drive".into(),
            ..LogEntry::new(now())
        };
        let help = LogEntry {
            kind: InteractionKind::TheyAskedForHelp,
            summary: "Chairs for Saturday".into(),
            what_we_did: "Lent 40 chairs".into(),
            ..LogEntry::new(now())
        };
        let meeting = Meeting {
            date: Some(day(9)),
            location: "1200 Alder St".into(),
            ..Meeting::new(now())
        };
        let visit = Visit {
            who: "María Ortiz".into(),
            their_item: "Tenant rights".into(),
            ..Visit::new(now())
        };
        let theirs = Commitment {
            owner: Party::Them,
            status: CommitmentStatus::Done,
            what: "Send the flyer".into(),
            ..Commitment::new(now())
        };
        let ours = Commitment::new(now());
        let ids = [call.id, help.id, meeting.id, visit.id, theirs.id, ours.id];
        partner.log.extend([call, help]);
        partner.meetings.push(meeting);
        partner.visits.push(visit);
        partner.commitments.extend([theirs, ours]);
        let kinds = [
            EntryKind::Interaction,
            EntryKind::Interaction,
            EntryKind::Meeting,
            EntryKind::Visit,
            EntryKind::Commitment,
            EntryKind::Commitment,
        ];
        let read = |today| {
            kinds
                .iter()
                .zip(ids)
                .map(|(kind, id)| line(&partner, *kind, id, today).unwrap())
                .map(|line| (line.when, line.kind, line.text))
                .collect::<Vec<_>>()
        };
        let lines = read(day(5));
        let own = |when: &str, kind: &str, text: &str| {
            (when.to_owned(), kind.to_owned(), text.to_owned())
        };
        assert_eq!(
            lines,
            vec![
                own("Nov 2, 2026", "Call", "Talked about the food drive"),
                own(
                    "No date",
                    "They asked us for help",
                    "Chairs for Saturday — what we did: Lent 40 chairs"
                ),
                own(
                    "Nov 9, 2026",
                    "Meeting",
                    "Listen-first meeting at 1200 Alder St, planned"
                ),
                own(
                    "No date",
                    "Visit to our meeting",
                    "María Ortiz: Tenant rights"
                ),
                own("No date", "Their step", "Send the flyer (done)"),
                own("No date", "Our promise", "Nothing written yet (open)"),
            ]
        );
        assert_eq!(
            read(day(10))[2].2,
            "Listen-first meeting at 1200 Alder St, to write up"
        );
        assert!(
            line(&partner, EntryKind::Lesson, ids[0], day(5)).is_none(),
            "a call is not a lesson"
        );
    }

    #[test]
    fn feedback_shows_what_we_changed_because_of_it() {
        let mut partner = partner();
        let feedback = Feedback {
            text: "Check with us before talking to the press.".into(),
            ..Feedback::new(now())
        };
        let id = feedback.id;
        partner.feedback.push(feedback);
        let read = |partner: &Partner| line(partner, EntryKind::Feedback, id, day(5)).unwrap().text;
        assert_eq!(read(&partner), "Check with us before talking to the press.");
        partner.lessons = vec![
            Lesson {
                lesson: "We spoke for them.".into(),
                what_we_will_change: "Refer press to their spokespeople.".into(),
                feedback_id: Some(id),
                ..Lesson::new(now())
            },
            Lesson {
                lesson: "Press calls need a plan.".into(),
                feedback_id: Some(id),
                ..Lesson::new(now())
            },
            Lesson {
                lesson: "Unrelated".into(),
                ..Lesson::new(now())
            },
        ];
        assert_eq!(
            read(&partner),
            "Check with us before talking to the press. — what we changed: Refer press to their spokespeople.; Press calls need a plan."
        );
    }

    #[test]
    fn the_open_entry_keeps_its_place_while_its_date_changes() {
        let mut partner = partner();
        let moving = LogEntry {
            date: Some(day(10)),
            ..LogEntry::new(now())
        };
        let id = moving.id;
        partner.log.push(moving);
        partner.lessons.push(Lesson {
            date: Some(day(5)),
            ..Lesson::new(now())
        });
        let order = |partner: &Partner, open, before: Option<&[TimelineEntry]>| {
            let mut timeline = entries(partner);
            keep_in_place(&mut timeline, open, before);
            newest_first(&mut timeline);
            timeline
        };
        let before = order(&partner, Some(id), None);
        assert_eq!(before[0].id, id);
        partner.log[0].date = Some(day(1));
        let open = order(&partner, Some(id), Some(&before));
        assert_eq!(open[0].id, id, "while open it stays where it was");
        assert_eq!(open[0].date, Some(day(10)));
        let again = order(&partner, Some(id), Some(&open));
        assert_eq!(again[0].id, id, "and stays there on every later change");
        let closed = order(&partner, None, Some(&again));
        assert_eq!(closed[1].id, id, "once closed it takes its new place");
        assert_eq!(closed[1].date, Some(day(1)));
    }

    #[test]
    fn the_edit_button_names_the_entry() {
        let line = EntryLine {
            when: "Nov 2, 2026".into(),
            kind: "Their feedback".into(),
            text: "Check with us before you post about our events".into(),
        };
        assert_eq!(
            line.edit_label(),
            "Edit their feedback of Nov 2, 2026: Check with us before you post about our…",
            "the name holds the first words, enough to tell entries of a day apart"
        );
    }

    #[test]
    fn the_filter_keys_name_each_kind_once() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::from_key(kind.key()), Some(kind));
        }
        assert_eq!(EntryKind::from_key("all"), None);
    }
}
