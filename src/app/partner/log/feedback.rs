use leptos::prelude::*;

use crate::app::components::{InputKind, TextField};
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::model::{Feedback, Lesson, RecordId};

use super::feedback_link::{PromptedBy, WhatWeChanged};

/// The DOM id of what they said, in one piece of feedback.
pub fn feedback_text_field(item: RecordId) -> String {
    format!("feedback-{item}-text")
}

/// The DOM id of what we learned, in one lesson.
pub fn lesson_field(item: RecordId) -> String {
    format!("lesson-{item}-lesson")
}

/// What the partner told us, in their words, and what we changed because of it.
#[component]
pub fn FeedbackFields(
    /// The feedback shown.
    feedback: ItemHandle<PartnerHandle, Feedback>,
) -> impl IntoView {
    let (date, set_date) = feedback.date(lens!(date));
    let (text, set_text) = feedback.text(lens!(text));
    let item = feedback.id();
    view! {
        <fieldset class="record">
            <legend>{move || format!("Feedback of {}", date.get())}</legend>
            <TextField id=format!("feedback-{item}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
            <TextField
                id=feedback_text_field(item)
                label="What they said"
                help="In their words: about the partnership, and how our actions affect them."
                multiline=true
                value=text
                on_input=set_text
            />
            <WhatWeChanged partner=feedback.owner() feedback=item />
            <button type="button" class="secondary" on:click=move |_| feedback.remove(format!("the feedback of {}", date.get_untracked()), feedback_text_field(item))>
                {move || format!("Remove feedback of {}", date.get())}
            </button>
        </fieldset>
    }
}

/// What we learned, mistakes included, what we will change, and the
/// feedback of theirs that prompted it.
#[component]
pub fn LessonFields(
    /// The lesson shown.
    lesson: ItemHandle<PartnerHandle, Lesson>,
) -> impl IntoView {
    let (date, set_date) = lesson.date(lens!(date));
    let (learned, set_learned) = lesson.text(lens!(lesson));
    let (change, set_change) = lesson.text(lens!(what_we_will_change));
    let item = lesson.id();
    view! {
        <fieldset class="record">
            <legend>{move || format!("Lesson of {}", date.get())}</legend>
            <TextField id=format!("lesson-{item}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
            <TextField
                id=lesson_field(item)
                label="What we learned"
                help="Missteps included: act, learn, and keep acting."
                multiline=true
                value=learned
                on_input=set_learned
            />
            <TextField id=format!("lesson-{item}-change") label="What we will change" multiline=true value=change on_input=set_change />
            <PromptedBy lesson />
            <button type="button" class="secondary" on:click=move |_| lesson.remove(format!("the lesson of {}", date.get_untracked()), lesson_field(item))>
                {move || format!("Remove lesson of {}", date.get())}
            </button>
        </fieldset>
    }
}
