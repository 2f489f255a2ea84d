//! The parts of `navigator` that not every engine offers: WebKitGTK has no
//! `navigator.storage`, insecure pages and some private modes have no
//! `navigator.serviceWorker` or `navigator.clipboard`. web-sys would call
//! into `undefined` without asking, so each is looked up here first.

use wasm_bindgen::{JsCast, JsValue};

use super::BrowserError;

/// `navigator[name]`, or `BrowserError::Missing(what)` where the browser offers none.
pub fn navigator_part<T: JsCast>(name: &str, what: &'static str) -> Result<T, BrowserError> {
    let navigator = web_sys::window().ok_or(BrowserError::NoWindow)?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str(name))
        .ok()
        .filter(|part| !part.is_undefined() && !part.is_null())
        .map(JsCast::unchecked_into)
        .ok_or(BrowserError::Missing(what))
}
