use leptos::prelude::*;

use crate::model::Choice;

/// A labelled select over every value of a [`Choice`], the one way the app
/// offers a pick among fixed values: options carry keys and show labels.
#[component]
pub fn ChoiceSelect<T>(
    /// The select's DOM id; its label and help point at it.
    #[prop(into)]
    id: String,
    /// The visible label, which is also the accessible name.
    #[prop(into)]
    label: String,
    /// A line of help shown under the label.
    #[prop(optional)]
    help: Option<&'static str>,
    /// More classes for the field, beside `field`.
    #[prop(optional)]
    class: Option<&'static str>,
    /// The label of a first option that picks none of the values, if offered.
    #[prop(optional)]
    none: Option<&'static str>,
    /// The value picked; `None` selects the `none` option.
    value: Signal<Option<T>>,
    /// Called with the value the user picks, `None` for the `none` option.
    on_change: Callback<Option<T>>,
) -> impl IntoView
where
    T: Choice + Send + Sync,
{
    let help_id = format!("{id}-help");
    let described_by = help.map(|_| help_id.clone());
    let change = move |event| {
        let key = event_target_value(&event);
        if none.is_some() && key.is_empty() {
            on_change.run(None);
        } else if let Some(picked) = T::from_key(&key) {
            on_change.run(Some(picked));
        }
    };
    let none_option = none.map(|none| {
        view! { <option value="" prop:selected=move || value.get().is_none()>{none}</option> }
    });
    let options = T::ALL
        .iter()
        .map(|&option| {
            view! {
                <option value=option.key() prop:selected=move || value.get() == Some(option)>
                    {option.label()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class=class.map_or_else(|| "field".to_owned(), |class| format!("field {class}"))>
            <label for=id.clone()>{label}</label>
            {help.map(|help| view! { <p class="help" id=help_id>{help}</p> })}
            <select id=id aria-describedby=described_by on:change=change>
                {none_option}
                {options}
            </select>
        </div>
    }
}
