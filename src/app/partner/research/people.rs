use leptos::prelude::*;

use crate::app::binding::ListBinding;
use crate::app::components::{CheckboxField, InputKind, RecordList, TextField};
use crate::model::{Person, RecordId};

/// The partner's leaders and contacts, to add, edit and remove.
#[component]
pub fn PeopleSection(
    /// The partner whose people these are.
    id: RecordId,
) -> impl IntoView {
    let people = ListBinding::<Person>::new(id, |p| &p.people, |p| &mut p.people);
    view! {
        <RecordList
            list=people
            heading_id="people-heading"
            heading="People"
            add_label="Add person"
            new_record=|now| Person::new("", now)
            first_field=name_field
            row=move |person| view! { <PersonFields people person /> }
        >
            <p class="help">"Leaders and contacts. Aim for a first conversation at the leadership level."</p>
            <p class="help">
                "Reach the organization through its leaders, and never ask one person to speak for a whole community."
            </p>
        </RecordList>
    }
}

/// The DOM id of a person's name, the first field a new person gets.
fn name_field(person: RecordId) -> String {
    format!("person-{person}-name")
}

/// The fields of one person.
#[component]
fn PersonFields(
    /// The list the person is in.
    people: ListBinding<Person>,
    /// The person.
    person: RecordId,
) -> impl IntoView {
    let (name, set_name) = people.text(person, |p| p.name.clone(), |p, v| p.name = v);
    let (role, set_role) = people.text(person, |p| p.role.clone(), |p, v| p.role = v);
    let (email, set_email) = people.text(person, |p| p.email.clone(), |p, v| p.email = v);
    let (phone, set_phone) = people.text(person, |p| p.phone.clone(), |p, v| p.phone = v);
    let (notes, set_notes) = people.text(person, |p| p.notes.clone(), |p, v| p.notes = v);
    let leader = people.value(person, |p| p.leader);
    let set_leader =
        Callback::new(move |checked: bool| people.edit(person, |p| p.leader = checked));
    let legend = move || match name.get().trim() {
        "" => "New person".to_owned(),
        name => name.to_owned(),
    };
    view! {
        <fieldset class="record">
            <legend>{legend}</legend>
            <div class="record-grid">
                <TextField id=name_field(person) label="Name" value=name on_input=set_name />
                <TextField id=format!("person-{person}-role") label="Role" value=role on_input=set_role />
                <TextField id=format!("person-{person}-email") label="Email" kind=InputKind::Email value=email on_input=set_email />
                <TextField id=format!("person-{person}-phone") label="Phone" kind=InputKind::Tel value=phone on_input=set_phone />
            </div>
            <CheckboxField
                id=format!("person-{person}-leader")
                label="Leader of the organization"
                checked=Signal::derive(move || leader.get().unwrap_or_default())
                on_change=set_leader
            />
            <TextField id=format!("person-{person}-notes") label="Notes" multiline=true value=notes on_input=set_notes />
            <button type="button" class="secondary" on:click=move |_| people.remove(person, legend(), name_field(person))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
