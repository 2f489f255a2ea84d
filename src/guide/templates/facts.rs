//! What the research and "About your group" tell a template, with a placeholder for each gap.

use super::phrasing::{
    about_us, community_phrase, ensure_period, first_clause, lower_common_first_word, non_empty,
    sentence_case,
};
use crate::model::{Channel, OurGroup, Partner};

/// One specific thing of theirs the message refers to.
pub(super) enum TheirWork {
    /// What they are working on now, in the words of our research.
    Issue(String),
    /// One of their public events.
    Event(String),
    /// Nothing noted yet: a placeholder says what to write.
    Unknown,
}

impl TheirWork {
    fn of(partner: &Partner) -> Self {
        let issue = first_clause(&partner.research.current_issues);
        if !issue.is_empty() {
            return Self::Issue(lower_common_first_word(issue));
        }
        partner
            .events
            .iter()
            .map(|event| event.title.trim())
            .find(|title| !title.is_empty())
            .map_or(Self::Unknown, |title| Self::Event(title.to_owned()))
    }

    /// The thing, in the second person, to follow "reading about".
    pub(super) fn phrase(&self) -> String {
        match self {
            Self::Issue(issue) => format!("your work on {issue}"),
            Self::Event(title) => format!("your work and your event \u{201c}{title}\u{201d}"),
            Self::Unknown => "[one specific piece of their work]".to_owned(),
        }
    }
}

/// How our work ties to their purpose, as the research says it, made a
/// sentence; `None` while it is not written.
pub fn ties_to_their_purpose(partner: &Partner) -> Option<String> {
    match partner.value_to_them.ties_to_their_purpose.trim() {
        "" => None,
        ties => Some(ensure_period(&sentence_case(ties))),
    }
}

/// The pieces of the research a template uses, with placeholders for what is missing.
pub(super) struct Facts<'a> {
    pub(super) organization: &'a str,
    pub(super) contact: String,
    /// The writer's name, or a placeholder for it.
    pub(super) me: String,
    /// The group's name, or a placeholder for it.
    pub(super) group: String,
    /// The group's name when it is known; a signature never makes one up.
    known_group: Option<String>,
    /// What the group does, as a sentence, or a placeholder for it, and
    /// then how our work ties to their purpose when the research says.
    pub(super) one_line: String,
    pub(super) work: TheirWork,
    pub(super) community: String,
}

impl<'a> Facts<'a> {
    pub(super) fn new(channel: Channel, partner: &'a Partner, group: &OurGroup) -> Self {
        // Greet the person the message goes to, a leader when there is one.
        let reached = match channel {
            Channel::Email => partner.email_contact(),
            Channel::PhoneCall => partner.phone_contact(),
            Channel::AtTheirEvent => partner.greeted(),
        };
        let contact = reached
            .into_iter()
            .chain(&partner.people)
            .map(|person| person.name.trim())
            .find(|name| !name.is_empty())
            .and_then(|name| name.split_whitespace().next())
            .unwrap_or("there")
            .to_owned();
        let community = community_phrase(&partner.organization.community_served)
            .unwrap_or_else(|| "the people you serve".to_owned());
        let known_group = Some(group.name.trim())
            .filter(|name| !name.is_empty())
            .map(str::to_owned);
        let one_line = match group.one_line.trim() {
            "" => "[what your group does, in one line]".to_owned(),
            line => about_us(line),
        };
        let one_line = match ties_to_their_purpose(partner) {
            Some(ties) => format!("{one_line} {ties}"),
            None => one_line,
        };
        Self {
            organization: partner.name(),
            contact,
            me: non_empty(&group.your_name, "[your name]"),
            group: known_group
                .clone()
                .unwrap_or_else(|| "[your group's name]".to_owned()),
            known_group,
            one_line,
            work: TheirWork::of(partner),
            community,
        }
    }

    /// The writer's name, with the group's name under it when it is known.
    pub(super) fn signature(&self) -> String {
        match &self.known_group {
            Some(group) => format!("{}\n{group}", self.me),
            None => self.me.clone(),
        }
    }
}
