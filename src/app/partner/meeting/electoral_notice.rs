use leptos::prelude::*;

use crate::app::handles::{PartnerHandle, Place};
use crate::guide::shared_texts::electoral_in_what_we_share;

/// Says where electoral wording sits in what we will share with a partner
/// that is or may be a 501(c)(3): our introduction, agendas, invitation and
/// one line about ourselves are read like the first contact is.
#[component]
pub fn ElectoralNotice(
    /// The partner we share these texts with.
    partner: PartnerHandle,
) -> impl IntoView {
    let group = Memo::new(move |_| partner.state().group_with(Clone::clone));
    let found = Memo::new(move |_| {
        group
            .with(|group| partner.with(|partner| electoral_in_what_we_share(partner, group)))
            .unwrap_or_default()
    });
    move || {
        found.with(|found| !found.is_empty()).then(|| {
            view! {
                <aside class="notice notice-warning" aria-labelledby="electoral-heading">
                    <h3 id="electoral-heading">"Electoral wording in what you will share"</h3>
                    <ul>
                        {found
                            .get()
                            .into_iter()
                            .map(|found| view! { <li>{format!("{}: \u{201c}{}\u{201d}", found.place, found.words)}</li> })
                            .collect_view()}
                    </ul>
                    <p>
                        "They must stay out of partisan and electoral work. Say what you do by its impact on people in their community, and make no partisan or electoral ask."
                    </p>
                </aside>
            }
        })
    }
}
