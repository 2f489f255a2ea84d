//! What a humble first message has: a question about their work, a sign of
//! our research, an offer to go to them. Each is returned as the draft's own
//! words, to show the writer what was found.

use super::generic::DAYS;
use super::pattern::Span;
use super::tokens::Token;
use super::{compiled, reading, written};

/// The most words of a sentence quoted back as evidence.
const EVIDENCE_WORDS: usize = 8;

/// A question (or an invitation to tell) about their work, unless it is an ask.
/// A question counts when it names them ("your", "their"), asks what they do
/// ("you" with a verb of their work), names something from our research, asks
/// about their needs, or is a "what/how/who" question that is not about us;
/// never when it asks about us ("Should we…", "Is our group…") unless it
/// asks to learn ("Could I ask what…"). A question about when to meet counts
/// only when it names their work or needs; an invitation about us never does.
/// A place of theirs named only as where we would go ("Could I stop by the
/// student union?") is not a question about their work: research words
/// inside an `offers` span do not count.
pub fn question_about_them(
    message: &str,
    tokens: &[Token],
    asks: &[Span],
    offers: &[Span],
) -> Option<String> {
    let compiled = compiled();
    let mut start = 0;
    for words in tokens.chunk_by(|a, b| a.sentence == b.sentence) {
        let end = start + words.len();
        let is_ask = asks.iter().any(|ask| ask.start >= start && ask.start < end);
        let has = |list: &[u64]| words.iter().any(|token| list.contains(&token.stem_hash));
        let in_offer = |at: usize| {
            offers
                .iter()
                .any(|offer| offer.start <= at && at < offer.end)
        };
        let names_us = words
            .iter()
            .any(|token| is_first_person(token) && !matches!(token.word.as_str(), "me" | "us"));
        let asks_about_us = (words.len() > 1
            && AUXILIARIES.contains(&words[0].word.as_str())
            && is_first_person(&words[1])
            && !words
                .get(2)
                .is_some_and(|verb| LEARNING.contains(&verb.word.as_str())))
            || (offers_to_tell_about_us(words) && !words.iter().any(is_your));
        // "Can I ask how the council decides…?": a question to learn what they do.
        let asks_to_learn = words.len() > 3
            && AUXILIARIES.contains(&words[0].word.as_str())
            && is_first_person(&words[1])
            && LEARNING.contains(&words[2].word.as_str())
            && words[3..]
                .iter()
                .any(|token| WH_WORDS.contains(&token.word.as_str()))
            && !words[3..].iter().any(is_first_person);
        let names_their_work = words
            .iter()
            .enumerate()
            .any(|(at, token)| token.is_research() && !in_offer(start + at))
            || has(&compiled.their_needs);
        // Each clause is read on its own: "What are you focusing on, and is
        // there a better time to come back?" asks about them, then schedules.
        let clause_about_them = |clause: &[Token]| {
            let has_stem =
                |list: &[u64]| clause.iter().any(|token| list.contains(&token.stem_hash));
            let names_us = clause.iter().any(is_first_person);
            !schedules(clause)
                && (clause.iter().any(is_your)
                    || (clause
                        .iter()
                        .any(|token| token.word == "you" && !token.compound)
                        && has_stem(&compiled.about_their_work))
                    // "But first, what is the council focused on?"
                    || (!names_us && WH_WORDS.contains(&clause[0].word.as_str())))
        };
        let about_them = words[0].question
            && !asks_about_us
            && (names_their_work
                || words
                    .chunk_by(|_, next| !next.after_pause)
                    .any(clause_about_them)
                || (!schedules(words)
                    && (asks_to_learn
                        || (!names_us && WH_WORDS.contains(&words[0].word.as_str())))));
        let invites = compiled
            .invites_their_story
            .find_all(words)
            .iter()
            .any(|(_, span)| {
                !reading::negated(words, span.start)
                    && !is_about_us(words, *span)
                    && !reports_the_past(&words[span.start])
            });
        if !is_ask && (about_them || invites) {
            let shown = Span {
                start,
                end: end.min(start + EVIDENCE_WORDS),
            };
            let ellipsis = if end > shown.end { "\u{2026}" } else { "" };
            return Some(format!("{}{ellipsis}", written(message, tokens, shown)));
        }
        start = end;
    }
    None
}

/// Whether `words` are about when to meet: a day or a word of [`WHEN`] with
/// a word of [`SUITS`].
fn schedules(words: &[Token]) -> bool {
    let has_word = |list: &[&str]| {
        words
            .iter()
            .any(|token| list.contains(&token.word.as_str()))
    };
    (has_word(DAYS) || has_word(WHEN)) && has_word(SUITS)
}

/// Whether the word that opens an invitation is in the past tense, which
/// reports rather than invites: "I loved hearing about your march".
fn reports_the_past(word: &Token) -> bool {
    word.word.ends_with("ed") && word.word != "interested"
}

/// Whether a question offers to tell them about us: "Want me to tell you
/// more about what we do?", "Would you like to hear about our group?".
fn offers_to_tell_about_us(words: &[Token]) -> bool {
    words.iter().enumerate().any(|(at, token)| {
        token.word == "about"
            && words[at + 1..]
                .iter()
                .take(2)
                .any(|next| is_first_person(next) && next.word != "me")
    })
}

/// Words that open a yes-or-no question: "Should we…", "Is our…".
const AUXILIARIES: &[&str] = &[
    "is", "are", "am", "was", "should", "shall", "can", "could", "may", "might", "do", "does",
    "did", "will", "would", "have", "has",
];

/// A question with a day ([`DAYS`]) or a word of this list, and a word of
/// [`SUITS`], is about when to meet, which says
/// nothing of their work unless it names it: "Does Tuesday work for you?".
const WHEN: &[&str] = &[
    "weekday",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "tomorrow",
    "week",
    "time",
    "date",
    "schedule",
    "calendar",
    "when",
    "day",
    "days",
    "hour",
    "hours",
    "times",
    "dates",
];
/// See [`WHEN`].
const SUITS: &[&str] = &[
    "work",
    "suit",
    "suits",
    "better",
    "best",
    "good",
    "free",
    "available",
    "convenient",
    "okay",
    "ok",
    "fine",
    "possible",
    "easier",
    "easiest",
];

/// Verbs that turn "Could I…" into a question about them: "Could I ask what…".
const LEARNING: &[&str] = &["ask", "learn", "hear", "know", "understand", "find"];

/// Words that open a question about something: what, how, who…
const WH_WORDS: &[&str] = &["what", "how", "who", "which", "why", "where", "qué", "cómo"];

fn is_first_person(token: &Token) -> bool {
    !token.compound
        && matches!(
            token.word.as_str(),
            "we" | "our" | "ours" | "us" | "i" | "my" | "me"
        )
}

/// Whether an invitation in a sentence is about us: "would you like to know
/// more about us?", "here is a flyer about us in case you want to know more";
/// not when "about us" comes after it in another clause: "I'd love to hear
/// what matters to your members, before I say much about us".
fn is_about_us(words: &[Token], invitation: Span) -> bool {
    let clause_end = (invitation.end..words.len())
        .find(|&at| words[at].after_pause)
        .unwrap_or(words.len());
    words[..clause_end]
        .windows(2)
        .any(|pair| pair[0].word == "about" && is_first_person(&pair[1]))
}

fn is_your(token: &Token) -> bool {
    !token.compound && matches!(token.word.as_str(), "your" | "yours" | "their" | "theirs")
}

/// The first word of the draft that comes from our research on them.
pub fn sign_of_research(message: &str, tokens: &[Token]) -> Option<String> {
    tokens
        .iter()
        .enumerate()
        .find(|(_, token)| token.is_research())
        .map(|(at, _)| {
            written(
                message,
                tokens,
                Span {
                    start: at,
                    end: at + 1,
                },
            )
        })
}

/// The first offer to come to them that is not negated nor turned toward us.
pub fn offer_to_go_to_them(message: &str, tokens: &[Token]) -> Option<String> {
    offers_to_go_to_them(tokens)
        .into_iter()
        .min_by_key(|span| span.start)
        .map(|span| written(message, tokens, span))
}

/// Every offer to come to them that is not negated nor turned toward us.
pub fn offers_to_go_to_them(tokens: &[Token]) -> Vec<Span> {
    let compiled = compiled();
    let toward_us: Vec<Span> = compiled
        .coming_to_us
        .find_all(tokens)
        .into_iter()
        .map(|(_, span)| span)
        .collect();
    compiled
        .going_to_them
        .find_all(tokens)
        .into_iter()
        .map(|(_, span)| span)
        .filter(|span| {
            !reading::negated(tokens, span.start)
                && !toward_us
                    .iter()
                    .any(|us| us.start < span.end && span.start < us.end)
        })
        .collect()
}
