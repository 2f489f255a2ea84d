//! Placeholders left in a draft: the parts of a template, or of a message
//! pasted from elsewhere, that were meant to be replaced before sending.
//!
//! What counts, and what does not:
//! - text in square brackets, angle brackets or braces that contains a
//!   letter: `[your name]`, `[date]`, `<their name>`, `{first name}`;
//! - not a citation or an editor's mark: `[1]`, `[2, 3]`, `[...]`, `[sic]`;
//! - not a link or an address: `[our site](https://…)`,
//!   `<maria@casa.org>`, `<https://casa.org>`;
//! - the markers `TODO`, `TBD`, `FIXME` and `XXX`, in capitals, as words;
//! - a blank to fill in, three or more underscores: `Dear ____,`.

/// The longest bracketed text taken for a placeholder; longer is prose.
const MAX_PLACEHOLDER_CHARS: usize = 40;

/// Words that mark unfinished text when written in capitals.
const MARKERS: &[&str] = &["TODO", "TBD", "FIXME", "XXX"];

/// Every distinct placeholder in `text`, in the order they first appear.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for line_start in line_starts(text) {
        let line = text[line_start..].lines().next().unwrap_or("");
        for (open, close) in [('[', ']'), ('<', '>'), ('{', '}')] {
            found.extend(bracketed(line, open, close).map(|(at, found)| (line_start + at, found)));
        }
        found.extend(markers(line).map(|(at, found)| (line_start + at, found)));
    }
    found.sort_by_key(|(at, _)| *at);
    let mut distinct: Vec<String> = Vec::new();
    for (_, placeholder) in found {
        if !distinct.contains(&placeholder) {
            distinct.push(placeholder);
        }
    }
    distinct
}

/// Where each line of `text` starts.
fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1))
}

/// Placeholders between `open` and `close` on one line, with their offsets.
fn bracketed(line: &str, open: char, close: char) -> impl Iterator<Item = (usize, String)> + '_ {
    line.match_indices(open).filter_map(move |(start, _)| {
        let inner_start = start + open.len_utf8();
        let inner_len = line[inner_start..].find([open, close])?;
        let inner_end = inner_start + inner_len;
        if !line[inner_end..].starts_with(close) {
            return None;
        }
        let inner = line[inner_start..inner_end].trim();
        let after = &line[inner_end + close.len_utf8()..];
        let is_placeholder = inner.chars().any(char::is_alphabetic)
            && inner.chars().count() <= MAX_PLACEHOLDER_CHARS
            && !inner.eq_ignore_ascii_case("sic")
            && !inner.contains(['@', '/'])
            && !(open == '[' && after.starts_with('('));
        is_placeholder.then(|| (start, line[start..inner_end + close.len_utf8()].to_owned()))
    })
}

/// Marker words and runs of underscores on one line, with their offsets.
fn markers(line: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    let mut offset = 0;
    line.split_inclusive(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter_map(move |piece| {
            let at = offset;
            offset += piece.len();
            let word = piece.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
            let is_marker =
                MARKERS.contains(&word) || (word.len() >= 3 && word.chars().all(|c| c == '_'));
            is_marker.then(|| (at, word.to_owned()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_placeholders_are_found_in_order_once_each() {
        assert_eq!(
            placeholders("My name is [your name].\nSee you on [date]!\n[your name]"),
            ["[your name]", "[date]"]
        );
    }

    #[test]
    fn other_brackets_and_markers_are_found() {
        assert_eq!(
            placeholders("Hi <their name>, about {event}: TODO check. Dear ____, TBD."),
            ["<their name>", "{event}", "TODO", "____", "TBD"]
        );
    }

    #[test]
    fn near_misses_are_left_alone() {
        for text in [
            "As their report shows [1], and [2, 3] too.",
            "They said it was \"the best [...] year\".",
            "They wrote \"their [sic] mission\".",
            "Read [our site](https://example.org) first.",
            "Write to María <maria@casa.example.org> or see <https://casa.example.org>.",
            "I have a todo list, and a tbd column.",
            "A [bracket left open, and a stray } brace.",
            "snake_case and __init__ stay.",
            "[This is a whole sentence in brackets, far too long to be a placeholder.]",
            "I <3 your work.",
        ] {
            assert_eq!(placeholders(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_bracket_does_not_reach_across_lines() {
        assert_eq!(placeholders("[open\nclose]"), Vec::<String>::new());
    }
}
