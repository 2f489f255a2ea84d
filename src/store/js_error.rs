use wasm_bindgen::{JsCast, JsValue};

/// A readable message from a JavaScript error value, for storage failures
/// and, through `app::browser`, every other browser call.
pub fn describe_js_error(error: &JsValue) -> String {
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return exception.message();
    }
    error
        .as_string()
        .unwrap_or_else(|| "unknown browser error".into())
}
