//! Open tabs for the app state's native tests: the state on shared memory,
//! with timers that fire only when the test says so.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use common_ground::app::state::{AppState, Scheduler};
use common_ground::store::{KeyValueStore, OWN_WORKSPACE, WorkspaceKind, WorkspaceStore};

use super::{SharedMemory, sample_workspace, save_all};

/// Work a timer runs once it fires.
type Task = Box<dyn FnOnce()>;

/// Timers that fire only when the test says so.
#[derive(Default)]
pub struct ManualTimers {
    waiting: RefCell<Vec<(Duration, Task)>>,
}

impl Scheduler for ManualTimers {
    fn run_after(&self, delay: Duration, task: Task) -> bool {
        self.waiting.borrow_mut().push((delay, task));
        true
    }
}

impl ManualTimers {
    /// The delays of the timers now waiting, in the order they were set.
    pub fn delays(&self) -> Vec<Duration> {
        self.waiting
            .borrow()
            .iter()
            .map(|(delay, _)| *delay)
            .collect()
    }

    /// Fires every timer now waiting (not the ones they set in turn).
    pub fn fire(&self) {
        let due = std::mem::take(&mut *self.waiting.borrow_mut());
        for (_, task) in due {
            task();
        }
    }
}

/// A tab: the state on `memory`, and its timers.
pub fn open_tab(memory: &SharedMemory) -> (AppState, Rc<ManualTimers>) {
    let timers = Rc::new(ManualTimers::default());
    let storage: Box<dyn KeyValueStore> = Box::new(memory.clone());
    let state = AppState::new(Ok(storage), timers.clone(), WorkspaceKind::Own);
    (state, timers)
}

/// Memory holding the sample workspace, saved in full.
pub fn memory_with_sample() -> SharedMemory {
    let memory = SharedMemory::default();
    let mut store = WorkspaceStore::new(Box::new(memory.clone()), OWN_WORKSPACE);
    save_all(&mut store, &sample_workspace());
    memory.clear_writes();
    memory
}
