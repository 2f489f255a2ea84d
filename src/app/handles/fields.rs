use chrono::{NaiveDate, NaiveTime};
use leptos::prelude::*;

use super::{Lens, ListHandle};
use crate::app::components::{date_from_input, date_to_input};
use crate::model::{Choice, Record, bounds, dates};

/// Something in the workspace a component reads and changes: reads wake the
/// reader only when the record holding it changes, and changes are stamped
/// and saved. Its fields bind to form controls through the provided methods.
pub trait Place: Copy + Send + Sync + 'static {
    /// What the handle reaches.
    type Target: 'static;

    /// Reads the target, if it is still there, tracking only its record.
    fn with<V>(self, read: impl FnOnce(&Self::Target) -> V) -> Option<V>;

    /// Changes the target, if it is still there, and queues it for saving.
    fn edit(self, edit: impl FnOnce(&mut Self::Target));

    /// A text field: its value, and the callback storing each edit.
    fn text(self, lens: Lens<Self::Target, String>) -> (Signal<String>, Callback<String>) {
        let value = Memo::new(move |_| self.with(|t| lens.get(t).clone()).unwrap_or_default());
        let store = Callback::new(move |text: String| self.edit(|t| *lens.get_mut(t) = text));
        (value.into(), store)
    }

    /// A field edited as text: its value written by `show`, and the
    /// callback storing what `parse` reads from each edit (`None` leaves the
    /// field as it was).
    fn text_as<V: 'static>(
        self,
        lens: Lens<Self::Target, V>,
        show: fn(&V) -> String,
        parse: fn(&str) -> Option<V>,
    ) -> (Signal<String>, Callback<String>) {
        let value = Memo::new(move |_| self.with(|t| show(lens.get(t))).unwrap_or_default());
        let store = Callback::new(move |text: String| {
            if let Some(parsed) = parse(&text) {
                self.edit(|t| *lens.get_mut(t) = parsed);
            }
        });
        (value.into(), store)
    }

    /// A date field, as a date input shows it (empty when not set); an
    /// unreadable date clears it.
    fn date(
        self,
        lens: Lens<Self::Target, Option<NaiveDate>>,
    ) -> (Signal<String>, Callback<String>) {
        self.text_as(
            lens,
            |date| date_to_input(*date),
            // Emptied, it clears; a date out of range (or half typed) is
            // not stored, and the input's min and max mark it invalid.
            |text| match text.trim() {
                "" => Some(None),
                text => date_from_input(text).map(Some),
            },
        )
    }

    /// A time field, as a time input shows it ("17:30", empty when not set);
    /// an unreadable time clears it.
    fn time(
        self,
        lens: Lens<Self::Target, Option<NaiveTime>>,
    ) -> (Signal<String>, Callback<String>) {
        self.text_as(
            lens,
            |time| time.map(dates::clock).unwrap_or_default(),
            |text| Some(dates::parse_clock(text)),
        )
    }

    /// A length in minutes, up to a day; what does not read as one leaves
    /// the stored number as it was.
    fn length_in_minutes(
        self,
        lens: Lens<Self::Target, u32>,
    ) -> (Signal<String>, Callback<String>) {
        self.text_as(lens, u32::to_string, |text| {
            text.trim()
                .parse()
                .ok()
                .filter(|minutes| *minutes <= bounds::MAX_MINUTES)
        })
    }

    /// A yes/no field: its value, and the callback storing each change.
    fn flag(self, lens: Lens<Self::Target, bool>) -> (Signal<bool>, Callback<bool>) {
        let value = Memo::new(move |_| self.with(|t| *lens.get(t)).unwrap_or(false));
        let store = Callback::new(move |checked: bool| self.edit(|t| *lens.get_mut(t) = checked));
        (value.into(), store)
    }

    /// A choice that is always made, for a
    /// [`ChoiceSelect`](crate::app::components::ChoiceSelect) without a "none" option.
    fn choice<V>(self, lens: Lens<Self::Target, V>) -> (Signal<Option<V>>, Callback<Option<V>>)
    where
        V: Choice + Send + Sync,
    {
        let value = Memo::new(move |_| self.with(|t| *lens.get(t)));
        let store = Callback::new(move |picked: Option<V>| {
            if let Some(picked) = picked {
                self.edit(|t| *lens.get_mut(t) = picked);
            }
        });
        (value.into(), store)
    }

    /// A choice that may be left unmade, for a
    /// [`ChoiceSelect`](crate::app::components::ChoiceSelect) with a "none" option.
    fn optional_choice<V>(
        self,
        lens: Lens<Self::Target, Option<V>>,
    ) -> (Signal<Option<V>>, Callback<Option<V>>)
    where
        V: Choice + Send + Sync,
    {
        let value = Memo::new(move |_| self.with(|t| *lens.get(t)).flatten());
        let store =
            Callback::new(move |picked: Option<V>| self.edit(|t| *lens.get_mut(t) = picked));
        (value.into(), store)
    }

    /// A list of records inside the target.
    fn list<T: Record + Send + Sync + 'static>(
        self,
        lens: Lens<Self::Target, Vec<T>>,
    ) -> ListHandle<Self, T> {
        ListHandle::new(self, lens)
    }
}

/// A place whose changes can be undone as a removal: a partner or a
/// coalition, and the records inside them.
pub trait Undoable: Place {
    /// Changes the target as a removal the user can undo; `what` names what
    /// goes and `refocus` is the DOM id to focus once it is put back, if any.
    fn remove_inside(
        self,
        what: String,
        refocus: Option<String>,
        remove: impl FnOnce(&mut Self::Target),
    );
}
