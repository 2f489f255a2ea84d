//! Feedback acted on: a lesson names the feedback that prompted it, and the
//! feedback shows what we changed because of it.

use leptos::prelude::*;

use crate::app::components::{Field, FieldIds};
use crate::app::handles::{ItemHandle, PartnerHandle, Place};
use crate::guide::follow_through::changes_prompted_by;
use crate::model::transfer::first_words;
use crate::model::{Feedback, Lesson, RecordId, dates};

/// Which of their feedback prompted a lesson, chosen from the partner's feedback.
#[component]
pub fn PromptedBy(
    /// The lesson.
    lesson: ItemHandle<PartnerHandle, Lesson>,
) -> impl IntoView {
    let partner = lesson.owner();
    let options = Memo::new(move |_| {
        partner
            .with(|p| {
                p.feedback
                    .iter()
                    .map(|feedback| (feedback.id, option_label(feedback)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let chosen = Memo::new(move |_| lesson.with(|l| l.feedback_id).flatten());
    let id = format!("lesson-{}-feedback", lesson.id());
    let choose = move |event| {
        let picked = event_target_value(&event).parse::<RecordId>().ok();
        lesson.edit(|l| l.feedback_id = picked);
    };
    view! {
        <Field ids=FieldIds::new(id.clone()) label="Prompted by their feedback">
            <select id=id on:change=choose>
                <option value="" selected=move || chosen.get().is_none()>
                    "No feedback in particular"
                </option>
                <For each=move || options.get() key=|option| option.clone() let:option>
                    <option value=option.0.to_string() selected=move || chosen.get() == Some(option.0)>
                        {option.1.clone()}
                    </option>
                </For>
            </select>
        </Field>
    }
}

/// What we changed because of one piece of their feedback: the lessons that
/// name it, in their "what we will change" words.
#[component]
pub fn WhatWeChanged(
    /// The partner.
    partner: PartnerHandle,
    /// The feedback.
    feedback: RecordId,
) -> impl IntoView {
    let changes = Memo::new(move |_| {
        partner
            .with(|p| changes_prompted_by(p, feedback))
            .unwrap_or_default()
    });
    view! {
        <Show when=move || changes.with(|changes| !changes.is_empty())>
            <div class="what-we-changed">
                <p>"What we changed because of it:"</p>
                <ul>{move || changes.get().into_iter().map(|change| view! { <li>{change}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

/// "Nov 3, 2026: Check with us before talking…".
fn option_label(feedback: &Feedback) -> String {
    let words = first_words(&feedback.text);
    match feedback.date {
        Some(date) => format!("{}: {words}", dates::short_date(date)),
        None => words,
    }
}
