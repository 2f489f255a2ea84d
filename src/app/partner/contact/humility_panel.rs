use std::time::Duration;

use leptos::prelude::*;

use crate::app::handles::{DraftHandle, PartnerHandle, Place};
use crate::guide::humility::{
    Context, Flag, Review, Rule, may_be_charity, research_stems, research_text, review, summary,
};

/// The DOM id of the check's summary, which the Message field points to.
pub const HUMILITY_SUMMARY_ID: &str = "humility-summary";

/// How long typing must pause before newly raised advice is said to screen
/// readers, so that a word half typed is not announced.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(1200);

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
    let announcement = announce_new_advice(checked);
    view! {
        <section class="humility-check" aria-labelledby="humility-heading">
            <h3 id="humility-heading">"Humility check"</h3>
            <p class="humility-summary" id=HUMILITY_SUMMARY_ID>
                {move || checked.with(|checked: &Review| summary(checked))}
            </p>
            <p class="visually-hidden" role="status">
                {move || announcement.get()}
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

/// What screen readers hear of the check: once typing pauses, the advice
/// raised since they last heard, by name ("New advice: Recruiting
/// language."), never a count that changes with every keystroke.
fn announce_new_advice(checked: Memo<Review>) -> RwSignal<String> {
    let announcement = RwSignal::new(String::new());
    let heard = StoredValue::new(Vec::<Rule>::new());
    let typed = StoredValue::new(0_u64);
    Effect::new(move |first_run: Option<()>| {
        let rules: Vec<Rule> =
            checked.with(|checked| checked.flags.iter().map(|f| f.rule).collect());
        if first_run.is_none() {
            // The draft as it opened was not typed just now: nothing is new.
            heard.set_value(rules);
            return;
        }
        let this = typed.get_value().wrapping_add(1);
        typed.set_value(this);
        // The panel may be gone when the timer fires (the draft was sent, the
        // page left): then there is nobody to tell, and nothing is touched.
        set_timeout(
            move || {
                if typed.try_get_value() != Some(this) {
                    return;
                }
                let Some(new) = heard.try_with_value(|heard| {
                    rules
                        .iter()
                        .filter(|rule| !heard.contains(rule))
                        .map(|rule| rule.title())
                        .collect::<Vec<&str>>()
                }) else {
                    return;
                };
                heard.try_set_value(rules);
                if !new.is_empty() {
                    announcement.try_set(format!("New advice: {}.", new.join("; ")));
                }
            },
            ANNOUNCE_AFTER,
        );
    });
    announcement
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
