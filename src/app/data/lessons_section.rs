use chrono::Local;
use leptos::prelude::*;

use crate::app::browser::{print_with_status, save_with_status};
use crate::app::components::{CheckboxField, ReportDocument};
use crate::app::state::use_app_state;
use crate::guide::lessons_out::lessons_report;

/// Shares what we learned across partners with the wider network, as a
/// Markdown file or on paper, with partner names hidden when chosen.
#[component]
pub fn LessonsSection() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let hide_names = RwSignal::new(true);
    let document = Memo::new(move |_| {
        let hide = hide_names.get();
        workspace.with(|workspace| lessons_report(workspace, Local::now().date_naive(), hide))
    });
    let has_lessons = Memo::new(move |_| document.with(|d| !d.sections.is_empty()));
    let message = RwSignal::new(None::<String>);
    let save = move |_| {
        let file_name = format!("lessons-{}.md", Local::now().date_naive());
        let markdown = document.with_untracked(|d| d.to_markdown());
        save_with_status(&file_name, "text/markdown", &markdown, message);
    };
    let print = move |_| print_with_status(None, message);
    view! {
        <section aria-labelledby="lessons-out-heading">
            <h2 id="lessons-out-heading">"Share what we learned"</h2>
            <Show
                when=move || has_lessons.get()
                fallback=|| view! { <p class="empty">"No lessons written down yet. Add them on each partner's Log."</p> }
            >
                <p>"Every lesson from every partnership, with what we will change, to pass on to other groups."</p>
                <CheckboxField
                    id="lessons-hide-names"
                    label="Call each partner \u{201c}a partner organization\u{201d}"
                    checked=hide_names
                    on_change=Callback::new(move |hide| hide_names.set(hide))
                />
                <p class="help">
                    "Hides every partner's name and the other names it goes by, coalitions, the people you recorded, email addresses and phone numbers. Read the preview: a name you never recorded is not hidden."
                </p>
                <h3 id="lessons-preview-heading">"What will be shared"</h3>
                <div class="report-preview" tabindex="0" role="region" aria-labelledby="lessons-preview-heading">
                    <ReportDocument report=document />
                </div>
                <div class="button-row">
                    <button type="button" class="secondary" on:click=save>
                        "Save lessons as Markdown"
                    </button>
                    <button type="button" class="secondary" on:click=print>
                        "Print lessons"
                    </button>
                </div>
                <p role="status">{move || message.get()}</p>
            </Show>
        </section>
        <section class="print-only printable-report">
            <ReportDocument report=document />
        </section>
    }
}
