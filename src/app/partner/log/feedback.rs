use chrono::Local;
use leptos::prelude::*;

use crate::app::binding::ListBinding;
use crate::app::components::{InputKind, RecordList, TextField, date_from_input, date_to_input};
use crate::model::{Feedback, Lesson, RecordId};

/// What the partner told us, kept apart from what we learned ourselves.
#[component]
pub fn FeedbackAndLessons(
    /// The partner.
    id: RecordId,
) -> impl IntoView {
    let feedback = ListBinding::<Feedback>::new(id, |p| &p.feedback, |p| &mut p.feedback);
    let lessons = ListBinding::<Lesson>::new(id, |p| &p.lessons, |p| &mut p.lessons);
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
                    let (date, set_date) = feedback.text(item, |f| date_to_input(f.date), |f, v| f.date = date_from_input(&v));
                    let (text, set_text) = feedback.text(item, |f| f.text.clone(), |f, v| f.text = v);
                    view! {
                        <fieldset class="record">
                            <legend>{move || format!("Feedback of {}", date.get())}</legend>
                            <TextField id=format!("feedback-{item}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
                            <TextField id=feedback_text_field(item) label="What they said" multiline=true value=text on_input=set_text />
                            <button type="button" class="secondary" on:click=move |_| feedback.remove(item, format!("the feedback of {}", date.get_untracked()), feedback_text_field(item))>
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
                    let (date, set_date) = lessons.text(item, |l| date_to_input(l.date), |l, v| l.date = date_from_input(&v));
                    let (lesson, set_lesson) = lessons.text(item, |l| l.lesson.clone(), |l, v| l.lesson = v);
                    let (change, set_change) = lessons.text(item, |l| l.what_we_will_change.clone(), |l, v| l.what_we_will_change = v);
                    view! {
                        <fieldset class="record">
                            <legend>{move || format!("Lesson of {}", date.get())}</legend>
                            <TextField id=format!("lesson-{item}-date") label="Date" kind=InputKind::Date value=date on_input=set_date />
                            <TextField id=lesson_field(item) label="What we learned" multiline=true value=lesson on_input=set_lesson />
                            <TextField id=format!("lesson-{item}-change") label="What we will change" multiline=true value=change on_input=set_change />
                            <button type="button" class="secondary" on:click=move |_| lessons.remove(item, format!("the lesson of {}", date.get_untracked()), lesson_field(item))>
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
