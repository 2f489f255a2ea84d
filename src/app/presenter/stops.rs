//! The stops of the facilitator's walk-through, one per habit of the
//! organizing guide, each on the screen where the app puts it to work.

use crate::app::routing::{Route, Step};
use crate::model::{Stage, Workspace};

/// Where a stop is shown: a screen, or a step of the first partner at a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Dashboard,
    Partner(Stage, Step),
    Coalitions,
}

impl Screen {
    /// The route of this screen in `workspace`: the partner list when no
    /// partner is at the stage.
    pub fn route(self, workspace: &Workspace) -> Route {
        match self {
            Screen::Dashboard => Route::Dashboard,
            Screen::Coalitions => Route::Coalitions,
            Screen::Partner(stage, step) => workspace
                .partners
                .iter()
                .find(|partner| partner.stage == stage)
                .map_or(Route::Partners, |partner| Route::Partner(partner.id, step)),
        }
    }
}

/// One stop: what the room looks at and which habit it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stop {
    pub title: &'static str,
    pub habit: &'static str,
    pub screen: Screen,
    /// The DOM id of the part of the screen the stop is about, brought to
    /// the top of the window; `None` keeps the screen at its top.
    pub reveal: Option<&'static str>,
}

/// The walk-through, in the order of the journey.
pub const STOPS: [Stop; 9] = [
    Stop {
        title: "Where things stand",
        habit: "Follow through: what is due, who is waiting on us, and who we are losing touch with, before anything new.",
        screen: Screen::Dashboard,
        reveal: None,
    },
    Stop {
        title: "Homework first",
        habit: "Learn what they exist to change and how they work before they hear from us, and write down how we could help their work.",
        screen: Screen::Partner(Stage::Researching, Step::Research),
        reveal: None,
    },
    Stop {
        title: "A humble first contact",
        habit: "Ask to learn, not to recruit: the humility check points out every ask and pitch left in the draft.",
        screen: Screen::Partner(Stage::ReadyToReachOut, Step::Contact),
        reveal: Some("composer-heading"),
    },
    Stop {
        title: "Patience after reaching out",
        habit: "Busy groups answer late. One gentle follow-up on a set day, then respect their silence.",
        screen: Screen::Partner(Stage::Contacted, Step::Contact),
        reveal: Some("sent-heading"),
    },
    Stop {
        title: "Go to them, and listen",
        habit: "Meet at their place, and spend at least the first half of the agenda listening to their work and their community.",
        screen: Screen::Partner(Stage::MeetingPlanned, Step::Meeting),
        reveal: Some("agenda-heading"),
    },
    Stop {
        title: "Write down what you heard",
        habit: "Their priorities in their own words, and small steps we agreed on: ours are promises we keep, theirs are notes, never claims.",
        screen: Screen::Partner(Stage::Met, Step::Meeting),
        reveal: Some("after-heading"),
    },
    Stop {
        title: "Show up before you ask",
        habit: "Reciprocity: when our asks run ahead of our showing up, the log says so.",
        screen: Screen::Partner(Stage::Met, Step::Log),
        reveal: Some("reciprocity-step-heading"),
    },
    Stop {
        title: "Ask for feedback, and act on it",
        habit: "Their feedback is kept in their words, and each lesson names what it changed. Nobody is left waiting for weeks.",
        screen: Screen::Partner(Stage::OngoingPartnership, Step::Log),
        reveal: Some("timeline-heading"),
    },
    Stop {
        title: "Coalitions",
        habit: "Several partners, one shared effort: its own notes and log, each member's page linking to it.",
        screen: Screen::Coalitions,
        reveal: None,
    },
];

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::demo_workspace;

    #[test]
    fn every_stop_has_its_screen_in_the_demo() {
        let demo = demo_workspace(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()).unwrap();
        for stop in STOPS {
            let route = stop.screen.route(&demo);
            assert_ne!(
                route,
                Route::Partners,
                "{} has a partner in the demo",
                stop.title
            );
            if let Screen::Partner(stage, step) = stop.screen {
                let Route::Partner(id, shown) = route else {
                    panic!("{} opens a partner", stop.title);
                };
                assert_eq!(shown, step);
                assert_eq!(demo.partner(id).map(|p| p.stage), Some(stage));
            }
        }
    }

    #[test]
    fn without_a_partner_at_the_stage_a_stop_opens_the_list() {
        let screen = Screen::Partner(Stage::Met, Step::Log);
        assert_eq!(screen.route(&Workspace::default()), Route::Partners);
    }
}
