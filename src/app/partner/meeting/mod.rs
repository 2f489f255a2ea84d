//! The listen-first meeting step: plan it at their place with listening
//! first, print the agenda, add it to a calendar, then note what we heard.

mod after;
mod agenda;
mod binding;
mod details;
mod next_meeting;
mod outputs;
mod print;
mod questions;

use chrono::Utc;
use leptos::prelude::*;

use crate::app::state::DependsOn;

use crate::app::browser::focus_when_rendered;
use crate::app::state::use_app_state;
use crate::guide::agenda::{default_agenda, default_questions, introduction, invitation_to_note};
use crate::model::{AfterMeeting, Meeting, RecordId, Stage};

/// How long a first meeting is planned for, unless the user changes it.
const DEFAULT_MINUTES: u32 = 60;

/// Plans and records the listen-first meeting with a partner.
#[component]
pub fn MeetingStep(
    /// The partner met.
    id: RecordId,
) -> impl IntoView {
    let state = use_app_state();
    let workspace = state.workspace();
    let meeting = Memo::new(move |_| {
        state.read_in(DependsOn::Partner(id), |w| {
            w.partner(id)
                .and_then(|p| p.current_meeting())
                .map(|m| m.id)
        })
    });
    let plan = move |_| {
        let group = workspace.with_untracked(|w| w.our_group.clone());
        let invitation = invitation_to_note(&group);
        state.edit_partner(id, |partner| {
            let now = Utc::now();
            let our_introduction = introduction(partner, &group);
            partner.meetings.push(Meeting {
                duration_minutes: DEFAULT_MINUTES,
                location: partner.organization.address.clone(),
                agenda: default_agenda(DEFAULT_MINUTES, &group),
                questions: default_questions(),
                our_introduction,
                after: AfterMeeting {
                    invitation_extended: invitation,
                    ..AfterMeeting::default()
                },
                ..Meeting::new(now)
            });
            partner.stage = partner.stage.advance_to(Stage::MeetingPlanned);
        });
        focus_when_rendered(details::DATE_FIELD.into());
    };
    view! {
        <h2>"Meeting"</h2>
        <p class="lede">
            "Go to them, and spend at least the first half listening: their work, the community they serve, what matters to them now. Then the human side, then where your work lines up. Close with small, concrete next steps."
        </p>
        {move || match meeting.get() {
            None => {
                view! {
                    <button type="button" on:click=plan>
                        "Plan a meeting"
                    </button>
                }
                    .into_any()
            }
            Some(meeting) => {
                view! {
                    <details::MeetingDetails id meeting />
                    <next_meeting::NextMeeting id meeting />
                    <agenda::AgendaEditor id meeting />
                    <questions::QuestionsEditor id meeting />
                    <outputs::MeetingOutputs id meeting />
                    <after::AfterMeetingSection id meeting />
                    <print::PrintableAgenda id meeting />
                }
                    .into_any()
            }
        }}
    }
}
