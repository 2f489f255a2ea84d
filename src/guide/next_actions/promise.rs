//! A promise's words as typed, reshaped to read inside "Waiting on … to …".

/// A promise's words, trimmed, without a leading "to" that the sentence
/// around it already says.
pub(super) fn as_verb_phrase(what: &str) -> &str {
    let what = what.trim();
    ["to ", "To "]
        .into_iter()
        .find_map(|prefix| what.strip_prefix(prefix))
        .map_or(what, str::trim_start)
}

/// `what` with its first word lower-cased when it is an ordinary capitalised
/// word ("Send us…" reads "…to send us…"); acronyms, single letters and
/// words with capitals inside ("RSVP", "I", "McKenzie") are left as typed.
pub(super) fn lower_first_word(what: &str) -> String {
    let first_word = what.split_whitespace().next().unwrap_or_default();
    let mut letters = first_word.chars();
    let ordinary = letters.next().is_some_and(char::is_uppercase)
        && first_word.chars().count() > 1
        && !letters.any(char::is_uppercase);
    if !ordinary {
        return what.to_owned();
    }
    let mut chars = what.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}
