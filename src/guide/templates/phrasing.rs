//! Fitting the user's words into a template's sentences: clauses, capitals and full stops.

/// `text` trimmed, or `fallback` when nothing is left.
pub(super) fn non_empty(text: &str, fallback: &str) -> String {
    match text.trim() {
        "" => fallback.to_owned(),
        text => text.to_owned(),
    }
}

/// `text` ending with a full stop, unless it already ends a sentence.
pub(super) fn ensure_period(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// `text` with its first letter capitalised.
pub(super) fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What our group does, in `line` as the user typed it, made a sentence
/// that reads after our name: "We help neighbors vote." stays as it is,
/// "a volunteer group on budgets" becomes "We are a volunteer group on
/// budgets.", and anything else becomes a sentence of its own.
pub fn about_us(line: &str) -> String {
    let line = line.trim();
    let lower = line.to_lowercase();
    let starts = |word: &str| {
        lower
            .strip_prefix(word)
            .is_some_and(|rest| rest.starts_with(' '))
    };
    if ["a", "an", "the"].into_iter().any(starts) {
        let mut chars = line.chars();
        let rest: String = chars
            .next()
            .map(|first| first.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
        ensure_period(&format!("We are {rest}"))
    } else {
        ensure_period(&sentence_case(line))
    }
}

/// The first sentence or clause of `text`, trimmed and without its end mark.
pub(super) fn first_clause(text: &str) -> &str {
    text.split(['.', ';', '\n', '!', '?'])
        .map(str::trim)
        .find(|clause| !clause.is_empty())
        .unwrap_or("")
}

/// The most words of "Community served" a question takes in; a longer
/// description reads as "the people you serve".
const COMMUNITY_MAX_WORDS: usize = 8;

/// The community they serve, fitted to follow "what matters most to": the
/// first part of what the research says, before any comma, semicolon,
/// parenthesis or full stop, with its first common word lower-cased; `None`
/// when nothing is written or what is written is too long for a question.
pub(super) fn community_phrase(community_served: &str) -> Option<String> {
    let head = community_served
        .split([',', ';', '(', '.', ':', '\n', '\u{2014}'])
        .next()
        .unwrap_or("")
        .trim();
    let words = head.split_whitespace().count();
    (words > 0 && words <= COMMUNITY_MAX_WORDS).then(|| lower_common_first_word(head))
}

/// Words that only start a phrase with a capital because they start it.
const COMMON_FIRST_WORDS: &[&str] = &[
    "A",
    "An",
    "The",
    "Our",
    "Their",
    "Its",
    "This",
    "These",
    "Those",
    "Some",
    "Many",
    "All",
    "Local",
    "People",
    "Families",
    "Workers",
    "Tenants",
    "Renters",
    "Residents",
    "Day",
    "Low-income",
    "Young",
    "Youth",
    "Women",
    "Immigrant",
    "Immigrants",
    "Fair",
    "Wage",
];

/// Lower-cases the first word of a phrase written to start a sentence, when
/// it is one of a few common words; any other word (a name, a people, a
/// place, an acronym) keeps its capitals, and so does the rest of the phrase.
pub(super) fn lower_common_first_word(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    if COMMON_FIRST_WORDS.contains(&first_word) {
        let mut chars = text.chars();
        chars
            .next()
            .map(|first| first.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        text.to_owned()
    }
}
