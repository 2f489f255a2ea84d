//! First-contact templates, filled from the research: who we are, what our
//! group does in a line, what we learned about their work, a request to
//! learn more, and an offer to come to them. They ask for no commitment.

use crate::model::{Channel, OurGroup, Partner, PublicEvent};

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
    let facts = Facts::new(partner, group);
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

/// The pieces of the research a template uses, with gentle fallbacks.
struct Facts<'a> {
    organization: &'a str,
    contact: String,
    group: String,
    one_line: String,
    learned: String,
    community: String,
}

impl<'a> Facts<'a> {
    fn new(partner: &'a Partner, group: &OurGroup) -> Self {
        let contact = partner
            .people
            .iter()
            .map(|person| person.name.trim())
            .find(|name| !name.is_empty())
            .and_then(|name| name.split_whitespace().next())
            .unwrap_or("there")
            .to_owned();
        let research = &partner.research;
        let organization = partner.name();
        let learned = match (research.current_issues.trim(), research.mission.trim()) {
            ("", "") => format!("{organization}'s work"),
            ("", mission) => format!("{organization}'s work: {}", sentence_case(mission)),
            (issues, "") => format!("{organization}'s work on {}", lower_first(issues)),
            (issues, mission) => format!(
                "{organization}'s work on {}. As we understand it, {}",
                lower_first(issues),
                lower_first(mission)
            ),
        };
        let community = match partner.organization.community_served.trim() {
            "" => "the people you serve".to_owned(),
            community => lower_first(community),
        };
        Self {
            organization,
            contact,
            group: non_empty(&group.name, "our local group"),
            one_line: group.one_line.trim().to_owned(),
            learned: ensure_period(&learned),
            community,
        }
    }

    /// "our group, which …" or just the group.
    fn who_we_are(&self) -> String {
        if self.one_line.is_empty() {
            self.group.clone()
        } else {
            format!(
                "{}. {}",
                self.group,
                ensure_period(&sentence_case(&self.one_line))
            )
        }
    }
}

fn email(facts: &Facts) -> String {
    format!(
        "Hello {contact},\n\n\
         My name is [your name], and I am writing from {who}\n\n\
         We have been reading about {learned}\n\n\
         Would you be open to a conversation so we can learn more about your work, and about what matters most to {community} right now?\n\n\
         We would be glad to come to you, at a time and place that suits you. We are not asking for any commitment: we would like to listen and learn.\n\n\
         Thank you for your time,\n[your name]\n{group}",
        contact = facts.contact,
        who = ensure_period(&facts.who_we_are()),
        learned = facts.learned,
        community = facts.community,
        group = facts.group,
    )
}

fn call_script(facts: &Facts) -> String {
    format!(
        "Hello, may I speak with {contact}?\n\n\
         My name is [your name], from {who}\n\n\
         I am calling because we have been learning about {learned} We would love to hear about it from you.\n\n\
         Would you have time, now or later, to tell me about your work and what matters most to {community} right now?\n\n\
         We would be glad to come to you, whenever suits you. We are not asking for any commitment, just a chance to listen.\n\n\
         Thank you.",
        contact = if facts.contact == "there" {
            "someone who can tell me about your work"
        } else {
            facts.contact.as_str()
        },
        who = ensure_period(&facts.who_we_are()),
        learned = facts.learned,
        community = facts.community,
    )
}

fn event_introduction(facts: &Facts, event: Option<&PublicEvent>) -> String {
    let event = event
        .map(|event| non_empty(&event.title, "your event"))
        .unwrap_or_else(|| "your event".into());
    format!(
        "Hi, I'm [your name], from {who}\n\n\
         I came to {event} to learn about {learned}\n\n\
         Could you tell me more about your work, and what matters most to {community} right now?",
        who = ensure_period(&facts.who_we_are()),
        learned = facts.learned,
        community = facts.community,
    )
}

fn non_empty(text: &str, fallback: &str) -> String {
    match text.trim() {
        "" => fallback.to_owned(),
        text => text.to_owned(),
    }
}

fn ensure_period(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Lower-cases the first letter, unless the first word looks like a name or acronym.
fn lower_first(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    let looks_like_name = first_word.chars().skip(1).any(char::is_uppercase);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !looks_like_name => first.to_lowercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::guide::humility::{Context, check};
    use crate::model::{Person, RecordId};

    fn researched() -> (Partner, OurGroup) {
        let mut partner = Partner::new("Casa Latina", Utc::now()).unwrap();
        partner.research.current_issues = "A wage theft ordinance".into();
        partner.research.mission = "Workers organize for fair pay and dignity".into();
        partner.organization.community_served = "Day laborers".into();
        partner.people.push(Person {
            id: RecordId::random(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            name: "María Ortiz".into(),
            role: String::new(),
            email: String::new(),
            phone: String::new(),
            notes: String::new(),
        });
        let group = OurGroup {
            name: "Springfield Neighbors".into(),
            one_line: "we help neighbors show up for local democracy".into(),
            ..OurGroup::default()
        };
        (partner, group)
    }

    #[test]
    fn the_email_template_uses_the_research_and_passes_the_humility_check() {
        let (partner, group) = researched();
        let template = first_contact(Channel::Email, &partner, &group, None);
        assert_eq!(template.subject, "Learning about Casa Latina's work");
        assert!(template.body.starts_with("Hello María,"));
        assert!(
            template
                .body
                .contains("Springfield Neighbors. We help neighbors show up for local democracy.")
        );
        assert!(
            template
                .body
                .contains("Casa Latina's work on a wage theft ordinance.")
        );
        assert!(
            template
                .body
                .contains("what matters most to day laborers right now?")
        );
        let context = Context::for_partner(&partner, Channel::Email);
        assert_eq!(check(&template.body, &context), []);
    }

    #[test]
    fn every_channel_passes_the_check_when_research_is_done() {
        let (partner, group) = researched();
        for channel in [Channel::Email, Channel::PhoneCall, Channel::AtTheirEvent] {
            let template = first_contact(channel, &partner, &group, None);
            let context = Context::for_partner(&partner, channel);
            assert_eq!(
                check(&template.body, &context),
                [],
                "{channel:?}:\n{}",
                template.body
            );
        }
    }

    #[test]
    fn the_event_introduction_names_the_event() {
        let (partner, group) = researched();
        let event = PublicEvent {
            id: RecordId::random(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            date: None,
            title: "Wage theft hearing rally".into(),
            place: String::new(),
        };
        let template = first_contact(Channel::AtTheirEvent, &partner, &group, Some(&event));
        assert!(template.body.contains("I came to Wage theft hearing rally"));
    }

    #[test]
    fn without_research_the_template_still_reads_well() {
        let partner = Partner::new("Tenants United", Utc::now()).unwrap();
        let template = first_contact(Channel::Email, &partner, &OurGroup::default(), None);
        assert!(template.body.starts_with("Hello there,"));
        assert!(template.body.contains("writing from our local group."));
        assert!(
            template
                .body
                .contains("reading about Tenants United's work.")
        );
        assert!(template.body.contains("the people you serve"));
    }

    #[test]
    fn acronyms_keep_their_capitals() {
        assert_eq!(lower_first("NDLON campaigns"), "NDLON campaigns");
        assert_eq!(lower_first("Wage theft"), "wage theft");
    }
}
