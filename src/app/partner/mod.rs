//! One partner's page: its name and stage, and the four steps of the journey,
//! each at its own address.

mod contact;
mod delete;
pub(crate) mod log;
mod meeting;
mod pause;
mod private_notes;
mod research;
mod stage_picker;
mod step_nav;
mod visits;

use chrono::{Local, Utc};
use leptos::prelude::*;

use crate::app::components::{ShareRecord, ShareWords};
use crate::app::handles::{PartnerHandle, Place};
use crate::app::routing::{Route, Step};
use crate::model::{Partner, RecordId};
use stage_picker::StagePicker;
use step_nav::StepNav;

/// The words of the partner's Share section.
const SHARE_PARTNER: ShareWords = ShareWords {
    id: "share-partner-heading",
    button: "Share this partner",
    help: "Saves a file with this partner and everything kept about it (people, drafts, meetings, log), for a teammate to merge into their workspace. Your private notes stay here.",
};

/// Shows one partner at one step, or says plainly that it does not exist here.
#[component]
pub fn PartnerPage(
    /// The partner to show, from the location.
    id: RecordId,
    /// The step to show, from the location.
    step: Step,
) -> impl IntoView {
    let partner = PartnerHandle::new(id);
    let name = Memo::new(move |_| partner.with(|p| p.name().to_owned()));
    let exists = Memo::new(move |_| name.with(Option::is_some));
    view! {
        <p class="back-link">
            <a href=Route::Partners.href()>"← All partners"</a>
        </p>
        <Show
            when=move || exists.get()
            fallback=|| {
                view! {
                    <h1>"Partner not found"</h1>
                    <p>"No partner with this address is stored in this browser."</p>
                }
            }
        >
            <div class="partner-header">
                <h1>{move || name.get().unwrap_or_default()}</h1>
                <StagePicker partner />
            </div>
            <PartnerCoalitions partner />
            <StepNav partner current=step />
            {match step {
                // What we keep about them: on the step about who they are,
                // so the other steps stay short.
                Step::Research => {
                    view! {
                        <research::ResearchStep partner />
                        <private_notes::PrivateNotes partner />
                        <ShareRecord
                            id
                            name=Signal::derive(move || name.get().unwrap_or_default())
                            words=SHARE_PARTNER
                        />
                    }
                        .into_any()
                }
                Step::Contact => view! { <contact::ContactStep partner /> }.into_any(),
                Step::Meeting => {
                    view! {
                        <meeting::MeetingStep partner />
                        <visits::VisitsToOurMeeting partner />
                    }
                        .into_any()
                }
                Step::Log => view! { <log::LogStep partner /> }.into_any(),
            }}
            <delete::DeletePartner partner />
        </Show>
    }
}

/// The coalitions this partner belongs to, each a link.
#[component]
fn PartnerCoalitions(
    /// The partner.
    partner: PartnerHandle,
) -> impl IntoView {
    // Membership is kept in the coalitions, so this reads them all.
    let workspace = partner.state().workspace();
    let coalitions = Memo::new(move |_| {
        workspace.with(|w| {
            w.coalitions_of(partner.id())
                .map(|c| (c.id, c.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || coalitions.with(|c| !c.is_empty())>
            <p class="partner-coalitions">
                "Coalitions: "
                {move || {
                    coalitions
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, (coalition, name))| {
                            view! {
                                {(index > 0).then_some(", ")}
                                <a href=Route::Coalition(coalition).href()>{name}</a>
                            }
                        })
                        .collect_view()
                }}
            </p>
        </Show>
    }
}

/// Keeps the log entry a record writes (a sent contact, a held meeting) in
/// step with it: for lists whose records each write one.
pub(crate) fn log_follows(partner: &mut Partner, source: RecordId) {
    partner.keep_log_in_step(source, Local::now().date_naive(), Utc::now());
}
