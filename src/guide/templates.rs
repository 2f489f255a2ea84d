//! First-contact templates, filled from the research: who we are, what our
//! group does in a line, what we learned about their work, a request to
//! learn more, and an offer to come to them. They ask for no commitment.
//! What the research and "About your group" do not tell is left as a
//! bracketed placeholder, such as "[your name]", which the humility check
//! flags until it is replaced.

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

/// The pieces of the research a template uses, with gentle fallbacks.
struct Facts<'a> {
    organization: &'a str,
    contact: String,
    /// The writer's name, or a placeholder for it.
    me: String,
    group: String,
    /// The group's name when it is known; a signature never makes one up.
    known_group: Option<String>,
    one_line: String,
    learned: String,
    community: String,
}

impl<'a> Facts<'a> {
    fn new(channel: Channel, partner: &'a Partner, group: &OurGroup) -> Self {
        // Greet the person the message goes to, else the first one named.
        let reached = match channel {
            Channel::Email => partner.email_contact(),
            Channel::PhoneCall => partner.phone_contact(),
            Channel::AtTheirEvent => None,
        };
        let contact = reached
            .into_iter()
            .chain(&partner.people)
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
            me: non_empty(&group.your_name, "[your name]"),
            group: non_empty(&group.name, "our local group"),
            known_group: Some(group.name.trim())
                .filter(|name| !name.is_empty())
                .map(str::to_owned),
            one_line: group.one_line.trim().to_owned(),
            learned: ensure_period(&learned),
            community,
        }
    }

    /// The writer's name, with the group's name under it when it is known.
    fn signature(&self) -> String {
        match &self.known_group {
            Some(group) => format!("{}\n{group}", self.me),
            None => self.me.clone(),
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
         My name is {me}, and I am writing from {who}\n\n\
         We have been reading about {learned}\n\n\
         Would you be open to a conversation so we can learn more about your work, and about what matters most to {community} right now?\n\n\
         We would be glad to come to you, at a time and place that suits you. We are not asking for any commitment: we would like to listen and learn.\n\n\
         Thank you for your time,\n{signature}",
        contact = facts.contact,
        me = facts.me,
        who = ensure_period(&facts.who_we_are()),
        learned = facts.learned,
        community = facts.community,
        signature = facts.signature(),
    )
}

fn call_script(facts: &Facts) -> String {
    format!(
        "Hello, may I speak with {contact}?\n\n\
         My name is {me}, from {who}\n\n\
         I am calling because we have been learning about {learned} We would love to hear about it from you.\n\n\
         Would you have time, now or later, to tell me about your work and what matters most to {community} right now?\n\n\
         We would be glad to come to you, whenever suits you. We are not asking for any commitment, just a chance to listen.\n\n\
         Thank you.",
        contact = if facts.contact == "there" {
            "someone who can tell me about your work"
        } else {
            facts.contact.as_str()
        },
        me = facts.me,
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
        "Hi, I'm {me}, from {who}\n\n\
         I came to {event} to learn about {learned}\n\n\
         Could you tell me more about your work, and what matters most to {community} right now?",
        me = facts.me,
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
    use crate::guide::humility::{Context, Rule, check};
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
            your_name: "Sam Rivera".into(),
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
        assert!(
            template
                .body
                .ends_with("Thank you for your time,\n[your name]"),
            "no made-up group signs it:\n{}",
            template.body
        );
    }

    #[test]
    fn your_name_signs_every_channel_and_its_absence_is_flagged() {
        let (partner, group) = researched();
        let email = first_contact(Channel::Email, &partner, &group, None);
        assert!(
            email
                .body
                .contains("My name is Sam Rivera, and I am writing from")
        );
        assert!(
            email
                .body
                .ends_with("Thank you for your time,\nSam Rivera\nSpringfield Neighbors")
        );
        let nameless = OurGroup {
            your_name: "  ".into(),
            ..group
        };
        for channel in Channel::ALL {
            let with_name = first_contact(
                channel,
                &partner,
                &OurGroup {
                    your_name: "Sam Rivera".into(),
                    ..nameless.clone()
                },
                None,
            );
            assert!(
                with_name.body.contains("Sam Rivera") && !with_name.body.contains('['),
                "{channel:?}"
            );
            let template = first_contact(channel, &partner, &nameless, None);
            let flags = check(&template.body, &Context::for_partner(&partner, channel));
            assert_eq!(flags.len(), 1, "{channel:?}: {flags:?}");
            assert_eq!(flags[0].rule, Rule::Placeholder);
            assert_eq!(flags[0].found.as_deref(), Some("[your name]"));
        }
    }

    #[test]
    fn the_greeting_names_the_person_the_channel_reaches() {
        let (mut partner, group) = researched();
        let mut luis = partner.people[0].clone();
        luis.id = RecordId::random();
        luis.name = "Luis Pérez".into();
        luis.phone = "555 0100".into();
        partner.people[0].email = "maria@casa.example.org".into();
        partner.people.insert(0, luis);
        let email = first_contact(Channel::Email, &partner, &group, None);
        assert!(email.body.starts_with("Hello María,"), "{}", email.body);
        let call = first_contact(Channel::PhoneCall, &partner, &group, None);
        assert!(call.body.starts_with("Hello, may I speak with Luis?"));
        let visit = first_contact(Channel::AtTheirEvent, &partner, &group, None);
        assert!(visit.body.starts_with("Hi, I'm Sam Rivera"));
    }

    #[test]
    fn acronyms_keep_their_capitals() {
        assert_eq!(lower_first("NDLON campaigns"), "NDLON campaigns");
        assert_eq!(lower_first("Wage theft"), "wage theft");
    }
}
