//! What the browser engine does to stored data that the app must say:
//! Safari deletes a site's storage after seven days of use without a visit,
//! unless the site was added to the Home Screen (or the Dock).

use wasm_bindgen::JsValue;

/// Whether this is Safari, found by what WebKit's Safari offers (gesture
/// events and Apple as the vendor), not by the user agent alone.
fn is_safari(window: &web_sys::Window) -> bool {
    let has = |name: &str| {
        js_sys::Reflect::get(window, &JsValue::from_str(name))
            .is_ok_and(|value| !value.is_undefined())
    };
    let vendor = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("vendor"))
        .ok()
        .and_then(|vendor| vendor.as_string())
        .unwrap_or_default();
    has("GestureEvent") && vendor.starts_with("Apple")
}

/// Whether the app runs as an app added to the Home Screen or the Dock,
/// which Safari's seven-day limit spares.
fn installed(window: &web_sys::Window) -> bool {
    let standalone = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("standalone"))
        .is_ok_and(|value| value.as_bool() == Some(true));
    let display = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    standalone || display
}

/// Whether Safari may delete this site's data after seven days without a
/// visit: Safari, in a tab rather than added to the Home Screen.
pub fn safari_may_delete_data() -> bool {
    web_sys::window().is_some_and(|window| is_safari(&window) && !installed(&window))
}

/// Whether the window is wide enough for a projector's presenter mode: a
/// phone keeps its own text size.
pub fn wide_window() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(min-width: 48em)").ok().flatten())
        .is_some_and(|query| query.matches())
}
