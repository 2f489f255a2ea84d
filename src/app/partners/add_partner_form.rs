use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::model::ValidationError;

const INPUT_ID: &str = "new-partner-name";
const ERROR_ID: &str = "new-partner-name-error";

/// Starts a new partner from its name, the one field research cannot do without.
#[component]
pub fn AddPartnerForm() -> impl IntoView {
    let state = use_app_state();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ValidationError>);
    let added = RwSignal::new(None::<String>);
    let input = NodeRef::<Input>::new();

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let typed = name.get_untracked();
        match state.add_partner(&typed) {
            Ok(_) => {
                added.set(Some(typed.trim().to_owned()));
                name.set(String::new());
                error.set(None);
            }
            Err(problem) => {
                added.set(None);
                error.set(Some(problem));
            }
        }
        if let Some(input) = input.get_untracked() {
            // Focus can only fail on a detached element; nothing to tell the user then.
            let _ = input.focus();
        }
    };

    view! {
        <form class="add-partner" on:submit=submit novalidate>
            <label for=INPUT_ID>"Organization name"</label>
            <div class="add-partner-row">
                <input
                    id=INPUT_ID
                    node_ref=input
                    type="text"
                    autocomplete="organization"
                    required
                    aria-invalid=move || error.with(|e| e.is_some().to_string())
                    aria-describedby=ERROR_ID
                    bind:value=name
                />
                <button type="submit">"Add partner"</button>
            </div>
            <p id=ERROR_ID class="field-error" role="alert">
                {move || error.get().map(|problem| problem.to_string())}
            </p>
            <p class="visually-hidden" role="status">
                {move || added.get().map(|name| format!("Added {name}."))}
            </p>
        </form>
    }
}
