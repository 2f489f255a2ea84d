use chrono::Utc;
use leptos::prelude::*;

use super::MeetingHandle;
use crate::app::browser::focus_when_rendered;
use crate::app::components::{RemovableText, TextField};
use crate::app::handles::{Place, lens};
use crate::app::routing::{Route, Step};
use crate::model::{Question, RecordId};

/// The questions to ask, prefilled from the guide, and our short introduction.
#[component]
pub fn QuestionsEditor(
    /// The meeting planned.
    meeting: MeetingHandle,
) -> impl IntoView {
    let partner = meeting.owner();
    let questions = meeting.list(lens!(questions));
    let ids = questions.ids();
    let (introduction, set_introduction) = meeting.text(lens!(our_introduction));
    let add = move |_| {
        let added = questions.push(Question::new(Utc::now()));
        focus_when_rendered(question_field(added));
    };
    let practices = Memo::new(move |_| {
        partner
            .with(|p| {
                p.practices
                    .iter()
                    .map(|p| p.text.clone())
                    .filter(|t| !t.trim().is_empty())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let value = Memo::new(move |_| {
        partner
            .with(|p| {
                [
                    ("Short term", &p.value_to_them.short_term),
                    ("Long term", &p.value_to_them.long_term),
                ]
                .into_iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(label, text)| (label, text.trim().to_owned()))
                .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <section class="form-section" aria-labelledby="questions-heading">
            <h3 id="questions-heading">"Questions and our introduction"</h3>
            <p class="notice guidance">
                "A first meeting seeks no formal commitment: its aim is a channel of communication and a sense of what you might do together. Thank them for their time."
            </p>
            <TextField
                id="meeting-introduction"
                label="Our short introduction"
                help="A few sentences that start from their work; be ready to adapt it to what you learn from them."
                multiline=true
                value=introduction
                on_input=set_introduction
            />
            <div class="value-reminder">
                <h4>"What we could add, in our own guess"</h4>
                <p class="help">"Say it modestly, once they have told you about their work, and let them correct it."</p>
                <Show
                    when=move || value.with(|v| !v.is_empty())
                    fallback=move || {
                        view! {
                            <p>
                                "Nothing noted yet. "
                                <a href=Route::Partner(partner.id(), Step::Research).href()>"Write what working together could add for them, in Research"</a>
                                "."
                            </p>
                        }
                    }
                >
                    <dl>
                        {move || {
                            value
                                .get()
                                .into_iter()
                                .map(|(label, text)| view! { <dt>{label}</dt><dd>{text}</dd> })
                                .collect_view()
                        }}
                    </dl>
                </Show>
            </div>
            <Show when=move || practices.with(|p| !p.is_empty())>
                <div class="practices-reminder">
                    <h4>"Practices to respect"</h4>
                    <ul>
                        {move || practices.get().into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                    </ul>
                </div>
            </Show>
            <ol class="questions">
                <For each=move || ids.get() key=|question| *question let:question>
                    {
                        let item = questions.item(question);
                        let (text, set_text) = item.text(lens!(text));
                        let remove = Callback::new(move |what| item.remove(what, question_field(question)));
                        view! {
                            <li class="record-inline">
                                <RemovableText id=question_field(question) label="Question" value=text on_input=set_text on_remove=remove />
                            </li>
                        }
                    }
                </For>
            </ol>
            <button type="button" class="secondary" on:click=add>
                "Add question"
            </button>
        </section>
    }
}

/// The DOM id of a question's text field.
fn question_field(question: RecordId) -> String {
    format!("question-{question}")
}
