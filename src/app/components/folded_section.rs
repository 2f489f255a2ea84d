//! A section used now and then, folded to its heading so that a step's main
//! work stays in view. The heading holds a button that unfolds it, as the
//! disclosure pattern has it, so the heading stays a heading to screen readers.

use leptos::prelude::*;

/// A headed section shown folded, whose heading button unfolds it.
#[component]
pub fn FoldedSection(
    /// The DOM id of the heading, which names the section.
    id: &'static str,
    /// The heading's words.
    heading: &'static str,
    /// What unfolds.
    children: Children,
) -> impl IntoView {
    let (unfolded, set_unfolded) = signal(false);
    let body = format!("{id}-body");
    view! {
        <section class="form-section folded" aria-labelledby=id>
            <h3 id=id>
                <button
                    type="button"
                    class="fold-toggle"
                    aria-expanded=move || unfolded.get().to_string()
                    aria-controls=body.clone()
                    on:click=move |_| set_unfolded.update(|unfolded| *unfolded = !*unfolded)
                >
                    // The arrow only shows the state; aria-expanded says it, so it stays out of the name.
                    <span class="fold-mark" aria-hidden="true">
                        {move || if unfolded.get() { "▾" } else { "▸" }}
                    </span>
                    {heading}
                </button>
            </h3>
            <div id=body hidden=move || !unfolded.get()>
                {children()}
            </div>
        </section>
    }
}
