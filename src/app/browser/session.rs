//! What one tab remembers across its reloads, in session storage, apart from
//! the data: which workspace it shows (the user's own, or the demo) and
//! whether presenter mode is on. Another tab starts afresh, and no key of
//! the user's own workspace is touched.

use gloo_storage::{SessionStorage, Storage};

use super::BrowserError;

/// The session storage key that holds the choice while the demo is shown.
const CHOICE_KEY: &str = "common-ground:workspace";

/// The session storage key set while presenter mode is on.
const PRESENTER_KEY: &str = "common-ground:presenter";

/// The stored choice of the demo workspace.
const DEMO: &str = "demo";

/// The address that opens the demo workspace, for facilitators to share.
pub const DEMO_HASH: &str = "#/demo";

/// The tab's session storage, once a probe has shown that gloo-storage can
/// use it without panicking.
fn session_storage() -> Result<(), BrowserError> {
    let window = web_sys::window().ok_or(BrowserError::NoWindow)?;
    let storage = window
        .session_storage()?
        .ok_or(BrowserError::Missing("session storage"))?;
    storage.get_item(CHOICE_KEY)?;
    Ok(())
}

/// Whether this tab shows the demo workspace.
pub fn demo_chosen() -> bool {
    session_storage().is_ok()
        && SessionStorage::get::<String>(CHOICE_KEY).is_ok_and(|choice| choice == DEMO)
}

/// Chooses the demo workspace, or the user's own, for this tab's next start.
pub fn choose_demo(demo: bool) -> Result<(), BrowserError> {
    session_storage()?;
    if demo {
        SessionStorage::set(CHOICE_KEY, DEMO)
            .map_err(|error| BrowserError::Refused(error.to_string()))
    } else {
        SessionStorage::delete(CHOICE_KEY);
        Ok(())
    }
}

/// Whether presenter mode was on in this tab, or the address asks for it
/// (`?presenter` before the `#`).
pub fn presenter_chosen() -> bool {
    let asked = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .is_some_and(|search| search.contains("presenter"));
    asked
        || (session_storage().is_ok()
            && SessionStorage::get::<bool>(PRESENTER_KEY).unwrap_or(false))
}

/// Remembers presenter mode on or off for this tab's reloads; where session
/// storage is refused, it lasts until the page is closed.
pub fn remember_presenter(on: bool) {
    if session_storage().is_err() {
        return;
    }
    if on {
        // Refused only when storage is full; then it lasts until a reload.
        let _ = SessionStorage::set(PRESENTER_KEY, true);
    } else {
        SessionStorage::delete(PRESENTER_KEY);
    }
}

/// The session storage key set while the app starts again in another
/// workspace, so the new start can say so.
const SWITCHED_KEY: &str = "common-ground:switched";

/// Starts the app again at `hash` (the dashboard, or `#/demo` for the demo,
/// so its address can be copied), in the workspace now chosen, noting that
/// the workspace changed.
pub fn restart_at(hash: &str) -> Result<(), BrowserError> {
    // Only the note after the start is lost where this is refused.
    let _ = SessionStorage::set(SWITCHED_KEY, true);
    let location = web_sys::window().ok_or(BrowserError::NoWindow)?.location();
    location.set_hash(hash)?;
    Ok(location.reload()?)
}

/// Whether this start follows a switch of workspace; asking clears it.
pub fn take_switched() -> bool {
    let switched =
        session_storage().is_ok() && SessionStorage::get::<bool>(SWITCHED_KEY).unwrap_or(false);
    if switched {
        SessionStorage::delete(SWITCHED_KEY);
    }
    switched
}
