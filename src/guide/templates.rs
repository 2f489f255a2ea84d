//! First-contact templates, filled from the research: who we are, what our
//! group does in a line, one specific thing of theirs we learned about, a
//! request to learn more, and an offer to come to them. They ask for no
//! commitment, and keep what the user typed as typed: names, peoples and
//! places keep their capitals. What the research and "About your group" do
//! not tell is left as a bracketed placeholder, such as "[your name]", which
//! the humility check flags until it is replaced.

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

/// One specific thing of theirs the message refers to.
enum TheirWork {
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
    fn phrase(&self) -> String {
        match self {
            Self::Issue(issue) => format!("your work on {issue}"),
            Self::Event(title) => format!("your work and your event \u{201c}{title}\u{201d}"),
            Self::Unknown => "[one specific piece of their work]".to_owned(),
        }
    }
}

/// The pieces of the research a template uses, with placeholders for what is missing.
struct Facts<'a> {
    organization: &'a str,
    contact: String,
    /// The writer's name, or a placeholder for it.
    me: String,
    /// The group's name, or a placeholder for it.
    group: String,
    /// The group's name when it is known; a signature never makes one up.
    known_group: Option<String>,
    /// What the group does, as a sentence, or a placeholder for it.
    one_line: String,
    work: TheirWork,
    community: String,
}

impl<'a> Facts<'a> {
    fn new(channel: Channel, partner: &'a Partner, group: &OurGroup) -> Self {
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
        let community = match partner.organization.community_served.trim() {
            "" => "the people you serve".to_owned(),
            community => lower_common_first_word(community),
        };
        let known_group = Some(group.name.trim())
            .filter(|name| !name.is_empty())
            .map(str::to_owned);
        let one_line = match group.one_line.trim() {
            "" => "[what your group does, in one line]".to_owned(),
            line => ensure_period(&sentence_case(line)),
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
    fn signature(&self) -> String {
        match &self.known_group {
            Some(group) => format!("{}\n{group}", self.me),
            None => self.me.clone(),
        }
    }
}

fn email(facts: &Facts) -> String {
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

fn call_script(facts: &Facts) -> String {
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

fn event_introduction(facts: &Facts, event: Option<&PublicEvent>) -> String {
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

/// The first sentence or clause of `text`, trimmed and without its end mark.
fn first_clause(text: &str) -> &str {
    text.split(['.', ';', '\n', '!', '?'])
        .map(str::trim)
        .find(|clause| !clause.is_empty())
        .unwrap_or("")
}

/// Words that only start a phrase with a capital because they start it.
const COMMON_FIRST_WORDS: &[&str] = &[
    "A",
    "An",
    "The",
    "Our",
    "Their",
    "Its",
    "This",
    "These",
    "Those",
    "Some",
    "Many",
    "All",
    "Local",
    "People",
    "Families",
    "Workers",
    "Tenants",
    "Renters",
    "Residents",
    "Day",
    "Low-income",
    "Young",
    "Youth",
    "Women",
    "Immigrant",
    "Immigrants",
    "Fair",
    "Wage",
];

/// Lower-cases the first word of a phrase written to start a sentence, when
/// it is one of a few common words; any other word (a name, a people, a
/// place, an acronym) keeps its capitals, and so does the rest of the phrase.
fn lower_common_first_word(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    if COMMON_FIRST_WORDS.contains(&first_word) {
        let mut chars = text.chars();
        chars
            .next()
            .map(|first| first.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::guide::humility::{Context, Rule, check};
    use crate::model::{Person, RecordId};

    fn person(name: &str, email: &str, leader: bool) -> Person {
        Person {
            email: email.into(),
            leader,
            ..Person::new(name, Utc::now())
        }
    }

    fn researched() -> (Partner, OurGroup) {
        let mut partner = Partner::new("Casa Latina", Utc::now()).unwrap();
        partner.research.current_issues = "A wage theft ordinance. Also a hiring hall.".into();
        partner.research.mission = "Casa Latina organizes workers for fair pay and dignity".into();
        partner.organization.community_served = "Latino day laborers".into();
        partner.people.push(person("María Ortiz", "", false));
        let group = OurGroup {
            name: "Springfield Neighbors".into(),
            one_line: "we help neighbors show up for local democracy".into(),
            your_name: "Sam Rivera".into(),
            ..OurGroup::default()
        };
        (partner, group)
    }

    fn event(title: &str) -> PublicEvent {
        PublicEvent {
            id: RecordId::random(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            date: None,
            title: title.into(),
            place: String::new(),
        }
    }

    #[test]
    fn the_email_template_uses_the_research_and_passes_the_humility_check() {
        let (partner, group) = researched();
        let template = first_contact(Channel::Email, &partner, &group, None);
        assert_eq!(template.subject, "Learning about Casa Latina's work");
        assert!(template.body.starts_with("Hello María,"));
        assert!(template.body.contains(
            "I am part of Springfield Neighbors. We help neighbors show up for local democracy."
        ));
        assert!(
            template
                .body
                .contains("reading about your work on a wage theft ordinance,")
        );
        assert!(
            template
                .body
                .contains("what matters most to Latino day laborers right now?")
        );
        let context = Context::for_partner(&partner, Channel::Email);
        assert_eq!(check(&template.body, &context), []);
    }

    #[test]
    fn names_peoples_and_places_keep_their_capitals_and_the_mission_is_not_recited() {
        let (mut partner, group) = researched();
        partner.research.current_issues = "Casa Latina organizes a Seattle hiring hall".into();
        partner.organization.community_served = "Black renters".into();
        for channel in Channel::ALL {
            let body = first_contact(channel, &partner, &group, None).body;
            assert!(
                body.contains("your work on Casa Latina organizes a Seattle hiring hall"),
                "{channel:?}:\n{body}"
            );
            assert!(body.contains("Black renters"), "{channel:?}:\n{body}");
            assert!(!body.contains("As we understand it"), "{channel:?}");
            assert!(!body.contains("fair pay and dignity"), "{channel:?}");
        }
        assert_eq!(lower_common_first_word("The Bronx"), "the Bronx");
        assert_eq!(
            lower_common_first_word("New York tenants"),
            "New York tenants"
        );
        assert_eq!(
            lower_common_first_word("NDLON campaigns"),
            "NDLON campaigns"
        );
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
    fn the_event_introduction_asks_for_a_later_talk_instead_of_their_time_now() {
        let (partner, group) = researched();
        let rally = event("Wage theft hearing rally");
        let template = first_contact(Channel::AtTheirEvent, &partner, &group, Some(&rally));
        assert!(
            template.body.contains("I came to Wage theft hearing rally"),
            "{}",
            template.body
        );
        assert!(template.body.contains("Could we find a time later to talk"));
        assert!(
            !template
                .body
                .contains("Could you tell me more about your work")
        );
    }

    #[test]
    fn the_call_script_pauses_for_their_answers_and_has_a_voicemail() {
        let (mut partner, group) = researched();
        partner.people[0].phone = "555 0100".into();
        let call = first_contact(Channel::PhoneCall, &partner, &group, None).body;
        assert_eq!(call.matches(PAUSE).count(), 3, "{call}");
        assert!(call.starts_with("Hello, may I speak with María?\n\n(Pause and listen.)"));
        let message = voicemail(&partner, &group);
        assert!(message.starts_with("Hello María, this is Sam Rivera from Springfield Neighbors."));
        assert!(message.contains("your work on a wage theft ordinance"));
        assert!(message.split_whitespace().count() < 60, "{message}");
    }

    #[test]
    fn without_our_group_or_research_the_template_says_what_to_fill_in() {
        let partner = Partner::new("Tenants United", Utc::now()).unwrap();
        let template = first_contact(Channel::Email, &partner, &OurGroup::default(), None);
        assert!(template.body.starts_with("Hello there,"));
        assert!(!template.body.contains("our local group"));
        assert!(
            template
                .body
                .contains("I am part of [your group's name]. [what your group does, in one line]")
        );
        assert!(
            template
                .body
                .contains("reading about [one specific piece of their work]")
        );
        assert!(template.body.contains("the people you serve"));
        assert!(
            template
                .body
                .ends_with("Thank you for your time,\n[your name]"),
            "no made-up group signs it:\n{}",
            template.body
        );
        let flags = check(
            &template.body,
            &Context::for_partner(&partner, Channel::Email),
        );
        assert_eq!(flags[0].rule, Rule::Placeholder);
        let found = flags[0].found.as_deref().unwrap_or_default();
        for placeholder in [
            "[your group's name]",
            "[your name]",
            "[what your group does",
        ] {
            assert!(found.contains(placeholder), "{found}");
        }
    }

    #[test]
    fn an_event_stands_in_for_their_current_work() {
        let mut partner = Partner::new("Tenants United", Utc::now()).unwrap();
        partner.events.push(event("Renters' Assembly"));
        let body = first_contact(Channel::Email, &partner, &OurGroup::default(), None).body;
        assert!(body.contains("your work and your event \u{201c}Renters' Assembly\u{201d}"));
    }

    #[test]
    fn your_name_signs_every_channel_and_its_absence_is_flagged() {
        let (partner, group) = researched();
        let email = first_contact(Channel::Email, &partner, &group, None);
        assert!(
            email
                .body
                .contains("My name is Sam Rivera, and I am part of")
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
    fn the_greeting_names_a_leader_first_else_the_person_the_channel_reaches() {
        let (mut partner, group) = researched();
        let mut luis = person("Luis Pérez", "", false);
        luis.phone = "555 0100".into();
        partner.people[0].email = "maria@casa.example.org".into();
        partner.people.insert(0, luis);
        let email = first_contact(Channel::Email, &partner, &group, None);
        assert!(email.body.starts_with("Hello María,"), "{}", email.body);
        let call = first_contact(Channel::PhoneCall, &partner, &group, None);
        assert!(call.body.starts_with("Hello, may I speak with Luis?"));
        let visit = first_contact(Channel::AtTheirEvent, &partner, &group, None);
        assert!(visit.body.starts_with("Hi, I'm Sam Rivera"));

        partner
            .people
            .push(person("Rosa Díaz", "rosa@casa.example.org", true));
        let email = first_contact(Channel::Email, &partner, &group, None);
        assert!(email.body.starts_with("Hello Rosa,"), "{}", email.body);
        assert_eq!(
            partner.email_contact().map(|p| p.email.as_str()),
            Some("rosa@casa.example.org")
        );
        partner.people[2].email.clear();
        let email = first_contact(Channel::Email, &partner, &group, None);
        assert!(
            email.body.starts_with("Hello María,"),
            "a leader with no address is not written to"
        );
    }
}
