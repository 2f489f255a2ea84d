//! What every stored record knows about itself: its id, and when it last
//! changed. Records are made by their constructors (a fresh id, made and
//! changed at the time given) and changed through [`Record::edit`] or
//! [`edit_by_id`], the one place that stamps the change.

use super::{
    AgendaItem, Coalition, Commitment, ContactDraft, Feedback, Lesson, LogEntry, Meeting, Partner,
    Person, Practice, PublicEvent, Question, RecordId, Timestamp, Visit,
};

/// A record stored with its own id and update time.
pub trait Record {
    /// The record's id, which never changes.
    fn id(&self) -> RecordId;

    /// When the record last changed.
    fn updated_at(&self) -> Timestamp;

    /// Marks the record changed at `at`, keeping its id and creation time.
    fn touch(&mut self, at: Timestamp);

    /// Changes the record and marks it changed at `now`: the one way a
    /// stored record is edited.
    fn edit(&mut self, now: Timestamp, edit: impl FnOnce(&mut Self))
    where
        Self: Sized,
    {
        edit(self);
        self.touch(now);
    }
}

/// Changes the record with id `id` in `records` and marks it changed at
/// `now`; false when there is no such record.
pub fn edit_by_id<T: Record>(
    records: &mut [T],
    id: RecordId,
    now: Timestamp,
    edit: impl FnOnce(&mut T),
) -> bool {
    match records.iter_mut().find(|record| record.id() == id) {
        Some(record) => {
            record.edit(now, edit);
            true
        }
        None => false,
    }
}

/// Implements [`Record`] for records with `id` and `updated_at` fields.
macro_rules! record {
    ($($type:ty),* $(,)?) => {$(
        impl Record for $type {
            fn id(&self) -> RecordId {
                self.id
            }

            fn updated_at(&self) -> Timestamp {
                self.updated_at
            }

            fn touch(&mut self, at: Timestamp) {
                self.updated_at = at;
            }
        }
    )*};
}

record!(
    Partner,
    Coalition,
    Person,
    PublicEvent,
    Practice,
    ContactDraft,
    Meeting,
    AgendaItem,
    Question,
    LogEntry,
    Feedback,
    Lesson,
    Commitment,
    Visit,
);

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::model::{AgendaSection, test_now as now};

    /// Checks that `make` gives a record with a fresh id, made and changed at [`now`].
    macro_rules! assert_fresh {
        ($($make:expr),* $(,)?) => {$(
            let (a, b) = ($make, $make);
            assert_ne!(a.id, b.id, "{}: ids must differ", stringify!($make));
            assert_eq!(a.created_at, now(), "{}", stringify!($make));
            assert_eq!(a.updated_at, now(), "{}", stringify!($make));
        )*};
    }

    #[test]
    fn constructors_give_fresh_ids_made_and_changed_now() {
        assert_fresh!(
            Partner::new("Casa Latina", now()).unwrap(),
            Coalition::new("Workers together", now()).unwrap(),
            Person::new("María", now()),
            PublicEvent::new(now()),
            Practice::new(now()),
            ContactDraft::new(now()),
            Meeting::new(now()),
            AgendaItem::new(AgendaSection::Listening, now()),
            Question::new(now()),
            LogEntry::new(now()),
            Feedback::new(now()),
            Lesson::new(now()),
            Commitment::new(now()),
        );
    }

    #[test]
    fn an_edit_moves_the_update_time_and_keeps_the_id_and_creation_time() {
        let mut commitment = Commitment::new(now());
        let id = commitment.id;
        let later = now() + Duration::minutes(5);
        commitment.edit(later, |c| c.what = "Send the flyer".into());
        assert_eq!(commitment.what, "Send the flyer");
        assert_eq!(commitment.id(), id);
        assert_eq!(commitment.created_at, now());
        assert_eq!(commitment.updated_at(), later);
    }

    #[test]
    fn an_edit_by_id_stamps_only_the_record_found() {
        let mut questions = vec![Question::new(now()), Question::new(now())];
        let second = questions[1].id;
        let later = now() + Duration::minutes(5);
        assert!(edit_by_id(&mut questions, second, later, |q| q.text = "Why?".into()));
        assert_eq!(questions[0].updated_at, now());
        assert_eq!(questions[1].updated_at, later);
        assert_eq!(questions[1].created_at, now());
        assert_eq!(questions[1].text, "Why?");
        let missing = RecordId::random();
        assert!(!edit_by_id(&mut questions, missing, later, |_| {}));
        assert_eq!(questions[0].updated_at, now());
    }
}
