//! How a phrase is meant: whether a negation governs it ("we are not here to
//! recruit") and whether it is said of them ("your trainings empower workers")
//! rather than of us.

use super::tokens::Token;

/// Words that negate what follows them in their clause.
const NEGATORS: &[&str] = &[
    "not", "never", "no", "without", "nor", "instead", "rather", "nothing", "neither", "none",
];
/// Words after a negator that turn it into encouragement: "don't hesitate to join".
const NOT_REALLY_NEGATED: &[&str] = &["hesitate", "miss", "forget", "only", "wait", "worry"];
/// Words that end a negation's reach.
const SCOPE_BREAKERS: &[&str] = &[
    "but",
    "so",
    "however",
    "though",
    "although",
    "yet",
    "just",
    "except",
    "still",
    "meanwhile",
];
/// Words that start a new clause after a comma.
const SUBJECTS: &[&str] = &[
    "we", "i", "you", "they", "it", "please", "could", "can", "would", "will", "our", "your",
];
/// Words before a pronoun that make it the object of a preposition.
const PREPOSITIONS: &[&str] = &["for", "to", "with", "at", "of", "from", "about", "on", "by"];
/// How far back a negation reaches, in words.
const NEGATION_REACH: usize = 12;
/// How far back we look for whom a phrase describes, in words.
const SUBJECT_REACH: usize = 10;
/// How far back an "our" reaches over the words of a noun: "our legal clinics".
const OWNER_REACH: usize = 3;

/// Whether a negation in the same clause governs the words from `start`.
pub fn negated(tokens: &[Token], start: usize) -> bool {
    let Some(sentence) = tokens.get(start).map(|token| token.sentence) else {
        return false;
    };
    for at in (start.saturating_sub(NEGATION_REACH)..start).rev() {
        let token = &tokens[at];
        if token.sentence != sentence {
            return false;
        }
        let word = token.word.as_str();
        if NEGATORS.contains(&word) && !token.compound {
            let next = tokens.get(at + 1).map(|next| next.word.as_str());
            let previous = at.checked_sub(1).map(|before| tokens[before].word.as_str());
            let cancelled = next.is_some_and(|next| NOT_REALLY_NEGATED.contains(&next))
                || previous == Some("why")
                // "I'd rather come to you": only "rather than" negates.
                || (word == "rather" && next != Some("than"))
                || (word == "no" && tokens.get(at + 1).is_some_and(|next| next.after_pause));
            if !cancelled {
                return true;
            }
        }
        if SCOPE_BREAKERS.contains(&word) {
            return false;
        }
        let starts_clause = token.after_pause
            || at.checked_sub(1).is_some_and(|before| {
                matches!(tokens[before].word.as_str(), "and" | "or") && tokens[before].after_pause
            });
        if starts_clause && SUBJECTS.contains(&word) {
            return false;
        }
    }
    false
}

/// Whether the nearest person or thing named before `start` in its sentence
/// is theirs (you, your, they, their, or one of their programs from our
/// research: "the clinics at Al-Noor empower workers") rather than ours
/// (we, our, I, my, "our trainings").
pub fn said_of_them(tokens: &[Token], start: usize) -> bool {
    let Some(sentence) = tokens.get(start).map(|token| token.sentence) else {
        return false;
    };
    // "we could run a session for your members and walk them through it":
    // a verb joined by "and" shares the subject of the one before, so who
    // it is for ("for your members") does not say whom it describes.
    let coordinated = start
        .checked_sub(1)
        .is_some_and(|before| matches!(tokens[before].word.as_str(), "and" | "then" | "to"));
    let from = start.saturating_sub(SUBJECT_REACH);
    for at in (from..start).rev() {
        let token = &tokens[at];
        if token.sentence != sentence {
            return false;
        }
        if token.compound || token.quoted {
            continue;
        }
        let object_of_preposition = coordinated
            && at
                .checked_sub(1)
                .is_some_and(|before| PREPOSITIONS.contains(&tokens[before].word.as_str()));
        match token.word.as_str() {
            "you" | "your" | "their" if object_of_preposition => {}
            "you" | "your" | "yours" | "they" | "their" | "theirs" | "y'all" => return true,
            "we" | "our" | "ours" | "us" | "i" | "my" | "me" => return false,
            _ if token.is_research() => match owner(tokens, at) {
                Some("the" | "your" | "their") => return true,
                Some("our" | "my") => return false,
                _ => {}
            },
            _ => {}
        }
    }
    false
}

/// The word that says whose the thing named at `at` is: "the" or "your" for
/// something of theirs ("the clinics"), "our" or "my" for ours, "a" or "an"
/// for anyone's ("a wheelchair user").
fn owner(tokens: &[Token], at: usize) -> Option<&str> {
    tokens[at.saturating_sub(OWNER_REACH)..at]
        .iter()
        .rev()
        .take_while(|token| token.sentence == tokens[at].sentence)
        .map(|token| token.word.as_str())
        .find(|word| matches!(*word, "our" | "my" | "the" | "your" | "their" | "a" | "an"))
}

#[cfg(test)]
mod tests {
    use super::super::classes::mark_research;
    use super::super::tokens::tokenize;
    use super::*;

    fn position(tokens: &[Token], word: &str) -> usize {
        tokens.iter().position(|token| token.word == word).unwrap()
    }

    fn is_negated(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        negated(&tokens, position(&tokens, word))
    }

    #[test]
    fn negation_reaches_to_the_end_of_its_clause() {
        assert!(is_negated(
            "We are not asking you to commit to anything.",
            "commit"
        ));
        assert!(is_negated(
            "We're not here to recruit, just to listen.",
            "recruit"
        ));
        assert!(is_negated(
            "We are not asking you to sign anything, join anything, or commit.",
            "join"
        ));
        assert!(is_negated("We would listen rather than pitch.", "pitch"));
        assert!(!is_negated("I would rather come to you.", "come"));
    }

    #[test]
    fn negation_stops_at_a_contrast_or_a_new_clause() {
        assert!(!is_negated("No pressure, but please join us.", "join"));
        assert!(!is_negated(
            "We are not a big group, and we need your signature.",
            "need"
        ));
        assert!(!is_negated("Don't hesitate to join us.", "join"));
        assert!(!is_negated("Please join us.", "join"));
        assert!(!is_negated("We are not rich. Please join us.", "join"));
    }

    #[test]
    fn the_nearest_person_named_says_whom_a_phrase_describes() {
        let of_them = |text: &str, word: &str| {
            let mut tokens = tokenize(text);
            mark_research(&mut tokens, &["clinic".to_owned()]);
            said_of_them(&tokens, position(&tokens, word))
        };
        assert!(of_them(
            "We admire how your trainings empower workers.",
            "empower"
        ));
        assert!(!of_them(
            "Our organization empowers communities like yours.",
            "empowers"
        ));
        assert!(!of_them("Empowering people is what we do.", "empowering"));
        assert!(of_them(
            "A friend told me the clinics at Al-Noor empower workers.",
            "empower"
        ));
        assert!(!of_them("Our legal clinics empower workers.", "empower"));
        assert!(!of_them(
            "We need a clinic doctor to speak for them.",
            "speak"
        ));
    }
}
