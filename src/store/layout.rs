use crate::model::RecordId;

/// The storage keys of one workspace. Every key starts with
/// `common-ground:<workspace>:`, so workspaces never touch each other.
#[derive(Clone, Debug)]
pub(super) struct Keys {
    prefix: String,
}

impl Keys {
    pub(super) fn new(namespace: &str) -> Self {
        Self {
            prefix: format!("common-ground:{namespace}:"),
        }
    }

    /// Which partners and coalitions exist, and the schema version.
    pub(super) fn index(&self) -> String {
        format!("{}index", self.prefix)
    }

    pub(super) fn group(&self) -> String {
        format!("{}group", self.prefix)
    }

    pub(super) fn meta(&self) -> String {
        format!("{}meta", self.prefix)
    }

    /// What this device keeps for itself: its name and private notes.
    pub(super) fn this_device(&self) -> String {
        format!("{}this-device", self.prefix)
    }

    /// Written last by every save, so other tabs know a save is complete.
    pub(super) fn revision(&self) -> String {
        format!("{}revision", self.prefix)
    }

    pub(super) fn partner(&self, id: RecordId) -> String {
        format!("{}partner:{id}", self.prefix)
    }

    pub(super) fn coalition(&self, id: RecordId) -> String {
        format!("{}coalition:{id}", self.prefix)
    }

    /// The Yrs document of a partner or coalition, live or recently deleted.
    pub(super) fn document(&self, id: RecordId) -> String {
        format!("{}doc:{id}", self.prefix)
    }

    /// The Yrs document listing every record, deleted ones included.
    pub(super) fn index_document(&self) -> String {
        format!("{}doc:index", self.prefix)
    }

    /// The Yrs document of our group's details.
    pub(super) fn group_document(&self) -> String {
        format!("{}doc:group", self.prefix)
    }

    /// Whether `key` holds one of this workspace's Yrs documents.
    pub(super) fn is_document(&self, key: &str) -> bool {
        key.strip_prefix(&self.prefix)
            .is_some_and(|rest| rest.starts_with("doc:"))
    }

    /// Where unreadable values are kept, byte for byte.
    pub(super) fn recovery_prefix(&self) -> String {
        format!("{}recovery:", self.prefix)
    }

    /// Whether `key` belongs to this workspace at all, recovered copies included.
    pub(super) fn owns(&self, key: &str) -> bool {
        key.starts_with(&self.prefix)
    }

    /// Whether `key` holds this workspace's live data (not a recovered copy).
    pub(super) fn is_live(&self, key: &str) -> bool {
        self.owns(key) && !key.starts_with(&self.recovery_prefix())
    }

    /// The part of a key after the workspace prefix.
    pub(super) fn suffix<'a>(&self, key: &'a str) -> &'a str {
        key.strip_prefix(&self.prefix).unwrap_or(key)
    }
}
