//! The first-contact step: a humble message drafted from the research,
//! checked as it is written, sent through the user's own channels, and
//! followed up.

mod channel_offer;
mod composer;
mod group;
mod history;
mod humility_panel;
mod send;
mod sent;
mod their_move;
mod to_line;

use leptos::prelude::*;

use crate::app::handles::{PartnerHandle, Place};
use crate::model::TaxStatus;

/// What writing to a 501(c)(3) asks of us, shown when they are one or may be.
const CHARITY_GUIDANCE: &str = "They must stay out of partisan and electoral work. State our objectives clearly and truthfully, tie them to the impact on people in their community, and make no partisan or electoral ask. The humility check flags electoral wording.";

/// Drafts and tracks the first contact with a partner.
#[component]
pub fn ContactStep(
    /// The partner contacted.
    partner: PartnerHandle,
) -> impl IntoView {
    let tax_status = Memo::new(move |_| {
        partner
            .with(|p| p.organization.tax_status)
            .unwrap_or_default()
    });
    view! {
        <h2>"First contact"</h2>
        <p class="lede">
            "Say who you are in a line, show what you learned about their work, and ask to learn more. Offer to come to them, and ask for nothing else yet."
            " "
            <crate::app::guide::WhyLink habit=crate::app::guide::HUMBLE_CONTACT />
        </p>
        {move || match tax_status.get() {
            TaxStatus::Charity501c3 => {
                view! {
                    <aside class="notice guidance" aria-labelledby="charity-heading">
                        <h3 id="charity-heading">"Writing to a 501(c)(3)"</h3>
                        <p>{CHARITY_GUIDANCE}</p>
                    </aside>
                }
                    .into_any()
            }
            TaxStatus::Unknown => {
                view! {
                    <aside class="notice guidance" aria-labelledby="charity-heading">
                        <h3 id="charity-heading">"Their tax status is not known yet"</h3>
                        <p>
                            "Many community organizations are 501(c)(3)s, wary of groups with an overt political mission. Until you know, write as to one. "
                            {CHARITY_GUIDANCE}
                        </p>
                    </aside>
                }
                    .into_any()
            }
            _ => ().into_any(),
        }}
        <group::GroupDetails />
        <composer::Composer partner />
        <sent::SentStatus partner />
        <history::DraftHistory partner />
    }
}
