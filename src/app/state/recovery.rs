//! Putting a set-aside record back into the workspace from the Data page.

use leptos::prelude::*;

use super::AppState;
use crate::store::{Changes, Recovered, Restorable, StoreError};

impl AppState {
    /// What a set-aside value holds, as a person can read it.
    pub fn recovered_text(self, entry: &Recovered) -> Result<Option<String>, StoreError> {
        self.save_state
            .with_value(|save| save.store.recovered_text(entry))
    }

    /// The record a set-aside value holds, when this version can read it now.
    pub fn restorable(self, entry: &Recovered) -> Option<Restorable> {
        self.save_state
            .with_value(|save| save.store.readable_recovered(entry))
    }

    /// Puts a readable set-aside record back and saves it; its set-aside
    /// copy goes once it is saved. Says what came back, or why not.
    pub fn restore(self, entry: &Recovered) -> Result<String, String> {
        let record = self
            .restorable(entry)
            .ok_or("It still cannot be read by this version, so it stays set aside.")?;
        let mut changes = Changes::default();
        let restored = match record {
            Restorable::Partner(partner) => {
                if self
                    .workspace
                    .with_untracked(|w| w.partner(partner.id).is_some())
                {
                    return Err(format!(
                        "{} is already in your data; the set-aside copy stays as it is.",
                        partner.name()
                    ));
                }
                let name = partner.name().to_owned();
                changes.partner(partner.id);
                changes.index = true;
                self.change(changes, |w| w.partners.push(*partner));
                name
            }
            Restorable::Coalition(mut coalition) => {
                if self
                    .workspace
                    .with_untracked(|w| w.coalition(coalition.id).is_some())
                {
                    return Err(format!(
                        "{} is already in your data; the set-aside copy stays as it is.",
                        coalition.name
                    ));
                }
                // Partners no longer here cannot be in it.
                self.workspace.with_untracked(|w| {
                    coalition.partner_ids.retain(|id| w.partner(*id).is_some());
                });
                let name = coalition.name.clone();
                changes.coalitions.insert(coalition.id);
                changes.index = true;
                self.change(changes, |w| w.coalitions.push(coalition));
                name
            }
            Restorable::Group(group) => {
                changes.group = true;
                self.change(changes, |w| w.our_group = group);
                "Your group's details".to_owned()
            }
        };
        if !self.save_now() {
            return Err(format!(
                "{restored} is back, but could not be saved yet; the set-aside copy stays until it is."
            ));
        }
        self.save_state
            .try_update_value(|save| save.store.forget_recovered(entry))
            .transpose()
            .map_err(|error| format!("{restored} is back and saved, but its set-aside copy could not be removed: {error}"))?;
        self.set_aside
            .update(|set_aside| set_aside.retain(|(kept, _)| kept.key != entry.key));
        Ok(format!("Restored {restored}."))
    }
}
