//! The research step: homework before any contact.

mod checklist;
mod events;
mod notes;
mod organization;
mod people;
mod practices;
mod value;

use leptos::prelude::*;

use crate::model::RecordId;

/// Gathers what we should know about a partner before we reach out.
#[component]
pub fn ResearchStep(
    /// The partner being researched.
    id: RecordId,
) -> impl IntoView {
    view! {
        <h2>"Research"</h2>
        <p class="lede">
            "Do the homework before anyone hears from you: what they exist to change, how they work, and how your group could help their work, not how they could help yours."
        </p>
        <checklist::ChecklistSection id />
        <organization::OrganizationSection id />
        <notes::NotesSection id />
        <people::PeopleSection id />
        <events::EventsSection id />
        <practices::PracticesSection id />
        <value::ValueSection id />
    }
}
