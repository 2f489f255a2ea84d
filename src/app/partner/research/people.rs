use leptos::prelude::*;

use crate::app::components::{CheckboxField, InputKind, RecordList, TextField};
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::model::{Person, RecordId, is_email_address};

/// The partner's leaders and contacts, to add, edit and remove.
#[component]
pub fn PeopleSection(
    /// The partner whose people these are.
    partner: PartnerHandle,
) -> impl IntoView {
    let people = partner.list(lens!(people));
    view! {
        <RecordList
            list=people
            heading_id="people-heading"
            heading="People"
            add_label="Add person"
            new_record=|now| Person::new("", now)
            first_field=name_field
            row=move |person| view! { <PersonFields person=people.item(person) /> }
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
    /// The person.
    person: ItemHandle<PartnerHandle, Person>,
) -> impl IntoView {
    let (name, set_name) = person.text(lens!(name));
    let (role, set_role) = person.text(lens!(role));
    let (email, set_email) = person.text(lens!(email));
    let (phone, set_phone) = person.text(lens!(phone));
    let (notes, set_notes) = person.text(lens!(notes));
    let (leader, set_leader) = person.flag(lens!(leader));
    let id = person.id();
    let legend = move || match name.get().trim() {
        "" => "New person".to_owned(),
        name => name.to_owned(),
    };
    view! {
        <fieldset class="record">
            <legend>{legend}</legend>
            <div class="record-grid">
                <TextField id=name_field(id) label="Name" value=name on_input=set_name />
                <TextField id=format!("person-{id}-role") label="Role" value=role on_input=set_role />
                <TextField id=format!("person-{id}-email") label="Email" kind=InputKind::Email value=email on_input=set_email />
                <TextField id=format!("person-{id}-phone") label="Phone" kind=InputKind::Tel value=phone on_input=set_phone />
            </div>
            <p class="field-error" role="status">
                {move || {
                    email.with(|email| {
                        (!email.trim().is_empty() && !is_email_address(email))
                            .then_some("Enter one email address, like name@example.org. Until then, first emails are not addressed to this person.")
                    })
                }}
            </p>
            <CheckboxField
                id=format!("person-{id}-leader")
                label="Leader of the organization"
                checked=leader
                on_change=set_leader
            />
            <TextField id=format!("person-{id}-notes") label="Notes" multiline=true value=notes on_input=set_notes />
            <button type="button" class="secondary" on:click=move |_| person.remove(legend(), name_field(id))>
                {move || format!("Remove {}", legend())}
            </button>
        </fieldset>
    }
}
