//! Each channel's template: filled from the research, humble, with placeholders for gaps.

use chrono::Utc;

use super::phrasing::lower_common_first_word;
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

/// The humility check raises nothing on `body`, written to `partner` through `channel`.
fn assert_humble(partner: &Partner, channel: Channel, body: &str) {
    let context = Context::for_partner(partner, channel);
    assert_eq!(check(body, &context), [], "{channel:?}:\n{body}");
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
        assert_humble(
            &partner,
            channel,
            &first_contact(channel, &partner, &group, None).body,
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

#[test]
fn the_follow_up_refers_to_the_first_contact_and_passes_the_humility_check() {
    let (partner, group) = researched();
    let first = crate::model::ContactDraft {
        subject: "Learning about Casa Latina's work".into(),
        sent_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
        ..crate::model::ContactDraft::new(Utc::now())
    };
    let email = follow_up(Channel::Email, &partner, &group, &first, None);
    assert_eq!(email.subject, "Re: Learning about Casa Latina's work");
    assert!(
        email
            .body
            .contains("I wrote to you on November 2 about your work on a wage theft ordinance."),
        "{}",
        email.body
    );
    let called = crate::model::ContactDraft {
        channel: Channel::PhoneCall,
        subject: String::new(),
        ..first.clone()
    };
    let call = follow_up(Channel::PhoneCall, &partner, &group, &called, None);
    assert_eq!(
        call.subject,
        "Following up: learning about Casa Latina's work"
    );
    assert!(
        call.body.contains("I called on November 2 about"),
        "{}",
        call.body
    );
    let fair = event("Hiring hall open house");
    let in_person = follow_up(Channel::AtTheirEvent, &partner, &group, &first, Some(&fair));
    assert!(
        in_person
            .body
            .contains("I came to Hiring hall open house to say hello")
    );
    for (channel, template) in [
        (Channel::Email, email),
        (Channel::PhoneCall, call),
        (Channel::AtTheirEvent, in_person),
    ] {
        let words = template.body.split_whitespace().count();
        assert!(words < 110, "{channel:?}: a short note, {words} words");
        assert_humble(&partner, channel, &template.body);
    }
}

#[test]
fn how_our_work_ties_to_their_purpose_flows_into_every_first_contact() {
    let (mut partner, group) = researched();
    partner.value_to_them.ties_to_their_purpose =
        "our budget work helps families see where the money for wage enforcement goes".into();
    for channel in [Channel::Email, Channel::PhoneCall, Channel::AtTheirEvent] {
        let body = first_contact(channel, &partner, &group, None).body;
        assert!(
            body.contains(
                "Our budget work helps families see where the money for wage enforcement goes."
            ),
            "{channel:?}:\n{body}"
        );
    }
    let intro = crate::guide::agenda::introduction(&partner, &group);
    assert!(
        intro.ends_with("where the money for wage enforcement goes."),
        "{intro}"
    );
}

#[test]
fn the_community_they_serve_is_fitted_into_the_question_not_pasted() {
    let (mut partner, group) = researched();
    partner.organization.community_served =
        "Renters in the Riverside and Mill Hill neighborhoods, many of them Black families and Haitian immigrants".into();
    let body = first_contact(Channel::Email, &partner, &group, None).body;
    assert!(
        body.contains(
            "what matters most to renters in the Riverside and Mill Hill neighborhoods right now?"
        ),
        "{body}"
    );
    assert!(!body.contains("many of them"), "{body}");
    partner.organization.community_served =
        "Everyone who lives or works within walking distance of the old mill and its three bus lines".into();
    let body = first_contact(Channel::Email, &partner, &group, None).body;
    assert!(
        body.contains("what matters most to the people you serve right now?"),
        "{body}"
    );
}
