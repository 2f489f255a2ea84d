//! Pausing a partner out of respect for their answer or their silence: one
//! press, said in the undo bar, and undone there for a few seconds.

use chrono::NaiveDate;

use crate::app::handles::{PartnerHandle, Place};
use crate::app::state::UndoWords;
use crate::model::Stage;

/// Pauses `partner`, to check back on them on `check_back_on` if a day is
/// given; Undo puts its stage back and returns focus to `refocus`.
pub fn pause_partner(partner: PartnerHandle, check_back_on: Option<NaiveDate>, refocus: &str) {
    let Some(name) = partner.with(|p| p.name().to_owned()) else {
        return;
    };
    let id = partner.id();
    partner.state().change_with_undo(
        UndoWords {
            done: format!("Paused {name}."),
            undone: format!("{name} is no longer paused."),
        },
        &[id],
        &[],
        Some(refocus.to_owned()),
        move |workspace| {
            if let Some(paused) = workspace.partners.iter_mut().find(|p| p.id == id) {
                paused.stage = Stage::Paused;
                paused.check_back_on = check_back_on;
            }
        },
    );
}
