use leptos::prelude::*;

use crate::app::binding::partner_text;
use crate::app::components::TextField;
use crate::model::RecordId;

/// Our notes on their work, in our own words, as the guide asks.
#[component]
pub fn NotesSection(
    /// The partner described.
    id: RecordId,
) -> impl IntoView {
    let (mission, set_mission) =
        partner_text(id, |p| &p.research.mission, |p, v| p.research.mission = v);
    let (how, set_how) = partner_text(
        id,
        |p| &p.research.how_they_work,
        |p, v| p.research.how_they_work = v,
    );
    let (theory, set_theory) = partner_text(
        id,
        |p| &p.research.theory_of_change,
        |p, v| p.research.theory_of_change = v,
    );
    let (issues, set_issues) = partner_text(
        id,
        |p| &p.research.current_issues,
        |p, v| p.research.current_issues = v,
    );
    let (tactics, set_tactics) =
        partner_text(id, |p| &p.research.tactics, |p, v| p.research.tactics = v);
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
