use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;

use crate::app::routing::Route;
use crate::app::state::use_app_state;
use crate::model::{RecordId, ValidationError, partners_named_like};

const INPUT_ID: &str = "new-partner-name";
const ERROR_ID: &str = "new-partner-name-error";
const QUESTION_ID: &str = "new-partner-same-question";

/// A name typed to add, and the partners already held under a like name.
#[derive(Clone)]
struct SameName {
    typed: String,
    known: Vec<(RecordId, String)>,
}

/// Starts a new partner from its name, the one field research cannot do without.
#[component]
pub fn AddPartnerForm() -> impl IntoView {
    let state = use_app_state();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ValidationError>);
    let added = RwSignal::new(None::<String>);
    let input = NodeRef::<Input>::new();

    let same_name = RwSignal::new(None::<SameName>);

    let add = move |typed: String| {
        same_name.set(None);
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
    // A name like one already held asks first whether it is the same organization.
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let typed = name.get_untracked();
        let known: Vec<(RecordId, String)> = state.workspace().with_untracked(|workspace| {
            partners_named_like(workspace, &typed)
                .into_iter()
                .map(|partner| (partner.id, partner.name().to_owned()))
                .collect()
        });
        if known.is_empty() {
            add(typed);
        } else {
            added.set(None);
            error.set(None);
            same_name.set(Some(SameName {
                typed: typed.trim().to_owned(),
                known,
            }));
        }
    };
    let add_anyway = move |_| {
        if let Some(SameName { typed, .. }) = same_name.get_untracked() {
            add(typed);
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
                    on:input=move |_| same_name.set(None)
                />
                <button type="submit">"Add partner"</button>
            </div>
            <p id=ERROR_ID class="field-error" role="alert">
                {move || error.get().map(|problem| problem.to_string())}
            </p>
            <p class="visually-hidden" role="status">
                {move || added.get().map(|name| format!("Added {name}."))}
            </p>
            {move || {
                same_name
                    .get()
                    .map(|SameName { typed, known }| {
                        view! {
                            <div class="same-name" role="group" aria-labelledby=QUESTION_ID>
                                <p id=QUESTION_ID role="alert">
                                    {same_name_question(&typed, &known)}
                                </p>
                                <ul>
                                    {known
                                        .into_iter()
                                        .map(|(id, known_name)| {
                                            view! {
                                                <li>
                                                    <a href=Route::PartnerByStage(id)
                                                        .href()>{format!("Open {known_name}")}</a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                                <button type="button" on:click=add_anyway>
                                    {format!("Add {typed} as a new partner")}
                                </button>
                            </div>
                        }
                    })
            }}
        </form>
    }
}

/// The question asked when a typed name is like one already held.
fn same_name_question(typed: &str, known: &[(RecordId, String)]) -> String {
    match known {
        [(_, only)] => {
            format!("You already have a partner named {only}. Is {typed} the same organization?")
        }
        _ => format!(
            "You already have partners with names like {typed}: {}. Is it one of them?",
            known
                .iter()
                .map(|(_, name)| name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
