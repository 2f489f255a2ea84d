//! The one-line summary above the flags: what was checked and what was
//! found, never a verdict on the writer's tone.

use super::{Element, Review, Rule};

/// The summary of a review, in plain words.
pub fn summary(review: &Review) -> String {
    let count = match review.flags.len() {
        0 => "No flags raised.".to_owned(),
        1 => "1 thing to reconsider.".to_owned(),
        count => format!("{count} things to reconsider."),
    };
    let mut parts = vec![count];
    if review.flags.is_empty() {
        let checked: Vec<&str> = review
            .checked
            .iter()
            .map(|rule| checked_name(*rule))
            .collect();
        parts.push(format!("Checked for {}.", join(&checked)));
    }
    if !review.found.is_empty() {
        let found: Vec<String> = review
            .found
            .iter()
            .map(|evidence| {
                format!(
                    "{} (\u{201c}{}\u{201d})",
                    element_name(evidence.element),
                    evidence.words
                )
            })
            .collect();
        parts.push(format!("Found: {}.", found.join(", ")));
    }
    parts.join(" ")
}

fn element_name(element: Element) -> &'static str {
    match element {
        Element::QuestionAboutThem => "a question about their work",
        Element::SignOfResearch => "a sign of your research",
        Element::OfferToGoToThem => "an offer to come to them",
    }
}

fn checked_name(rule: Rule) -> &'static str {
    match rule {
        Rule::Placeholder => "text left to fill in",
        Rule::Recruiting => "recruiting",
        Rule::AskFirst => "asks before listening",
        Rule::Savior => "savior framing",
        Rule::Tokenizing => "tokenizing",
        Rule::Jargon => "jargon",
        Rule::TooLong => "length",
        Rule::NoQuestionAboutThem => "a question about their work",
        Rule::NoSignOfResearch => "a sign of your research",
        Rule::NoOfferToGoToThem => "an offer to come to them",
        Rule::Electoral => "electoral wording",
    }
}

/// "a, b and c".
fn join(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
