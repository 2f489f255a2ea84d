use leptos::prelude::*;

use super::{Field, FieldIds};
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
    // Only the mapping between values and keys is generic: the markup is
    // built once for every choice type, which keeps the bundle small.
    let options = T::ALL
        .iter()
        .map(|&option| (option.key(), option.label()))
        .collect();
    let picked_key = Signal::derive(move || value.get().map(T::key));
    let pick = Callback::new(move |key: Option<String>| match key {
        None => on_change.run(None),
        Some(key) => {
            if let Some(picked) = T::from_key(&key) {
                on_change.run(Some(picked));
            }
        }
    });
    key_select(KeySelect {
        id,
        label,
        help,
        class,
        none,
        options,
        picked_key,
        pick,
    })
}

/// What [`key_select`] shows: the field's words, its options as (key,
/// label) pairs, and the key picked.
struct KeySelect {
    id: String,
    label: String,
    help: Option<&'static str>,
    class: Option<&'static str>,
    none: Option<&'static str>,
    options: Vec<(&'static str, &'static str)>,
    picked_key: Signal<Option<&'static str>>,
    /// Called with the key picked, `None` for the `none` option.
    pick: Callback<Option<String>>,
}

/// The markup of every [`ChoiceSelect`], written once over keys.
fn key_select(select: KeySelect) -> AnyView {
    let (none, picked_key, pick) = (select.none, select.picked_key, select.pick);
    let ids = FieldIds::new(select.id);
    let described_by = ids.described_by(select.help);
    let control_id = ids.control.clone();
    let change = move |event| {
        let key = event_target_value(&event);
        pick.run((none.is_none() || !key.is_empty()).then_some(key));
    };
    let none_option = none.map(|none| {
        view! { <option value="" prop:selected=move || picked_key.get().is_none()>{none}</option> }
    });
    let options = select
        .options
        .into_iter()
        .map(|(key, option_label)| {
            view! {
                <option value=key prop:selected=move || picked_key.get() == Some(key)>
                    {option_label}
                </option>
            }
        })
        .collect_view();
    view! {
        <Field ids label=select.label help=select.help class=select.class>
            <select id=control_id aria-describedby=described_by on:change=change>
                {none_option}
                {options}
            </select>
        </Field>
    }
    .into_any()
}
