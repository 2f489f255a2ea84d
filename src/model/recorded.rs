//! The log entries the app writes itself: one for each first contact that
//! went out and each meeting that took place, kept in step with them, so the
//! log, reciprocity and last contact know what the other steps already know.

use chrono::NaiveDate;

use super::people::is_email_address;
use super::{
    Channel, DraftStatus, InteractionKind, LogEntry, Partner, Person, Record, RecordId, Timestamp,
};

/// What the log says about a sent contact or a held meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Recorded {
    /// When it happened; `None` when the meeting has no date yet.
    date: Option<NaiveDate>,
    kind: InteractionKind,
    summary: String,
    people: String,
}

impl Partner {
    /// The person a first email goes to: the first leader with an email
    /// address, else the first one with an address. What is not one
    /// address (two, or none at all) reaches no one.
    pub fn email_contact(&self) -> Option<&Person> {
        self.reachable(|p| is_email_address(&p.email))
    }

    /// The person a first call goes to: the first leader with a phone
    /// number, else the first one with a number.
    pub fn phone_contact(&self) -> Option<&Person> {
        self.reachable(|p| !p.phone.trim().is_empty())
    }

    /// The first leader named, else the first person named: who we greet at their event.
    pub fn greeted(&self) -> Option<&Person> {
        self.reachable(|p| !p.name.trim().is_empty())
    }

    /// The first leader who `can_be_reached`, else the first person who can.
    fn reachable(&self, can_be_reached: fn(&Person) -> bool) -> Option<&Person> {
        let reachable = || self.people.iter().filter(|p| can_be_reached(p));
        reachable()
            .find(|p| p.leader)
            .or_else(|| reachable().next())
    }

    /// Brings the log entry that records draft or meeting `source` in step
    /// with it: written once when the contact went out or the meeting took
    /// place, its date following theirs afterwards, removed when that is
    /// undone. Its kind, summary and people are the user's to edit after.
    /// `today` dates a meeting marked held that has no date of its own.
    pub fn keep_log_in_step(&mut self, source: RecordId, today: NaiveDate, now: Timestamp) {
        let wanted = self.recorded(source);
        let existing = self.log.iter().position(|e| e.source == Some(source));
        match (wanted, existing) {
            (None, None) => {}
            (None, Some(index)) => {
                self.log.remove(index);
            }
            (Some(recorded), None) => self.log.push(LogEntry {
                date: recorded.date.or(Some(today)),
                kind: recorded.kind,
                summary: recorded.summary,
                people: recorded.people,
                source: Some(source),
                ..LogEntry::new(now)
            }),
            (Some(recorded), Some(index)) => {
                let entry = &mut self.log[index];
                if let Some(date) = recorded.date.filter(|&date| entry.date != Some(date)) {
                    entry.edit(now, |entry| entry.date = Some(date));
                }
            }
        }
    }

    /// What the log should hold for `source`, if it is a sent draft or a held meeting.
    fn recorded(&self, source: RecordId) -> Option<Recorded> {
        if let Some(draft) = self.drafts.iter().find(|d| d.id == source) {
            if draft.status != DraftStatus::Sent {
                return None;
            }
            let (kind, summary, person) = match draft.channel {
                Channel::Email => (
                    InteractionKind::Email,
                    match draft.subject.trim() {
                        "" => "First contact sent by email".to_owned(),
                        subject => format!("First contact sent: {subject}"),
                    },
                    self.email_contact(),
                ),
                Channel::PhoneCall => (
                    InteractionKind::Call,
                    "First contact by phone call".to_owned(),
                    self.phone_contact(),
                ),
                Channel::AtTheirEvent => (
                    InteractionKind::WeAttendedTheirEvent,
                    match draft
                        .event_id
                        .and_then(|id| self.events.iter().find(|e| e.id == id))
                        .map(|e| e.title.trim())
                        .filter(|title| !title.is_empty())
                    {
                        Some(title) => format!("First contact in person at {title}"),
                        None => "First contact in person at one of their events".to_owned(),
                    },
                    None,
                ),
            };
            return Some(Recorded {
                date: draft.sent_on,
                kind,
                summary,
                people: person.map(|p| p.name.trim().to_owned()).unwrap_or_default(),
            });
        }
        let meeting = self.meetings.iter().find(|m| m.id == source)?;
        meeting.after.held.then(|| Recorded {
            date: meeting.date,
            kind: InteractionKind::Meeting,
            summary: match meeting.location.trim() {
                "" => "Listen-first meeting".to_owned(),
                place => format!("Listen-first meeting at {place}"),
            },
            people: meeting
                .their_attendees
                .iter()
                .chain(&meeting.our_attendees)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", "),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContactDraft, Meeting, PublicEvent, test_now as now};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn draft(channel: Channel, subject: &str) -> ContactDraft {
        ContactDraft {
            channel,
            subject: subject.into(),
            body: "Hello".into(),
            ..ContactDraft::new(now())
        }
    }

    fn meeting() -> Meeting {
        Meeting {
            date: Some(day(20)),
            duration_minutes: 60,
            location: "1200 Alder St".into(),
            our_attendees: vec!["Sam".into()],
            their_attendees: vec!["María".into()],
            ..Meeting::new(now())
        }
    }

    fn person(name: &str, email: &str, phone: &str) -> Person {
        Person {
            email: email.into(),
            phone: phone.into(),
            ..Person::new(name, now())
        }
    }

    fn partner() -> Partner {
        let mut partner = Partner::new("Casa Latina", now()).unwrap();
        partner.people = vec![
            person("Luis", "", "555 0100"),
            person("María Ortiz", " maria@casa.example.org ", ""),
        ];
        partner
    }

    #[test]
    fn the_contacts_are_the_first_people_with_an_address_or_number() {
        let partner = partner();
        assert_eq!(partner.email_contact().unwrap().name, "María Ortiz");
        assert_eq!(partner.phone_contact().unwrap().name, "Luis");
        assert!(
            Partner::new("Empty", now())
                .unwrap()
                .email_contact()
                .is_none()
        );
    }

    #[test]
    fn an_email_goes_only_to_one_valid_address() {
        let mut partner = partner();
        partner
            .people
            .insert(0, person("Two At Once", "a@x.org, b@y.org", ""));
        partner.people[0].leader = true;
        assert_eq!(partner.email_contact().unwrap().name, "María Ortiz");
        partner.people[2].email = "maria at casa".into();
        assert!(partner.email_contact().is_none());
    }

    #[test]
    fn a_draft_is_logged_once_it_is_sent_and_only_once() {
        let mut partner = partner();
        let mut email = draft(Channel::Email, "Learning about Casa Latina's work");
        let id = email.id;
        partner.drafts.push(email.clone());
        partner.keep_log_in_step(id, day(26), now());
        assert!(partner.log.is_empty(), "an unsent draft is not logged");

        email.status = DraftStatus::Sent;
        email.sent_on = Some(day(24));
        partner.drafts[0] = email;
        partner.keep_log_in_step(id, day(26), now());
        partner.keep_log_in_step(id, day(26), now());
        assert_eq!(partner.log.len(), 1);
        let entry = &partner.log[0];
        assert_eq!(entry.date, Some(day(24)));
        assert_eq!(entry.kind, InteractionKind::Email);
        assert_eq!(
            entry.summary,
            "First contact sent: Learning about Casa Latina's work"
        );
        assert_eq!(entry.people, "María Ortiz");
        assert_eq!(entry.source, Some(id));
        assert!(!entry.we_made_an_ask);
    }

    #[test]
    fn each_channel_logs_its_own_kind() {
        let mut partner = partner();
        let event = PublicEvent {
            title: "Wage theft rally".into(),
            ..PublicEvent::new(now())
        };
        let mut call = draft(Channel::PhoneCall, "");
        let mut visit = draft(Channel::AtTheirEvent, "");
        visit.event_id = Some(event.id);
        for d in [&mut call, &mut visit] {
            d.status = DraftStatus::Sent;
            d.sent_on = Some(day(2));
        }
        partner.events.push(event);
        partner.drafts = vec![call.clone(), visit.clone()];
        partner.keep_log_in_step(call.id, day(26), now());
        partner.keep_log_in_step(visit.id, day(26), now());
        let logged: Vec<_> = partner
            .log
            .iter()
            .map(|e| (e.kind, e.summary.as_str(), e.people.as_str()))
            .collect();
        assert_eq!(
            logged,
            [
                (InteractionKind::Call, "First contact by phone call", "Luis"),
                (
                    InteractionKind::WeAttendedTheirEvent,
                    "First contact in person at Wage theft rally",
                    ""
                ),
            ]
        );
    }

    #[test]
    fn the_entry_follows_the_date_but_keeps_what_the_user_wrote() {
        let mut partner = partner();
        let mut held = meeting();
        held.after.held = true;
        let id = held.id;
        partner.meetings.push(held);
        partner.keep_log_in_step(id, day(26), now());
        assert_eq!(partner.log[0].date, Some(day(20)));
        assert_eq!(partner.log[0].kind, InteractionKind::Meeting);
        assert_eq!(
            partner.log[0].summary,
            "Listen-first meeting at 1200 Alder St"
        );
        assert_eq!(partner.log[0].people, "María, Sam");

        partner.log[0].summary = "We listened for an hour.".into();
        partner.meetings[0].date = Some(day(21));
        let later = now() + chrono::Duration::hours(1);
        partner.keep_log_in_step(id, day(26), later);
        assert_eq!(partner.log.len(), 1);
        assert_eq!(partner.log[0].date, Some(day(21)));
        assert_eq!(partner.log[0].updated_at, later);
        assert_eq!(partner.log[0].summary, "We listened for an hour.");
    }

    #[test]
    fn an_undated_meeting_is_logged_on_the_day_it_was_marked_and_unmarking_removes_it() {
        let mut partner = partner();
        let mut held = meeting();
        held.date = None;
        held.after.held = true;
        let id = held.id;
        partner.meetings.push(held);
        partner.keep_log_in_step(id, day(26), now());
        assert_eq!(partner.log[0].date, Some(day(26)));
        partner.keep_log_in_step(id, day(27), now());
        assert_eq!(partner.log[0].date, Some(day(26)), "the day stays put");

        partner.meetings[0].after.held = false;
        partner.keep_log_in_step(id, day(27), now());
        assert!(partner.log.is_empty());
    }

    #[test]
    fn entries_the_user_wrote_are_never_touched() {
        let mut partner = partner();
        let mut held = meeting();
        held.after.held = true;
        let id = held.id;
        partner.meetings.push(held);
        partner.log.push(LogEntry {
            date: Some(day(1)),
            summary: "Written by hand".into(),
            we_made_an_ask: true,
            ..LogEntry::new(now())
        });
        partner.keep_log_in_step(id, day(26), now());
        partner.meetings[0].after.held = false;
        partner.keep_log_in_step(id, day(26), now());
        assert_eq!(partner.log.len(), 1);
        assert_eq!(partner.log[0].summary, "Written by hand");
    }

    #[test]
    fn the_source_link_is_optional_in_stored_and_exported_json() {
        let json = r#"{"id":"6f1c1f9e-8d5e-4f43-9b7a-2f6d2b1f0a11",
            "created_at":"2026-11-26T10:00:00Z","updated_at":"2026-11-26T10:00:00Z"}"#;
        let entry: LogEntry = serde_json::from_str(json).unwrap();
        assert_eq!(entry.source, None);
        assert!(!serde_json::to_string(&entry).unwrap().contains("source"));
        let linked = LogEntry {
            source: Some(RecordId::random()),
            ..entry
        };
        let text = serde_json::to_string(&linked).unwrap();
        assert_eq!(serde_json::from_str::<LogEntry>(&text).unwrap(), linked);
    }
}
