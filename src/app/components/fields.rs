use chrono::NaiveDate;
use leptos::prelude::*;

/// A stored date as a date input shows it (`YYYY-MM-DD`), empty when unset.
pub fn date_to_input(date: Option<NaiveDate>) -> String {
    date.map(|date| date.to_string()).unwrap_or_default()
}

/// The date a date input holds; `None` when it is empty or incomplete.
pub fn date_from_input(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// A labelled text input or text area that shows a stored value and
/// reports every edit, so nothing typed waits for a save button.
#[component]
pub fn TextField(
    /// The control's DOM id; its label and help point at it.
    #[prop(into)]
    id: String,
    /// The visible label, which is also the accessible name.
    #[prop(into)]
    label: String,
    /// A line of help shown under the label.
    #[prop(optional)]
    help: Option<&'static str>,
    /// The stored value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every edit.
    on_input: Callback<String>,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// The input type: `text` (the default), `email`, `url`, `tel`, `number`, `date` or `time`.
    #[prop(optional)]
    kind: Option<&'static str>,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    let described_by = help.map(|_| help_id.clone());
    let input = move |event| on_input.run(event_target_value(&event));
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=described_by prop:value=value on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type=kind.unwrap_or("text")
                aria-describedby=described_by
                prop:value=value
                on:input=input
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {help.map(|help| view! { <p class="help" id=help_id>{help}</p> })}
            {control}
        </div>
    }
}

/// A labelled checkbox bound to a stored flag.
#[component]
pub fn CheckboxField(
    /// The checkbox's DOM id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The stored flag.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state when the user ticks or unticks it.
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="checkbox-field">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=checked
                on:change=move |event| on_change.run(event_target_checked(&event))
            />
            <label for=id>{label}</label>
        </div>
    }
}
