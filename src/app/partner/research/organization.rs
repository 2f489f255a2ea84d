use leptos::prelude::*;

use crate::app::components::{CheckboxField, ChoiceSelect, Field, FieldIds, InputKind, TextField};
use crate::app::handles::{PartnerHandle, Place, lens};
use crate::model::{Choice, FocusArea, clean_name};

/// The facts about the organization: name, focus, reach, affiliation, status.
#[component]
pub fn OrganizationSection(
    /// The partner described.
    partner: PartnerHandle,
) -> impl IntoView {
    let name = Memo::new(move |_| {
        partner
            .with(|p| p.organization.name.clone())
            .unwrap_or_default()
    });
    let focus_areas = Memo::new(move |_| {
        partner
            .with(|p| p.organization.focus_areas.clone())
            .unwrap_or_default()
    });
    let name_error = RwSignal::new(None::<String>);
    let rename = Callback::new(move |typed: String| match clean_name(&typed) {
        Ok(name) => {
            name_error.set(None);
            partner.edit(|p| p.organization.name = name);
        }
        Err(error) => name_error.set(Some(format!("{error} The name stays as it was."))),
    });
    let (short_names, set_short_names) = partner.text(lens!(organization.short_names));
    let (affiliation, set_affiliation) = partner.text(lens!(organization.affiliation));
    let (website, set_website) = super::ticking_text(
        partner,
        lens!(organization.website),
        crate::guide::readiness::ChecklistItem::WebsiteReviewed,
    );
    let (address, set_address) = partner.text(lens!(organization.address));
    let (community, set_community) = partner.text(lens!(organization.community_served));
    let (other_focus, set_other_focus) = partner.text(lens!(organization.other_focus_areas));

    let (scope, choose_scope) = partner.optional_choice(lens!(organization.scope));
    let (tax_status, choose_tax_status) = partner.choice(lens!(organization.tax_status));

    view! {
        <section class="form-section" aria-labelledby="organization-heading">
            <h3 id="organization-heading">"The organization"</h3>
            <Field ids=FieldIds::new("organization-name") label="Organization name">
                <input
                    id="organization-name"
                    type="text"
                    autocomplete="organization"
                    aria-describedby="organization-name-error"
                    aria-invalid=move || name_error.with(Option::is_some).to_string()
                    prop:value=name
                    on:input=move |event| rename.run(event_target_value(&event))
                />
                <p id="organization-name-error" class="field-error" role="alert">
                    {move || name_error.get()}
                </p>
            </Field>
            <TextField
                id="organization-short-names"
                label="Other names they go by"
                help="Short forms or initials, separated by commas. When you share lessons with names hidden, these are hidden too."
                value=short_names
                on_input=set_short_names
            />
            <fieldset class="choices">
                <legend>"Focus areas"</legend>
                <p class="help">
                    "What they work on. Give priority to groups with a track record on racial, economic or gender justice."
                </p>
                {FocusArea::ALL
                    .into_iter()
                    .map(|area| {
                        let checked = Signal::derive(move || focus_areas.with(|areas| areas.contains(&area)));
                        let toggle = Callback::new(move |on: bool| {
                            partner.edit(|p| {
                                let areas = &mut p.organization.focus_areas;
                                areas.retain(|a| *a != area);
                                if on {
                                    areas.push(area);
                                    areas.sort();
                                }
                            });
                        });
                        view! { <CheckboxField id=format!("focus-{}", area.key()) label=area.label() checked on_change=toggle /> }
                    })
                    .collect_view()}
            </fieldset>
            <TextField id="organization-other-focus" label="Other focus areas" value=other_focus on_input=set_other_focus />
            <ChoiceSelect
                id="organization-scope"
                label="Scope"
                help="Local groups that shift power in their own community come first."
                none="Not known yet"
                value=scope
                on_change=choose_scope
            />
            <TextField
                id="organization-affiliation"
                label="Affiliation"
                help="The national organization or coalition they are a local affiliate of, if any. Local affiliates are good partners to look for."
                value=affiliation
                on_input=set_affiliation
            />
            <TextField
                id="organization-website"
                label="Website"
                help="Read it before anything else."
                kind=InputKind::Url
                value=website
                on_input=set_website
            />
            <TextField id="organization-address" label="Address" help="Where to go to meet them." value=address on_input=set_address />
            <TextField
                id="organization-community"
                label="Community served"
                help="Who they organize or serve. They know this community's needs better than we do."
                value=community
                on_input=set_community
            />
            <ChoiceSelect
                id="organization-tax-status"
                label="Tax status"
                help="A 501(c)(3) must stay out of partisan and electoral work: frame every contact accordingly."
                value=tax_status
                on_change=choose_tax_status
            />
        </section>
    }
}
