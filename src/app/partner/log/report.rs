use chrono::Local;
use leptos::prelude::*;

use crate::app::browser::{copy_with_status, print_with_status, save_with_status};
use crate::app::components::{FoldedSection, ReportDocument};
use crate::app::handles::{PartnerHandle, Place};
use crate::guide::report_out::report;

/// A summary of their work and ways to support it, for our group: copy it,
/// print it, or save it as Markdown.
#[component]
pub fn ReportOut(
    /// The partner reported on.
    partner: PartnerHandle,
) -> impl IntoView {
    let document = Memo::new(move |_| {
        partner
            .with(|p| report(p, Local::now().date_naive()))
            .unwrap_or_default()
    });
    // Markdown is written only when it is copied or saved.
    let markdown = move || document.with_untracked(|d| d.to_markdown());
    let message = RwSignal::new(None::<String>);
    let copy = move |_| {
        copy_with_status(
            markdown(),
            "Copied the report-out.".to_owned(),
            "the text",
            message,
        );
    };
    let save = move |_| {
        let file_name = format!("report-out-{}.md", Local::now().date_naive());
        save_with_status(&file_name, "text/markdown", &markdown(), message);
    };
    let print = move |_| print_with_status(None, message);
    view! {
        <FoldedSection id="report-heading" heading="Report-out to our group">
            <p class="help">"What they are working on and how our members can support it."</p>
            <div class="report-preview" tabindex="0" role="region" aria-label="Report-out preview">
                <ReportDocument report=document />
            </div>
            <div class="button-row">
                <button type="button" class="secondary" on:click=copy>
                    "Copy report-out"
                </button>
                <button type="button" class="secondary" on:click=print>
                    "Print report-out"
                </button>
                <button type="button" class="secondary" on:click=save>
                    "Save as Markdown"
                </button>
            </div>
            <p role="status">{move || message.get()}</p>
        </FoldedSection>
        <section class="print-only printable-report">
            <ReportDocument report=document />
        </section>
    }
}
