//! What this device keeps for itself (its name, the partners' private
//! notes): typed and saved like any edit, but under its own key, apart from
//! the workspace, so none of it leaves the device but the name in file names.

use leptos::prelude::*;

use super::{AppState, autosave};
use crate::model::{RecordId, ThisDevice};
use crate::store::Changes;

impl AppState {
    /// The private note about partner `id`; tracked, so a view follows it.
    pub fn private_note(self, id: RecordId) -> String {
        self.this_device.with(|device| device.note(id).to_owned())
    }

    /// Writes the private note about partner `id`, saved within a second.
    pub fn set_private_note(self, id: RecordId, text: String) {
        self.change_this_device(|device| device.set_note(id, text));
    }

    /// What the user calls this device; tracked.
    pub fn device_name(self) -> String {
        self.this_device.with(|device| device.name.clone())
    }

    /// What the user calls this device, read once (for a file's name).
    pub fn device_name_untracked(self) -> String {
        self.this_device
            .with_untracked(|device| device.name.clone())
    }

    /// Names this device, saved within a second.
    pub fn set_device_name(self, name: String) {
        self.change_this_device(|device| device.name = name);
    }

    /// Signs this device's drafts with `name`: kept with the device, and
    /// held in our group's details while the app runs, where the templates
    /// read it.
    pub fn set_your_name(self, name: String) {
        self.workspace
            .update(|workspace| workspace.our_group.your_name = name.clone());
        let group_readers = Changes {
            group: true,
            ..Changes::default()
        };
        self.notices
            .with_value(|notices| notices.notify(&group_readers, false));
        self.change_this_device(|device| device.your_name = name);
    }

    pub(super) fn change_this_device(self, change: impl FnOnce(&mut ThisDevice)) {
        self.this_device.update(change);
        self.save_state
            .update_value(|save| save.pending.this_device = true);
        autosave::schedule(self);
    }
}
