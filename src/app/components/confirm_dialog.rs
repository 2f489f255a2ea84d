use leptos::html::Dialog;
use leptos::prelude::*;

use crate::app::browser::BrowserError;

/// Opens a dialog made by [`ConfirmDialog`]; the error says why the browser refused.
pub fn open_dialog(dialog: NodeRef<Dialog>) -> Result<(), BrowserError> {
    match dialog.get_untracked().map(|dialog| dialog.show_modal()) {
        Some(Err(error)) => Err(error.into()),
        _ => Ok(()),
    }
}

/// A modal question before a step that removes something: it says what goes
/// with it, and the way out is as easy as the way on.
#[component]
pub fn ConfirmDialog(
    /// The dialog element; open it with [`open_dialog`].
    dialog: NodeRef<Dialog>,
    /// A prefix for the DOM ids of the heading and the details.
    #[prop(into)]
    id: String,
    /// The question, such as "Delete Casa Latina?".
    #[prop(into)]
    heading: Signal<String>,
    /// What will be removed with it.
    #[prop(into)]
    details: Signal<String>,
    /// The label of the button that goes ahead.
    confirm: &'static str,
    /// The label of the button that keeps everything.
    cancel: &'static str,
    /// Runs when the user goes ahead, after the dialog has closed.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let details_id = format!("{id}-details");
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    view! {
        <dialog node_ref=dialog aria-labelledby=heading_id.clone() aria-describedby=details_id.clone()>
            <h2 id=heading_id.clone()>{heading}</h2>
            <p id=details_id.clone()>{details}</p>
            <div class="button-row">
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        close();
                        on_confirm.run(());
                    }
                >
                    {confirm}
                </button>
                // The dialog opens on the way out, never on the destructive button.
                <button type="button" class="secondary" autofocus on:click=move |_| close()>
                    {cancel}
                </button>
            </div>
        </dialog>
    }
}
