//! The report-out written out as Markdown, with the user's text escaped to read exactly as typed.

use super::{Report, Span};

impl Report {
    /// The report as Markdown, with every piece of text escaped so that it
    /// reads exactly as typed.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n{}\n", plain(&self.title), plain(&self.prepared));
        for section in &self.sections {
            out.push_str(&format!("\n## {}\n\n", plain(&section.heading)));
            for item in &section.items {
                out.push_str("- ");
                for span in item {
                    match span {
                        Span::Text(text) => out.push_str(&plain(text)),
                        Span::Strong(text) => out.push_str(&format!("**{}**", plain(text))),
                    }
                }
                out.push('\n');
            }
        }
        out
    }
}

/// Text on one line, with Markdown's own characters escaped, so that
/// what the user typed is shown as typed.
pub(super) fn plain(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => escaped.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '<' | '>' | '|' => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    escaped
}
