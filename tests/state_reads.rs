//! A keystroke wakes only what reads the record it changed: readers of one
//! partner, one coalition, our group or the roster of names re-run only when
//! that changes, and a whole new workspace wakes them all.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common_ground::app::handles::{CoalitionHandle, PartnerHandle, Place};
use common_ground::app::state::AppState;
use common_ground::model::RecordId;
use leptos::prelude::*;
use support::tabs::{memory_with_sample, open_tab};

/// A memo over `read`, and how many times it has run.
fn counted<T>(read: impl Fn() -> T + Send + Sync + 'static) -> (Memo<T>, Arc<AtomicUsize>)
where
    T: PartialEq + Send + Sync + 'static,
{
    let runs = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&runs);
    let memo = Memo::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
        read()
    });
    (memo, runs)
}

fn runs(count: &AtomicUsize) -> usize {
    count.load(Ordering::SeqCst)
}

fn two_partners(state: AppState) -> (RecordId, RecordId) {
    state
        .workspace()
        .with_untracked(|w| (w.partners[0].id, w.partners[1].id))
}

fn website(state: AppState, id: RecordId) -> Option<String> {
    PartnerHandle::in_state(state, id).with(|p| p.organization.website.clone())
}

#[test]
fn an_edit_to_one_partner_does_not_wake_readers_of_another() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let (typed_in, other) = two_partners(state);
    let (of_other, other_runs) = counted(move || website(state, other));
    let (of_typed_in, typed_in_runs) = counted(move || website(state, typed_in));
    of_other.get_untracked();
    of_typed_in.get_untracked();

    state.edit_partner(typed_in, |p| p.organization.website = "typed.org".into());

    assert_eq!(of_typed_in.get_untracked().as_deref(), Some("typed.org"));
    assert_eq!(runs(&typed_in_runs), 2);
    of_other.get_untracked();
    assert_eq!(runs(&other_runs), 1, "the other partner's reader slept");
}

#[test]
fn the_roster_wakes_for_a_new_name_but_not_for_notes() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let (id, _) = two_partners(state);
    let (names, names_runs) = counted(move || {
        state.roster_with(|w| {
            w.partners
                .iter()
                .map(|p| p.name().to_owned())
                .collect::<Vec<_>>()
        })
    });
    names.get_untracked();

    state.edit_partner(id, |p| p.organization.website = "notes.org".into());
    names.get_untracked();
    assert_eq!(
        runs(&names_runs),
        1,
        "typing elsewhere leaves the names alone"
    );

    state.edit_partner(id, |p| p.organization.name = "Renamed Center".into());
    assert!(names.get_untracked().contains(&"Renamed Center".to_owned()));
    assert_eq!(runs(&names_runs), 2);

    let added = state.add_partner("Brand New Partner").unwrap();
    assert!(
        names
            .get_untracked()
            .contains(&"Brand New Partner".to_owned())
    );
    assert_eq!(runs(&names_runs), 3);
    assert!(website(state, added).is_some());
}

#[test]
fn coalition_and_group_readers_wake_only_for_their_own_edits() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let coalition = state.add_coalition("Southside Table").unwrap();
    let handle = CoalitionHandle::in_state(state, coalition);
    let (notes, notes_runs) = counted(move || handle.with(|c| c.notes.clone()));
    let (group, group_runs) = counted(move || state.group_with(|g| g.name.clone()));
    notes.get_untracked();
    group.get_untracked();

    let (partner, _) = two_partners(state);
    state.edit_partner(partner, |p| p.organization.website = "x.org".into());
    notes.get_untracked();
    group.get_untracked();
    assert_eq!((runs(&notes_runs), runs(&group_runs)), (1, 1));

    state.edit_coalition(coalition, |c| c.notes = "We meet monthly".into());
    assert_eq!(notes.get_untracked().as_deref(), Some("We meet monthly"));
    group.get_untracked();
    assert_eq!((runs(&notes_runs), runs(&group_runs)), (2, 1));

    state.edit_group(|g| g.name = "Eastside Neighbors".into());
    assert_eq!(group.get_untracked(), "Eastside Neighbors");
    notes.get_untracked();
    assert_eq!((runs(&notes_runs), runs(&group_runs)), (2, 2));
}

#[test]
fn replacing_the_workspace_wakes_every_reader() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let (id, _) = two_partners(state);
    let (of_partner, _) = counted(move || website(state, id));
    assert!(of_partner.get_untracked().is_some());

    state.replace_workspace(Default::default()).unwrap();

    assert_eq!(of_partner.get_untracked(), None, "the partner is gone");
}

#[test]
fn typing_your_name_wakes_the_readers_of_our_group_that_sign_with_it() {
    let (state, _timers) = open_tab(&memory_with_sample());
    let (signature, signature_runs) = counted(move || state.group_with(|g| g.your_name.clone()));
    signature.get_untracked();

    state.set_your_name("Ana Ruiz".into());

    assert_eq!(signature.get_untracked(), "Ana Ruiz");
    assert_eq!(runs(&signature_runs), 2);
}
