//! The report-out: what a partner is working on and how our group can
//! support it, ready to share with our members as Markdown.

mod contents;
mod markdown;

use chrono::NaiveDate;

pub use contents::report;

use crate::model::Partner;

/// The report-out as a small document, which the screen renders and
/// [`Report::to_markdown`] writes out; user text in it is kept as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    /// When it was prepared, as a sentence.
    pub prepared: String,
    pub sections: Vec<Section>,
}

/// A headed list in the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    /// One list item each, made of spans.
    pub items: Vec<Vec<Span>>,
}

/// A run of text within a list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    Text(String),
    /// Text to stand out: a label, or the name of one of their events.
    Strong(String),
}

/// The report-out for `partner`, as Markdown, prepared on `today`.
pub fn report_out(partner: &Partner, today: NaiveDate) -> String {
    report(partner, today).to_markdown()
}

#[cfg(test)]
mod tests;
