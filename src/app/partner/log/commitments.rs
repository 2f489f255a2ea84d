use leptos::prelude::*;

use crate::app::binding::ListBinding;
use crate::app::components::{
    ChoiceSelect, InputKind, RecordList, TextField, date_from_input, date_to_input,
};
use crate::model::{Commitment, RecordId};

/// The DOM id of what was promised, the field a new commitment starts in.
pub fn what_field(item: RecordId) -> String {
    format!("commitment-{item}-what")
}

/// Commitments both ways, with who, what, when and where they stand.
#[component]
pub fn Commitments(
    /// The partner.
    id: RecordId,
) -> impl IntoView {
    let commitments =
        ListBinding::<Commitment>::new(id, |p| &p.commitments, |p| &mut p.commitments);
    view! {
        <RecordList
            list=commitments
            heading_id="commitments-heading"
            heading="Commitments"
            add_label="Add commitment"
            new_record=Commitment::new
            first_field=what_field
            row=move |item| view! { <CommitmentFields commitments item /> }
        >
            <p class="help">"What each side promised. Keeping ours is how trust is built; a meeting's next steps appear here too."</p>
        </RecordList>
    }
}

/// The fields of one commitment: who, what, by when, and where it stands.
#[component]
pub fn CommitmentFields(
    /// The partner's commitments.
    commitments: ListBinding<Commitment>,
    /// The commitment shown.
    item: RecordId,
) -> impl IntoView {
    let (what, set_what) = commitments.text(item, |c| c.what.clone(), |c, v| c.what = v);
    let (due, set_due) = commitments.text(
        item,
        |c| date_to_input(c.due_on),
        |c, v| c.due_on = date_from_input(&v),
    );
    let (owner, set_owner) = commitments.choice(item, |c| c.owner, |c, v| c.owner = v);
    let (status, set_status) = commitments.choice(item, |c| c.status, |c, v| c.status = v);
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
            <button type="button" class="secondary" on:click=move |_| commitments.remove(item, legend(), what_field(item))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
