//! The listen-first meeting: an agenda whose first half is listening, the
//! questions to ask, our introduction, the invitation to our next meeting,
//! and the timing rule that keeps listening first.

mod defaults;
mod our_next_meeting;
mod timing;
mod visit;

pub use defaults::{default_agenda, default_questions, human_element, introduction};
pub use our_next_meeting::{follow_next_meeting, invitation, invitation_to_note, next_meeting};
pub use timing::Timing;
pub use visit::planned_visit;

use crate::model::AgendaSection;

impl AgendaSection {
    /// Every section, in meeting order.
    pub const ALL: [AgendaSection; 5] = [
        AgendaSection::Welcome,
        AgendaSection::Listening,
        AgendaSection::HumanElement,
        AgendaSection::Alignment,
        AgendaSection::Close,
    ];

    /// The section's heading.
    pub fn label(self) -> &'static str {
        match self {
            AgendaSection::Welcome => "Welcome",
            AgendaSection::Listening => "Listen and learn",
            AgendaSection::HumanElement => "The human element",
            AgendaSection::Alignment => "Where our work lines up",
            AgendaSection::Close => "Close",
        }
    }
}

#[cfg(test)]
mod tests;
