//! The words of each first contact: email, call script, event introduction, voicemail.

use super::facts::{Facts, TheirWork};
use super::phrasing::non_empty;
use crate::model::{Channel, ContactDraft, OurGroup, Partner, PublicEvent, dates};

/// A short message to leave when the call reaches voicemail.
pub fn voicemail(partner: &Partner, group: &OurGroup) -> String {
    let facts = Facts::new(Channel::PhoneCall, partner, group);
    let hello = match facts.contact.as_str() {
        "there" => "Hello".to_owned(),
        name => format!("Hello {name}"),
    };
    format!(
        "{hello}, this is {me} from {group}. I have been reading about {work}, and I would like to learn more about it from you, at a time and place that suit you. You can reach me at [your phone number]. Thank you.",
        me = facts.me,
        group = facts.group,
        work = facts.work.phrase(),
    )
}

/// The line a call script uses to leave room for their answer.
pub const PAUSE: &str = "(Pause and listen.)";

/// The first-contact email.
pub(super) fn email(facts: &Facts) -> String {
    format!(
        "Hello {contact},\n\n\
         My name is {me}, and I am part of {group}. {one_line}\n\n\
         I have been reading about {work}, and I would like to learn more about it from you. Would you have time for a conversation in the coming weeks, about your work and what matters most to {community} right now?\n\n\
         I would be glad to come to you, at a time and place that suit you.\n\n\
         Thank you for your time,\n{signature}",
        contact = facts.contact,
        me = facts.me,
        group = facts.group,
        one_line = facts.one_line,
        work = facts.work.phrase(),
        community = facts.community,
        signature = facts.signature(),
    )
}

/// The phone call's script, pausing for their answers.
pub(super) fn call_script(facts: &Facts) -> String {
    let ask_for = if facts.contact == "there" {
        "someone who can tell me about your work"
    } else {
        facts.contact.as_str()
    };
    format!(
        "Hello, may I speak with {ask_for}?\n\n\
         {PAUSE}\n\n\
         My name is {me}, and I am part of {group}. {one_line}\n\n\
         I have been reading about {work}, and I am calling to ask for a chance to learn more about it from you. Is now a good time, or would another day suit you better?\n\n\
         {PAUSE}\n\n\
         What matters most to {community} right now?\n\n\
         {PAUSE}\n\n\
         I would be glad to come to you to hear more, whenever suits you.\n\n\
         Thank you for your time.",
        me = facts.me,
        group = facts.group,
        one_line = facts.one_line,
        work = facts.work.phrase(),
        community = facts.community,
    )
}

/// What to say when introducing ourselves at one of their events.
pub(super) fn event_introduction(facts: &Facts, event: Option<&PublicEvent>) -> String {
    let event = event
        .map(|event| non_empty(&event.title, "your event"))
        .unwrap_or_else(|| "your event".into());
    let why = match &facts.work {
        TheirWork::Issue(_) => format!("because I have been reading about {}", facts.work.phrase()),
        _ => "to learn more about your work".to_owned(),
    };
    format!(
        "Hi, I'm {me}, from {group}. {one_line}\n\n\
         I came to {event} {why}.\n\n\
         I know today is busy for you. Could we find a time later to talk, so I can learn more about your work and what matters most to {community}? I would be glad to come to you.",
        me = facts.me,
        group = facts.group,
        one_line = facts.one_line,
        community = facts.community,
    )
}

/// How the follow-up refers to the first contact: how and when it went out.
fn first_contact_was(first: &ContactDraft) -> String {
    let when = first
        .sent_on
        .map(|date| format!(" on {}", dates::month_day(date)))
        .unwrap_or_default();
    match first.channel {
        Channel::Email => format!("I wrote to you{when}"),
        Channel::PhoneCall => format!("I called{when}"),
        Channel::AtTheirEvent => format!("We spoke at your event{when}"),
    }
}

/// The one gentle follow-up through `channel`: short, referring to the
/// first contact, leaving them free to say no or to say nothing.
pub(super) fn follow_up_message(
    channel: Channel,
    facts: &Facts,
    first: &ContactDraft,
    event: Option<&PublicEvent>,
) -> String {
    let was = first_contact_was(first);
    let work = facts.work.phrase();
    let community = &facts.community;
    match channel {
        Channel::Email => format!(
            "Hello {contact},\n\n\
             {was} about {work}. I know your days are full, so this is only a gentle note in case my message got lost.\n\n\
             If you ever have time, I would still love to hear what matters most to {community} right now. I would be glad to come to you, whenever suits you. And if now is not the time, I understand.\n\n\
             Thank you,\n{signature}",
            contact = facts.contact,
            signature = facts.signature(),
        ),
        Channel::PhoneCall => format!(
            "Hello, this is {me} from {group}.\n\n\
             {PAUSE}\n\n\
             {was} about {work}, and I am calling once more, gently, in case my message got lost. Is there a better time to talk, or is now not the time?\n\n\
             {PAUSE}\n\n\
             If you ever have time, I would love to hear what matters most to {community}, and I would be glad to come to you.\n\n\
             Thank you for your time.",
            me = facts.me,
            group = facts.group,
        ),
        Channel::AtTheirEvent => format!(
            "Hi, I'm {me}, from {group}. {was} about {work}.\n\n\
             I came to {event} to say hello in person. I know today is busy for you: if you ever have time, I would love to hear what matters most to {community}, and I would be glad to come to you.",
            me = facts.me,
            group = facts.group,
            event = event
                .map(|event| non_empty(&event.title, "your event"))
                .unwrap_or_else(|| "your event".into()),
        ),
    }
}
