//! The crash-test build's switch (feature `crash-test`, never in a release
//! users get): opening `#/trap` stops the app with a panic, which aborts as
//! a WebAssembly trap, so the crash screen (public/crash.js) is tested
//! against the real failure rather than a simulated one.

use leptos::prelude::*;

use crate::app::browser::location_hash;

/// The address that stops the app.
const TRAP: &str = "#/trap";

/// Panics now if the app was opened at [`TRAP`], and whenever it opens it later.
pub fn arm() {
    trap_if_asked();
    // Kept for the page's life: the build exists to be stopped.
    let _listener = window_event_listener(leptos::ev::hashchange, |_| trap_if_asked());
}

fn trap_if_asked() {
    if location_hash() == TRAP {
        panic!("stopped on purpose: the crash-test build was opened at {TRAP}");
    }
}
