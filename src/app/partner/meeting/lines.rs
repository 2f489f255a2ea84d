//! Lists of names edited as text, one per line.

/// Lines of text, one item each, as a list editor shows them.
pub fn lines(items: &[String]) -> String {
    items.join("\n")
}

/// The non-empty lines of `text`, trimmed.
pub fn parse_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}
