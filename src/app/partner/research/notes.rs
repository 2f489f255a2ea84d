use leptos::prelude::*;

use super::ticking_text;
use crate::app::components::TextField;
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::guide::readiness::ChecklistItem;

/// Our notes on their work, in our own words, as the guide asks.
#[component]
pub fn NotesSection(
    /// The partner described.
    partner: PartnerHandle,
) -> impl IntoView {
    let (mission, set_mission) = ticking_text(
        partner,
        lens!(research.mission),
        ChecklistItem::MissionInOurWords,
    );
    let (how, set_how) = partner.text(lens!(research.how_they_work));
    let (theory, set_theory) = ticking_text(
        partner,
        lens!(research.theory_of_change),
        ChecklistItem::TheoryOfChangeNoted,
    );
    let (issues, set_issues) = partner.text(lens!(research.current_issues));
    let (tactics, set_tactics) = partner.text(lens!(research.tactics));
    view! {
        <section class="form-section" aria-labelledby="notes-heading">
            <h3 id="notes-heading">"Their work"</h3>
            <TextField id="research-mission" label="Mission" help="Their purpose, in our own words." multiline=true value=mission on_input=set_mission />
            <TextField
                id="research-how"
                label="How they achieve it"
                help="Services, organizing, advocacy, mutual aid…"
                multiline=true
                value=how
                on_input=set_how
            />
            <TextField
                id="research-theory"
                label="Theory of change"
                help="How they believe change happens. Our help is only useful if it fits."
                multiline=true
                value=theory
                on_input=set_theory
            />
            <TextField
                id="research-issues"
                label="Current issues and campaigns"
                help="What matters to them now: the first things to ask about."
                multiline=true
                value=issues
                on_input=set_issues
            />
            <TextField
                id="research-tactics"
                label="Tactics they already use"
                multiline=true
                value=tactics
                on_input=set_tactics
            />
        </section>
    }
}
