//! Moving focus to what an action produced, so keyboard and screen reader
//! users continue where the change happened.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// How many frames to wait for an element that is still being rendered.
const FRAMES_TO_WAIT: u32 = 10;

/// Focuses the element with this DOM id, scrolling it into view if needed;
/// false when there is no such focusable element.
pub fn focus_by_id(id: &str) -> bool {
    focus(id, false)
}

/// Focuses the element with this DOM id where it is, without scrolling.
pub fn focus_in_place(id: &str) -> bool {
    focus(id, true)
}

/// Whether the element with this DOM id has focus now.
pub fn has_focus(id: &str) -> bool {
    document()
        .and_then(|document| document.active_element())
        .is_some_and(|element| element.id() == id)
}

/// Whether focus is inside an element matching the CSS `selectors`.
pub fn focus_is_within(selectors: &str) -> bool {
    document()
        .and_then(|document| document.active_element())
        .and_then(|element| element.closest(selectors).ok().flatten())
        .is_some()
}

/// Focuses the element with this DOM id once it is on the page, for
/// controls that an action is about to render.
pub fn focus_when_rendered(id: String) {
    wait_and_focus(id, FRAMES_TO_WAIT);
}

fn wait_and_focus(id: String, frames_left: u32) {
    if document().is_none() {
        return;
    }
    request_animation_frame(move || {
        if !focus_by_id(&id) && frames_left > 0 {
            wait_and_focus(id, frames_left - 1);
        }
    });
}

fn focus(id: &str, prevent_scroll: bool) -> bool {
    let Some(element) = document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(prevent_scroll);
    element.focus_with_options(&options).is_ok()
}

/// The page, if there is one: off the web (native tests) nothing has focus.
fn document() -> Option<web_sys::Document> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.document()
}

/// Brings the element with this DOM id to the top of the window once it is
/// on the page. The router calls it for a page opened to show one part of
/// it, in place of that page's move to its top.
pub fn reveal_when_rendered(id: String) {
    wait_and_reveal(id, FRAMES_TO_WAIT);
}

fn wait_and_reveal(id: String, frames_left: u32) {
    request_animation_frame(move || {
        let element = document().and_then(|document| document.get_element_by_id(&id));
        match element {
            Some(element) => element.scroll_into_view(),
            None if frames_left > 0 => wait_and_reveal(id, frames_left - 1),
            None => {}
        }
    });
}
