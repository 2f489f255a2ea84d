//! The draft as words: each with its stem, where it sits in the text, its
//! sentence and clause, and whether it is quoted or part of a hyphenated word.

use super::classes::{Class, classes_of};

/// One word of a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The word, lower-cased, with contractions spelled out ("n't" is "not").
    pub word: String,
    /// The word with its endings taken off, so "recruits" and "recruiting" meet.
    pub stem: String,
    /// Where the written word starts in the draft, in bytes.
    pub start: usize,
    /// Where the written word ends in the draft, in bytes.
    pub end: usize,
    /// Which sentence it is in, counting from 0.
    pub sentence: usize,
    /// Whether a comma, semicolon, colon or dash comes right before it.
    pub after_pause: bool,
    /// Whether it stands inside double quotes: someone else's words.
    pub quoted: bool,
    /// Whether it is part of a hyphenated word such as "know-your-rights".
    pub compound: bool,
    /// Whether it starts with a capital, is not all capitals and does not start its sentence.
    pub capitalized: bool,
    /// Whether its sentence ends with a question mark.
    pub question: bool,
    /// The classes of words it belongs to, as a mask (see `classes`).
    pub classes: u16,
    /// A quick hash of the stem, to find the patterns it may start.
    pub stem_hash: u64,
}

impl Token {
    /// Whether it is a distinctive word of our research on them.
    pub fn is_research(&self) -> bool {
        self.classes & Class::Research.bit() != 0
    }
}

/// The words of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut sentence = 0;
    let mut pause = false;
    let mut quoted = false;
    let mut sentence_start = true;
    let mut questions = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            while let Some(&(at, next)) = chars.peek() {
                let joins = next.is_alphanumeric()
                    || (matches!(next, '\'' | '\u{2019}' | '-')
                        && text[at + next.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric));
                let plural_possessive =
                    matches!(next, '\'' | '\u{2019}') && text[..at].ends_with('s');
                if !(joins || plural_possessive) {
                    break;
                }
                end = at + next.len_utf8();
                chars.next();
            }
            let written = &text[start..end];
            let all_capitals = written
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            let capitalized = !sentence_start && c.is_uppercase() && !all_capitals;
            let parts = hyphen_parts(written);
            let compound = parts.len() > 1;
            for part in parts {
                let mut lower = part.to_lowercase();
                if lower.contains('\u{2019}') {
                    lower = lower.replace('\u{2019}', "'");
                }
                for word in spell_out(&lower) {
                    let stem = stem(&word);
                    tokens.push(Token {
                        classes: classes_of(&word, &stem, compound, capitalized),
                        stem_hash: stem_hash(&stem),
                        stem,
                        word,
                        start,
                        end,
                        sentence,
                        after_pause: pause,
                        quoted,
                        compound,
                        capitalized,
                        question: false,
                    });
                    pause = false;
                }
            }
            sentence_start = false;
        } else {
            match c {
                '.' | '!' | '?' | '\n' => {
                    // "3.5" does not end a sentence: a stop ends one when a blank follows.
                    let next = chars.peek().map(|&(_, next)| next);
                    if c == '\n' || next.is_none_or(char::is_whitespace) {
                        if !sentence_start {
                            if c == '?' {
                                questions.push(sentence);
                            }
                            sentence += 1;
                        }
                        sentence_start = true;
                        pause = false;
                    }
                }
                ',' | ';' | ':' | '\u{2014}' | '\u{2013}' | '(' | ')' => pause = true,
                '-' if chars.peek().is_some_and(|&(_, next)| next.is_whitespace()) => pause = true,
                '"' | '\u{201c}' | '\u{201d}' => quoted = c == '\u{201c}' || (c == '"' && !quoted),
                _ => {}
            }
        }
    }
    for token in &mut tokens {
        token.question = questions.contains(&token.sentence);
    }
    tokens
}

/// Prefixes written with a hyphen that make one word: "re-elect", "co-host".
const PREFIXES: &[&str] = &["re", "co", "non", "pre", "anti"];

/// The words of a hyphenated word, prefixes joined to what follows:
/// "know-your-rights" is three words, "co-host" is "cohost".
fn hyphen_parts(written: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut prefix = String::new();
    for part in written.split('-').filter(|part| !part.is_empty()) {
        if PREFIXES.contains(&part.to_lowercase().as_str()) {
            prefix.push_str(part);
        } else {
            parts.push(format!("{prefix}{part}"));
            prefix.clear();
        }
    }
    if !prefix.is_empty() {
        parts.push(prefix);
    }
    parts
}

/// The words a contraction stands for: "we're" is "we are", "don't" is "do not".
fn spell_out(word: &str) -> Vec<String> {
    let word = word.strip_suffix('\'').unwrap_or(word);
    match word {
        "can't" | "cannot" => return vec!["can".into(), "not".into()],
        "won't" => return vec!["will".into(), "not".into()],
        "i'm" => return vec!["i".into(), "am".into()],
        _ => {}
    }
    if let Some(base) = word.strip_suffix("n't") {
        return vec![base.into(), "not".into()];
    }
    for (ending, full) in [
        ("'re", "are"),
        ("'d", "would"),
        ("'ll", "will"),
        ("'ve", "have"),
    ] {
        if let Some(base) = word.strip_suffix(ending) {
            return vec![base.into(), full.into()];
        }
    }
    vec![word.strip_suffix("'s").unwrap_or(word).to_owned()]
}

/// A word without its endings: plurals, "-ing", "-ed", "-ment" and a final "e".
/// Both the draft and the rules' phrases go through it, so it needs to be
/// consistent more than correct.
pub fn stem(word: &str) -> String {
    let mut w: String = word.trim_end_matches('\'').to_owned();
    let len = w.chars().count();
    if len > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if len > 4
        && w.ends_with("es")
        && ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|end| w[..w.len() - 2].ends_with(end))
    {
        w.truncate(w.len() - 2);
    } else if len > 3 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|e| w.ends_with(e)) {
        w.truncate(w.len() - 1);
    }
    if w.ends_with("ied") && w.chars().count() > 4 {
        w.truncate(w.len() - 3);
        w.push('y');
    }
    for suffix in ["ment", "ing", "ed"] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 3
            && base.chars().any(|c| "aeiouy".contains(c))
        {
            w = undouble(base);
            break;
        }
    }
    if w.chars().count() > 3 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// A quick, stable hash of a stem (FNV-1a): equal stems hash alike.
pub fn stem_hash(stem: &str) -> u64 {
    stem.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// "runn" becomes "run", "committ" becomes "commit"; "fill", "pass" and "add" stay.
fn undouble(base: &str) -> String {
    if base.chars().count() < 4 {
        return base.to_owned();
    }
    let mut chars = base.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(last), Some(before))
            if last == before && !"lsz".contains(last) && last.is_alphabetic() =>
        {
            base[..base.len() - last.len_utf8()].to_owned()
        }
        _ => base.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_forms_share_a_stem() {
        for (forms, expected) in [
            (
                &[
                    "recruit",
                    "recruits",
                    "recruiting",
                    "recruited",
                    "recruitment",
                ][..],
                "recruit",
            ),
            (
                &[
                    "empower",
                    "empowers",
                    "empowering",
                    "empowered",
                    "empowerment",
                ],
                "empower",
            ),
            (
                &["partner", "partners", "partnering", "partnered"],
                "partner",
            ),
            (&["vote", "votes", "voted", "voting"], "vot"),
            (
                &["commit", "commits", "committed", "committing", "commitment"],
                "commit",
            ),
            (
                &[
                    "endorse",
                    "endorses",
                    "endorsed",
                    "endorsing",
                    "endorsement",
                ],
                "endors",
            ),
            (
                &["organize", "organizes", "organized", "organizing"],
                "organiz",
            ),
            (&["community", "communities"], "community"),
        ] {
            for form in forms {
                assert_eq!(stem(form), expected, "{form}");
            }
        }
        assert_eq!(stem("need"), "need");
        assert_eq!(stem("voter"), "voter");
        assert_eq!(stem("election"), "election");
    }

    #[test]
    fn contractions_are_spelled_out() {
        let words: Vec<String> = tokenize("We\u{2019}re not, we don't, I'm sure we can't.")
            .into_iter()
            .map(|token| token.word)
            .collect();
        assert_eq!(
            words,
            [
                "we", "are", "not", "we", "do", "not", "i", "am", "sure", "we", "can", "not"
            ]
        );
    }

    #[test]
    fn sentences_pauses_quotes_and_compounds_are_marked() {
        let text = "Your \u{201c}we empower\u{201d} line, co-host know-your-rights. Then 3.5 Casa";
        let tokens = tokenize(text);
        let by_word = |word: &str| {
            tokens
                .iter()
                .rev()
                .find(|t| t.word == word)
                .cloned()
                .unwrap()
        };
        assert!(by_word("we").quoted && !by_word("line").quoted);
        assert!(by_word("cohost").after_pause && !by_word("cohost").compound);
        assert!(by_word("your").compound && by_word("rights").compound);
        assert_eq!(by_word("then").sentence, 1);
        assert_eq!(by_word("casa").sentence, 1);
        assert!(by_word("casa").capitalized && !by_word("then").capitalized);
        let cohost = by_word("cohost");
        assert_eq!(&text[cohost.start..cohost.end], "co-host");
    }

    #[test]
    fn possessives_lose_their_apostrophe() {
        let words: Vec<String> = tokenize("Casa's tenants' rights")
            .into_iter()
            .map(|t| t.word)
            .collect();
        assert_eq!(words, ["casa", "tenants", "rights"]);
    }
}
