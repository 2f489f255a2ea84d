use serde::{Deserialize, Serialize};

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

    /// A stable machine name, the same as in stored data (`ready_to_reach_out`).
    pub fn key(self) -> &'static str {
        match self {
            Stage::Researching => "researching",
            Stage::ReadyToReachOut => "ready_to_reach_out",
            Stage::Contacted => "contacted",
            Stage::MeetingPlanned => "meeting_planned",
            Stage::Met => "met",
            Stage::OngoingPartnership => "ongoing_partnership",
            Stage::Paused => "paused",
        }
    }

    /// The stage with this [`Stage::key`], if any.
    pub fn from_key(key: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.key() == key)
    }

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

    /// The name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Researching => "Researching",
            Stage::ReadyToReachOut => "Ready to reach out",
            Stage::Contacted => "Contacted",
            Stage::MeetingPlanned => "Meeting planned",
            Stage::Met => "Met",
            Stage::OngoingPartnership => "Ongoing partnership",
            Stage::Paused => "Paused",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn keys_match_the_stored_names_and_read_back() {
        for stage in Stage::ALL {
            let stored = serde_json::to_string(&stage).unwrap();
            assert_eq!(stored, format!("\"{}\"", stage.key()));
            assert_eq!(Stage::from_key(stage.key()), Some(stage));
        }
        assert_eq!(Stage::from_key("nope"), None);
    }

    #[test]
    fn stages_are_stored_as_snake_case_names() {
        let json = serde_json::to_string(&Stage::OngoingPartnership).unwrap();
        assert_eq!(json, "\"ongoing_partnership\"");
        let back: Stage = serde_json::from_str("\"meeting_planned\"").unwrap();
        assert_eq!(back, Stage::MeetingPlanned);
    }
}
