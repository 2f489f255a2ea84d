//! What "Replace my data" would take away, said before it happens: a
//! replace is the one import that removes records wholesale.

use crate::model::Workspace;

/// How many names the warning lists before it counts the rest.
const NAMES_SHOWN: usize = 8;

/// The sentences of the question asked before replacing `ours` with
/// `file`: what this device holds now, which partners and coalitions the
/// file does not have (so they go), and that Undo is offered.
pub fn replace_warning(ours: &Workspace, file: &Workspace) -> String {
    let held = match ours.counts().sentence() {
        Some(records) => format!("This removes {records} from this device"),
        None => "This removes your group's details from this device".to_owned(),
    };
    let gone = ours.names_missing_from(file);
    let gone = match gone.len() {
        0 => String::new(),
        count if count > NAMES_SHOWN => format!(
            " Not in the file, so gone after replacing: {} and {} more.",
            gone[..NAMES_SHOWN].join(", "),
            count - NAMES_SHOWN
        ),
        _ => format!(
            " Not in the file, so gone after replacing: {}.",
            gone.join(", ")
        ),
    };
    format!(
        "{held} and puts the file's data in its place; changes made here to records the file also holds are lost too.{gone} You can undo it for a few seconds afterwards."
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Partner;

    fn partner(name: &str) -> Partner {
        Partner::new(name, crate::model::test_now()).unwrap()
    }

    #[test]
    fn names_what_the_file_lacks_and_counts_past_the_first_few() {
        let ours = Workspace {
            partners: (0..10).map(|n| partner(&format!("Group {n}"))).collect(),
            ..Workspace::default()
        };
        let mut file = Workspace::default();
        file.partners.push(ours.partners[0].clone());

        let warning = replace_warning(&ours, &file);

        assert!(
            warning.starts_with("This removes 10 partners from this device"),
            "{warning}"
        );
        assert!(
            warning.contains("gone after replacing: Group 1, Group 2"),
            "{warning}"
        );
        assert!(!warning.contains("Group 0,"), "{warning}");
        assert!(warning.contains("Group 8 and 1 more."), "{warning}");
        assert!(warning.ends_with("You can undo it for a few seconds afterwards."));
    }

    #[test]
    fn says_nothing_is_gone_when_the_file_holds_every_record() {
        let mut ours = Workspace::default();
        ours.partners.push(partner("Casa Latina"));
        let warning = replace_warning(&ours, &ours.clone());
        assert!(!warning.contains("gone after replacing"), "{warning}");
    }
}
