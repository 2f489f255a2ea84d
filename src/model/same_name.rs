//! Whether a new partner's name is one the workspace already holds, written
//! another way: a teammate adding "Casa Latina" on their phone most likely
//! means "Casa Latina Workers' Center", and two records of one organization
//! split its history in two.

use super::{Partner, Workspace};

/// The partners whose name, or one of their other names, matches `name`
/// or nearly does: the same words whatever their case, accents and
/// punctuation; the same words with a slip of a letter in some of them
/// ("Tenant" for "Tenants", "Unoin" for "Union"); or all the words of the
/// shorter name, two or more, at the start of the longer ("Casa Latina").
pub fn partners_named_like<'a>(workspace: &'a Workspace, name: &str) -> Vec<&'a Partner> {
    let wanted = words(name);
    if wanted.is_empty() {
        return Vec::new();
    }
    workspace
        .partners
        .iter()
        .filter(|partner| {
            std::iter::once(partner.organization.name.as_str())
                .chain(partner.organization.short_names.split([',', ';', '\n']))
                .any(|known| names_alike(&wanted, &words(known)))
        })
        .collect()
}

/// Whether two names, as words, name the same organization.
fn names_alike(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() >= 2 && long.starts_with(short) {
        return true;
    }
    a.len() == b.len()
        && a.iter().any(|word| b.contains(word))
        && a.iter().zip(b).all(|(x, y)| words_alike(x, y))
}

/// Whether two words are the same, or one slip apart (a letter added, left
/// out, changed, or two swapped) when both are long enough for a slip to
/// be a slip: "Eastside" and "Westside" are two apart, and different.
fn words_alike(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 4 && b.chars().count() >= 4 && slips_between(a, b) <= 1)
}

/// A name's words, as compared: lower case, accents and punctuation gone,
/// "&" read as "and", and a leading "the" and legal endings ("Inc.",
/// "LLC") left out.
fn words(name: &str) -> Vec<String> {
    let mut plain = String::with_capacity(name.len());
    for letter in name.chars().flat_map(char::to_lowercase) {
        match letter {
            '&' => plain.push_str(" and "),
            '\'' | '’' | '.' => {}
            letter if letter.is_alphanumeric() => plain.push(without_accent(letter)),
            _ => plain.push(' '),
        }
    }
    let mut words: Vec<String> = plain.split_whitespace().map(str::to_owned).collect();
    if words.first().is_some_and(|first| first == "the") {
        words.remove(0);
    }
    while words
        .last()
        .is_some_and(|last| ["inc", "llc", "corp", "ltd", "co"].contains(&last.as_str()))
    {
        words.pop();
    }
    words
}

/// A letter without its accent, for the accented letters of English and
/// Spanish names.
fn without_accent(letter: char) -> char {
    match letter {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

/// How many slips turn `a` into `b`: letters added, left out or changed,
/// and two neighbours swapped (the optimal string alignment distance).
fn slips_between(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in table.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in table[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let changed = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (table[i - 1][j] + 1)
                .min(table[i][j - 1] + 1)
                .min(table[i - 1][j - 1] + changed);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[i - 2][j - 2] + 1);
            }
            table[i][j] = best;
        }
    }
    table[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_now;

    fn workspace(names: &[(&str, &str)]) -> Workspace {
        let mut workspace = Workspace::default();
        for (name, short_names) in names {
            let mut partner = Partner::new(name, test_now()).unwrap();
            partner.organization.short_names = (*short_names).to_owned();
            workspace.add_partner(partner);
        }
        workspace
    }

    fn matches(workspace: &Workspace, name: &str) -> Vec<String> {
        partners_named_like(workspace, name)
            .into_iter()
            .map(|partner| partner.name().to_owned())
            .collect()
    }

    #[test]
    fn the_same_name_written_another_way_matches() {
        let known = workspace(&[
            ("Casa Latina Workers' Center", "CLWC"),
            ("The Eastside Tenants Union", ""),
            ("Comité de Madres del Valle", ""),
            ("Smith & Sons Community Fund, Inc.", ""),
        ]);
        for (typed, found) in [
            ("casa latina workers center", "Casa Latina Workers' Center"),
            ("CASA LATINA WORKERS’ CENTER", "Casa Latina Workers' Center"),
            ("Casa Latina", "Casa Latina Workers' Center"),
            ("clwc", "Casa Latina Workers' Center"),
            ("Eastside Tenants Union", "The Eastside Tenants Union"),
            ("Eastside Tenant Union", "The Eastside Tenants Union"),
            ("Eastside Tennants Unoin", "The Eastside Tenants Union"),
            ("Comite de Madres del Valle", "Comité de Madres del Valle"),
            (
                "Smith and Sons Community Fund",
                "Smith & Sons Community Fund, Inc.",
            ),
        ] {
            assert_eq!(matches(&known, typed), vec![found.to_owned()], "{typed}");
        }
    }

    #[test]
    fn different_organizations_do_not_match() {
        let known = workspace(&[
            ("Casa Latina Workers' Center", ""),
            ("Eastside Tenants Union", ""),
            ("Youth Power", ""),
        ]);
        for typed in [
            "Casa",
            "Westside Tenants Union",
            "Eastside Tenants Association",
            "Latina Workers' Center",
            "Youth Tower Project",
            "Southside Youth Power",
            "The",
            "",
        ] {
            assert!(matches(&known, typed).is_empty(), "{typed}");
        }
    }

    #[test]
    fn short_forms_match_only_as_written() {
        let known = workspace(&[("Access Now Coalition", "ANC")]);
        assert_eq!(
            matches(&known, "a.n.c."),
            vec!["Access Now Coalition".to_owned()]
        );
        assert!(matches(&known, "ANCC").is_empty());
        assert!(matches(&known, "ABC").is_empty());
    }

    #[test]
    fn slips_count_changes_and_swaps() {
        assert_eq!(slips_between("kitten", "sitting"), 3);
        assert_eq!(slips_between("union", "unoin"), 1);
        assert_eq!(slips_between("eastside", "westside"), 2);
        assert_eq!(slips_between("", "ab"), 2);
    }
}
