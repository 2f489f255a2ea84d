use leptos::prelude::*;

use crate::app::browser::copy_with_status;
use crate::app::handles::{PartnerHandle, Place};
use crate::app::routing::{Route, Step};

/// Who an email goes to, from the research, with a button to copy the
/// address; or, when no one has an address yet, where to add one.
#[component]
pub fn ToLine(
    /// The partner written to.
    partner: PartnerHandle,
) -> impl IntoView {
    let recipient = Memo::new(move |_| {
        partner
            .with(|p| {
                let person = p.email_contact()?;
                Some((
                    person.name.trim().to_owned(),
                    person.email.trim().to_owned(),
                ))
            })
            .flatten()
    });
    let message = RwSignal::new(None::<String>);
    let copy = move |_| {
        let Some((_, address)) = recipient.get_untracked() else {
            return;
        };
        let done = format!("Copied {address}.");
        copy_with_status(address, done, "the address", message);
    };
    view! {
        <div class="to-line">
            {move || match recipient.get() {
                Some((name, address)) => {
                    let who = if name.is_empty() { address } else { format!("{name} <{address}>") };
                    view! {
                        <p>{format!("To: {who}")}</p>
                        <button type="button" class="secondary" on:click=copy>
                            "Copy address"
                        </button>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <p>
                            "To: no email address yet. "
                            <a href=Route::Partner(partner.id(), Step::Research).href()>"Add one for a person in Research"</a>
                            "."
                        </p>
                    }
                        .into_any()
                }
            }}
            <p role="status" class="to-status">{move || message.get()}</p>
        </div>
    }
}
