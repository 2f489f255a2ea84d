//! The documents' states in an export file (issue 25, items 3 and 6): they
//! read back as they were written, and a file whose shared state is damaged,
//! cut short, not base64, from a newer format, too large, or at odds with
//! the records beside it is refused with one sentence.

mod support;

use common_ground::team::{
    MAX_DOCUMENT_BYTES, SHARED_STATE_FORMAT, SharedStateError, SharedStates, TeamWorkspace,
};
use support::sample_workspace;

fn written() -> SharedStates {
    let team = TeamWorkspace::migrate(&sample_workspace(), 7).unwrap();
    SharedStates::write(&team.state())
}

#[test]
fn shared_states_read_back_as_written() {
    let team = TeamWorkspace::migrate(&sample_workspace(), 7).unwrap();
    let states = SharedStates::write(&team.state());
    assert_eq!(states.format, SHARED_STATE_FORMAT);
    assert_eq!(states.read(&sample_workspace()).unwrap(), team.state());
    let json = serde_json::to_string(&states).unwrap();
    let again: SharedStates = serde_json::from_str(&json).unwrap();
    assert_eq!(again, states);
}

#[test]
fn a_newer_format_is_refused() {
    let mut states = written();
    states.format = SHARED_STATE_FORMAT + 1;
    let error = states.read(&sample_workspace()).unwrap_err();
    assert_eq!(
        error,
        SharedStateError::NewerFormat(SHARED_STATE_FORMAT + 1)
    );
    assert!(error.to_string().contains("Update the app"));
}

#[test]
fn text_that_is_not_base64_is_refused() {
    let mut states = written();
    states.index = "not base64!".into();
    let error = states.read(&sample_workspace()).unwrap_err();
    assert_eq!(error, SharedStateError::NotBase64("the index".into()));
}

#[test]
fn a_document_cut_short_is_refused() {
    let mut states = written();
    let record = states.records.values_mut().next().unwrap();
    let cut = &record[..record.len() / 2];
    // Whole groups of four characters, so that only the state is cut.
    *record = cut[..cut.len() / 4 * 4].to_owned();
    assert_eq!(
        states.read(&sample_workspace()).unwrap_err(),
        SharedStateError::Damaged
    );
}

#[test]
fn a_document_over_the_size_limit_is_refused_before_it_is_decoded() {
    let mut states = written();
    states.our_group = "A".repeat(MAX_DOCUMENT_BYTES / 3 * 4 + 8);
    assert_eq!(
        states.read(&sample_workspace()).unwrap_err(),
        SharedStateError::TooLarge("our group".into())
    );
}

#[test]
fn states_at_odds_with_the_records_beside_them_are_refused() {
    let states = written();
    let mut readable = sample_workspace();
    readable.partners[0].research.mission = "Changed by hand".into();
    assert_eq!(
        states.read(&readable).unwrap_err(),
        SharedStateError::Disagrees
    );
    readable = sample_workspace();
    readable.partners.pop();
    assert_eq!(
        states.read(&readable).unwrap_err(),
        SharedStateError::Disagrees
    );
}
