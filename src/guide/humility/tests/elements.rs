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
    for learning in [
        "Could I ask how the council decides which fights to take on?",
        "I would love to hear what matters most to the chapters, before I say much about us.",
        "I would value hearing what the priorities are this spring.",
        "I'd be glad to learn, whenever you have a moment, what your tenants want next.",
    ] {
        assert_eq!(
            rules(&format!("{no_question} {learning}"), &context()),
            [],
            "{learning}"
        );
    }
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
        "We could meet at the Elm library, where our group meets.",
        "If it is welcome, you are invited to come by our office.",
        "Once you have read the draft, we can go over it together.",
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
        "I could come out to the Saturday market.",
        "Could I come see one of the gardens?",
        "I'd be glad to bring it by the community center.",
        "I'd be glad to come to the sewing circle.",
        "If it is welcome, I would come by the clinic.",
        "We would much rather come to you than have you travel.",
        "I could bring the notes to Saint Anne's whenever suits you.",
        "If the forum is open to neighbors, I would love to come and listen.",
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
    partner.research.current_issues =
        "Wage theft ordinance; a liaison office across the east side".into();
    let context = Context::for_partner(&partner, Channel::Email);
    assert_eq!(
        context.research_stems,
        ["east", "liaison", "ordinanc", "wag"]
    );
    partner.research.current_issues = "Pressing the council on wage theft".into();
    let context = Context::for_partner(&partner, Channel::Email);
    assert_eq!(context.research_stems, ["wag"]);
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

/// A place of theirs that our research names is somewhere to go, with or
/// without a place word the check knows; a public or neutral place, an idiom
/// of "coming to" and a visit made by someone else are not offers.
#[test]
fn a_place_from_our_research_is_a_destination() {
    let rowers = Context {
        research_stems: research_stems(
            "Weekly dinners in the boathouse; a rally at the statehouse each fall.",
            "Harbor Rowers",
        ),
        ..context()
    };
    let asks = "I read about your weekly dinners. What do your rowers hope for this fall?";
    for toward_them in [
        "I could drive out to the boathouse some evening.",
        "I would be glad to meet at the boathouse.",
        "Would it help if I came out to campus one afternoon?",
        "Would you be open to me coming by next week?",
        "We could also talk at any venue you prefer.",
        "Happy to come out your way some afternoon.",
        "We could get together at the boathouse if that is easier.",
        "Could I join one of the dinners?",
        "I could drop in on one of your practices.",
        "We could meet on your turf.",
        "I'd be happy to meet you on campus.",
        "Name a spot near you and I'll be there.",
    ] {
        assert_eq!(
            rules(&format!("{asks} {toward_them}"), &rowers),
            [],
            "{toward_them}"
        );
    }
    for not_an_offer in [
        "When it comes to the boathouse repairs, we know very little.",
        "Your rowers meet at the boathouse every week.",
        "I could meet you at the cafe downtown.",
        "Our monthly meetings at the Elm Street library are open to all.",
        "I saw the photos from the press visit.",
        "On your site I read that the rowers train at dawn.",
    ] {
        assert_eq!(
            rules(&format!("{asks} {not_an_offer}"), &rowers),
            [Rule::NoOfferToGoToThem],
            "{not_an_offer}"
        );
    }
}

/// A question is read clause by clause; a question offering to tell them
/// about us, about which day suits, or about coming to a place of theirs is
/// not about their work; a past "loved hearing" reports, it does not invite.
#[test]
fn questions_are_read_clause_by_clause_and_for_whom_they_are() {
    let no_question = HUMBLE.replace(
        "Could you tell us more about it, and what matters most to your members right now?",
        "We admire it.",
    );
    for about_them in [
        "What are you planning for the spring, and is there a better day for me to visit?",
        "What issues should we raise for them at the budget hearing?",
        "I'd be grateful for the chance to hear how the night school got going.",
        "I'd like to hear, in your own words, what the families worry about.",
        "Tell us what would be most helpful right now.",
        "Curious how the night school got started.",
        "Before anything else, what is the council putting first this year?",
    ] {
        assert_eq!(
            rules(&format!("{no_question} {about_them}"), &context()),
            [],
            "{about_them}"
        );
    }
    for not_about_them in [
        "Would you like me to tell you more about what we do?",
        "What day works best for you?",
        "I loved hearing about the ride-along last month.",
    ] {
        assert_eq!(
            rules(&format!("{no_question} {not_about_them}"), &context()),
            [Rule::NoQuestionAboutThem],
            "{not_about_them}"
        );
    }
    let rowers = Context {
        research_stems: research_stems("Weekly dinners in the boat house.", "Harbor Rowers"),
        ..context()
    };
    let visit_only =
        "We admire your weekly dinners. Does Thursday work for me to stop by the boat house?";
    assert_eq!(rules(visit_only, &rowers), [Rule::NoQuestionAboutThem]);
}
