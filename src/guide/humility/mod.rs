//! The humility check: live advice on a first-contact draft. It reads the
//! draft as language, not as a word list: word forms, negation, whom a phrase
//! describes and which way a visit goes. It flags wording that puts us first
//! and notes what a humble first message needs. It advises; it never blocks.

mod classes;
mod elements;
mod pattern;
mod phrases;
mod reading;
mod rule;
mod summary;
mod tokens;

use std::sync::OnceLock;

use super::placeholders::placeholders;
use crate::model::{Channel, Partner, TaxStatus};
use pattern::{PatternSet, Span};
pub use rule::Rule;
pub use summary::summary;
use tokens::{Token, stem, stem_hash, tokenize};

/// One piece of advice on a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    /// The rule that raised it.
    pub rule: Rule,
    /// What in the draft raised it, when it is something the draft says.
    pub found: Option<String>,
}

/// Something a humble first message has, which the check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    /// A question about their work.
    QuestionAboutThem,
    /// A word from our research on them.
    SignOfResearch,
    /// An offer to go to them.
    OfferToGoToThem,
}

/// An element found, with the draft's words that show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// What was found.
    pub element: Element,
    /// The draft's words that show it.
    pub words: String,
}

/// The check's full answer: its advice, what it found, and what it looked at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    /// The advice, wording first, then what is missing.
    pub flags: Vec<Flag>,
    /// The elements of a humble message the draft has.
    pub found: Vec<Evidence>,
    /// The rules that ran, in order.
    pub checked: Vec<Rule>,
}

/// What the check knows besides the draft itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// How the draft reaches them: an offer to come is not needed at their event.
    pub channel: Channel,
    /// The partner is, or may be, a 501(c)(3) charity.
    pub charity: bool,
    /// Stems of the distinctive words of our research on them, sorted.
    pub research_stems: Vec<String>,
}

/// Words too common to show research on a particular organization.
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
    "that",
    "this",
    "with",
    "from",
    "they",
    "them",
    "have",
    "been",
    "were",
    "what",
    "when",
    "will",
    "your",
    "into",
    "also",
    "more",
    "most",
    "some",
    "such",
    "than",
    "then",
    "very",
    "just",
    "over",
    "only",
    "each",
    "both",
    "many",
    "much",
    "make",
    "made",
    "like",
    "well",
    "every",
    "around",
    "against",
    "between",
    "within",
    "together",
    "people",
    "person",
    "community",
    "organization",
    "organize",
    "member",
    "group",
    "local",
    "work",
    "worker",
    "support",
    "service",
    "issue",
    "change",
    "campaign",
    "help",
    "right",
    "justice",
    "family",
    "neighbor",
    "city",
    "town",
    "area",
    "program",
    "event",
    "meeting",
    "mission",
    "goal",
    "need",
    "time",
    "year",
    "place",
    "thing",
    "important",
    "great",
    "mostly",
    "current",
    "theirs",
    "monthly",
    "weekly",
    "new",
    "public",
    "fight",
    "want",
    "know",
    "learn",
    "year",
    "every",
    "week",
    "month",
    "next",
    "first",
    "last",
    "second",
    "among",
    "allow",
    "speak",
    "talk",
    "raise",
    "rate",
    "letter",
    "official",
    "neighborhood",
    "board",
    "home",
    "house",
    "quality",
    "children",
    "child",
    "today",
    "still",
    "even",
    "back",
    "here",
    "come",
    "going",
    "take",
    "give",
    "keep",
    "find",
    "look",
    "show",
    "call",
    "write",
    "read",
    "hear",
    "listen",
    "meet",
    "good",
    "better",
    "best",
    "long",
    "short",
    "high",
    "large",
    "small",
    "open",
    "start",
    "part",
    "full",
    "real",
    "sure",
    "hard",
    "able",
    "free",
    "hope",
    "love",
    "thank",
    "plan",
    "voice",
    "decision",
    "library",
    "budget",
    "bring",
    "young",
    "volunteer",
    "council",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "safe",
];

/// The most words a first message should have, by channel.
pub fn word_limit(channel: Channel) -> usize {
    match channel {
        Channel::Email => 180,
        Channel::PhoneCall => 160,
        Channel::AtTheirEvent => 90,
    }
}

impl Context {
    /// The context for a draft to `partner` through `channel`.
    pub fn for_partner(partner: &Partner, channel: Channel) -> Self {
        Self {
            channel,
            charity: may_be_charity(partner.organization.tax_status),
            research_stems: research_stems(&research_text(partner), &partner.organization.name),
        }
    }
}

/// Whether electoral wording is checked: for a 501(c)(3), and for a partner
/// whose tax status is unknown, since many community organizations are.
pub fn may_be_charity(status: TaxStatus) -> bool {
    matches!(status, TaxStatus::Charity501c3 | TaxStatus::Unknown)
}

/// What our research notes say about them in particular, one field a line:
/// where the words that show our research come from. Their focus areas are
/// left out: "housing" or "education" names a field, not their work.
pub fn research_text(partner: &Partner) -> String {
    let research = &partner.research;
    [
        research.mission.as_str(),
        research.how_they_work.as_str(),
        research.theory_of_change.as_str(),
        research.current_issues.as_str(),
        research.tactics.as_str(),
        partner.organization.community_served.as_str(),
        partner.organization.affiliation.as_str(),
    ]
    .into_iter()
    .chain(partner.events.iter().map(|event| event.title.as_str()))
    .collect::<Vec<_>>()
    .join("\n")
}

/// The sorted stems of the distinctive words of our `research` notes on an
/// organization: not generic words, and not the words of `their_name`, since
/// naming them shows no research.
pub fn research_stems(research: &str, their_name: &str) -> Vec<String> {
    static GENERIC: OnceLock<Vec<String>> = OnceLock::new();
    let generic = GENERIC.get_or_init(|| GENERIC_WORDS.iter().map(|word| stem(word)).collect());
    let name: Vec<String> = tokenize(their_name)
        .into_iter()
        .map(|token| token.stem)
        .collect();
    let mut stems: Vec<String> = tokenize(research)
        .into_iter()
        .filter(|token| token.word.chars().count() >= 4 && token.stem.chars().count() >= 3)
        .map(|token| token.stem)
        .filter(|stem| !generic.contains(stem) && !name.contains(stem))
        .collect();
    stems.sort();
    stems.dedup();
    stems
}

/// The rules' phrase tables, compiled once.
struct Compiled {
    /// Per rule, its triggers and, per trigger, whether it is cleared when said of them.
    triggers: Vec<(Rule, PatternSet, Vec<bool>)>,
    innocent: Vec<(Rule, PatternSet)>,
    going_to_them: PatternSet,
    coming_to_us: PatternSet,
    invites_their_story: PatternSet,
    /// Stem hashes of words that make a question with "you" about their work.
    about_their_work: Vec<u64>,
    /// Stem hashes of words that make any question about their needs.
    their_needs: Vec<u64>,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let stems = |words: &[&str]| words.iter().map(|word| stem_hash(&stem(word))).collect();
        Compiled {
            triggers: phrases::TRIGGERS
                .iter()
                .map(|(rule, phrases)| {
                    let of_us_only = phrases
                        .iter()
                        .map(|phrase| phrase.starts_with('@'))
                        .collect();
                    let patterns = PatternSet::new(
                        phrases.iter().map(|phrase| phrase.trim_start_matches('@')),
                    );
                    (*rule, patterns, of_us_only)
                })
                .collect(),
            innocent: phrases::INNOCENT
                .iter()
                .map(|(rule, phrases)| (*rule, PatternSet::new(phrases.iter().copied())))
                .collect(),
            going_to_them: PatternSet::new(phrases::GOING_TO_THEM.iter().copied()),
            coming_to_us: PatternSet::new(phrases::COMING_TO_US.iter().copied()),
            invites_their_story: PatternSet::new(phrases::INVITES_THEIR_STORY.iter().copied()),
            about_their_work: stems(phrases::ABOUT_THEIR_WORK),
            their_needs: stems(phrases::THEIR_NEEDS),
        }
    })
}

/// The words of the draft that `span` covers, as written.
fn written(message: &str, tokens: &[Token], span: Span) -> String {
    message[tokens[span.start].start..tokens[span.end - 1].end].to_owned()
}

/// Where the wording rule `rule` is raised in the draft, cleared matches left out.
fn wording_matches(rule: Rule, tokens: &[Token]) -> Vec<Span> {
    let compiled = compiled();
    let mut spans: Vec<Span> = compiled
        .triggers
        .iter()
        .filter(|(trigger_rule, ..)| *trigger_rule == rule)
        .flat_map(|(_, patterns, of_us_only)| {
            patterns
                .find_all(tokens)
                .into_iter()
                .filter(|(index, span)| {
                    let quoted = tokens[span.start..span.end]
                        .iter()
                        .all(|token| token.quoted);
                    let cleared = quoted
                        || reading::negated(tokens, span.start)
                        || (of_us_only[*index] && reading::said_of_them(tokens, span.start));
                    !cleared
                })
                .map(|(_, span)| span)
        })
        .collect();
    if !spans.is_empty() {
        let innocent: Vec<Span> = compiled
            .innocent
            .iter()
            .filter(|(innocent_rule, _)| *innocent_rule == rule)
            .flat_map(|(_, patterns)| patterns.find_all(tokens))
            .map(|(_, span)| span)
            .collect();
        spans.retain(|span| !innocent.iter().any(|clear| overlaps(*clear, *span)));
    }
    spans.sort_by_key(|span| span.start);
    spans
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Checks a draft. Flags come in a fixed order: wording first, then what is missing.
pub fn check(message: &str, context: &Context) -> Vec<Flag> {
    review(message, context).flags
}

/// Checks a draft and says what it found and what it checked.
pub fn review(message: &str, context: &Context) -> Review {
    let mut tokens = tokenize(message);
    classes::mark_research(&mut tokens, &context.research_stems);
    let mut review = Review::default();
    let unfilled = placeholders(message);
    if !unfilled.is_empty() {
        review.flags.push(Flag {
            rule: Rule::Placeholder,
            found: Some(unfilled.join(", ")),
        });
    }
    let mut asks = Vec::new();
    for rule in Rule::WORDING {
        if rule == Rule::Electoral && !context.charity {
            continue;
        }
        review.checked.push(rule);
        let spans = wording_matches(rule, &tokens);
        if let Some(first) = spans.first() {
            review.flags.push(Flag {
                rule,
                found: Some(written(message, &tokens, *first)),
            });
        }
        if matches!(rule, Rule::Recruiting | Rule::AskFirst) {
            asks.extend(spans);
        }
    }

    let word_count = super::text::word_count(message);
    review.checked.push(Rule::TooLong);
    if word_count > word_limit(context.channel) {
        review.flags.push(Flag {
            rule: Rule::TooLong,
            found: Some(format!(
                "{word_count} words; aim for {} or fewer",
                word_limit(context.channel)
            )),
        });
    }
    let mut missing = |rule, element, words: Option<String>| {
        review.checked.push(rule);
        match words {
            Some(words) => review.found.push(Evidence { element, words }),
            None => review.flags.push(Flag { rule, found: None }),
        }
    };
    missing(
        Rule::NoQuestionAboutThem,
        Element::QuestionAboutThem,
        elements::question_about_them(message, &tokens, &asks),
    );
    missing(
        Rule::NoSignOfResearch,
        Element::SignOfResearch,
        elements::sign_of_research(message, &tokens),
    );
    if context.channel != Channel::AtTheirEvent {
        missing(
            Rule::NoOfferToGoToThem,
            Element::OfferToGoToThem,
            elements::offer_to_go_to_them(message, &tokens),
        );
    }
    review
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
            research_stems: research_stems("ordinance wages", "Casa"),
        }
    }

    fn charity() -> Context {
        Context {
            charity: true,
            ..context()
        }
    }

    fn rules(message: &str, context: &Context) -> Vec<Rule> {
        check(message, context)
            .into_iter()
            .map(|flag| flag.rule)
            .collect()
    }

    /// Each `raised` sentence added to the humble draft raises `rule` alone;
    /// each `cleared` one raises nothing.
    fn assert_reads(rule: Rule, raised: &[&str], cleared: &[&str], context: &Context) {
        for sentence in raised {
            let flags = check(&format!("{HUMBLE} {sentence}"), context);
            assert_eq!(
                flags.iter().map(|f| f.rule).collect::<Vec<_>>(),
                [rule],
                "{sentence}"
            );
            assert!(flags[0].found.is_some());
        }
        for sentence in cleared {
            assert_eq!(
                rules(&format!("{HUMBLE} {sentence}"), context),
                [],
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_humble_draft_raises_nothing_and_the_summary_says_what_was_found() {
        let review = review(HUMBLE, &context());
        assert_eq!(review.flags, []);
        let said = summary(&review);
        assert!(
            said.starts_with("No flags raised. Checked for recruiting, "),
            "{said}"
        );
        assert!(said.contains("a question about their work (\u{201c}Could you tell us more about it, and\u{2026}\u{201d})"), "{said}");
        assert!(
            said.contains("a sign of your research (\u{201c}wage\u{201d})"),
            "{said}"
        );
        assert!(
            said.contains("an offer to come to them (\u{201c}come to you\u{201d})"),
            "{said}"
        );
        assert!(!said.contains("humble"), "{said}");
        assert!(!summary(&super::review(HUMBLE, &context())).contains("electoral"));
        assert!(summary(&super::review(HUMBLE, &charity())).contains("electoral wording"));
    }

    #[test]
    fn word_forms_are_read() {
        assert_reads(
            Rule::Savior,
            &["Our organization empowers communities like yours."],
            &[],
            &context(),
        );
        assert_reads(
            Rule::Recruiting,
            &[
                "We are recruiting volunteers.",
                "Several of your members already joined us.",
            ],
            &[],
            &context(),
        );
    }

    #[test]
    fn recruiting_language() {
        assert_reads(
            Rule::Recruiting,
            &[
                "Your members should join us!",
                "We hope to grow our membership.",
                "Sign up for our newsletter.",
                "We have been looking for someone like you to join it.",
                "We're hoping a couple of your members will join our group.",
            ],
            &[
                "I joined your march last spring.",
                "We are not here to recruit anyone.",
                "Our members would be glad to volunteer at your hiring hall.",
                "We loved hearing about your membership assemblies.",
                "I signed up for your newsletter.",
                "I'm curious how you recruit fellows.",
            ],
            &context(),
        );
    }

    #[test]
    fn asks_in_polite_clothes_are_asking_before_listening() {
        assert_reads(
            Rule::AskFirst,
            &[
                "We need you to endorse our petition.",
                "We'd love to partner with you on our campaign.",
                "Could we present our work to your members?",
                "Would you co-host our town hall?",
                "Can you turn out 50 people for our march?",
                "We need your signature by Friday.",
                "Please come to our rally on the budget.",
                "We were hoping your members could knock doors with us.",
                "I brought flyers for our budget workshops.",
                "We would be honored to include yours.",
                "Our group is endorsing a budget bill; would you endorse it too?",
                "Could you get thirty students to the hearing?",
                "It would be wonderful if you could post the link in your group chats.",
                "Could one of your leaders fill that seat?",
                "Could you send us one of your members?",
            ],
            &[
                "We need to learn more first.",
                "We are not asking you to commit to anything.",
                "We would gladly turn out for your rally.",
                "We signed your petition last year.",
                "It would help us to understand your priorities.",
                "We need your advice on how to be useful.",
                "I shared your report with our group.",
                "We hope you could tell us more.",
                "A few of us signed up to help at your tournament.",
                "A few of us would gladly fill some seats at your hearing.",
                "Some of our members could chip in toward your ordinance work.",
                "I'd love for you to help us understand your audits.",
            ],
            &context(),
        );
    }

    #[test]
    fn savior_framing_and_expertise() {
        assert_reads(
            Rule::Savior,
            &[
                "We want to help your community.",
                "We have the expertise your community lacks.",
                "We could teach your workers how to organize.",
                "We'd love to help the families you work with understand how government works.",
                "We are well placed to fill that gap.",
                "We want to help the disabled people of this county.",
                "We already know what disabled residents need.",
                "We will speak up on your behalf.",
            ],
            &[
                "Could you help us understand your priorities?",
                "We admire how your trainings empower workers.",
                "Your mission, \u{201c}we empower day laborers\u{201d}, moved us.",
                "We know the lack of shade on job sites is a danger.",
                "Many of your members lack paid sick days.",
                "We want to show you how much we admire your clinics.",
                "What have the sessions taught you?",
                "I'd love to know what your members most need.",
            ],
            &context(),
        );
    }

    #[test]
    fn tokenizing() {
        assert_reads(
            Rule::Tokenizing,
            &[
                "We are reaching out to diverse organizations to meet our diversity goals.",
                "We are looking for a Latino leader for our board.",
                "Our board wants more diverse partners.",
                "Our steering committee set a goal of reaching out to more diverse groups.",
                "It would show that our group represents the whole city.",
                "Maybe you could speak for the whole Latino community.",
                "Our funder asks us to partner with immigrant groups.",
                "We want to hear the Haitian perspective.",
                "Your members would bring some diversity to our coalition.",
                "We want our coalition to look more diverse.",
                "It would be great to have a Black face at our table.",
                "Our group lacks representation from the Haitian community.",
                "We need a woman of color on the panel.",
                "Working with you would help us be more inclusive.",
                "We'd value hearing from you, as the voice of the Muslim community.",
                "Coming here is part of our plan to diversify.",
                "Could one of your members represent the views of Haitian renters?",
                "We would welcome you as a Latina voice.",
                "Our panel needs a Black perspective.",
                "We want our coalition to reflect the city.",
                "Partnering would show that we are inclusive.",
                "You would know how the whole community feels.",
                "We need a young person of color up there.",
                "We want someone who can speak for South Side students.",
                "It would make us look more like the city.",
                "Since you're Deaf, tell me what the Deaf community thinks.",
                "We want to cover the disability angle.",
                "A photo of your members for our newsletter would be perfect.",
                "It would show that we are not just a white group.",
            ],
            &[
                "We admire the Latino day laborers who lead your committees.",
                "We admire the diversity of your membership.",
                "Please accept this as a token of our thanks.",
                "We do not want to tokenize anyone.",
            ],
            &context(),
        );
        assert_eq!(
            rules(
                &format!("{HUMBLE} We are looking for a Latino leader to join our board."),
                &context()
            ),
            [Rule::Recruiting, Rule::Tokenizing]
        );
    }

    #[test]
    fn jargon() {
        assert_reads(
            Rule::Jargon,
            &["Let's find synergies.", "We could leverage our networks."],
            &["We will circle the block near your office."],
            &context(),
        );
    }

    #[test]
    fn electoral_wording_for_a_charity_both_ways() {
        assert_reads(
            Rule::Electoral,
            &[
                "Defeating the mayor matters to us.",
                "We want her re-elected.",
                "The election is close.",
                "It will be on the ballot.",
                "Please vote for Ana Ruiz.",
                "Our group is endorsing Rachel Kim for mayor.",
                "I knocked doors for the Working Families candidates.",
                "She is winning the mayoral race.",
                "We are backing the Democratic slate.",
                "It matters in the county races.",
            ],
            &[
                "We run a voter registration table.",
                "We hope to defeat the rollback of heat rules.",
                "We are holding a candidate forum on housing.",
                "The newly elected council meets on Monday.",
                "The newly elected school board meets in January.",
                "The newly elected transit board chair starts in January.",
                "Here is our slate of issues.",
            ],
            &charity(),
        );
        assert_eq!(
            rules(
                &format!("{HUMBLE} Defeating the mayor matters to us."),
                &context()
            ),
            []
        );
    }

    #[test]
    fn an_unknown_tax_status_runs_the_electoral_rule() {
        let partner = Partner::new("Casa", chrono::Utc::now()).unwrap();
        assert!(Context::for_partner(&partner, Channel::Email).charity);
    }

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
        let told_me = format!(
            "{no_question} What have families told you that outsiders like me usually miss?"
        );
        assert_eq!(rules(&told_me, &context()), []);
        let flyer =
            format!("{no_question} Here is a flyer about us in case you want to know more.");
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
        let invitation =
            format!("{no_question} We would love to hear what your members need most.");
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
        assert!(
            summary(&review).starts_with(&format!("{} things to reconsider.", review.flags.len()))
        );
    }

    #[test]
    fn every_rule_explains_itself_and_has_a_key() {
        for rule in Rule::ALL {
            assert!(
                !rule.title().is_empty() && rule.why().len() > 20 && rule.try_instead().len() > 10
            );
            assert_eq!(Rule::from_key(rule.key()), Some(rule));
        }
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
}
