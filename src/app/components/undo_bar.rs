use leptos::prelude::*;

use crate::app::state::{UndoNotice, use_app_state};

/// The DOM id of the Undo button, where focus goes after a removal.
pub const UNDO_BUTTON: &str = "undo-button";

/// Offers Undo for a few seconds after every Remove and Delete (and a
/// pause), and says
/// when something was put back; a live region, so screen readers hear both.
#[component]
pub fn UndoBar() -> impl IntoView {
    let state = use_app_state();
    let notice = state.undo_notice();
    view! {
        <div class="undo-bar" role="status">
            {move || match notice.get() {
                Some(UndoNotice::Offered(done)) => {
                    view! {
                        <p class="undo-message">
                            <span>{done}</span>
                            <button type="button" id=UNDO_BUTTON on:click=move |_| state.undo()>
                                "Undo"
                            </button>
                        </p>
                    }
                        .into_any()
                }
                Some(UndoNotice::Restored(undone)) => {
                    view! { <p class="undo-message">{undone}</p> }.into_any()
                }
                None => ().into_any(),
            }}
        </div>
    }
}
