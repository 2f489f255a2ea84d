//! Phrase patterns over the draft's words, written as plain text in the
//! rules' tables: words match by stem, `a|b` is either word, `word?` may be
//! left out, `..` skips up to three words and `...` up to six, and capitalized names stand for a
//! class of words (`OUR`, `YOUR`, `NUM`…). A pattern never crosses a sentence.

use super::classes::{CLASS_COUNT, Class};
use super::tokens::{Token, stem, stem_hash};

/// The most words `..` skips.
const SHORT_GAP: usize = 3;
/// The most words `...` skips.
const LONG_GAP: usize = 6;

/// One word of a pattern: any of its alternatives, perhaps optional.
#[derive(Clone, Debug)]
struct Slot {
    /// The hashes of the stems it admits ([`stem_hash`]): comparing them is
    /// cheaper than comparing the stems, which matters on every keystroke.
    stem_hashes: Vec<u64>,
    /// The classes it admits, as a mask of bits.
    classes: u16,
    optional: bool,
}

impl Slot {
    fn admits(&self, token: &Token) -> bool {
        self.classes & token.classes != 0 || self.stem_hashes.contains(&token.stem_hash)
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
                    stem_hashes: Vec::new(),
                    classes: 0,
                    optional,
                };
                for alternative in item.split('|') {
                    match Class::from_name(alternative) {
                        Some(class) => slot.classes |= class.bit(),
                        None => slot.stem_hashes.push(stem_hash(&stem(alternative))),
                    }
                }
                Part::Slot(slot)
            })
            .collect();
        Self { parts }
    }

    /// The first word, unless it may be left out.
    fn first_slot(&self) -> Option<&Slot> {
        match self.parts.first() {
            Some(Part::Slot(slot)) if !slot.optional => Some(slot),
            _ => None,
        }
    }
}

/// Patterns searched together, indexed by the stems and classes their first
/// word takes, so each word of a draft is tried only against the patterns it
/// can start.
#[derive(Clone, Debug)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    /// (stem hash, pattern index) for each stem a first word may take, sorted.
    by_first_stem: Vec<(u64, usize)>,
    by_first_class: [Vec<usize>; CLASS_COUNT],
    /// Patterns whose first word is optional: tried everywhere.
    anywhere: Vec<usize>,
}

impl PatternSet {
    /// Compiles patterns written in the tables' notation.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let patterns: Vec<Pattern> = texts.into_iter().map(Pattern::new).collect();
        let mut by_first_stem: Vec<(u64, usize)> = Vec::new();
        let mut by_first_class: [Vec<usize>; CLASS_COUNT] = Default::default();
        let mut anywhere = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            let Some(first) = pattern.first_slot() else {
                anywhere.push(index);
                continue;
            };
            for hash in &first.stem_hashes {
                by_first_stem.push((*hash, index));
            }
            for (bit, patterns) in by_first_class.iter_mut().enumerate() {
                if first.classes & (1 << bit) != 0 {
                    patterns.push(index);
                }
            }
        }
        by_first_stem.sort_unstable();
        Self {
            patterns,
            by_first_stem,
            by_first_class,
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
                let token = &sentence[start];
                let by_class = set_bits(token.classes)
                    .flat_map(|bit| self.by_first_class.get(bit).into_iter().flatten());
                let from = self
                    .by_first_stem
                    .partition_point(|(hash, _)| *hash < token.stem_hash);
                let by_stem = self.by_first_stem[from..]
                    .iter()
                    .take_while(|(hash, _)| *hash == token.stem_hash)
                    .map(|(_, index)| index);
                let starting_here = by_stem.chain(by_class).chain(&self.anywhere);
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

/// The positions of the bits set in `mask`, lowest first.
fn set_bits(mut mask: u16) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (mask != 0).then(|| {
            let bit = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            bit
        })
    })
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
