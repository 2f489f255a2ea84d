use leptos::prelude::*;

use crate::app::components::{ChoiceSelect, InputKind, TextField};
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::model::{Commitment, RecordId};

/// The DOM id of what was promised, the field a new commitment starts in.
pub fn what_field(item: RecordId) -> String {
    format!("commitment-{item}-what")
}

/// The fields of one commitment: who, what, by when, and where it stands.
#[component]
pub fn CommitmentFields(
    /// The commitment shown.
    commitment: ItemHandle<PartnerHandle, Commitment>,
) -> impl IntoView {
    let (what, set_what) = commitment.text(lens!(what));
    let (due, set_due) = commitment.date(lens!(due_on));
    let (owner, set_owner) = commitment.choice(lens!(owner));
    let (status, set_status) = commitment.choice(lens!(status));
    let item = commitment.id();
    let legend = move || match what.get().trim() {
        "" => "New commitment".to_owned(),
        text => text.to_owned(),
    };
    view! {
        <fieldset class="record">
            <legend>{legend}</legend>
            <div class="record-grid">
                <ChoiceSelect id=format!("commitment-{item}-owner") label="Who" value=owner on_change=set_owner />
                <TextField id=what_field(item) label="What" value=what on_input=set_what />
                <TextField id=format!("commitment-{item}-due") label="Due" kind=InputKind::Date value=due on_input=set_due />
                <ChoiceSelect id=format!("commitment-{item}-status") label="Status" value=status on_change=set_status />
            </div>
            <button type="button" class="secondary" on:click=move |_| commitment.remove(legend(), what_field(item))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
