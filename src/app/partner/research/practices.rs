use leptos::prelude::*;

use crate::app::components::{RecordList, RemovableText};
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::model::{Practice, RecordId};

/// The ways the partner works that we must respect.
#[component]
pub fn PracticesSection(
    /// The partner whose practices these are.
    partner: PartnerHandle,
) -> impl IntoView {
    let practices = partner.list(lens!(practices));
    let row = move |practice| {
        let item = practices.item(practice);
        let (text, set_text) = item.text(lens!(text));
        let remove = Callback::new(move |what| item.remove(what, practice_field(practice)));
        view! {
            <div class="record-inline">
                <RemovableText id=practice_field(practice) label="Practice" value=text on_input=set_text on_remove=remove />
            </div>
        }
    };
    view! {
        <RecordList
            list=practices
            heading_id="practices-heading"
            heading="Practices to respect"
            add_label="Add practice"
            new_record=Practice::new
            first_field=practice_field
            row
        >
            <p class="help">
                "Some groups keep meetings or spaces for members of their community only; others work in several languages or follow their own meeting norms. Note them here; they are shown again when you plan a meeting."
            </p>
        </RecordList>
    }
}

/// The DOM id of a practice's text field.
fn practice_field(practice: RecordId) -> String {
    format!("practice-{practice}")
}
