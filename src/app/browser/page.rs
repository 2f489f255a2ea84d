//! The page itself: its location hash, title, visibility and printing.

use leptos::prelude::{RwSignal, Set};

use super::BrowserError;

/// The location's hash, "" when there is none or no window.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Sets the location's hash, adding a history entry as a link would.
pub fn set_location_hash(hash: &str) {
    if let Some(window) = web_sys::window() {
        // Refused only for a detached document; then there is nowhere to go.
        let _ = window.location().set_hash(hash);
    }
}

/// Names the page in the browser's title bar and tab.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// Whether the page is hidden (another tab shown, the browser minimized).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.hidden())
}

/// Opens the print dialog for one of several printouts on the page: the
/// style sheet prints the one `part` names (`data-print` on the root).
pub fn print_part(part: &str) -> Result<(), BrowserError> {
    let window = web_sys::window().ok_or(BrowserError::NoWindow)?;
    let root = window
        .document()
        .and_then(|document| document.document_element())
        .ok_or(BrowserError::Missing("document"))?;
    root.set_attribute("data-print", part)?;
    Ok(window.print()?)
}

/// Opens the browser's print dialog, or says why it could not.
pub fn print_page() -> Result<(), BrowserError> {
    let window = web_sys::window().ok_or(BrowserError::NoWindow)?;
    Ok(window.print()?)
}

/// Prints the page (or the printout `part` names) and says in `status` when
/// the browser could not.
pub fn print_with_status(part: Option<&str>, status: RwSignal<Option<String>>) {
    let printed = match part {
        Some(part) => print_part(part),
        None => print_page(),
    };
    if let Err(reason) = printed {
        status.set(Some(format!("Printing failed: {reason}")));
    }
}

/// Adds or removes a class on the document's root element, for modes that
/// restyle the whole page (presenter mode).
pub fn set_root_class(class: &str, on: bool) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        // Refused only for an invalid class name, which this is not.
        let _ = root.class_list().toggle_with_force(class, on);
    }
}

/// Whether the element with focus takes typing (a field, a list box), so
/// that keys meant for it are left alone.
pub fn typing_in_a_field() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.has_attribute("contenteditable")
        })
}
