use leptos::prelude::*;

use crate::app::components::RenderLimit;
use crate::model::RecordCounts;
use crate::model::transfer::{Change, Changes, ImportPreview, Outcome, PlanEntry, RecordKind};

/// Entries of the plan rendered in one task: each is a small section, so a
/// task stays short on a slow or busy machine.
const PLAN_ROWS_PER_TASK: usize = 40;

/// Shows, before anything changes, what merging an imported file would do:
/// per partner and coalition of the file, whether it is new, already here or
/// changed, and every record a merge adds or replaces.
#[component]
pub fn MergePlan(
    /// What the import would bring, worked out from the file and our data.
    preview: ImportPreview,
) -> impl IntoView {
    let ImportPreview {
        plan,
        fills_our_group,
        through_documents,
        ..
    } = preview;
    let (how, group) = if through_documents {
        (
            "Both devices' changes are kept, field by field; where both changed the same field, one change stands on both. What either device deleted stays deleted, and waits in Recently deleted.",
            "Your group's details take in the other device's changes.",
        )
    } else {
        (
            "Nothing of yours is removed. Partners and coalitions that are not in the file stay as they are.",
            "Your group's details are empty here, so they are taken from the file.",
        )
    };
    // A file of thousands of partners lists a screenful at once, the rest a task at a time.
    let total = plan.len();
    let plan = StoredValue::new(plan);
    let limit = RenderLimit::growing_by(Memo::new(move |_| total), PLAN_ROWS_PER_TASK);
    view! {
        <section class="merge-plan" aria-labelledby="merge-plan-heading">
            <h4 id="merge-plan-heading">"If you merge"</h4>
            <p>{how}</p>
            {fills_our_group.then(|| view! { <p>{group}</p> })}
            <ul class="merge-plan-entries">
                <For each=move || 0..limit.get().min(total) key=|index| *index let:index>
                    {plan
                        .with_value(|plan| plan.get(index).cloned())
                        .map(|entry| view! { <PlanEntryItem entry through_documents /> })}
                </For>
            </ul>
        </section>
    }
}

/// One partner or coalition of the file and what a merge does to it.
#[component]
fn PlanEntryItem(
    /// The partner or coalition, and what happens to it.
    entry: PlanEntry,
    /// Whether the merge goes field by field through Yrs.
    through_documents: bool,
) -> impl IntoView {
    let kind = entry.kind.name().to_lowercase();
    let (summary, changes) = match entry.outcome {
        Outcome::New(counts) => (new_summary(&kind, counts), None),
        Outcome::Unchanged => (
            "Already here, and nothing in the file is newer: it stays as it is.".to_owned(),
            None,
        ),
        Outcome::Changed(changes) => (
            format!("Already here; the file brings changes to this {kind}:"),
            Some(changes),
        ),
    };
    view! {
        <li class="merge-plan-entry">
            <p>
                <strong class="merge-plan-name">{entry.name}</strong>
                " "
                <span class="merge-plan-summary">{summary}</span>
            </p>
            {changes.map(|changes| view! { <ChangeLists changes kind=entry.kind through_documents /> })}
        </li>
    }
}

/// What a new partner or coalition brings with it.
fn new_summary(kind: &str, counts: RecordCounts) -> String {
    let inside = RecordCounts {
        partners: 0,
        coalitions: 0,
        ..counts
    };
    match inside.sentence() {
        Some(records) => format!("New {kind}: added with {records}."),
        None => format!("New {kind}: added."),
    }
}

/// The records a merge adds and replaces inside one partner or coalition.
#[component]
fn ChangeLists(
    /// What is added and replaced.
    changes: Changes,
    /// Partner or coalition, to name its own details.
    kind: RecordKind,
    /// Whether the merge goes field by field through Yrs.
    through_documents: bool,
) -> impl IntoView {
    let Changes {
        details_replaced,
        added,
        replaced,
    } = changes;
    let details = match (kind, through_documents) {
        (RecordKind::Coalition, false) => {
            "Its name and notes are replaced by the file's, changed more recently."
        }
        (_, false) => {
            "Its details (such as its stage, name and research notes) are replaced by the file's, changed more recently."
        }
        (RecordKind::Coalition, true) => "Its name or notes take in the other device's changes.",
        (_, true) => {
            "Its details (such as its stage, name and research notes) take in the other device's changes."
        }
    };
    let replaced_heading = if through_documents {
        "Changed on the other device"
    } else {
        "Replaced by the file's newer version"
    };
    view! {
        {details_replaced.then(|| view! { <p class="merge-plan-details">{details}</p> })}
        <ChangeList heading="Added" changes=added />
        <ChangeList heading=replaced_heading changes=replaced />
    }
}

/// One list of added or replaced records, left out when empty.
#[component]
fn ChangeList(
    /// What happens to the records listed.
    heading: &'static str,
    /// The records.
    changes: Vec<Change>,
) -> impl IntoView {
    (!changes.is_empty()).then(|| {
        view! {
            <p class="merge-plan-heading">{format!("{heading}:")}</p>
            <ul class="merge-plan-changes">
                {changes
                    .into_iter()
                    .map(|change| view! { <li>{format!("{}: {}", change.kind.name(), change.label)}</li> })
                    .collect_view()}
            </ul>
        }
    })
}
