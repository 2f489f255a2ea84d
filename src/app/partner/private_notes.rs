//! A partner's private notes, "Only on this device": what one organizer
//! wants to remember about a group without telling the team or the group.

use leptos::prelude::*;

use crate::app::components::TextField;
use crate::app::handles::PartnerHandle;

/// The private note about this partner, kept in this browser alone.
#[component]
pub fn PrivateNotes(
    /// The partner the note is about.
    partner: PartnerHandle,
) -> impl IntoView {
    let (state, id) = (partner.state(), partner.id());
    let note = Signal::derive(move || state.private_note(id));
    view! {
        <section class="private-notes" aria-labelledby="private-notes-heading">
            <h2 id="private-notes-heading">"Private notes"</h2>
            <TextField
                id="private-note"
                label="Only on this device"
                help="Kept in this browser alone: never in an export, a shared file or team sync."
                value=note
                on_input=Callback::new(move |text| state.set_private_note(id, text))
                multiline=true
            />
        </section>
    }
}
