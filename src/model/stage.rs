use serde::{Deserialize, Serialize};

use super::choice::choice;

/// Where a relationship with a partner stands; a partner is always in exactly one stage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Doing our homework before any contact.
    #[default]
    Researching,
    /// Research done; a humble first contact can go out.
    ReadyToReachOut,
    /// A first message went out.
    Contacted,
    /// A listen-first meeting at their place is on the calendar.
    MeetingPlanned,
    /// The first meeting happened.
    Met,
    /// Trust is being built over time.
    OngoingPartnership,
    /// On hold, at any point of the journey.
    Paused,
}

impl Stage {
    /// Every stage in journey order, `Paused` last.
    pub const ALL: [Stage; 7] = [
        Stage::Researching,
        Stage::ReadyToReachOut,
        Stage::Contacted,
        Stage::MeetingPlanned,
        Stage::Met,
        Stage::OngoingPartnership,
        Stage::Paused,
    ];

    /// The stage's place in [`Stage::ALL`]: journey order, `Paused` last.
    pub fn position(self) -> usize {
        Stage::ALL
            .iter()
            .position(|stage| *stage == self)
            .unwrap_or(Stage::ALL.len())
    }

    /// The stage after an action that belongs at `reached`: forward only, so a
    /// later stage is kept, while a paused partner resumes there.
    pub fn advance_to(self, reached: Stage) -> Stage {
        if self == Stage::Paused || self.position() < reached.position() {
            reached
        } else {
            self
        }
    }
}

choice!(Stage {
    Researching => "researching", "Researching";
    ReadyToReachOut => "ready_to_reach_out", "Ready to reach out";
    Contacted => "contacted", "Contacted";
    MeetingPlanned => "meeting_planned", "Meeting planned";
    Met => "met", "Met";
    OngoingPartnership => "ongoing_partnership", "Ongoing partnership";
    Paused => "paused", "Paused";
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Choice;

    #[test]
    fn stages_follow_the_journey_and_start_at_research() {
        assert_eq!(Stage::default(), Stage::Researching);
        assert_eq!(Stage::ALL.first(), Some(&Stage::Researching));
        assert_eq!(Stage::ALL.last(), Some(&Stage::Paused));
        assert_eq!(Stage::ReadyToReachOut.label(), "Ready to reach out");
    }

    #[test]
    fn actions_only_move_the_stage_forward() {
        assert_eq!(
            Stage::Researching.advance_to(Stage::Contacted),
            Stage::Contacted
        );
        assert_eq!(
            Stage::ReadyToReachOut.advance_to(Stage::Contacted),
            Stage::Contacted
        );
        assert_eq!(Stage::Met.advance_to(Stage::Contacted), Stage::Met);
        assert_eq!(
            Stage::Contacted.advance_to(Stage::Contacted),
            Stage::Contacted
        );
        assert_eq!(Stage::Paused.advance_to(Stage::Contacted), Stage::Contacted);
    }

    #[test]
    fn stages_are_stored_as_snake_case_names() {
        let json = serde_json::to_string(&Stage::OngoingPartnership).unwrap();
        assert_eq!(json, "\"ongoing_partnership\"");
        let back: Stage = serde_json::from_str("\"meeting_planned\"").unwrap();
        assert_eq!(back, Stage::MeetingPlanned);
    }
}
