use leptos::prelude::*;

use crate::app::components::{ChoiceSelect, InputKind, TextField};
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::model::{Commitment, Party, RecordId};

/// The DOM id of what was promised, the field a new commitment starts in.
pub fn what_field(item: RecordId) -> String {
    format!("commitment-{item}-what")
}

/// The fields of one step agreed on: who, what, and where it stands; by
/// when only for our own promises, since theirs never fall due.
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
    let ours = move || owner.get() != Some(Party::Them);
    let legend = move || match what.get().trim() {
        "" => "New step".to_owned(),
        text => text.to_owned(),
    };
    view! {
        <fieldset class="record">
            <legend>{legend}</legend>
            <div class="record-grid">
                <ChoiceSelect id=format!("commitment-{item}-owner") label="Who" value=owner on_change=set_owner />
                <TextField id=what_field(item) label="What" value=what on_input=set_what />
                <Show when=ours>
                    <TextField id=format!("commitment-{item}-due") label="Due" kind=InputKind::Date value=due on_input=set_due />
                </Show>
                <ChoiceSelect id=format!("commitment-{item}-status") label="Status" value=status on_change=set_status />
            </div>
            <button type="button" class="secondary" on:click=move |_| commitment.remove(legend(), what_field(item))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
