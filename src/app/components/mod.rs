//! Widgets shared by several screens.

mod backup_status;
mod choice_select;
mod confirm_dialog;
mod delete_record;
mod editable_entry;
mod fields;
mod folded_section;
mod history_list;
mod log_entries;
mod main_nav;
mod record_list;
mod removable_text;
mod render_limit;
mod report_document;
mod share_record;
mod skip_link;
mod storage_notice;
mod undo_bar;
mod update_notice;

pub use backup_status::BackupStatusText;
pub use choice_select::ChoiceSelect;
pub use confirm_dialog::{ConfirmDialog, open_dialog};
pub use delete_record::{DeleteRecord, DeleteWords};
pub use editable_entry::{EditableEntry, open_for_editing, timeline_order};
pub use fields::{
    CheckboxField, Field, FieldIds, InputKind, TextField, date_from_input, date_to_input,
};
pub use folded_section::FoldedSection;
pub use history_list::{
    HistoryItem, HistoryList, RemoveFromHistory, dated_label, dated_what, open_in_history,
};
pub use log_entries::{LogEntries, LogEntryFields, summary_field};
pub use main_nav::MainNav;
pub use record_list::RecordList;
pub use removable_text::RemovableText;
pub use render_limit::RenderLimit;
pub use report_document::ReportDocument;
pub use share_record::{ShareRecord, ShareWords};
pub use skip_link::SkipLink;
pub use storage_notice::StorageNotice;
pub use undo_bar::{UNDO_BUTTON, UndoBar};
pub use update_notice::UpdateNotice;
