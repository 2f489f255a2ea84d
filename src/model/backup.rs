use serde::{Deserialize, Serialize};

use super::Timestamp;

/// What this device knows about backups of its workspace; never exported,
/// since it describes this browser, not the partnerships.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceMeta {
    pub last_export_at: Option<Timestamp>,
    pub last_change_at: Option<Timestamp>,
    /// When Safari's limits on stored data were explained on this device.
    /// Written only once it happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safari_limits_explained_at: Option<Timestamp>,
}

/// Where the user stands with backups, for the Data page and the dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupStatus {
    /// Nothing entered yet, so nothing to back up.
    NothingToBackUp,
    /// Data exists but was never exported from this browser.
    NeverExported,
    /// Exported this many whole days ago; `changed_since` when edits came after.
    Exported { days_ago: i64, changed_since: bool },
}

impl DeviceMeta {
    /// The backup status at `now`.
    pub fn backup_status(&self, now: Timestamp, has_data: bool) -> BackupStatus {
        match self.last_export_at {
            None if has_data => BackupStatus::NeverExported,
            None => BackupStatus::NothingToBackUp,
            Some(exported) => BackupStatus::Exported {
                days_ago: (now - exported).num_days().max(0),
                changed_since: self
                    .last_change_at
                    .is_some_and(|changed| changed > exported),
            },
        }
    }
}

impl BackupStatus {
    /// A short sentence for the user.
    pub fn describe(self) -> String {
        match self {
            BackupStatus::NothingToBackUp => "Nothing to back up yet.".into(),
            BackupStatus::NeverExported => {
                "Never exported: your notes exist only in this browser. Export a copy to keep them safe.".into()
            }
            BackupStatus::Exported { days_ago, changed_since } => {
                let when = match days_ago {
                    0 => "today".to_owned(),
                    1 => "1 day ago".to_owned(),
                    days => format!("{days} days ago"),
                };
                if changed_since {
                    format!("Last exported {when}. You have changes since then: export again to keep them safe.")
                } else {
                    format!("Last exported {when}. No changes since.")
                }
            }
        }
    }

    /// Whether the user should be nudged to export.
    pub fn needs_attention(self) -> bool {
        matches!(
            self,
            BackupStatus::NeverExported
                | BackupStatus::Exported {
                    changed_since: true,
                    ..
                }
        )
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::*;

    #[test]
    fn an_empty_workspace_needs_no_backup() {
        let status = DeviceMeta::default().backup_status(Utc::now(), false);
        assert_eq!(status, BackupStatus::NothingToBackUp);
        assert!(!status.needs_attention());
    }

    #[test]
    fn data_never_exported_asks_for_a_backup() {
        let status = DeviceMeta::default().backup_status(Utc::now(), true);
        assert_eq!(status, BackupStatus::NeverExported);
        assert!(status.needs_attention());
    }

    #[test]
    fn meta_written_before_the_safari_note_reads_and_writes_back_the_same() {
        let stored = r#"{"last_export_at":null,"last_change_at":"2026-11-01T10:00:00Z"}"#;
        let meta: DeviceMeta = serde_json::from_str(stored).unwrap();
        assert_eq!(meta.safari_limits_explained_at, None);
        assert_eq!(serde_json::to_string(&meta).unwrap(), stored);
    }

    #[test]
    fn counts_whole_days_since_the_export_and_notices_later_changes() {
        let now = Utc::now();
        let meta = DeviceMeta {
            last_export_at: Some(now - Duration::hours(50)),
            last_change_at: Some(now - Duration::hours(49)),
            ..DeviceMeta::default()
        };
        let status = meta.backup_status(now, true);
        assert_eq!(
            status,
            BackupStatus::Exported {
                days_ago: 2,
                changed_since: true
            }
        );
        assert!(status.describe().contains("2 days ago"));
        assert!(status.needs_attention());

        let unchanged = DeviceMeta {
            last_change_at: Some(now - Duration::hours(51)),
            ..meta
        };
        let status = unchanged.backup_status(now, true);
        assert_eq!(
            status,
            BackupStatus::Exported {
                days_ago: 2,
                changed_since: false
            }
        );
        assert!(!status.needs_attention());
    }
}
