use leptos::prelude::*;

use crate::app::components::RenderLimit;
use crate::model::RecordCounts;
use crate::model::transfer::{
    Change, Changes, ImportPreview, Outcome, PlanEntry, RecordKind, Standing,
};

/// Entries of the plan rendered in one task: each is a small section, so a
/// task stays short on a slow or busy machine.
const PLAN_ROWS_PER_TASK: usize = 40;

/// Shows, before anything changes, what merging an imported file would do:
/// per partner and coalition of the file, whether it is new, already here or
/// changed, every record a merge adds, changes or removes, and each field
/// both devices changed with the value kept.
#[component]
pub fn MergePlan(
    /// What the import would bring, worked out from the file and our data.
    preview: ImportPreview,
) -> impl IntoView {
    let ImportPreview {
        plan,
        group_changed,
        group_on_both,
        ..
    } = preview;
    // A file of thousands of partners lists a screenful at once, the rest a task at a time.
    let total = plan.len();
    let plan = StoredValue::new(plan);
    let limit = RenderLimit::growing_by(Memo::new(move |_| total), PLAN_ROWS_PER_TASK);
    view! {
        <section class="merge-plan" aria-labelledby="merge-plan-heading">
            <h4 id="merge-plan-heading">"If you merge"</h4>
            <p>
                "Both devices' changes are kept, field by field; where both changed the same field, one change stands on both, as listed below. What either device deleted stays deleted, and waits in Recently deleted."
            </p>
            {group_changed
                .then(|| view! { <p>"Your group's details take in the other device's changes."</p> })}
            <StandingList standing=group_on_both />
            <ul class="merge-plan-entries">
                <For each=move || 0..limit.get().min(total) key=|index| *index let:index>
                    {plan
                        .with_value(|plan| plan.get(index).cloned())
                        .map(|entry| view! { <PlanEntryItem entry /> })}
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
) -> impl IntoView {
    let kind = entry.kind.name().to_lowercase();
    let (summary, changes) = match entry.outcome {
        Outcome::New(counts) => (new_summary(&kind, counts), None),
        Outcome::Unchanged => (
            "Already here, and the file changes nothing in it.".to_owned(),
            None,
        ),
        Outcome::Changed(changes) => (
            format!("Already here; the merge changes this {kind}:"),
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
            {changes.map(|changes| view! { <ChangeLists changes kind=entry.kind /> })}
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

/// What a merge changes inside one partner or coalition.
#[component]
fn ChangeLists(
    /// What is added, changed and removed, and what both devices changed.
    changes: Changes,
    /// Partner or coalition, to name its own details.
    kind: RecordKind,
) -> impl IntoView {
    let Changes {
        details_changed,
        added,
        changed,
        removed,
        on_both,
    } = changes;
    let details = match kind {
        RecordKind::Coalition => "Its name or notes take in the other device's changes.",
        _ => {
            "Its details (such as its stage, name and research notes) take in the other device's changes."
        }
    };
    view! {
        {details_changed.then(|| view! { <p class="merge-plan-details">{details}</p> })}
        <ChangeList heading="Added" changes=added />
        <ChangeList heading="Changed on the other device" changes=changed />
        <ChangeList heading="Removed on the other device" changes=removed />
        <StandingList standing=on_both />
    }
}

/// One list of added, changed or removed records, left out when empty.
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

/// The fields both devices changed, each with the value that stands on
/// both, so nobody is surprised which change was kept; left out when empty.
#[component]
fn StandingList(
    /// The fields and the values that stand.
    standing: Vec<Standing>,
) -> impl IntoView {
    (!standing.is_empty()).then(|| {
        view! {
            <p class="merge-plan-heading">
                "Changed on both devices; one value is kept on both:"
            </p>
            <ul class="merge-plan-changes">
                {standing
                    .into_iter()
                    .map(|standing| {
                        view! { <li>{format!("{}, kept as {}", standing.field, standing.value)}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
