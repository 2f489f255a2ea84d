use leptos::prelude::*;

use super::TextField;

/// A record that is one line of text, edited in place beside a Remove
/// button that names it (a practice, a question). The caller's container
/// holds it; `on_remove` gets the words the undo bar shows.
#[component]
pub fn RemovableText(
    /// The text field's DOM id, where focus returns when the record is put back.
    #[prop(into)]
    id: String,
    /// What the record is, capitalized: "Practice".
    label: &'static str,
    /// The stored text.
    value: Signal<String>,
    /// Stores each edit.
    on_input: Callback<String>,
    /// Removes the record, given how the undo bar names it.
    on_remove: Callback<String>,
) -> impl IntoView {
    let noun = label.to_lowercase();
    let button_noun = noun.clone();
    view! {
        <TextField id label value on_input />
        <button
            type="button"
            class="secondary"
            aria-label=move || format!("Remove {button_noun}: {}", value.get())
            on:click=move |_| on_remove.run(format!("the {noun} “{}”", value.get_untracked()))
        >
            "Remove"
        </button>
    }
}
