use leptos::prelude::*;

use crate::app::handles::{DraftHandle, PartnerHandle, Place};
use crate::guide::humility::{
    Context, Flag, Review, may_be_charity, research_stems, research_text, review, summary,
};

/// The humility check beside the draft: live advice that never blocks.
#[component]
pub fn HumilityPanel(
    /// The partner whose current draft is checked.
    partner: PartnerHandle,
) -> impl IntoView {
    // The research words change only when the research does, not on each keystroke.
    let research = Memo::new(move |_| {
        partner
            .with(|partner| (research_text(partner), partner.organization.name.clone()))
            .unwrap_or_default()
    });
    let charity = Memo::new(move |_| {
        partner
            .with(|partner| may_be_charity(partner.organization.tax_status))
            .unwrap_or_default()
    });
    let stems = Memo::new(move |_| research.with(|(text, name)| research_stems(text, name)));
    let checked = Memo::new(move |_| {
        let (charity, research_stems) = (charity.get(), stems.get());
        DraftHandle::current(partner)
            .with(|draft| {
                let context = Context {
                    channel: draft.channel,
                    charity,
                    research_stems,
                };
                review(&draft.body, &context)
            })
            .unwrap_or_default()
    });
    view! {
        <section class="humility-check" aria-labelledby="humility-heading">
            <h3 id="humility-heading">"Humility check"</h3>
            <p class="humility-summary" aria-live="polite">
                {move || checked.with(|checked: &Review| summary(checked))}
            </p>
            <ul class="flags">
                {move || {
                    checked
                        .with(|checked| checked.flags.clone())
                        .into_iter()
                        .map(|flag| view! { <FlagItem flag /> })
                        .collect_view()
                }}
            </ul>
            <p class="help">"Advice only: nothing here stops you from sending."</p>
        </section>
    }
}

/// One piece of advice: what, why, and a better direction.
#[component]
fn FlagItem(
    /// The advice shown.
    flag: Flag,
) -> impl IntoView {
    view! {
        <li class="flag">
            <strong>{flag.rule.title()}</strong>
            {flag.found.map(|found| view! { <span class="found">{format!(" (\u{201c}{found}\u{201d})")}</span> })}
            <p>{flag.rule.why()}</p>
            <p>
                <span class="try">"Try: "</span>
                {flag.rule.try_instead()}
            </p>
        </li>
    }
}
