//! Handles, natively: a component reads and edits its data through one, and
//! each edit is stamped on the record and everything holding it, queued for
//! saving, kept in step where a list asks for it, and undoable when removed.

mod support;

use chrono::{DateTime, Utc};
use common_ground::app::handles::{Lens, PartnerHandle, Place};
use common_ground::app::state::AppState;
use common_ground::model::{Meeting, Partner, Person, Question, RecordId};
use leptos::prelude::*;
use support::tabs::{memory_with_sample, open_tab};

fn first_partner(state: AppState) -> PartnerHandle {
    let id = state.workspace().with_untracked(|w| w.partners[0].id);
    PartnerHandle::in_state(state, id)
}

fn updated_at(partner: PartnerHandle) -> DateTime<Utc> {
    partner.with(|p| p.updated_at).unwrap()
}

/// Lets the clock move on, so that a stamp after it is later than one before.
fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(2));
}

fn people() -> Lens<Partner, Vec<Person>> {
    Lens::new(|p| &p.people, |p| &mut p.people)
}

fn meetings() -> Lens<Partner, Vec<Meeting>> {
    Lens::new(|p| &p.meetings, |p| &mut p.meetings)
}

fn questions() -> Lens<Meeting, Vec<Question>> {
    Lens::new(|m| &m.questions, |m| &mut m.questions)
}

#[test]
fn a_text_field_reads_its_value_and_stores_each_edit_stamped() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let partner = first_partner(state);
    let before = updated_at(partner);
    let (website, store) = partner.text(Lens::new(
        |p: &Partner| &p.organization.website,
        |p| &mut p.organization.website,
    ));
    let stored = partner.with(|p| p.organization.website.clone()).unwrap();
    assert_eq!(website.get_untracked(), stored);

    tick();
    store.run("https://typed.example".to_owned());

    assert_eq!(website.get_untracked(), "https://typed.example");
    assert!(updated_at(partner) > before, "the partner is stamped");
    assert!(state.has_unsaved_changes(), "the edit waits to be saved");
}

#[test]
fn time_and_minutes_fields_read_as_their_inputs_and_keep_what_they_cannot_read() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let partner = first_partner(state);
    let id = partner.list(meetings()).push(Meeting::new(Utc::now()));
    let meeting = partner.list(meetings()).item(id);

    let (time, set_time) = meeting.time(Lens::new(
        |m: &Meeting| &m.start_time,
        |m| &mut m.start_time,
    ));
    assert_eq!(time.get_untracked(), "", "no time yet");
    set_time.run("09:05".to_owned());
    assert_eq!(time.get_untracked(), "09:05");
    set_time.run("not a time".to_owned());
    assert_eq!(time.get_untracked(), "", "an unreadable time clears it");

    let (minutes, set_minutes) = meeting.length_in_minutes(Lens::new(
        |m: &Meeting| &m.duration_minutes,
        |m| &mut m.duration_minutes,
    ));
    set_minutes.run(" 45 ".to_owned());
    assert_eq!(minutes.get_untracked(), "45");
    set_minutes.run("forty".to_owned());
    assert_eq!(
        minutes.get_untracked(),
        "45",
        "what is not a number leaves it as it was"
    );
    set_minutes.run("1441".to_owned());
    assert_eq!(
        minutes.get_untracked(),
        "45",
        "more than a day is not stored"
    );
    set_minutes.run("1440".to_owned());
    assert_eq!(meeting.with(|m| m.duration_minutes), Some(1440));
}

#[test]
fn a_date_field_stores_only_dates_in_the_apps_years_and_clears_when_emptied() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let partner = first_partner(state);
    let id = partner.list(meetings()).push(Meeting::new(Utc::now()));
    let meeting = partner.list(meetings()).item(id);
    let (date, set_date) = meeting.date(Lens::new(|m: &Meeting| &m.date, |m| &mut m.date));

    set_date.run("2027-03-04".to_owned());
    assert_eq!(date.get_untracked(), "2027-03-04");
    for beyond in ["+275760-09-13", "2201-01-01", "1899-12-31"] {
        set_date.run(beyond.to_owned());
        assert_eq!(date.get_untracked(), "2027-03-04", "{beyond} is not stored");
    }
    set_date.run(String::new());
    assert_eq!(meeting.with(|m| m.date), Some(None), "emptied, it clears");
}

#[test]
fn a_record_in_a_list_is_added_edited_and_stamped_with_its_owner() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let partner = first_partner(state);
    let list = partner.list(people());
    let count = list.ids().get_untracked().len();
    let added = list.push(Person::new("", Utc::now()));
    assert_eq!(list.ids().get_untracked().len(), count + 1);
    assert_eq!(list.ids().get_untracked().last(), Some(&added));

    let person = list.item(added);
    let person_before = person.with(|p| p.updated_at).unwrap();
    let partner_before = updated_at(partner);
    let (name, set_name) = person.text(Lens::new(|p: &Person| &p.name, |p| &mut p.name));
    tick();
    set_name.run("Luis Ortega".to_owned());

    assert_eq!(name.get_untracked(), "Luis Ortega");
    assert!(person.with(|p| p.updated_at).unwrap() > person_before);
    assert!(updated_at(partner) > partner_before);
}

#[test]
fn removing_a_record_can_be_undone() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let partner = first_partner(state);
    let list = partner.list(people());
    let added = list.push(Person::new("Ana", Utc::now()));

    list.item(added)
        .remove("Ana".to_owned(), "person-name".to_owned());
    assert!(!list.ids().get_untracked().contains(&added));
    assert!(state.undo_notice().get_untracked().is_some());

    state.undo();
    assert!(list.ids().get_untracked().contains(&added));
}

/// Counts an edit of a meeting on the partner, as a log entry would follow it.
fn note_meeting_edit(partner: &mut Partner, meeting: RecordId) {
    partner
        .research
        .tactics
        .push_str(&format!("edited {meeting};"));
}

#[test]
fn a_list_kept_in_step_runs_its_follow_up_after_each_edit_of_a_record() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let partner = first_partner(state);
    let meetings = partner.list(meetings()).keeping_in_step(note_meeting_edit);
    let id = meetings.push(Meeting::new(Utc::now()));
    let tactics = || partner.with(|p| p.research.tactics.clone()).unwrap();
    assert!(
        !tactics().contains(&id.to_string()),
        "adding is not an edit"
    );

    meetings
        .item(id)
        .edit(|m| m.location = "Their office".into());
    assert!(tactics().ends_with(&format!("edited {id};")));

    let other = RecordId::random();
    let before = tactics();
    meetings.item(other).edit(|m| m.location = "Nowhere".into());
    assert_eq!(tactics(), before, "no record, no follow-up");
}

#[test]
fn a_record_inside_a_record_stamps_all_that_holds_it() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let partner = first_partner(state);
    let meetings = partner.list(meetings()).keeping_in_step(note_meeting_edit);
    let meeting = meetings.item(meetings.push(Meeting::new(Utc::now())));
    let questions = meeting.list(questions());
    let question = questions.item(questions.push(Question::new(Utc::now())));
    let before = (
        question.with(|q| q.updated_at).unwrap(),
        meeting.with(|m| m.updated_at).unwrap(),
        updated_at(partner),
    );

    let (text, set_text) = question.text(Lens::new(|q: &Question| &q.text, |q| &mut q.text));
    tick();
    set_text.run("What are you working on now?".to_owned());

    assert_eq!(text.get_untracked(), "What are you working on now?");
    assert!(question.with(|q| q.updated_at).unwrap() > before.0);
    assert!(meeting.with(|m| m.updated_at).unwrap() > before.1);
    assert!(updated_at(partner) > before.2);
    let id = meeting.id();
    assert!(
        partner
            .with(|p| p.research.tactics.contains(&id.to_string()))
            .unwrap()
    );
}

#[test]
fn a_handle_on_a_missing_record_reads_nothing_and_edits_nothing() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let gone = PartnerHandle::in_state(state, RecordId::random());
    let before = state.workspace().get_untracked();
    assert_eq!(gone.with(|p| p.id), None);

    gone.edit(|p| p.organization.website = "x".into());
    gone.list(people()).push(Person::new("Nobody", Utc::now()));

    assert_eq!(state.workspace().get_untracked(), before);
}
