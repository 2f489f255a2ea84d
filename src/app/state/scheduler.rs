//! Timers the state asks for (the one-second save, its retry, the undo
//! window), behind a trait so native tests can decide when they fire.

use std::time::Duration;

/// Runs work later. The browser runs it on a timeout; tests run it when they choose.
pub trait Scheduler {
    /// Runs `task` once, about `delay` from now. False when no timer could be
    /// set: the caller then does the work at once rather than never.
    fn run_after(&self, delay: Duration, task: Box<dyn FnOnce()>) -> bool;
}
