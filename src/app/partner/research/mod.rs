//! The research step: homework before any contact.

mod checklist;
mod events;
mod notes;
mod organization;
mod people;
mod practices;
mod value;

use leptos::prelude::*;

use crate::app::handles::{Lens, PartnerHandle, Place};
use crate::guide::readiness::{ChecklistItem, edit_ticking};
use crate::model::Partner;

/// A research field that ticks its checklist item once it is filled; the
/// user can still untick it.
fn ticking_text(
    partner: PartnerHandle,
    lens: Lens<Partner, String>,
    item: ChecklistItem,
) -> (Signal<String>, Callback<String>) {
    let (value, _) = partner.text(lens);
    let store = Callback::new(move |text: String| {
        partner.edit(|p| edit_ticking(p, item, |p| *lens.get_mut(p) = text));
    });
    (value, store)
}

/// Gathers what we should know about a partner before we reach out.
#[component]
pub fn ResearchStep(
    /// The partner being researched.
    partner: PartnerHandle,
) -> impl IntoView {
    view! {
        <h2>"Research"</h2>
        <p class="lede">
            "Do the homework before anyone hears from you: what they exist to change, how they work, and how your group could help their work, not how they could help yours."
            " "
            <crate::app::guide::WhyLink habit=crate::app::guide::HOMEWORK />
        </p>
        <checklist::ChecklistSection partner />
        <organization::OrganizationSection partner />
        <notes::NotesSection partner />
        <people::PeopleSection partner />
        <events::EventsSection partner />
        <practices::PracticesSection partner />
        <value::ValueSection partner />
    }
}
