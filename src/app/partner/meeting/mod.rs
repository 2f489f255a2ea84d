//! The listen-first meeting step: plan it at their place with listening
//! first, print the agenda, add it to a calendar, then note what we heard.

mod after;
mod agenda;
mod details;
mod electoral_notice;
mod history;
mod lines;
mod next_meeting;
mod outputs;
mod print;
mod questions;

use chrono::Utc;
use leptos::prelude::*;

use super::log_follows;
use crate::app::browser::focus_when_rendered;
use crate::app::components::{HistoryList, RemoveFromHistory, dated_what, open_in_history};
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::guide::agenda::{default_agenda, default_questions, introduction, invitation_to_note};
use crate::model::{AfterMeeting, Meeting, RecordId, Stage};

/// A handle on one meeting with a partner; changing it keeps its log entry in step.
type MeetingHandle = ItemHandle<PartnerHandle, Meeting>;

/// How long a first meeting is planned for, unless the user changes it.
const DEFAULT_MINUTES: u32 = 60;

/// Plans and records the listen-first meetings with a partner: any number
/// of them, newest first, one open for editing at a time.
#[component]
pub fn MeetingStep(
    /// The partner met.
    partner: PartnerHandle,
) -> impl IntoView {
    let history = history::meeting_history(partner);
    let (chosen, choose) = signal(None::<RecordId>);
    let open = open_in_history(history, chosen);
    let meetings = partner.list(lens!(meetings)).keeping_in_step(log_follows);
    let plan = move |_| {
        let group = partner
            .state()
            .workspace()
            .with_untracked(|w| w.our_group.clone());
        let invitation = invitation_to_note(&group);
        let mut planned = None;
        partner.edit(|partner| {
            let now = Utc::now();
            let our_introduction = introduction(partner, &group);
            let meeting = Meeting {
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
            };
            planned = Some(meeting.id);
            partner.meetings.push(meeting);
            partner.stage = partner.stage.advance_to(Stage::MeetingPlanned);
        });
        choose.set(planned);
        focus_when_rendered(details::DATE_FIELD.into());
    };
    view! {
        <h2>"Meeting"</h2>
        <p class="lede">
            "Go to them, and spend at least the first half listening: their work, the community they serve, what matters to them now. Then the human side, then where your work lines up. Close with small, concrete next steps."
            " "
            <crate::app::guide::WhyLink habit=crate::app::guide::LISTEN_FIRST />
        </p>
        <electoral_notice::ElectoralNotice partner />
        <button type="button" on:click=plan>
            "Plan a meeting"
        </button>
        <HistoryList id="meeting-history-heading" heading="All meetings" history open choose />
        {move || {
            open.get()
                .map(|meeting| {
                    let meeting = meetings.item(meeting);
                    view! {
                        <details::MeetingDetails meeting />
                        <next_meeting::NextMeeting meeting />
                        <agenda::AgendaEditor meeting />
                        <questions::QuestionsEditor meeting />
                        <outputs::MeetingOutputs meeting />
                        <after::AfterMeetingSection meeting />
                        <RemoveFromHistory
                            label="Remove this meeting"
                            help="If it did not take place, or was planned by mistake."
                            what=move || dated_what("the meeting", meeting.with(|m| m.date).flatten())
                            remove=move |what| meeting.remove(what, details::DATE_FIELD.into())
                        />
                        <print::PrintableAgenda meeting />
                    }
                })
        }}
    }
}
