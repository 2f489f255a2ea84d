//! Where each page of this visit was scrolled to, so Back returns to the
//! same place in a long list while every new page starts at its top.

use std::collections::HashMap;

use wasm_bindgen::JsValue;

/// Scroll positions by history entry. Each entry is stamped with a random
/// number in `history.state`, so Back and Forward find their own position.
pub struct ScrollMemory {
    positions: HashMap<u64, f64>,
    current: u64,
}

impl ScrollMemory {
    /// Takes scroll restoration over from the browser, which would restore
    /// before the app has rendered the page, and stamps the current entry.
    pub fn start() -> Self {
        if let Some(history) = history() {
            // Only a browser without the setting refuses it; its own restoring is the fallback.
            let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
        }
        Self {
            positions: HashMap::new(),
            current: current_entry(),
        }
    }

    /// Notes where the current page is scrolled to now.
    pub fn record(&mut self) {
        if let Some(y) = web_sys::window().and_then(|window| window.scroll_y().ok()) {
            self.positions.insert(self.current, y);
        }
    }

    /// Moves to the entry the location now shows; gives where it was left if
    /// it was seen before in this visit (Back or Forward), `None` when new.
    pub fn arrive(&mut self) -> Option<f64> {
        self.current = current_entry();
        self.positions.get(&self.current).copied()
    }

    /// Scrolls the window to `y` from the top.
    pub fn scroll_to(y: f64) {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, y);
        }
    }
}

/// Replaces the location's address without a new history entry or a
/// `hashchange` event, keeping the entry's stamp.
pub fn replace_location(href: &str) {
    if let Some(history) = history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        // A refused replacement leaves the old address, which still shows this page.
        let _ = history.replace_state_with_url(&state, "", Some(href));
    }
}

fn history() -> Option<web_sys::History> {
    web_sys::window().and_then(|window| window.history().ok())
}

/// The current entry's stamp, stamping it first if it has none.
fn current_entry() -> u64 {
    let Some(history) = history() else {
        return 0;
    };
    if let Some(stamp) = history.state().ok().and_then(|state| state.as_f64()) {
        return stamp as u64;
    }
    // Below 2^53, so the number survives the round trip through a JavaScript number.
    let stamp = (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64;
    // Without a stamp this entry is simply treated as new when it is shown again.
    let _ = history.replace_state(&JsValue::from_f64(stamp as f64), "");
    stamp
}
