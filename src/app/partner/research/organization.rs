use leptos::prelude::*;

use crate::app::state::DependsOn;

use crate::app::binding::partner_text;
use crate::app::components::{ChoiceSelect, Field, FieldIds, InputKind, TextField};
use crate::app::state::use_app_state;
use crate::model::{Choice, FocusArea, RecordId, Scope, TaxStatus, clean_name};

/// The facts about the organization: name, focus, reach, affiliation, status.
#[component]
pub fn OrganizationSection(
    /// The partner described.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let organization = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |workspace| {
            workspace
                .partner(id)
                .map(|p| p.organization.clone())
                .unwrap_or_default()
        })
    });
    let name_error = RwSignal::new(None::<String>);
    let rename = Callback::new(move |typed: String| match clean_name(&typed) {
        Ok(name) => {
            name_error.set(None);
            state.edit_partner(id, |partner| partner.organization.name = name);
        }
        Err(error) => name_error.set(Some(format!("{error} The name stays as it was."))),
    });
    let (affiliation, set_affiliation) = partner_text(
        id,
        |p| &p.organization.affiliation,
        |p, v| p.organization.affiliation = v,
    );
    let (website, set_website) = partner_text(
        id,
        |p| &p.organization.website,
        |p, v| p.organization.website = v,
    );
    let (address, set_address) = partner_text(
        id,
        |p| &p.organization.address,
        |p, v| p.organization.address = v,
    );
    let (community, set_community) = partner_text(
        id,
        |p| &p.organization.community_served,
        |p, v| p.organization.community_served = v,
    );
    let (other_focus, set_other_focus) = partner_text(
        id,
        |p| &p.organization.other_focus_areas,
        |p, v| p.organization.other_focus_areas = v,
    );

    let scope = Memo::new(move |_| organization.with(|o| o.scope));
    let choose_scope = Callback::new(move |scope: Option<Scope>| {
        state.edit_partner(id, |partner| partner.organization.scope = scope);
    });
    let tax_status = Memo::new(move |_| organization.with(|o| Some(o.tax_status)));
    let choose_tax_status = Callback::new(move |picked: Option<TaxStatus>| {
        if let Some(status) = picked {
            state.edit_partner(id, |partner| partner.organization.tax_status = status);
        }
    });

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
                    prop:value=move || organization.with(|o| o.name.clone())
                    on:input=move |event| rename.run(event_target_value(&event))
                />
                <p id="organization-name-error" class="field-error" role="alert">
                    {move || name_error.get()}
                </p>
            </Field>
            <fieldset class="choices">
                <legend>"Focus areas"</legend>
                <p class="help">
                    "What they work on. Give priority to groups with a track record on racial, economic or gender justice."
                </p>
                {FocusArea::ALL
                    .into_iter()
                    .map(|area| {
                        let checked = move || organization.with(|o| o.focus_areas.contains(&area));
                        let toggle = move |event| {
                            let on = event_target_checked(&event);
                            state.edit_partner(id, |partner| {
                                let areas = &mut partner.organization.focus_areas;
                                areas.retain(|a| *a != area);
                                if on {
                                    areas.push(area);
                                    areas.sort();
                                }
                            });
                        };
                        let input_id = format!("focus-{area:?}");
                        view! {
                            <div class="checkbox-field">
                                <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
                                <label for=input_id>{area.label()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <TextField id="organization-other-focus" label="Other focus areas" value=other_focus on_input=set_other_focus />
            <ChoiceSelect
                id="organization-scope"
                label="Scope"
                help="Local groups that shift power in their own community come first."
                none="Not known yet"
                value=scope.into()
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
                value=tax_status.into()
                on_change=choose_tax_status
            />
        </section>
    }
}
