//! Long lists render a screenful at once and the rest in later tasks.

use std::time::Duration;

use leptos::prelude::*;

/// Rows rendered at once: more than the tallest screen shows.
const FIRST_ROWS: usize = 50;

/// Rows added by each later task: a few milliseconds of work on a cheap phone.
const MORE_ROWS: usize = 250;

/// How many rows of a long list to render so far. The first screenful
/// renders at once and the rest follows a task at a time, so a list of a
/// thousand partners never keeps the page from answering input for long,
/// and every row is in the page (for find-in-page and screen readers) a
/// moment later.
#[derive(Clone, Copy)]
pub struct RenderLimit {
    rows: RwSignal<usize>,
}

impl RenderLimit {
    /// A limit that grows, a task at a time, until it covers `total` rows.
    pub fn new(total: Memo<usize>) -> Self {
        Self::growing_by(total, MORE_ROWS)
    }

    /// A limit that grows by `step` rows a task, for rows heavier than a
    /// list's (each a small section of its own).
    pub fn growing_by(total: Memo<usize>, step: usize) -> Self {
        let rows = RwSignal::new(FIRST_ROWS.min(step.max(1)));
        Effect::new(move |_| {
            if rows.get() < total.get() {
                set_timeout(
                    move || {
                        rows.try_update(|rows| *rows += step.max(1));
                    },
                    Duration::ZERO,
                );
            }
        });
        Self { rows }
    }

    /// Back to a screenful, for a list the user has just searched, filtered
    /// or sorted: what they see first comes first again.
    pub fn restart(self) {
        self.rows.set(FIRST_ROWS);
    }

    /// The number of rows to render now.
    pub fn get(self) -> usize {
        self.rows.get()
    }
}
