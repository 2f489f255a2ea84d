//! What a humble message needs: length, a question, research, an offer to go to them; and how flags and placeholders read.

use super::*;

#[test]
fn excessive_length_by_channel() {
    let padding = " more".repeat(word_limit(Channel::Email));
    let long = format!("{HUMBLE}{padding}");
    assert_eq!(rules(&long, &context()), [Rule::TooLong]);
    let words_in_humble = crate::guide::text::word_count(HUMBLE);
    let at_limit = format!(
        "{HUMBLE}{}",
        " more".repeat(word_limit(Channel::Email) - words_in_humble)
    );
    assert_eq!(rules(&at_limit, &context()), []);
}

#[test]
fn a_question_about_them_is_needed() {
    let no_question = HUMBLE.replace(
        "Could you tell us more about it, and what matters most to your members right now?",
        "We admire it.",
    );
    assert_eq!(rules(&no_question, &context()), [Rule::NoQuestionAboutThem]);
    let question_about_us = format!("{no_question} Is our group a good fit?");
    assert_eq!(
        rules(&question_about_us, &context()),
        [Rule::NoQuestionAboutThem]
    );
    let an_ask = format!("{no_question} Could your members sign our petition?");
    assert_eq!(
        rules(&an_ask, &context()),
        [Rule::AskFirst, Rule::NoQuestionAboutThem]
    );
    let about_us_only = format!("{no_question} Would you like to know more about us?");
    assert_eq!(
        rules(&about_us_only, &context()),
        [Rule::NoQuestionAboutThem]
    );
    for scheduling in [
        "Does Tuesday work for you?",
        "Would Thursday or Friday next week be better?",
        "Is your team free some afternoon?",
    ] {
        assert_eq!(
            rules(&format!("{no_question} {scheduling}"), &context()),
            [Rule::NoQuestionAboutThem],
            "{scheduling}"
        );
    }
    let told_me =
        format!("{no_question} What have families told you that outsiders like me usually miss?");
    assert_eq!(rules(&told_me, &context()), []);
    let flyer = format!("{no_question} Here is a flyer about us in case you want to know more.");
    assert_eq!(rules(&flyer, &context()), [Rule::NoQuestionAboutThem]);
    let hear_from_you = format!("{no_question} We'd love to hear from you!");
    assert_eq!(
        rules(&hear_from_you, &context()),
        [Rule::NoQuestionAboutThem]
    );
    let their_week = format!("{no_question} What matters most to your members this week?");
    assert_eq!(rules(&their_week, &context()), []);
    let their_turnout =
        format!("{no_question} What kind of turnout do your assemblies usually get?");
    assert_eq!(rules(&their_turnout, &context()), []);
    let invitation = format!("{no_question} We would love to hear what your members need most.");
    assert_eq!(rules(&invitation, &context()), []);
}

#[test]
fn a_sign_of_research_is_needed() {
    let vague = HUMBLE.replace("your wage theft ordinance work", "your work");
    assert_eq!(rules(&vague, &context()), [Rule::NoSignOfResearch]);
    let no_research = Context {
        research_stems: Vec::new(),
        ..context()
    };
    assert_eq!(rules(HUMBLE, &no_research), [Rule::NoSignOfResearch]);
    let plural = HUMBLE.replace("ordinance", "ordinances");
    assert_eq!(rules(&plural, &context()), []);
}

#[test]
fn the_direction_of_a_visit_matters() {
    let no_offer = HUMBLE.replace(
        "We would be glad to come to you, whenever suits you.",
        "Come to our meeting on Tuesday.",
    );
    assert_eq!(rules(&no_offer, &context()), [Rule::NoOfferToGoToThem]);
    for toward_us in [
        "Feel free to stop by our office.",
        "We hope you can come by our place.",
        "We cannot come to you, sadly.",
        "Many families come to your dinners.",
        "We meet at the public library.",
        "You are welcome to stop by the library.",
    ] {
        let draft = format!("{no_offer} {toward_us}");
        assert_eq!(
            rules(&draft, &context()),
            [Rule::NoOfferToGoToThem],
            "{toward_us}"
        );
    }
    for toward_them in [
        "We could visit your center.",
        "We would love to attend your next assembly.",
        "We would be honored to come to one of your assemblies.",
        "Would it be all right if I came by the center sometime?",
        "Is there a time that would suit you for me to come by?",
        "Could I come to the info session?",
        "I could meet you at the Southside library.",
        "I'm happy to bring it by your office.",
    ] {
        assert_eq!(
            rules(&format!("{no_offer} {toward_them}"), &context()),
            [],
            "{toward_them}"
        );
    }
    let at_event = Context {
        channel: Channel::AtTheirEvent,
        ..context()
    };
    assert_eq!(rules(&no_offer, &at_event), []);
}

#[test]
fn flags_name_the_words_they_found_and_summaries_count() {
    let review = review("Join us and leverage our synergy!", &context());
    assert_eq!(review.flags[0].found.as_deref(), Some("Join us"));
    assert_eq!(review.flags[1].found.as_deref(), Some("leverage"));
    let one = Review {
        flags: review.flags[..1].to_vec(),
        ..Review::default()
    };
    assert_eq!(summary(&one), "1 thing to reconsider.");
    assert!(summary(&review).starts_with(&format!("{} things to reconsider.", review.flags.len())));
}

#[test]
fn every_rule_explains_itself_and_has_a_key() {
    for rule in Rule::ALL {
        assert!(!rule.title().is_empty() && rule.why().len() > 20 && rule.try_instead().len() > 10);
        assert_eq!(Rule::from_key(rule.key()), Some(rule));
    }
}

#[test]
fn the_wording_rules_are_the_six_that_read_what_the_draft_says() {
    assert_eq!(
        Rule::WORDING,
        [
            Rule::Recruiting,
            Rule::AskFirst,
            Rule::Savior,
            Rule::Tokenizing,
            Rule::Jargon,
            Rule::Electoral
        ]
    );
}

#[test]
fn research_stems_come_from_the_notes_without_generic_words_or_their_name() {
    let mut partner = Partner::new("Casa Theft", chrono::Utc::now()).unwrap();
    partner.research.current_issues =
        "Wage theft ordinance in their community, Casa's library".into();
    partner.organization.tax_status = TaxStatus::SocialWelfare501c4;
    let context = Context::for_partner(&partner, Channel::Email);
    assert_eq!(context.research_stems, ["ordinanc", "wag"]);
    assert!(!context.charity);
}

#[test]
fn placeholders_left_in_are_flagged_first_until_replaced() {
    let unfinished = HUMBLE.replace("Hello María,", "Hello [their name],")
        + "\nThank you,\n[your name]\n[your name]";
    let flags = check(&unfinished, &context());
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].rule, Rule::Placeholder);
    assert_eq!(flags[0].found.as_deref(), Some("[their name], [your name]"));
    let with_a_join = format!("{unfinished} Join us!");
    assert_eq!(
        rules(&with_a_join, &context()),
        [Rule::Placeholder, Rule::Recruiting]
    );
    let filled = unfinished
        .replace("[their name]", "María")
        .replace("[your name]", "Sam");
    assert_eq!(rules(&filled, &context()), []);
}

#[test]
fn citations_and_addresses_are_not_placeholders() {
    let cited = format!("{HUMBLE} We read their report [1] <maria@casa.example.org>.");
    assert_eq!(rules(&cited, &context()), []);
}
