//! The split of a meeting's minutes that keeps listening first, and the warning when it is not.

use crate::model::{AgendaItem, AgendaSection};

/// How a meeting's agenda is split between listening and the rest, in
/// minutes; summed wide, so no agenda's minutes can overflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub listening: u64,
    pub total: u64,
}

impl Timing {
    /// The minutes of each section in `agenda`.
    pub fn of(agenda: &[AgendaItem]) -> Self {
        Self {
            listening: agenda
                .iter()
                .filter(|item| item.section == AgendaSection::Listening)
                .map(|item| u64::from(item.minutes))
                .sum(),
            total: agenda.iter().map(|item| u64::from(item.minutes)).sum(),
        }
    }

    /// Whether listening takes at least half of the time.
    pub fn listening_first(self) -> bool {
        self.listening * 2 >= self.total
    }

    /// A warning when listening takes less than half of the time.
    pub fn warning(self) -> Option<String> {
        (!self.listening_first()).then(|| {
            format!(
                "Listening has {} of {} minutes, less than half. Give it more time: the first half of a first meeting is theirs.",
                self.listening, self.total
            )
        })
    }
}
