//! Hiding who is who in what we share. With names hidden, shared lessons
//! name no partner (by its full name, a short form the user gave it or its
//! initials), no coalition, no person we recorded, no email address and no
//! phone number. Matching ignores case the Unicode way, so "İSTANBUL
//! WORKERS" is found as readily as "Casa Latina", and the words around a
//! replaced name still read: "the Casa Latina team" becomes "a partner
//! organization team", never "the a partner organization team".

use std::collections::HashMap;

use crate::model::Workspace;

/// What a partner is called when names are hidden.
pub const HIDDEN_PARTNER: &str = "a partner organization";
/// What a coalition is called when names are hidden.
pub const HIDDEN_COALITION: &str = "a coalition";
/// What a person is called when names are hidden.
pub const HIDDEN_PERSON: &str = "someone";
/// What an email address becomes when names are hidden.
pub const HIDDEN_EMAIL: &str = "an email address";
/// What a phone number becomes when names are hidden.
pub const HIDDEN_PHONE: &str = "a phone number";

/// The fewest digits a run needs to be taken for a phone number.
const PHONE_DIGITS: usize = 7;
/// The shortest name part hidden on its own ("Ana" of "Ana Ruiz").
const SHORTEST_NAME_PART: usize = 3;

/// One name to hide: as the text may hold it (lower case, folded the
/// Unicode way), what it becomes, and whether it is matched only in capitals
/// (initials: "ETU" but not "etu").
#[derive(Clone, Debug)]
struct Name {
    folded: String,
    becomes: &'static str,
    capitals_only: bool,
}

/// The names a workspace holds and what each becomes, by their first
/// letter, longest first, so a full name is replaced before a part of it.
#[derive(Clone, Debug, Default)]
pub struct HiddenNames {
    by_first_char: HashMap<char, Vec<Name>>,
}

impl HiddenNames {
    /// Every name in `workspace` worth hiding.
    pub fn of(workspace: &Workspace) -> Self {
        let mut names = Vec::new();
        let mut add = |name: &str, becomes: &'static str| {
            names.push((name.trim().to_owned(), becomes, false))
        };
        for partner in &workspace.partners {
            let organization = &partner.organization;
            let full = organization.name.trim();
            add(full, HIDDEN_PARTNER);
            if let Some(rest) = strip_article(full) {
                add(rest, HIDDEN_PARTNER);
            }
            for short in organization.short_names.split([',', ';', '\n']) {
                add(short, HIDDEN_PARTNER);
            }
            let people = partner
                .people
                .iter()
                .map(|person| person.name.as_str())
                .chain(partner.meetings.iter().flat_map(|meeting| {
                    meeting
                        .their_attendees
                        .iter()
                        .chain(&meeting.our_attendees)
                        .map(String::as_str)
                }));
            for person in people {
                add(person, HIDDEN_PERSON);
                for part in person.split_whitespace() {
                    if part.chars().filter(|c| c.is_alphabetic()).count() >= SHORTEST_NAME_PART {
                        add(part, HIDDEN_PERSON);
                    }
                }
            }
        }
        for coalition in &workspace.coalitions {
            add(&coalition.name, HIDDEN_COALITION);
        }
        for partner in &workspace.partners {
            let name = partner.organization.name.trim();
            if let Some(initials) = initials(strip_article(name).unwrap_or(name)) {
                names.push((initials, HIDDEN_PARTNER, true));
            }
        }
        let mut by_first_char: HashMap<char, Vec<Name>> = HashMap::new();
        for (name, becomes, capitals_only) in names {
            let folded: String = name
                .trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .flat_map(fold)
                .collect();
            let Some(first) = folded.chars().next() else {
                continue;
            };
            let list = by_first_char.entry(first).or_default();
            if !list.iter().any(|known| known.folded == folded) {
                list.push(Name {
                    folded,
                    becomes,
                    capitals_only,
                });
            }
        }
        for list in by_first_char.values_mut() {
            list.sort_by_key(|name| std::cmp::Reverse(name.folded.len()));
        }
        Self { by_first_char }
    }

    /// `text` with every name, email address and phone number replaced.
    pub fn hide(&self, text: &str) -> String {
        let text = hide_contacts(text);
        let folded = Folded::new(&text);
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut at = 0;
        while at < text.len() {
            let found = folded.first_char_at(at).and_then(|first| {
                self.by_first_char
                    .get(&first)?
                    .iter()
                    .find_map(|name| folded.word_at(at, name).map(|end| (end, name.becomes)))
            });
            match found {
                Some((end, becomes)) => {
                    let before = &text[copied..at];
                    out.push_str(&before[..before.len() - article_before(before)]);
                    out.push_str(&sentence_case(becomes, &out));
                    copied = end;
                    at = end;
                }
                None => at = next_word(&text, at),
            }
        }
        out.push_str(&text[copied..]);
        out
    }
}

/// The name without a leading "The ", when it has one.
fn strip_article(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    (first.eq_ignore_ascii_case("the") && !rest.trim().is_empty()).then_some(rest.trim())
}

/// The initials of a name of three or more capitalized words ("ETU" for
/// "Eastside Tenants Union"), matched in capitals only.
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .collect();
    (words.len() >= 3).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

/// Where the word after the one at `at` starts (or the text's end).
fn next_word(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let mut chars = rest.char_indices();
    let Some((_, first)) = chars.next() else {
        return text.len();
    };
    if !first.is_alphanumeric() {
        return at + first.len_utf8();
    }
    chars
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(offset, _)| at + offset)
}

/// The length of an article and the space after it ("the ", "A ", "an ")
/// that ends `before`, so the replacement's own article stands alone.
fn article_before(before: &str) -> usize {
    let Some(word) = before.strip_suffix(' ') else {
        return 0;
    };
    let start = word
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let article = &word[start..];
    if ["the", "a", "an"]
        .iter()
        .any(|a| article.eq_ignore_ascii_case(a))
    {
        article.len() + 1
    } else {
        0
    }
}

/// `with`, capitalized where a sentence starts (the text so far ends at a
/// sentence's end or is empty).
fn sentence_case(with: &str, so_far: &str) -> String {
    let end = so_far.trim_end();
    let starts_sentence = end.is_empty() || end.ends_with(['.', '!', '?', ':', '\n']);
    if !starts_sentence {
        return with.to_owned();
    }
    let mut chars = with.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Email addresses and phone numbers replaced, each as one word.
fn hide_contacts(text: &str) -> String {
    let emails_hidden: String = text
        .split_inclusive(char::is_whitespace)
        .map(hide_contact_in_word)
        .collect();
    hide_phone_numbers(&emails_hidden)
}

/// A word that is an email address (in brackets or with punctuation after it).
fn hide_contact_in_word(word: &str) -> String {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    let Some((local, domain)) = core.split_once('@') else {
        return word.to_owned();
    };
    let is_email = !local.is_empty() && domain.contains('.') && !domain.ends_with('.');
    if !is_email {
        return word.to_owned();
    }
    word.replacen(core, HIDDEN_EMAIL, 1)
}

/// Runs of digits, spaces and phone punctuation holding seven or more
/// digits; a date written as 2026-11-03 is not one.
fn hide_phone_numbers(text: &str) -> String {
    let is_part = |c: char| c.is_ascii_digit() || " -.()+/".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit() || c == '+' || c == '(') {
        let run_len = rest[start..]
            .find(|c: char| !is_part(c))
            .unwrap_or(rest.len() - start);
        let run = rest[start..start + run_len].trim_end_matches(|c: char| !c.is_ascii_digit());
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let preceded_by_word = rest[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if digits >= PHONE_DIGITS && !preceded_by_word && !is_iso_date(run) {
            out.push_str(&rest[..start]);
            out.push_str(HIDDEN_PHONE);
            rest = &rest[start + run.len()..];
        } else {
            // Not a phone number: the whole run stays, so no tail of it is taken for one.
            let step = start + run_len.max(1);
            out.push_str(&rest[..step]);
            rest = &rest[step..];
        }
    }
    out.push_str(rest);
    out
}

fn is_iso_date(run: &str) -> bool {
    let bytes = run.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
}

/// A character in lower case, the Unicode way, except that the capital
/// dotted I ("İ") is plain "i" (not "i" and a combining dot), so "İSTANBUL"
/// and "istanbul" fold alike.
fn fold(c: char) -> impl Iterator<Item = char> {
    let dotted = c == '\u{130}';
    c.to_lowercase()
        .filter(move |folded| !(dotted && *folded == '\u{307}'))
}

/// A text lowercased the Unicode way, with where each folded byte came
/// from, so a match found in lower case maps back to the original text even
/// where lowercasing changes lengths ("İ" becomes two characters).
struct Folded<'a> {
    text: &'a str,
    folded: String,
    /// For each byte of `folded`, the start of the original character.
    origin: Vec<usize>,
}

impl<'a> Folded<'a> {
    fn new(text: &'a str) -> Self {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            let before = folded.len();
            folded.extend(fold(c));
            origin.resize(origin.len() + folded.len() - before, at);
        }
        Self {
            text,
            folded,
            origin,
        }
    }

    /// The first character of the original text at byte `at`, lowercased.
    fn first_char_at(&self, at: usize) -> Option<char> {
        let start = self.origin.partition_point(|&origin| origin < at);
        self.folded[start..].chars().next()
    }

    /// Where the original text's `name` ends, if it starts at byte `at` as
    /// a whole word, in any case (in capitals, for initials).
    fn word_at(&self, at: usize, name: &Name) -> Option<usize> {
        if self.text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        let start = self.origin.partition_point(|&origin| origin < at);
        if !self.folded[start..].starts_with(&name.folded) {
            return None;
        }
        let folded_end = start + name.folded.len();
        let end = self
            .origin
            .get(folded_end)
            .copied()
            .unwrap_or(self.text.len());
        // The match must end where an original character ends.
        if folded_end < self.origin.len() && self.origin[folded_end - 1] == end {
            return None;
        }
        if name.capitals_only && self.text[at..end].chars().any(char::is_lowercase) {
            return None;
        }
        let next = self.text[end..].chars().next();
        (!next.is_some_and(char::is_alphanumeric)).then_some(end)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{Coalition, Meeting, Partner, Person};

    fn workspace() -> Workspace {
        let now = Utc::now();
        let mut casa = Partner::new("Casa Latina Workers' Center", now).unwrap();
        casa.organization.short_names = "Casa Latina, CLWC".into();
        casa.people.push(Person::new("Rosa Díaz", now));
        let mut meeting = Meeting::new(now);
        meeting.their_attendees = vec!["Tomás Ek".into()];
        casa.meetings.push(meeting);
        let tenants = Partner::new("The Eastside Tenants Union", now).unwrap();
        let istanbul = Partner::new("İstanbul Kültür Derneği", now).unwrap();
        let coalition = Coalition::new("Fair Rent Now", now).unwrap();
        Workspace {
            partners: vec![casa, tenants, istanbul],
            coalitions: vec![coalition],
            ..Workspace::default()
        }
    }

    fn hide(text: &str) -> String {
        HiddenNames::of(&workspace()).hide(text)
    }

    #[test]
    fn every_partner_is_hidden_by_its_name_short_forms_and_initials_in_any_case() {
        assert_eq!(
            hide("Eastside Tenants Union told us that casa latina had tried it."),
            "A partner organization told us that a partner organization had tried it."
        );
        assert_eq!(
            hide("CLWC and the ETU met; CASA LATINA WORKERS' CENTER hosted."),
            "A partner organization and a partner organization met; a partner organization hosted."
        );
        assert_eq!(hide("We joined Fair Rent Now."), "We joined a coalition.");
    }

    #[test]
    fn the_words_around_a_hidden_name_still_read() {
        assert_eq!(
            hide("We asked the Eastside tenants union first."),
            "We asked a partner organization first."
        );
        assert_eq!(
            hide("The Eastside Tenants Union's board said no."),
            "A partner organization's board said no."
        );
        assert_eq!(
            hide("It was a Casa Latina volunteer. Casa Latina led."),
            "It was a partner organization volunteer. A partner organization led."
        );
        assert!(!hide("the Eastside tenants union").contains("the a partner"));
    }

    #[test]
    fn case_that_changes_length_is_matched_the_unicode_way() {
        assert_eq!(
            hide("İSTANBUL KÜLTÜR DERNEĞİ invited us; so did istanbul kültür derneği."),
            "A partner organization invited us; so did a partner organization."
        );
        assert_eq!(
            hide("İİİ Casa Latina"),
            "İİİ a partner organization",
            "text that changes length when lowercased keeps its other words"
        );
    }

    #[test]
    fn people_emails_and_phone_numbers_are_hidden() {
        assert_eq!(
            hide("Rosa Díaz and tomás said Rosa would call."),
            "Someone and someone said someone would call."
        );
        assert_eq!(
            hide("Write to rosa@casa.example or (555) 123-4567, or +1 555 987 6543."),
            "Write to an email address or a phone number, or a phone number."
        );
        assert_eq!(hide("Mail <a.b@x.org>."), "Mail <an email address>.");
    }

    #[test]
    fn words_that_only_contain_a_name_dates_and_small_numbers_stay() {
        for kept in [
            "Casablanca and Rosalind came.",
            "On 2026-11-03 we met 12 people for 90 minutes.",
            "The etu spelling stays in lower case.",
            "An email @ noon.",
        ] {
            assert_eq!(hide(kept), kept);
        }
    }

    #[test]
    fn an_empty_workspace_hides_only_contacts() {
        let hidden = HiddenNames::of(&Workspace::default());
        assert_eq!(
            hidden.hide("the union at a@b.co"),
            "the union at an email address"
        );
    }
}
