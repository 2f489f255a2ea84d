use leptos::prelude::*;

use crate::guide::report_out::{Report, Span};

/// A report (a partner's report-out, the lessons we share) as it reads on
/// screen and on paper: headings, bold labels and lists, from the same
/// document the Markdown file is written from.
#[component]
pub fn ReportDocument(
    /// The report shown.
    #[prop(into)]
    report: Signal<Report>,
) -> impl IntoView {
    move || {
        report.with(|report| {
            let sections = report
                .sections
                .iter()
                .map(|section| {
                    let items = section
                        .items
                        .iter()
                        .map(|item| view! { <li>{item.iter().map(span_view).collect_view()}</li> })
                        .collect_view();
                    view! {
                        <h5>{section.heading.clone()}</h5>
                        <ul>{items}</ul>
                    }
                })
                .collect_view();
            view! {
                <h4>{report.title.clone()}</h4>
                <p>{report.prepared.clone()}</p>
                {sections}
            }
        })
    }
}

/// One run of text, bold when the report says so; always shown as text.
fn span_view(span: &Span) -> AnyView {
    match span {
        Span::Text(text) => text.clone().into_any(),
        Span::Strong(text) => view! { <strong>{text.clone()}</strong> }.into_any(),
    }
}
