use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::DependsOn;

use super::binding::{edit_meeting, find, meeting_text};
use crate::app::binding::bound_text;
use crate::app::browser::focus_when_rendered;
use crate::app::components::TextField;
use crate::app::routing::{Route, Step};
use crate::app::state::use_app_state;
use crate::model::{Question, RecordId, edit_by_id};

/// The questions to ask, prefilled from the guide, and our short introduction.
#[component]
pub fn QuestionsEditor(
    /// The partner met.
    id: RecordId,
    /// The meeting planned.
    meeting: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let ids = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            find(w, id, meeting)
                .map(|m| m.questions.iter().map(|q| q.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let (introduction, set_introduction) = meeting_text(
        id,
        meeting,
        |m| m.our_introduction.clone(),
        |m, v| m.our_introduction = v,
    );
    let add = move |_| {
        let question = Question::new(Utc::now());
        let added = question.id;
        edit_meeting(state, id, meeting, |m| m.questions.push(question));
        focus_when_rendered(question_field(added));
    };
    let practices = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            w.partner(id)
                .map(|p| {
                    p.practices
                        .iter()
                        .map(|p| p.text.clone())
                        .filter(|t| !t.trim().is_empty())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let value = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            w.partner(id)
                .map(|p| {
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
        })
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
                                <a href=Route::Partner(id, Step::Research).href()>"Write what working together could add for them, in Research"</a>
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
                        let (text, set_text) = bound_text(
                            DependsOn::Partner(id),
                            move |w| find(w, id, meeting)?.questions.iter().find(|q| q.id == question).map(|q| q.text.clone()),
                            move |state, text| {
                                edit_meeting(state, id, meeting, |m| {
                                    edit_by_id(&mut m.questions, question, Utc::now(), |q| q.text = text);
                                });
                            },
                        );
                        let remove = move |_| {
                            let what = format!("the question “{}”", text.get_untracked());
                            state.remove_with_undo(what, &[id], &[], Some(question_field(question)), move |w| {
                                if let Some(partner) = w.partners.iter_mut().find(|p| p.id == id) {
                                    edit_by_id(&mut partner.meetings, meeting, Utc::now(), |m| m.questions.retain(|q| q.id != question));
                                }
                            });
                        };
                        view! {
                            <li class="record-inline">
                                <TextField id=question_field(question) label="Question" value=text on_input=set_text />
                                <button
                                    type="button"
                                    class="secondary"
                                    aria-label=move || format!("Remove question: {}", text.get())
                                    on:click=remove
                                >
                                    "Remove"
                                </button>
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
