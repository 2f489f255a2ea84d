//! Reading a chosen file and working out what merging it gives, a slice of
//! records at a time, before anything changes: what the Import section
//! shows and acts on.

use std::ops::Range;

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::browser::{BrowserError, next_task};
use crate::app::state::AppState;
use crate::model::Workspace;
use crate::model::transfer::{
    ImportError, ImportPreview, Room, SlicedImport, plan_entries, plan_length, preview_header,
    replace_warning,
};
use crate::team::{RecordKind, TeamError, TeamState};

/// A file that passed every check, waiting for the user's choice: what it
/// holds, and what merging it through Yrs gives.
#[derive(Clone)]
pub(super) struct Ready {
    pub(super) workspace: Workspace,
    /// The file's documents; a file from before sharing has its records
    /// moved into documents the way every device moves its own over.
    pub(super) documents: TeamState,
    pub(super) merged: Workspace,
    pub(super) merged_documents: TeamState,
    pub(super) preview: ImportPreview,
    /// Partners and coalitions deleted on the other device, which merging
    /// moves to Recently deleted here.
    pub(super) deleted_there: Vec<String>,
    /// Partners and coalitions in Recently deleted here that the other
    /// device restored, which merging brings back.
    pub(super) restored_there: Vec<String>,
    /// What replacing would take away, asked about before it happens.
    pub(super) replace_warning: String,
}

/// How long one slice of reading may hold the page, in milliseconds: well
/// under the 200 ms after which a page feels stuck, on a slow phone too.
const SLICE_MS: f64 = 40.0;
/// Records read between two looks at the clock.
const RECORDS_PER_LOOK: usize = 8;

/// Runs `step` (which does a number of records' worth of work and says
/// whether all is done) in slices of about [`SLICE_MS`], letting the page
/// draw and take input between them.
async fn in_slices<E>(mut step: impl FnMut(usize) -> Result<bool, E>) -> Result<(), E> {
    let mut done = false;
    while !done {
        next_task().await;
        let slice_started = js_sys::Date::now();
        while !done && js_sys::Date::now() - slice_started < SLICE_MS {
            done = step(RECORDS_PER_LOOK)?;
        }
    }
    next_task().await;
    Ok(())
}

/// Runs `work` over the places `0..places` in slices (see [`in_slices`]),
/// handing it each range of places in turn.
async fn over_places_in_slices<E>(
    places: usize,
    mut work: impl FnMut(Range<usize>) -> Result<(), E>,
) -> Result<(), E> {
    let mut done = 0;
    in_slices(|records| {
        let next = (done + records).min(places);
        work(done..next)?;
        done = next;
        Ok(done == places)
    })
    .await
}

/// Reads a chosen file as UTF-8 and checks it in full, a slice of records
/// at a time, refusing one that could not fit in `room`.
pub(super) async fn read_in_slices(
    file: web_sys::File,
    room: Room,
) -> Result<(Workspace, Option<TeamState>), String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|error| {
        format!(
            "the file could not be read ({}).",
            BrowserError::from(error)
        )
    })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = String::from_utf8(bytes).map_err(|error| {
        ImportError::NotUtf8 {
            at: error.utf8_error().valid_up_to(),
        }
        .to_string()
    })?;
    next_task().await;
    let mut import = SlicedImport::start(text, room).map_err(|error| error.to_string())?;
    in_slices(|records| import.step(records))
        .await
        .map_err(|error| error.to_string())?;
    import.finish().map_err(|error| error.to_string())
}

/// Works out, before anything changes, what merging a file gives, through
/// Yrs, the preview too, a slice of records at a time. A file from before
/// sharing carries no documents: its records are moved into documents as
/// every device moves its own data over, so two devices that moved the
/// same records over agree on them.
pub(super) async fn plan_merge(
    state: AppState,
    (workspace, documents): (Workspace, Option<TeamState>),
) -> Result<Ready, String> {
    let documents = match documents {
        Some(documents) => documents,
        None => moved_over(&workspace).await?,
    };
    let waiting_here = state
        .recently_deleted()
        .map_err(|error| error.to_string())?;
    next_task().await;
    let mut merge = state.start_merge(documents.clone())?;
    in_slices(|records| merge.step(records))
        .await
        .map_err(|error| error.to_string())?;
    let merged = state.merged_from(merge.finish());
    let restored_there = waiting_here
        .into_iter()
        .filter(|deleted| match deleted.kind {
            RecordKind::Partner => merged.workspace.partner(deleted.id).is_some(),
            RecordKind::Coalition => merged.workspace.coalition(deleted.id).is_some(),
        })
        .map(|deleted| deleted.name)
        .collect();
    let (mut preview, deleted_there, replace_warning) = state.workspace().with_untracked(|ours| {
        let deleted_there = ours
            .names_missing_from(&merged.workspace)
            .into_iter()
            .map(str::to_owned)
            .collect();
        (
            preview_header(ours, &workspace, &merged.workspace, &merged.on_both),
            deleted_there,
            replace_warning(ours, &workspace),
        )
    });
    over_places_in_slices(plan_length(&workspace), |places| {
        let entries = state.workspace().with_untracked(|ours| {
            plan_entries(ours, &workspace, &merged.workspace, &merged.on_both, places)
        });
        preview.plan.extend(entries);
        Ok::<(), String>(())
    })
    .await?;
    Ok(Ready {
        workspace,
        documents,
        merged: merged.workspace,
        merged_documents: merged.documents,
        preview,
        deleted_there,
        restored_there,
        replace_warning,
    })
}

/// The documents of a file from before sharing: its records moved over as
/// every device moves its own, a slice at a time.
async fn moved_over(workspace: &Workspace) -> Result<TeamState, String> {
    let mut documents = TeamState::migrated_shell(workspace).map_err(|error| error.to_string())?;
    let partners = workspace.partners.len();
    over_places_in_slices(plan_length(workspace), |places| {
        for place in places {
            match workspace.partners.get(place) {
                Some(partner) => documents.add_migrated(partner.id, partner),
                None => match workspace.coalitions.get(place - partners) {
                    Some(coalition) => documents.add_migrated(coalition.id, coalition),
                    None => Ok(()),
                },
            }?;
        }
        Ok(())
    })
    .await
    .map_err(|error: TeamError| error.to_string())?;
    Ok(documents)
}
