use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Moves keyboard focus to the element with DOM id `id` once the change
/// just made has been rendered, so that an action's result takes the focus
/// (a new draft's Message field, the Sent box). Does nothing if it is gone.
pub fn focus_when_rendered(id: &'static str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = Closure::once_into_js(move || {
        let element = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(id))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            // Focus either moves or stays where it was; neither needs telling.
            let _ = element.focus();
        }
    });
    // Without a frame there is nothing rendered to focus either.
    let _ = window.request_animation_frame(focus.unchecked_ref());
}
