//! The humility check: live, rule-based advice on a first-contact draft.
//! It flags wording that puts us first and notes what a humble first
//! message needs. It advises; it never blocks.

use super::placeholders::placeholders;
use super::text::{find_phrase, normalize, words};
use crate::model::{Channel, Partner, TaxStatus};

/// A rule of the humility check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Template text such as "[your name]" still waiting to be replaced.
    Placeholder,
    Recruiting,
    AskFirst,
    Savior,
    Jargon,
    TooLong,
    NoQuestionAboutThem,
    NoSignOfResearch,
    NoOfferToGoToThem,
    /// Only for 501(c)(3) partners.
    Electoral,
}

/// One piece of advice on a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    pub rule: Rule,
    /// What in the draft raised it, when it is something the draft says.
    pub found: Option<String>,
}

/// What the check knows besides the draft itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    pub channel: Channel,
    /// The partner is a 501(c)(3) charity.
    pub charity: bool,
    /// Distinctive words from our research on them.
    pub research_words: Vec<String>,
}

const RECRUITING: &[&str] = &[
    "join us",
    "join our",
    "sign up",
    "sign-up",
    "signing up",
    "become a member",
    "become members",
    "membership",
    "recruit",
    "recruiting",
    "our members would",
    "bring your members",
    "get your members",
    "grow our group",
    "grow our membership",
    "new members",
];
const ASK_FIRST: &[&str] = &[
    "we need you to",
    "we need your",
    "can you help us with",
    "could you help us with",
    "will you help us with",
    "would you help us with",
    "help us with our",
    "will you support",
    "would you support",
    "please support",
    "can you support",
    "would you endorse",
    "will you endorse",
    "can you endorse",
    "we'd like you to",
    "we would like you to",
    "we want you to",
    "commit to",
    "sign on to",
    "sign onto",
    "co-sponsor",
    "cosponsor",
    "partner with us on",
    "can you share our",
    "could you share our",
    "promote our",
    "spread the word about our",
];
const SAVIOR: &[&str] = &[
    "empower",
    "empowering",
    "give them a voice",
    "give you a voice",
    "the voiceless",
    "less fortunate",
    "underprivileged",
    "those in need",
    "people in need",
    "help those",
    "help these people",
    "help your community",
    "help the community",
    "save your community",
    "save them",
    "rescue",
    "uplift",
    "lift up your",
    "fix your",
    "we know what",
    "we can solve",
];
const JARGON: &[&str] = &[
    "synergy",
    "synergies",
    "leverage",
    "leveraging",
    "stakeholder",
    "stakeholders",
    "deliverable",
    "deliverables",
    "bandwidth",
    "circle back",
    "touch base",
    "capacity building",
    "value proposition",
    "scalable",
    "impactful",
    "actionable",
    "paradigm",
    "optimize",
    "win-win",
    "low-hanging fruit",
    "onboard",
    "onboarding",
    "kpi",
    "kpis",
    "roi",
    "move the needle",
    "force multiplier",
    "operationalize",
    "best practices",
];
const GOING_TO_THEM: &[&str] = &[
    "come to you",
    "come by",
    "come over",
    "visit you",
    "visit your",
    "meet you at",
    "meet at your",
    "at your office",
    "at your place",
    "your place",
    "where you are",
    "wherever works",
    "wherever suits",
    "wherever is easiest",
    "wherever is convenient",
    "stop by",
    "come to your",
    "drop by",
    "in your space",
    "at your space",
];
const ELECTORAL: &[&str] = &[
    "vote for",
    "vote against",
    "elect",
    "re-elect",
    "reelect",
    "defeat",
    "candidate",
    "candidates",
    "endorse",
    "endorsement",
    "democrat",
    "democrats",
    "democratic party",
    "republican",
    "republicans",
    "gop",
    "get out the vote",
    "gotv",
    "our party",
    "partisan",
    "unseat",
];
/// Common words that say nothing about a particular organization's work.
const GENERIC_WORDS: &[&str] = &[
    "about",
    "their",
    "there",
    "these",
    "those",
    "which",
    "where",
    "would",
    "could",
    "should",
    "other",
    "being",
    "after",
    "before",
    "while",
    "through",
    "people",
    "community",
    "communities",
    "organization",
    "organizations",
    "organize",
    "organizing",
    "local",
    "members",
    "member",
    "group",
    "groups",
    "working",
    "works",
    "support",
    "services",
    "mostly",
    "every",
    "around",
    "against",
    "between",
    "within",
    "together",
    "change",
    "changes",
    "issues",
    "issue",
    "current",
    "campaign",
    "campaigns",
    "their's",
    "theirs",
];

/// The most words a first message should have, by channel.
pub fn word_limit(channel: Channel) -> usize {
    match channel {
        Channel::Email => 180,
        Channel::PhoneCall => 160,
        Channel::AtTheirEvent => 90,
    }
}

impl Rule {
    /// A short name for the flag.
    pub fn title(self) -> &'static str {
        match self {
            Rule::Placeholder => "Text left to fill in",
            Rule::Recruiting => "Recruiting language",
            Rule::AskFirst => "Asking before listening",
            Rule::Savior => "Savior framing",
            Rule::Jargon => "Jargon",
            Rule::TooLong => "Long message",
            Rule::NoQuestionAboutThem => "No question about their work",
            Rule::NoSignOfResearch => "Nothing shows our research",
            Rule::NoOfferToGoToThem => "No offer to come to them",
            Rule::Electoral => "Electoral or partisan wording",
        }
    }

    /// Why it matters.
    pub fn why(self) -> &'static str {
        match self {
            Rule::Placeholder => {
                "Bracketed text like this was meant to be replaced. Sent as it is, the message reads as a form letter, not as words to them."
            }
            Rule::Recruiting => {
                "It reads as if we want them to join us. A partner is not a pool of new members: be a real partner, not a recruiter."
            }
            Rule::AskFirst => {
                "Asking for support, an endorsement or a commitment in a first message puts our agenda first, and small organizations have little time to spare."
            }
            Rule::Savior => {
                "It casts them as people to be helped or saved. They know their community's needs far better than we do."
            }
            Rule::Jargon => {
                "Buzzwords make a message sound like a pitch and are hard to read, especially in a second language."
            }
            Rule::TooLong => {
                "People running community organizations are busy; a long first message is less likely to be read."
            }
            Rule::NoQuestionAboutThem => {
                "A first contact is for learning from them. Without a question about their work, there is nothing to answer."
            }
            Rule::NoSignOfResearch => {
                "Mentioning something specific about their work shows we did our homework and respect their time."
            }
            Rule::NoOfferToGoToThem => {
                "Meeting where they are saves them time away from their work, and shows respect."
            }
            Rule::Electoral => {
                "As a 501(c)(3) they must stay out of partisan and electoral work; an ask like this can put them at risk."
            }
        }
    }

    /// A better direction.
    pub fn try_instead(self) -> &'static str {
        match self {
            Rule::Placeholder => {
                "Put in the real name, date or detail, or take the placeholder out. \"Your name\" under About your group fills in the signature."
            }
            Rule::Recruiting => "Ask about their work and how we might support it.",
            Rule::AskFirst => {
                "Ask for nothing yet: request a conversation to learn about their work."
            }
            Rule::Savior => {
                "Speak of them as the experts they are, and ask what would help their work."
            }
            Rule::Jargon => "Use plain, everyday words.",
            Rule::TooLong => {
                "Keep to a few short lines: who we are, what we learned, a question, an offer to come to them."
            }
            Rule::NoQuestionAboutThem => {
                "Ask about their current work, their goals, or what matters most to the people they serve."
            }
            Rule::NoSignOfResearch => {
                "Name one of their issues, campaigns or events, in your own words."
            }
            Rule::NoOfferToGoToThem => {
                "Offer to come to their place, or to one of their events, at a time that suits them."
            }
            Rule::Electoral => {
                "State our goals clearly and truthfully, in terms of the impact on people in their community, with no electoral ask."
            }
        }
    }
}

impl Context {
    /// The context for a draft to `partner` through `channel`.
    pub fn for_partner(partner: &Partner, channel: Channel) -> Self {
        let research = &partner.research;
        let sources = [
            research.mission.as_str(),
            research.how_they_work.as_str(),
            research.theory_of_change.as_str(),
            research.current_issues.as_str(),
            research.tactics.as_str(),
            partner.organization.community_served.as_str(),
            partner.organization.other_focus_areas.as_str(),
        ]
        .into_iter()
        .chain(partner.events.iter().map(|event| event.title.as_str()));
        let mut research_words: Vec<String> = sources
            .flat_map(words)
            .filter(|word| word.chars().count() >= 5 && !GENERIC_WORDS.contains(&word.as_str()))
            .collect();
        research_words.sort();
        research_words.dedup();
        Self {
            channel,
            charity: partner.organization.tax_status == TaxStatus::Charity501c3,
            research_words,
        }
    }
}

/// Checks a draft. Flags come in a fixed order: wording first, then what is missing.
pub fn check(message: &str, context: &Context) -> Vec<Flag> {
    let text = normalize(message);
    let mut flags = Vec::new();
    let unfilled = placeholders(message);
    if !unfilled.is_empty() {
        flags.push(Flag {
            rule: Rule::Placeholder,
            found: Some(unfilled.join(", ")),
        });
    }
    let mut phrase_rule = |rule, phrases: &[&str]| {
        if let Some(found) = first_found(&text, phrases) {
            flags.push(Flag {
                rule,
                found: Some(found),
            });
        }
    };
    phrase_rule(Rule::Recruiting, RECRUITING);
    phrase_rule(Rule::AskFirst, ASK_FIRST);
    phrase_rule(Rule::Savior, SAVIOR);
    phrase_rule(Rule::Jargon, JARGON);
    if context.charity {
        phrase_rule(Rule::Electoral, ELECTORAL);
    }

    let word_count = words(message).count();
    if word_count > word_limit(context.channel) {
        flags.push(Flag {
            rule: Rule::TooLong,
            found: Some(format!(
                "{word_count} words; aim for {} or fewer",
                word_limit(context.channel)
            )),
        });
    }
    if !asks_about_them(&text) {
        flags.push(Flag {
            rule: Rule::NoQuestionAboutThem,
            found: None,
        });
    }
    if !shows_research(&text, &context.research_words) {
        flags.push(Flag {
            rule: Rule::NoSignOfResearch,
            found: None,
        });
    }
    if context.channel != Channel::AtTheirEvent && first_found(&text, GOING_TO_THEM).is_none() {
        flags.push(Flag {
            rule: Rule::NoOfferToGoToThem,
            found: None,
        });
    }
    flags
}

/// The one-line summary shown above the flags.
pub fn summary(flags: &[Flag]) -> String {
    match flags.len() {
        0 => "Nothing to reconsider: this reads as humble and curious.".into(),
        1 => "1 thing to reconsider".into(),
        count => format!("{count} things to reconsider"),
    }
}

/// The phrase of `phrases` that occurs first in `text`.
fn first_found(text: &str, phrases: &[&str]) -> Option<String> {
    phrases
        .iter()
        .filter_map(|phrase| find_phrase(text, phrase).map(|at| (at, *phrase)))
        .min()
        .map(|(_, phrase)| phrase.to_owned())
}

/// Whether a question in `text` is about them ("you", "your").
fn asks_about_them(text: &str) -> bool {
    text.split_inclusive(['.', '!', '?', '\n'])
        .filter(|sentence| sentence.ends_with('?'))
        .any(|sentence| {
            words(sentence).any(|word| matches!(word.as_str(), "you" | "your" | "yours"))
        })
}

/// Whether `text` uses a word from our research (matching on the first five letters,
/// so "tenant" finds "tenants").
fn shows_research(text: &str, research_words: &[String]) -> bool {
    let stems: Vec<String> = research_words
        .iter()
        .map(|word| word.chars().take(5).collect())
        .collect();
    words(text)
        .filter(|word| word.chars().count() >= 5)
        .any(|word| stems.iter().any(|stem| word.starts_with(stem.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draft that satisfies every rule, to which tests add one problem at a time.
    const HUMBLE: &str = "Hello María,\nWe are neighbors in Springfield. We read about your wage theft ordinance work. \
        Could you tell us more about it, and what matters most to your members right now? \
        We would be glad to come to you, whenever suits you.";

    fn context() -> Context {
        Context {
            channel: Channel::Email,
            charity: false,
            research_words: vec!["ordinance".into(), "wages".into()],
        }
    }

    fn rules(message: &str, context: &Context) -> Vec<Rule> {
        check(message, context)
            .into_iter()
            .map(|flag| flag.rule)
            .collect()
    }

    #[test]
    fn a_humble_draft_raises_nothing() {
        assert_eq!(rules(HUMBLE, &context()), []);
        assert_eq!(
            summary(&[]),
            "Nothing to reconsider: this reads as humble and curious."
        );
    }

    fn assert_phrase_rule(rule: Rule, trigger: &str, near_miss: &str, context: &Context) {
        let flagged = check(&format!("{HUMBLE} {trigger}"), context);
        assert_eq!(
            flagged.iter().map(|f| f.rule).collect::<Vec<_>>(),
            [rule],
            "{trigger}"
        );
        assert!(flagged[0].found.is_some());
        assert_eq!(
            rules(&format!("{HUMBLE} {near_miss}"), context),
            [],
            "{near_miss}"
        );
    }

    #[test]
    fn recruiting_language() {
        assert_phrase_rule(
            Rule::Recruiting,
            "Your members should join us!",
            "I joined your march last spring.",
            &context(),
        );
    }

    #[test]
    fn ask_first_phrasing() {
        assert_phrase_rule(
            Rule::AskFirst,
            "We need you to endorse our petition.",
            "We need to learn more first.",
            &context(),
        );
    }

    #[test]
    fn savior_framing() {
        assert_phrase_rule(
            Rule::Savior,
            "We want to help your community.",
            "Could you help us understand your priorities?",
            &context(),
        );
    }

    #[test]
    fn jargon() {
        assert_phrase_rule(
            Rule::Jargon,
            "Let's find synergies.",
            "We will circle the block near your office.",
            &context(),
        );
    }

    #[test]
    fn electoral_wording_for_a_charity_only() {
        let charity = Context {
            charity: true,
            ..context()
        };
        assert_phrase_rule(
            Rule::Electoral,
            "Help us defeat the mayor.",
            "We run a voter registration table.",
            &charity,
        );
        assert_eq!(
            rules(&format!("{HUMBLE} Help us defeat the mayor."), &context()),
            []
        );
    }

    #[test]
    fn excessive_length_by_channel() {
        let padding = " more".repeat(word_limit(Channel::Email));
        let long = format!("{HUMBLE}{padding}");
        assert_eq!(rules(&long, &context()), [Rule::TooLong]);
        let words_in_humble = words(HUMBLE).count();
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
    }

    #[test]
    fn a_sign_of_research_is_needed() {
        let vague = HUMBLE.replace("your wage theft ordinance work", "your work");
        assert_eq!(rules(&vague, &context()), [Rule::NoSignOfResearch]);
        let no_research = Context {
            research_words: Vec::new(),
            ..context()
        };
        assert_eq!(rules(HUMBLE, &no_research), [Rule::NoSignOfResearch]);
        // A word sharing its first five letters counts: "ordinances" for "ordinance".
        let plural = HUMBLE.replace("ordinance", "ordinances");
        assert_eq!(rules(&plural, &context()), []);
    }

    #[test]
    fn an_offer_to_come_to_them_is_needed_except_at_their_event() {
        let no_offer = HUMBLE.replace(
            "We would be glad to come to you, whenever suits you.",
            "Come to our meeting on Tuesday.",
        );
        assert_eq!(rules(&no_offer, &context()), [Rule::NoOfferToGoToThem]);
        let at_event = Context {
            channel: Channel::AtTheirEvent,
            ..context()
        };
        assert_eq!(rules(&no_offer, &at_event), []);
    }

    #[test]
    fn flags_name_what_they_found_and_summaries_count() {
        let flags = check("Join us and leverage our synergy!", &context());
        assert_eq!(flags[0].found.as_deref(), Some("join us"));
        assert_eq!(flags[1].found.as_deref(), Some("leverage"));
        assert_eq!(summary(&flags[..1]), "1 thing to reconsider");
        assert_eq!(
            summary(&flags),
            format!("{} things to reconsider", flags.len())
        );
    }

    #[test]
    fn every_rule_explains_itself() {
        for rule in [
            Rule::Placeholder,
            Rule::Recruiting,
            Rule::AskFirst,
            Rule::Savior,
            Rule::Jargon,
            Rule::TooLong,
            Rule::NoQuestionAboutThem,
            Rule::NoSignOfResearch,
            Rule::NoOfferToGoToThem,
            Rule::Electoral,
        ] {
            assert!(
                !rule.title().is_empty() && rule.why().len() > 20 && rule.try_instead().len() > 10
            );
        }
    }

    #[test]
    fn research_words_come_from_the_notes_without_generic_words() {
        let mut partner = Partner::new("Casa", chrono::Utc::now()).unwrap();
        partner.research.current_issues = "Wage theft ordinance in their community".into();
        partner.organization.tax_status = TaxStatus::Charity501c3;
        let context = Context::for_partner(&partner, Channel::Email);
        assert_eq!(context.research_words, ["ordinance", "theft"]);
        assert!(context.charity);
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
}
