//! Small text helpers the rules share.

/// Lower-cases `text` and straightens curly quotes, so phrases match however typed.
pub(crate) fn normalize(text: &str) -> String {
    text.to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
}

/// Where `phrase` first occurs in normalized `text` as whole words.
pub(crate) fn find_phrase(text: &str, phrase: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '\'';
    text.match_indices(phrase)
        .map(|(start, _)| start)
        .find(|&start| {
            let before = text[..start].chars().next_back();
            let after = text[start + phrase.len()..].chars().next();
            !before.is_some_and(is_word) && !after.is_some_and(is_word)
        })
}

/// The words of `text`, lower-cased, split on anything that is not a letter or digit.
pub(crate) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_only() {
        assert_eq!(find_phrase("please join us soon", "join us"), Some(7));
        assert_eq!(find_phrase("join us!", "join us"), Some(0));
        assert_eq!(find_phrase("we joined user groups", "join us"), None);
        assert_eq!(find_phrase("rejoin us, then join us", "join us"), Some(16));
    }

    #[test]
    fn curly_quotes_are_straightened() {
        assert_eq!(normalize("We\u{2019}d LIKE"), "we'd like");
    }

    #[test]
    fn words_split_on_punctuation() {
        let found: Vec<_> = words("Wage-theft, tenants' rights!").collect();
        assert_eq!(found, ["wage", "theft", "tenants'", "rights"]);
    }
}
