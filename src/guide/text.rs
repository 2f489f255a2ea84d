//! Small text helpers the rules share.

/// How many words `text` has, split on anything that is not a letter, digit or apostrophe.
pub(crate) fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|word| !word.is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation() {
        assert_eq!(word_count("Wage-theft, tenants' rights!"), 4);
        assert_eq!(word_count("  "), 0);
    }
}
