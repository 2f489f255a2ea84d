use chrono::Local;
use leptos::prelude::*;

use crate::app::components::{InputKind, RecordList, TextField};
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::model::{Feedback, Lesson, RecordId};

use super::feedback_link::{PromptedBy, WhatWeChanged};

/// What the partner told us, kept apart from what we learned ourselves.
#[component]
pub fn FeedbackAndLessons(
    /// The partner.
    partner: PartnerHandle,
) -> impl IntoView {
    let feedback = partner.list(lens!(feedback));
    let lessons = partner.list(lens!(lessons));
    view! {
        <RecordList
            list=feedback
            heading_id="feedback-heading"
            heading="Their feedback"
            add_label="Add their feedback"
            new_record=|now| Feedback {
                date: Some(Local::now().date_naive()),
                ..Feedback::new(now)
            }
            first_field=feedback_text_field
            row=move |item| {
                    let record = feedback.item(item);
                    let (date, set_date) = record.date(lens!(date));
                    let (text, set_text) = record.text(lens!(text));
                    view! {
                        <fieldset class="record">
                            <legend>{move || format!("Feedback of {}", date.get())}</legend>
                            <TextField id=format!("feedback-{item}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
                            <TextField id=feedback_text_field(item) label="What they said" multiline=true value=text on_input=set_text />
                            <WhatWeChanged partner feedback=item />
                            <button type="button" class="secondary" on:click=move |_| record.remove(format!("the feedback of {}", date.get_untracked()), feedback_text_field(item))>
                                {move || format!("Remove feedback of {}", date.get())}
                            </button>
                        </fieldset>
                    }
                }
        >
            <p class="help">"What they told us about the partnership and how our actions affect them, in their words. Ask for it."</p>
        </RecordList>
        <RecordList
            list=lessons
            heading_id="lessons-heading"
            heading="Our lessons"
            add_label="Add a lesson"
            new_record=|now| Lesson {
                date: Some(Local::now().date_naive()),
                ..Lesson::new(now)
            }
            first_field=lesson_field
            row=move |item| {
                    let record = lessons.item(item);
                    let (date, set_date) = record.date(lens!(date));
                    let (lesson, set_lesson) = record.text(lens!(lesson));
                    let (change, set_change) = record.text(lens!(what_we_will_change));
                    view! {
                        <fieldset class="record">
                            <legend>{move || format!("Lesson of {}", date.get())}</legend>
                            <TextField id=format!("lesson-{item}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
                            <TextField id=lesson_field(item) label="What we learned" multiline=true value=lesson on_input=set_lesson />
                            <TextField id=format!("lesson-{item}-change") label="What we will change" multiline=true value=change on_input=set_change />
                            <PromptedBy lesson=record />
                            <button type="button" class="secondary" on:click=move |_| record.remove(format!("the lesson of {}", date.get_untracked()), lesson_field(item))>
                                {move || format!("Remove lesson of {}", date.get())}
                            </button>
                        </fieldset>
                    }
                }
        >
            <p class="help">"What we learned, including our mistakes, and what we will change. Missteps happen; act, learn, and keep acting."</p>
        </RecordList>
    }
}

/// The DOM id of what they said, in one piece of feedback.
fn feedback_text_field(item: RecordId) -> String {
    format!("feedback-{item}-text")
}

/// The DOM id of what we learned, in one lesson.
fn lesson_field(item: RecordId) -> String {
    format!("lesson-{item}-lesson")
}
