use leptos::prelude::{RwSignal, Set, set_timeout};
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use super::BrowserError;

/// Saves `text` as a file through the browser's download, without any
/// network request: the bytes go from memory to a `blob:` URL.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> Result<(), BrowserError> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(BrowserError::NoWindow)?;
    let options = BlobPropertyBag::new();
    options.set_type(mime_type);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document
        .create_element("a")?
        .dyn_into()
        .map_err(|_| BrowserError::Missing("download link"))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The download has started; let it read the blob before releasing it.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}

/// Saves `text` as `file_name` and then says in `status` how it went.
pub fn save_with_status(
    file_name: &str,
    mime_type: &str,
    text: &str,
    status: RwSignal<Option<String>>,
) {
    status.set(Some(match download_text(file_name, mime_type, text) {
        Ok(()) => format!("Saved {file_name}."),
        Err(reason) => format!("{file_name} could not be saved: {reason}"),
    }));
}
