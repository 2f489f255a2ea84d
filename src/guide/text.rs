//! Small text helpers the rules share.

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
    fn words_split_on_punctuation() {
        let found: Vec<_> = words("Wage-theft, tenants' rights!").collect();
        assert_eq!(found, ["wage", "theft", "tenants'", "rights"]);
    }
}
