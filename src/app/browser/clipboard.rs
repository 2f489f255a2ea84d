use leptos::prelude::{RwSignal, Set};
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::Clipboard;

use super::BrowserError;
use super::navigator::navigator_part;

/// Copies `text` to the clipboard, or says why the browser refused.
async fn copy_text(text: &str) -> Result<(), BrowserError> {
    let clipboard: Clipboard = navigator_part("clipboard", "clipboard")?;
    let promise = clipboard.write_text(text);
    JsFuture::from(promise).await?;
    Ok(())
}

/// Copies `text` and then says in `status` how it went: `done` when it was
/// copied, else why not and that `what` ("the message") can be copied by hand.
pub fn copy_with_status(
    text: String,
    done: String,
    what: &'static str,
    status: RwSignal<Option<String>>,
) {
    spawn_local(async move {
        status.set(Some(match copy_text(&text).await {
            Ok(()) => done,
            Err(reason) => format!("Copying failed ({reason}). Select {what} and copy it by hand."),
        }));
    });
}
