use leptos::html::Dialog;
use leptos::prelude::*;

use super::{ConfirmDialog, open_dialog};

/// The words of a [`DeleteRecord`] section and its dialog.
#[derive(Clone, Copy)]
pub struct DeleteWords {
    /// A prefix for the DOM ids inside the section.
    pub id: &'static str,
    /// The section's heading, such as "Delete this partner".
    pub heading: &'static str,
    /// One line on what deleting does.
    pub help: &'static str,
    /// The button that opens the dialog, such as "Delete partner".
    pub button: &'static str,
    /// The dialog's button that goes ahead.
    pub confirm: &'static str,
    /// The dialog's button that keeps the record.
    pub cancel: &'static str,
}

/// A section at the foot of a record's page that deletes it, after a
/// confirmation that names what goes with it.
#[component]
pub fn DeleteRecord(
    /// The words shown.
    words: DeleteWords,
    /// The dialog's question and details, worked out when it opens (so
    /// nothing is recounted while the user types elsewhere); `None` when the
    /// record is gone.
    ask: Callback<(), Option<(String, String)>>,
    /// Deletes the record, once the user has confirmed.
    on_delete: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let question = RwSignal::new(String::new());
    let details = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let open = move |_| {
        let Some((asked, told)) = ask.run(()) else {
            return;
        };
        question.set(asked);
        details.set(told);
        problem.set(open_dialog(dialog).err().map(|error| error.to_string()));
    };
    let section_heading = format!("{}-heading", words.id);
    view! {
        <section class="danger-zone" aria-labelledby=section_heading.clone()>
            <h2 id=section_heading.clone()>{words.heading}</h2>
            <p class="help">{words.help}</p>
            <button type="button" class="danger" on:click=open>
                {words.button}
            </button>
            <p role="status">{move || problem.get()}</p>
            <ConfirmDialog
                dialog
                id=format!("{}-dialog", words.id)
                heading=question
                details
                confirm=words.confirm
                cancel=words.cancel
                on_confirm=on_delete
            />
        </section>
    }
}
