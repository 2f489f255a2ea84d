use wasm_bindgen_futures::JsFuture;

use super::describe_js_error;

/// Copies `text` to the clipboard, or says why the browser refused.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or_else(|| "no browser window".to_owned())?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|error| describe_js_error(&error))
}
