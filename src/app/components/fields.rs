use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::bounds;

/// A stored date as a date input shows it (`YYYY-MM-DD`), empty when unset.
pub fn date_to_input(date: Option<NaiveDate>) -> String {
    date.map(|date| date.to_string()).unwrap_or_default()
}

/// The date a date input holds; `None` when it is empty, incomplete or
/// outside the years the app accepts (a date input takes up to year 275760).
pub fn date_from_input(text: &str) -> Option<NaiveDate> {
    text.parse()
        .ok()
        .filter(|date| bounds::date_in_range(*date))
}

/// What a one-line field holds: it sets the input's type, and with it the
/// browser's checks and the keyboard a phone shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    #[default]
    Text,
    Email,
    Url,
    Tel,
    Number,
    Date,
    Time,
}

impl InputKind {
    /// The value of the input's `type` attribute.
    pub fn html_type(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Email => "email",
            Self::Url => "url",
            Self::Tel => "tel",
            Self::Number => "number",
            Self::Date => "date",
            Self::Time => "time",
        }
    }

    /// The input's `min` and `max`, so the browser offers and accepts only
    /// what the app can store: dates in its years, numbers from zero.
    pub fn limits(self) -> (Option<&'static str>, Option<&'static str>) {
        match self {
            Self::Date => (Some(FIRST_DAY), Some(LAST_DAY)),
            Self::Number => (Some("0"), None),
            _ => (None, None),
        }
    }
}

/// The first and last days a date input accepts, from [`bounds`].
const FIRST_DAY: &str = "1900-01-01";
const LAST_DAY: &str = "2200-12-31";

/// The ids one field's parts share, all derived from the control's id, so
/// the label and help always point at the right control.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIds {
    /// The control's DOM id, which its label names.
    pub control: String,
    /// The DOM id of its help line.
    pub help: String,
}

impl FieldIds {
    /// The ids of the field whose control has DOM id `control`.
    pub fn new(control: impl Into<String>) -> Self {
        let control = control.into();
        let help = format!("{control}-help");
        Self { control, help }
    }

    /// What the control's `aria-describedby` holds: its help, when it has one.
    pub fn described_by(&self, help: Option<&str>) -> Option<String> {
        help.map(|_| self.help.clone())
    }
}

/// The label, help line and layout around one form control: every field
/// of the app is framed by this one component.
#[component]
pub fn Field(
    /// The ids the label and help point at.
    ids: FieldIds,
    /// The visible label, which is also the control's accessible name.
    #[prop(into)]
    label: String,
    /// A line of help shown under the label.
    #[prop(default = None)]
    help: Option<&'static str>,
    /// More classes beside `field`.
    #[prop(default = None)]
    class: Option<&'static str>,
    /// The control itself.
    children: Children,
) -> impl IntoView {
    view! {
        <div class=class.map_or_else(|| "field".to_owned(), |class| format!("field {class}"))>
            <label for=ids.control>{label}</label>
            {help.map(|help| view! { <p class="help" id=ids.help>{help}</p> })}
            {children()}
        </div>
    }
}

/// A labelled text input or text area, shown through [`Field`], that shows a
/// stored value and reports every edit, so nothing typed waits for a save button.
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
    /// What a one-line field holds; plain text unless given.
    #[prop(optional)]
    kind: InputKind,
    /// The DOM id of something else that describes the field, such as the
    /// humility check's summary beside the Message.
    #[prop(optional)]
    described_by_also: Option<&'static str>,
) -> impl IntoView {
    let ids = FieldIds::new(id);
    let described_by = match (ids.described_by(help), described_by_also) {
        (Some(help), Some(also)) => Some(format!("{help} {also}")),
        (help, also) => help.or(also.map(str::to_owned)),
    };
    let control_id = ids.control.clone();
    let (min, max) = kind.limits();
    let input = move |event| on_input.run(event_target_value(&event));
    let control = if multiline {
        view! {
            <textarea id=control_id rows="3" aria-describedby=described_by prop:value=value on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=control_id
                type=kind.html_type()
                min=min
                max=max
                aria-describedby=described_by
                prop:value=value
                on:input=input
            />
        }
        .into_any()
    };
    view! {
        <Field ids label help>
            {control}
        </Field>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fields_ids_come_from_its_controls_id() {
        let ids = FieldIds::new("person-1-email");
        assert_eq!(ids.control, "person-1-email");
        assert_eq!(ids.help, "person-1-email-help");
        assert_eq!(
            ids.described_by(Some("Where they read mail")),
            Some(ids.help.clone())
        );
        assert_eq!(ids.described_by(None), None, "no help, nothing to point at");
    }

    #[test]
    fn every_input_kind_names_an_html_input_type() {
        let kinds = [
            (InputKind::Text, "text"),
            (InputKind::Email, "email"),
            (InputKind::Url, "url"),
            (InputKind::Tel, "tel"),
            (InputKind::Number, "number"),
            (InputKind::Date, "date"),
            (InputKind::Time, "time"),
        ];
        for (kind, html) in kinds {
            assert_eq!(kind.html_type(), html);
        }
        assert_eq!(InputKind::default(), InputKind::Text);
    }

    #[test]
    fn a_date_input_gives_only_dates_the_app_can_store() {
        let (min, max) = InputKind::Date.limits();
        for limit in [min, max] {
            let day = limit.and_then(date_from_input);
            assert!(day.is_some(), "{limit:?} is a day the app stores");
        }
        assert_eq!(date_from_input("1899-12-31"), None);
        assert_eq!(date_from_input("2201-01-01"), None);
        assert_eq!(date_from_input("+275760-09-13"), None);
        assert_eq!(date_from_input("2026-02"), None, "incomplete");
        assert_eq!(
            date_from_input("2026-12-07"),
            NaiveDate::from_ymd_opt(2026, 12, 7)
        );
    }
}
