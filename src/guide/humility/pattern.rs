//! Phrase patterns over the draft's words, written as plain text in the
//! rules' tables: words match by stem, `a|b` is either word, `word?` may be
//! left out, `..` skips up to three words and `...` up to six, and capitalized names stand for a
//! class of words (`OUR`, `YOUR`, `NUM`…). A pattern never crosses a sentence.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tokens::{Token, stem};

/// The most words `..` skips.
const SHORT_GAP: usize = 3;
/// The most words `...` skips.
const LONG_GAP: usize = 6;

/// A kind of word a pattern can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// our, my: what belongs to us.
    Our,
    /// us, me.
    Us,
    /// we, I.
    We,
    /// you, y'all.
    You,
    /// your, their: what belongs to them.
    Your,
    /// they, them.
    Them,
    /// A number, in digits or words.
    Num,
    /// A word naming people by identity: "Latino", "Black", "immigrant".
    Identity,
    /// A group of people: members, workers, neighbors.
    People,
    /// A capitalized word that does not start its sentence: a name.
    Name,
    /// A place an organization works or meets: center, hall, office.
    Place,
}

const NUMBERS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "thousand",
    "thousands",
];
const IDENTITIES: &[&str] = &[
    "latino",
    "latina",
    "latinx",
    "latine",
    "hispanic",
    "black",
    "asian",
    "indigenous",
    "native",
    "immigrant",
    "muslim",
    "poc",
    "bipoc",
    "lgbtq",
    "queer",
    "trans",
    "disabled",
    "minority",
    "african",
    "arab",
    "chicano",
    "chicana",
];
const PLACES: &[&str] = &[
    "center",
    "centre",
    "hall",
    "office",
    "site",
    "clinic",
    "school",
    "space",
    "building",
    "headquarters",
    "shop",
    "church",
    "workshop",
    "assembly",
    "meeting",
    "event",
    "rally",
];
const PEOPLE: &[&str] = &[
    "member",
    "worker",
    "people",
    "folk",
    "neighbor",
    "family",
    "resident",
    "tenant",
    "volunteer",
    "supporter",
    "person",
    "body",
    "leader",
    "staff",
    "laborer",
    "parent",
];

/// The stems of the word lists, computed once.
struct WordStems {
    identities: Vec<String>,
    people: Vec<String>,
    places: Vec<String>,
}

fn word_stems() -> &'static WordStems {
    static STEMS: OnceLock<WordStems> = OnceLock::new();
    STEMS.get_or_init(|| {
        let stems = |words: &[&str]| words.iter().map(|word| stem(word)).collect();
        WordStems {
            identities: stems(IDENTITIES),
            people: stems(PEOPLE),
            places: stems(PLACES),
        }
    })
}

impl Class {
    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "OUR" => Class::Our,
            "US" => Class::Us,
            "WE" => Class::We,
            "YOU" => Class::You,
            "YOUR" => Class::Your,
            "THEM" => Class::Them,
            "NUM" => Class::Num,
            "IDENT" => Class::Identity,
            "PEOPLE" => Class::People,
            "NAME" => Class::Name,
            "PLACE" => Class::Place,
            _ => return None,
        })
    }

    fn admits(self, token: &Token) -> bool {
        let pronoun = |words: &[&str]| !token.compound && words.contains(&token.word.as_str());
        match self {
            Class::Our => pronoun(&["our", "ours", "my"]),
            Class::Us => pronoun(&["us", "me"]),
            Class::We => pronoun(&["we", "i"]),
            Class::You => pronoun(&["you", "y'all", "yall"]),
            Class::Your => pronoun(&["your", "yours", "their", "theirs"]),
            Class::Them => pronoun(&["they", "them"]),
            Class::Num => {
                token.word.chars().all(|c| c.is_ascii_digit())
                    || NUMBERS.contains(&token.word.as_str())
            }
            Class::Identity => word_stems().identities.contains(&token.stem),
            Class::People => word_stems().people.contains(&token.stem),
            Class::Name => token.capitalized,
            Class::Place => word_stems().places.contains(&token.stem),
        }
    }
}

/// One word of a pattern: any of its alternatives, perhaps optional.
#[derive(Clone, Debug)]
struct Slot {
    stems: Vec<String>,
    classes: Vec<Class>,
    optional: bool,
}

impl Slot {
    fn admits(&self, token: &Token) -> bool {
        self.stems.contains(&token.stem) || self.classes.iter().any(|class| class.admits(token))
    }
}

#[derive(Clone, Debug)]
enum Part {
    Slot(Slot),
    /// Skips up to this many words.
    Gap(usize),
}

/// A compiled phrase pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    parts: Vec<Part>,
}

/// Where a pattern matched: token indexes, end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first token matched.
    pub start: usize,
    /// The token after the last one matched.
    pub end: usize,
}

impl Pattern {
    /// Compiles a pattern written in the tables' notation.
    pub fn new(text: &str) -> Self {
        let parts = text
            .split_whitespace()
            .map(|item| {
                match item {
                    ".." => return Part::Gap(SHORT_GAP),
                    "..." => return Part::Gap(LONG_GAP),
                    _ => {}
                }
                let (item, optional) = match item.strip_suffix('?') {
                    Some(item) => (item, true),
                    None => (item, false),
                };
                let mut slot = Slot {
                    stems: Vec::new(),
                    classes: Vec::new(),
                    optional,
                };
                for alternative in item.split('|') {
                    match Class::from_name(alternative) {
                        Some(class) => slot.classes.push(class),
                        None => slot.stems.push(stem(alternative)),
                    }
                }
                Part::Slot(slot)
            })
            .collect();
        Self { parts }
    }

    /// The stems the first word may take, or `None` when a class or an
    /// optional word may start a match.
    fn first_stems(&self) -> Option<&[String]> {
        match self.parts.first() {
            Some(Part::Slot(slot)) if slot.classes.is_empty() && !slot.optional => {
                Some(&slot.stems)
            }
            _ => None,
        }
    }
}

/// Patterns searched together, indexed by the stems their first word takes,
/// so each word of a draft is tried only against the patterns it can start.
#[derive(Clone, Debug)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    by_first_stem: HashMap<String, Vec<usize>>,
    /// Patterns whose first word is a class or optional: tried everywhere.
    anywhere: Vec<usize>,
}

impl PatternSet {
    /// Compiles patterns written in the tables' notation.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let patterns: Vec<Pattern> = texts.into_iter().map(Pattern::new).collect();
        let mut by_first_stem: HashMap<String, Vec<usize>> = HashMap::new();
        let mut anywhere = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            match pattern.first_stems() {
                Some(stems) => {
                    for stem in stems {
                        by_first_stem.entry(stem.clone()).or_default().push(index);
                    }
                }
                None => anywhere.push(index),
            }
        }
        Self {
            patterns,
            by_first_stem,
            anywhere,
        }
    }

    /// Every match in `tokens` as (pattern index, span), in order of start;
    /// the matches of one pattern never overlap.
    pub fn find_all(&self, tokens: &[Token]) -> Vec<(usize, Span)> {
        let mut found = Vec::new();
        let mut free_from = vec![0; self.patterns.len()];
        let mut base = 0;
        for sentence in tokens.chunk_by(|a, b| a.sentence == b.sentence) {
            for start in 0..sentence.len() {
                let starting_here = self
                    .by_first_stem
                    .get(&sentence[start].stem)
                    .into_iter()
                    .flatten()
                    .chain(&self.anywhere);
                for &index in starting_here {
                    if base + start < free_from[index] {
                        continue;
                    }
                    let parts = &self.patterns[index].parts;
                    if let Some(end) = match_parts(parts, sentence, start, true)
                        && end > start
                    {
                        found.push((
                            index,
                            Span {
                                start: base + start,
                                end: base + end,
                            },
                        ));
                        free_from[index] = base + end;
                    }
                }
            }
            base += sentence.len();
        }
        found
    }
}

/// Matches `parts` against `tokens` from `at`; the first part must sit at `at`.
fn match_parts(parts: &[Part], tokens: &[Token], at: usize, anchored: bool) -> Option<usize> {
    let Some((first, rest)) = parts.split_first() else {
        return Some(at);
    };
    match first {
        Part::Gap(most) => (0..=*most)
            .take_while(|skip| at + skip <= tokens.len())
            .find_map(|skip| match_parts(rest, tokens, at + skip, anchored)),
        Part::Slot(slot) => {
            let here = tokens
                .get(at)
                .filter(|token| slot.admits(token))
                .and_then(|_| match_parts(rest, tokens, at + 1, false));
            match here {
                Some(end) => Some(end),
                None if slot.optional && !(anchored && rest.is_empty()) => {
                    match_parts(rest, tokens, at, anchored)
                }
                None => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn finds(pattern: &str, text: &str) -> bool {
        !PatternSet::new([pattern])
            .find_all(&tokenize(text))
            .is_empty()
    }

    #[test]
    fn words_match_by_stem_and_classes_by_kind() {
        assert!(finds("recruit", "We are recruiting."));
        assert!(finds("join OUR|us", "Join our group!"));
        assert!(!finds("join OUR|us", "We joined your march."));
        assert!(finds("turn out NUM", "Could you turn out 50 people?"));
        assert!(finds("IDENT .. leader", "a Latina community leader"));
    }

    #[test]
    fn gaps_skip_at_most_three_words_and_stay_in_the_sentence() {
        assert!(finds("visit .. YOUR", "We would visit you at your center"));
        assert!(!finds(
            "visit .. YOUR",
            "We would visit a b c d your center"
        ));
        assert!(!finds("visit .. YOUR", "We would visit. Your center"));
    }

    #[test]
    fn optional_words_may_be_left_out() {
        assert!(finds("become a? member", "become members"));
        assert!(finds("become a? member", "become a member"));
    }

    #[test]
    fn pronouns_inside_hyphenated_words_do_not_count() {
        assert!(!finds("YOUR", "our know-your-rights clinic"));
    }
}
