//! First-contact templates, filled from the research: who we are, what our
//! group does in a line, one specific thing of theirs we learned about, a
//! request to learn more, and an offer to come to them. They ask for no
//! commitment, and keep what the user typed as typed: names, peoples and
//! places keep their capitals. What the research and "About your group" do
//! not tell is left as a bracketed placeholder, such as "[your name]", which
//! the humility check flags until it is replaced.

mod facts;
mod messages;
mod phrasing;

use facts::Facts;
pub use facts::ties_to_their_purpose;
pub use messages::{PAUSE, voicemail};
use messages::{call_script, email, event_introduction, follow_up_message};
pub use phrasing::about_us;

use crate::model::{Channel, ContactDraft, OurGroup, Partner, PublicEvent};

/// A subject and message to start a draft from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub subject: String,
    pub body: String,
}

/// The template for a first contact to `partner` through `channel`; `event`
/// is the public event of theirs where we will meet them in person.
pub fn first_contact(
    channel: Channel,
    partner: &Partner,
    group: &OurGroup,
    event: Option<&PublicEvent>,
) -> Template {
    let facts = Facts::new(channel, partner, group);
    let body = match channel {
        Channel::Email => email(&facts),
        Channel::PhoneCall => call_script(&facts),
        Channel::AtTheirEvent => event_introduction(&facts, event),
    };
    Template {
        subject: format!("Learning about {}'s work", facts.organization),
        body,
    }
}

/// The template for the one gentle follow-up to `partner` through
/// `channel`, referring to `first`, the first contact that went out.
pub fn follow_up(
    channel: Channel,
    partner: &Partner,
    group: &OurGroup,
    first: &ContactDraft,
    event: Option<&PublicEvent>,
) -> Template {
    let facts = Facts::new(channel, partner, group);
    let subject = match first.subject.trim() {
        "" => format!("Following up: learning about {}'s work", facts.organization),
        subject => format!("Re: {subject}"),
    };
    Template {
        subject,
        body: follow_up_message(channel, &facts, first, event),
    }
}

#[cfg(test)]
mod tests;
