//! The records that hold lists of records (partners, coalitions, meetings):
//! their own fields come from the version changed last, and every list
//! inside them is merged record by record, so nothing either side added is
//! lost. Each field is named here on purpose, so that a new list added to
//! one of these records fails to compile until it is merged too.

use super::merge::{merge_ids, merge_list};
use super::plan::{Changes, note_list};
use super::record::{Mergeable, RecordKind, first_words, meeting_label};
use crate::model::{Coalition, Meeting, Partner, Record};

/// The version whose own fields a merged record keeps: theirs when it
/// changed later, ours otherwise.
fn newer<'a, T: Mergeable>(ours: &'a T, theirs: &'a T) -> &'a T {
    if theirs.updated_at() > ours.updated_at() {
        theirs
    } else {
        ours
    }
}

impl Meeting {
    /// The meeting without its agenda and questions, to compare its own fields.
    fn without_lists(&self) -> Self {
        let Meeting {
            id,
            created_at,
            updated_at,
            date,
            start_time,
            duration_minutes,
            location,
            our_attendees,
            their_attendees,
            agenda: _,
            questions: _,
            our_introduction,
            after,
        } = self;
        Meeting {
            id: *id,
            created_at: *created_at,
            updated_at: *updated_at,
            date: *date,
            start_time: *start_time,
            duration_minutes: *duration_minutes,
            location: location.clone(),
            our_attendees: our_attendees.clone(),
            their_attendees: their_attendees.clone(),
            agenda: Vec::new(),
            questions: Vec::new(),
            our_introduction: our_introduction.clone(),
            after: after.clone(),
        }
    }
}

impl Mergeable for Meeting {
    const KIND: RecordKind = RecordKind::Meeting;

    fn label(&self) -> String {
        meeting_label(self)
    }

    fn own_fields_differ(&self, other: &Self) -> bool {
        let mut restamped = self.without_lists();
        restamped.touch(other.updated_at());
        restamped != other.without_lists()
    }

    fn merge_pair(ours: &Self, theirs: Self) -> Self {
        let own = newer(ours, &theirs).without_lists();
        let Meeting {
            agenda,
            questions,
            id: _,
            created_at: _,
            updated_at: _,
            date: _,
            start_time: _,
            duration_minutes: _,
            location: _,
            our_attendees: _,
            their_attendees: _,
            our_introduction: _,
            after: _,
        } = theirs;
        Meeting {
            agenda: merge_list(&ours.agenda, agenda),
            questions: merge_list(&ours.questions, questions),
            ..own
        }
    }

    fn note_nested_changes(ours: &Self, merged: &Self, changes: &mut Changes) {
        note_list(&ours.agenda, &merged.agenda, changes);
        note_list(&ours.questions, &merged.questions, changes);
    }
}

impl Partner {
    /// The partner without the lists of records inside it, to compare and
    /// merge its own fields.
    fn without_lists(&self) -> Self {
        let Partner {
            id,
            created_at,
            updated_at,
            stage,
            organization,
            research,
            people: _,
            events: _,
            practices: _,
            value_to_them,
            priority_signals,
            checklist,
            drafts: _,
            meetings: _,
            visits: _,
            log: _,
            feedback: _,
            lessons: _,
            commitments: _,
            accountability,
            keep_in_touch_days,
            feedback_asked_on,
            feedback_snoozed_until,
            check_back_on,
        } = self;
        Partner {
            id: *id,
            created_at: *created_at,
            updated_at: *updated_at,
            stage: *stage,
            organization: organization.clone(),
            research: research.clone(),
            people: Vec::new(),
            events: Vec::new(),
            practices: Vec::new(),
            value_to_them: value_to_them.clone(),
            priority_signals: *priority_signals,
            checklist: *checklist,
            drafts: Vec::new(),
            meetings: Vec::new(),
            visits: Vec::new(),
            log: Vec::new(),
            feedback: Vec::new(),
            lessons: Vec::new(),
            commitments: Vec::new(),
            accountability: accountability.clone(),
            keep_in_touch_days: *keep_in_touch_days,
            feedback_asked_on: *feedback_asked_on,
            feedback_snoozed_until: *feedback_snoozed_until,
            check_back_on: *check_back_on,
        }
    }
}

impl Mergeable for Partner {
    const KIND: RecordKind = RecordKind::Partner;

    fn label(&self) -> String {
        first_words(self.name())
    }

    fn own_fields_differ(&self, other: &Self) -> bool {
        let mut restamped = self.without_lists();
        restamped.touch(other.updated_at());
        restamped != other.without_lists()
    }

    fn merge_pair(ours: &Self, theirs: Self) -> Self {
        let own = newer(ours, &theirs).without_lists();
        let Partner {
            people,
            events,
            practices,
            drafts,
            meetings,
            visits,
            log,
            feedback,
            lessons,
            commitments,
            id: _,
            created_at: _,
            updated_at: _,
            stage: _,
            organization: _,
            research: _,
            value_to_them: _,
            priority_signals: _,
            checklist: _,
            accountability: _,
            keep_in_touch_days: _,
            feedback_asked_on: _,
            feedback_snoozed_until: _,
            check_back_on: _,
        } = theirs;
        Partner {
            people: merge_list(&ours.people, people),
            events: merge_list(&ours.events, events),
            practices: merge_list(&ours.practices, practices),
            drafts: merge_list(&ours.drafts, drafts),
            meetings: merge_list(&ours.meetings, meetings),
            visits: merge_list(&ours.visits, visits),
            log: merge_list(&ours.log, log),
            feedback: merge_list(&ours.feedback, feedback),
            lessons: merge_list(&ours.lessons, lessons),
            commitments: merge_list(&ours.commitments, commitments),
            ..own
        }
    }

    fn note_nested_changes(ours: &Self, merged: &Self, changes: &mut Changes) {
        note_list(&ours.people, &merged.people, changes);
        note_list(&ours.events, &merged.events, changes);
        note_list(&ours.practices, &merged.practices, changes);
        note_list(&ours.drafts, &merged.drafts, changes);
        note_list(&ours.meetings, &merged.meetings, changes);
        note_list(&ours.visits, &merged.visits, changes);
        note_list(&ours.log, &merged.log, changes);
        note_list(&ours.feedback, &merged.feedback, changes);
        note_list(&ours.lessons, &merged.lessons, changes);
        note_list(&ours.commitments, &merged.commitments, changes);
    }
}

impl Coalition {
    /// The coalition without its log and partners, to compare its own fields.
    fn without_lists(&self) -> Self {
        let Coalition {
            id,
            created_at,
            updated_at,
            name,
            notes,
            partner_ids: _,
            log: _,
        } = self;
        Coalition {
            id: *id,
            created_at: *created_at,
            updated_at: *updated_at,
            name: name.clone(),
            notes: notes.clone(),
            partner_ids: Vec::new(),
            log: Vec::new(),
        }
    }
}

impl Mergeable for Coalition {
    const KIND: RecordKind = RecordKind::Coalition;

    fn label(&self) -> String {
        first_words(&self.name)
    }

    fn own_fields_differ(&self, other: &Self) -> bool {
        let mut restamped = self.without_lists();
        restamped.touch(other.updated_at());
        restamped != other.without_lists()
    }

    /// Its partners are the partners of both versions.
    fn merge_pair(ours: &Self, theirs: Self) -> Self {
        let own = newer(ours, &theirs).without_lists();
        let Coalition {
            partner_ids,
            log,
            id: _,
            created_at: _,
            updated_at: _,
            name: _,
            notes: _,
        } = theirs;
        Coalition {
            partner_ids: merge_ids(&ours.partner_ids, partner_ids),
            log: merge_list(&ours.log, log),
            ..own
        }
    }

    /// Its new partners are noted apart, by name, as only the workspace knows them.
    fn note_nested_changes(ours: &Self, merged: &Self, changes: &mut Changes) {
        note_list(&ours.log, &merged.log, changes);
    }
}
