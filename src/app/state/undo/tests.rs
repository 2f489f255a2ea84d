//! Putting removed records back: exactly when untouched since, beside later edits otherwise.

use chrono::{Duration, Utc};

use super::*;
use crate::model::Person;

fn person(name: &str) -> Person {
    Person::new(name, Utc::now())
}

fn workspace_with(names: &[&str]) -> Workspace {
    let mut workspace = Workspace::default();
    for name in names {
        let mut partner = Partner::new(name, Utc::now()).expect("a valid name");
        partner.people.push(person("Ana"));
        partner.people.push(person("Luis"));
        workspace.add_partner(partner);
    }
    workspace
}

/// Removes through the same snapshots as the app: before, edit, after.
fn remove(
    workspace: &mut Workspace,
    id: RecordId,
    edit: impl FnOnce(&mut Workspace),
) -> Touched<Partner> {
    let mut touched = snapshot::<Partner>(workspace, &[id]);
    edit(workspace);
    note_after(workspace, &mut touched);
    touched.remove(0)
}

#[test]
fn an_untouched_record_is_put_back_exactly() {
    let mut workspace = workspace_with(&["Casa", "Access"]);
    let original = workspace.clone();
    let id = workspace.partners[0].id;
    let touched = remove(&mut workspace, id, |w| {
        w.partners[0].people.remove(1);
        w.partners[0].updated_at += Duration::minutes(1);
    });
    assert!(put_back(&mut workspace, touched));
    assert_eq!(workspace, original);
}

#[test]
fn a_deleted_partner_returns_to_its_place() {
    let mut workspace = workspace_with(&["First", "Second", "Third"]);
    let original = workspace.clone();
    let id = workspace.partners[1].id;
    let touched = remove(&mut workspace, id, |w| w.partners.retain(|p| p.id != id));
    assert_eq!(workspace.partners.len(), 2);
    assert!(put_back(&mut workspace, touched));
    assert_eq!(workspace, original);
}

#[test]
fn edits_made_after_the_removal_are_kept() {
    let mut workspace = workspace_with(&["Casa"]);
    let id = workspace.partners[0].id;
    let removed = workspace.partners[0].people[1].id;
    let touched = remove(&mut workspace, id, |w| {
        w.partners[0].people.remove(1);
        w.partners[0].updated_at += Duration::minutes(1);
    });
    workspace.partners[0].research.mission = "Typed after".into();
    workspace.partners[0].updated_at += Duration::minutes(2);

    assert!(!put_back(&mut workspace, touched), "not an exact restore");
    let partner = &workspace.partners[0];
    assert_eq!(partner.research.mission, "Typed after");
    assert!(partner.people.iter().any(|p| p.id == removed));
    assert_eq!(partner.people.len(), 2);
}
