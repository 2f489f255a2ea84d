use chrono::{Duration, Local, NaiveDate};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser::focus_by_id;
use crate::app::handles::{ItemHandle, PartnerHandle, Place, lens};
use crate::app::routing::{Route, Step};
use crate::app::state::use_app_state;
use crate::guide::follow_through::FEEDBACK_SNOOZE_DAYS;
use crate::guide::next_actions::{
    ActionKind, LOOKAHEAD_DAYS, NextAction, Suggestion, next_actions,
};
use crate::model::{Commitment, CommitmentStatus};

/// The id of the "Next actions" heading, where focus goes when a list empties.
const HEADING_ID: &str = "next-actions-heading";

/// What to do next, each linking to the step where one acts; our promises
/// can be marked done right here.
#[component]
pub fn NextActionsSection() -> impl IntoView {
    let workspace = use_app_state().workspace();
    let today = Local::now().date_naive();
    let actions = Memo::new(move |_| workspace.with(|workspace| next_actions(workspace, today)));
    let has_partners = move || workspace.with(|workspace| !workspace.partners.is_empty());
    let announcement = RwSignal::new(String::new());
    view! {
        <section class="next-actions-section" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID tabindex="-1">"Next actions"</h2>
            <Show
                when=move || actions.with(|actions| !actions.ours.is_empty())
                fallback=move || {
                    let text = if has_partners() {
                        format!("Nothing to do in the next {LOOKAHEAD_DAYS} days.")
                    } else {
                        "Once you add a partner, its next step shows here.".to_owned()
                    };
                    view! { <p class="empty">{text}</p> }
                }
            >
                <ul class="next-actions">
                    <For
                        each=move || actions.with(|actions| actions.ours.clone())
                        key=|action| action.clone()
                        let:action
                    >
                        <ActionItem action today announcement />
                    </For>
                </ul>
            </Show>
            <p class="visually-hidden" role="status">
                {move || announcement.get()}
            </p>
        </section>
    }
}

/// One next action: a link to the step where one acts on it, and for a
/// promise a button to mark it done.
#[component]
fn ActionItem(
    /// What to do.
    action: NextAction,
    /// The day the dashboard was opened, for "due today" and "overdue".
    today: NaiveDate,
    /// Where "Marked done" is said to screen readers.
    announcement: RwSignal<String>,
) -> impl IntoView {
    let href = Route::Partner(action.partner_id, step_for(&action.kind)).href();
    let mark_done = action.commitment().map(|(commitment_id, what)| {
        view! {
            <MarkDoneButton
                commitment=PartnerHandle::new(action.partner_id).list(lens!(commitments)).item(commitment_id)
                what=what.trim().to_owned()
                announcement
            />
        }
    });
    let feedback_buttons = (action.kind == ActionKind::AskForFeedback).then(|| {
        view! {
            <FeedbackButtons
                partner=PartnerHandle::new(action.partner_id)
                name=action.partner_name.clone()
                today
                announcement
            />
        }
    });
    view! {
        <li class:due=action.is_due(today)>
            <a href=href>{action.describe(today)}</a>
            {mark_done}
            {feedback_buttons}
        </li>
    }
}

/// Clears a reminder to ask for feedback: we asked (the count starts again),
/// or not now (it comes back in a month).
#[component]
fn FeedbackButtons(
    /// The partner to ask.
    partner: PartnerHandle,
    /// Its name, to tell these buttons from others like them.
    name: String,
    /// The day the dashboard was opened.
    today: NaiveDate,
    /// Where the outcome is said to screen readers.
    announcement: RwSignal<String>,
) -> impl IntoView {
    let asked_name = format!("We asked {name} for feedback");
    let later_name = format!("Remind me later to ask {name} for feedback");
    let asked = {
        let name = name.clone();
        move |event: MouseEvent| {
            focus_neighbour_of(&event);
            partner.edit(|p| p.feedback_asked_on = Some(today));
            announcement.set(format!("Noted: you asked {name} for feedback."));
        }
    };
    let later = move |event: MouseEvent| {
        focus_neighbour_of(&event);
        partner.edit(|p| {
            p.feedback_snoozed_until =
                today.checked_add_signed(Duration::days(FEEDBACK_SNOOZE_DAYS));
        });
        announcement.set(format!(
            "Asking {name} for feedback will come back in a month."
        ));
    };
    view! {
        <button type="button" class="secondary mark-done" aria-label=asked_name on:click=asked>
            "We asked"
        </button>
        <button type="button" class="secondary mark-done" aria-label=later_name on:click=later>
            "Remind me later"
        </button>
    }
}

/// Marks an open promise done, so keeping it takes one press rather than a
/// visit to the log; the item then leaves the list.
#[component]
fn MarkDoneButton(
    /// The promise.
    commitment: ItemHandle<PartnerHandle, Commitment>,
    /// Its words, to tell this button from the others.
    what: String,
    /// Where "Marked done" is said to screen readers.
    announcement: RwSignal<String>,
) -> impl IntoView {
    let named = if what.is_empty() {
        "a promise not yet written down".to_owned()
    } else {
        what
    };
    // The visible "Mark done" starts the name, so speech input finds it too.
    let name = format!("Mark done: {named}");
    let mark_done = move |event: MouseEvent| {
        // Focus moves on before the item goes, so it never falls to the page.
        focus_neighbour_of(&event);
        commitment.edit(|commitment| commitment.status = CommitmentStatus::Done);
        announcement.set(format!("Marked done: {named}."));
    };
    view! {
        <button type="button" class="secondary mark-done" aria-label=name on:click=mark_done>
            "Mark done"
        </button>
    }
}

/// Focuses the item after the clicked one in its list (its button, else its
/// link), else the one before, else the "Next actions" heading.
fn focus_neighbour_of(event: &MouseEvent) {
    let item = event
        .current_target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("li").ok().flatten());
    let neighbour = item.and_then(|item| {
        item.next_element_sibling()
            .or_else(|| item.previous_element_sibling())
    });
    let control = neighbour.and_then(|neighbour| {
        ["button", "a"]
            .into_iter()
            .find_map(|selector| neighbour.query_selector(selector).ok().flatten())
    });
    match control.and_then(|control| control.dyn_into::<web_sys::HtmlElement>().ok()) {
        // Focus can only fail on a detached element; nothing to tell the user then.
        Some(control) => {
            let _ = control.focus();
        }
        None => {
            focus_by_id(HEADING_ID);
        }
    }
}

/// The step of the partner's page where one acts on `kind`.
fn step_for(kind: &ActionKind) -> Step {
    match kind {
        ActionKind::FollowUp => Step::Contact,
        ActionKind::Meeting | ActionKind::Visit | ActionKind::WriteUpMeeting => Step::Meeting,
        ActionKind::TheirEvent { .. } | ActionKind::CheckBack => Step::Research,
        ActionKind::WePromised { .. } | ActionKind::AskForFeedback => Step::Log,
        ActionKind::Suggested(suggestion) => match suggestion {
            Suggestion::FinishResearch => Step::Research,
            Suggestion::WriteFirstContact
            | Suggestion::FollowUp
            | Suggestion::RespectTheirAnswer
            | Suggestion::RespectTheirSilence { .. } => Step::Contact,
            Suggestion::PlanMeeting | Suggestion::WriteUpMeeting => Step::Meeting,
            Suggestion::TalkAboutAccountability | Suggestion::KeepShowingUp => Step::Log,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordId;

    #[test]
    fn each_suggestion_leads_to_the_step_where_it_is_done() {
        let step = |suggestion| step_for(&ActionKind::Suggested(suggestion));
        assert_eq!(step(Suggestion::FinishResearch), Step::Research);
        assert_eq!(step(Suggestion::WriteFirstContact), Step::Contact);
        assert_eq!(step(Suggestion::FollowUp), Step::Contact);
        assert_eq!(step(Suggestion::RespectTheirAnswer), Step::Contact);
        assert_eq!(
            step(Suggestion::RespectTheirSilence { event_coming: true }),
            Step::Contact
        );
        assert_eq!(step(Suggestion::PlanMeeting), Step::Meeting);
        assert_eq!(step(Suggestion::WriteUpMeeting), Step::Meeting);
        assert_eq!(step(Suggestion::TalkAboutAccountability), Step::Log);
        assert_eq!(step(Suggestion::KeepShowingUp), Step::Log);
    }

    #[test]
    fn our_promises_lead_to_the_log() {
        let ours = ActionKind::WePromised {
            commitment_id: RecordId::random(),
            what: String::from("Share their flyer"),
        };
        assert_eq!(step_for(&ours), Step::Log);
        assert_eq!(step_for(&ActionKind::FollowUp), Step::Contact);
        assert_eq!(step_for(&ActionKind::CheckBack), Step::Research);
    }
}
