use chrono::{Local, Utc};
use leptos::prelude::*;

use crate::app::state::DependsOn;

use crate::app::binding::bound_text;
use crate::app::state::AppState;
use crate::model::{Meeting, RecordId, Workspace, edit_by_id};

/// The meeting `meeting` of partner `id`, if it is still there.
pub fn find(workspace: &Workspace, id: RecordId, meeting: RecordId) -> Option<&Meeting> {
    workspace
        .partner(id)?
        .meetings
        .iter()
        .find(|m| m.id == meeting)
}

/// Changes one meeting and stamps it; once it is marked held, its log entry
/// is written and then follows its date.
pub fn edit_meeting(
    state: AppState,
    id: RecordId,
    meeting: RecordId,
    edit: impl FnOnce(&mut Meeting),
) {
    state.edit_partner(id, |partner| {
        let now = Utc::now();
        edit_by_id(&mut partner.meetings, meeting, now, edit);
        partner.keep_log_in_step(meeting, Local::now().date_naive(), now);
    });
}

/// A text field of a meeting, and the callback storing edits to it.
pub fn meeting_text(
    id: RecordId,
    meeting: RecordId,
    get: fn(&Meeting) -> String,
    set: fn(&mut Meeting, String),
) -> (Signal<String>, Callback<String>) {
    bound_text(
        DependsOn::Partner(id),
        move |workspace| find(workspace, id, meeting).map(get),
        move |state, text| edit_meeting(state, id, meeting, move |m| set(m, text)),
    )
}

/// Lines of text, one item each, as a list editor shows them.
pub fn lines(items: &[String]) -> String {
    items.join("\n")
}

/// The non-empty lines of `text`, trimmed.
pub fn parse_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}
