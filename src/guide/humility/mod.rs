//! The humility check: live advice on a first-contact draft. It reads the
//! draft as language, not as a word list: word forms, negation, whom a phrase
//! describes and which way a visit goes. It flags wording that puts us first
//! and notes what a humble first message needs. It advises; it never blocks.

mod classes;
mod elements;
mod generic;
mod pattern;
mod phrases;
mod reading;
mod rule;
mod signs;
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
    let generic = GENERIC.get_or_init(|| {
        generic::GENERIC_WORDS
            .iter()
            .chain(generic::DAYS)
            .map(|word| stem(word))
            .collect()
    });
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
            going_to_them: PatternSet::new(signs::GOING_TO_THEM.iter().copied()),
            coming_to_us: PatternSet::new(signs::COMING_TO_US.iter().copied()),
            invites_their_story: PatternSet::new(signs::INVITES_THEIR_STORY.iter().copied()),
            about_their_work: stems(signs::ABOUT_THEIR_WORK),
            their_needs: stems(signs::THEIR_NEEDS),
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

/// The first electoral or partisan words in `text`, as written, if any:
/// what a 501(c)(3) must not be sent or handed, whatever the text is (an
/// agenda, an invitation, our one-line description).
pub fn electoral_wording(text: &str) -> Option<String> {
    let tokens = tokenize(text);
    let first = *wording_matches(Rule::Electoral, &tokens).first()?;
    Some(written(text, &tokens, first))
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
    // Asking one of them to speak for their whole community is tokenizing;
    // the ask in that same sentence is not raised again as asking first.
    let tokenizing_sentences: Vec<usize> = wording_matches(Rule::Tokenizing, &tokens)
        .iter()
        .map(|span| tokens[span.start].sentence)
        .collect();
    for &rule in Rule::WORDING {
        if rule == Rule::Electoral && !context.charity {
            continue;
        }
        review.checked.push(rule);
        let mut spans = wording_matches(rule, &tokens);
        if rule == Rule::AskFirst {
            spans.retain(|span| !tokenizing_sentences.contains(&tokens[span.start].sentence));
        }
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
        elements::question_about_them(
            message,
            &tokens,
            &asks,
            &elements::offers_to_go_to_them(&tokens),
        ),
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
mod tests;
