use crate::model::dates;
use chrono::{Local, NaiveDate};
use leptos::prelude::*;

use crate::app::browser::replace_location;
use crate::app::components::{ChoiceSelect, Field, FieldIds, RenderLimit};
use crate::app::routing::Route;
use crate::app::state::use_app_state;
use crate::guide::follow_through::last_contact;
use crate::guide::plural;
use crate::model::{
    Choice, FocusArea, Partner, PrioritySignal, PrioritySignals, RecordId, Stage, Timestamp,
};

/// How the list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortKey {
    Name,
    LastChange,
    LastContact,
    Priority,
    Stage,
}

impl Choice for SortKey {
    const ALL: &'static [Self] = &[
        SortKey::Name,
        SortKey::LastChange,
        SortKey::LastContact,
        SortKey::Priority,
        SortKey::Stage,
    ];

    fn key(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::LastChange => "last_change",
            SortKey::LastContact => "last_contact",
            SortKey::Priority => "priority",
            SortKey::Stage => "stage",
        }
    }

    fn label(self) -> &'static str {
        match self {
            SortKey::Name => "Name",
            SortKey::LastChange => "Last change",
            SortKey::LastContact => "Last contact, longest ago first",
            SortKey::Priority => "Priority signals, most first",
            SortKey::Stage => "Stage",
        }
    }
}

/// A partner as the list needs it, with its searchable text prepared once
/// per change of the data rather than once per keystroke in the search box.
#[derive(Clone, PartialEq)]
struct Entry {
    id: RecordId,
    name: String,
    stage: Stage,
    focus_areas: Vec<FocusArea>,
    updated_at: Timestamp,
    last_contact: Option<NaiveDate>,
    priority: PrioritySignals,
    search_text: String,
}

impl Entry {
    fn new(partner: &Partner, today: NaiveDate) -> Self {
        let research = &partner.research;
        let organization = &partner.organization;
        let mut search_text = [
            organization.name.as_str(),
            organization.other_focus_areas.as_str(),
            organization.community_served.as_str(),
            organization.affiliation.as_str(),
            research.mission.as_str(),
            research.how_they_work.as_str(),
            research.theory_of_change.as_str(),
            research.current_issues.as_str(),
            research.tactics.as_str(),
        ]
        .join("\n");
        for person in &partner.people {
            search_text.push('\n');
            search_text.push_str(&person.name);
            search_text.push('\n');
            search_text.push_str(&person.notes);
        }
        Self {
            id: partner.id,
            name: partner.name().to_owned(),
            stage: partner.stage,
            focus_areas: organization.focus_areas.clone(),
            updated_at: partner.updated_at,
            last_contact: last_contact(partner, today),
            priority: partner.priority_signals,
            search_text: search_text.to_lowercase(),
        }
    }
}

/// One visible row; rows are keyed by all of it, so only changed rows re-render.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    id: RecordId,
    name: String,
    stage: Stage,
    focus: String,
    changed: NaiveDate,
    last_contact: Option<NaiveDate>,
}

/// The partners, searchable, filterable and sortable, each linking to its page.
#[component]
pub fn PartnerList(
    /// The stage filter to start with, from the address.
    initial_stage: Option<Stage>,
) -> impl IntoView {
    let workspace = use_app_state().workspace();
    let today = Local::now().date_naive();
    let entries = Memo::new(move |_| {
        workspace.with(|w| {
            w.partners
                .iter()
                .map(|partner| Entry::new(partner, today))
                .collect::<Vec<_>>()
        })
    });
    let query = RwSignal::new(String::new());
    let stage_filter = RwSignal::new(initial_stage);
    let focus_filter = RwSignal::new(None::<FocusArea>);
    let priority_filter = RwSignal::new(None::<PrioritySignal>);
    let sort = RwSignal::new(SortKey::Name);

    let rows = Memo::new(move |_| {
        let query = query.get().trim().to_lowercase();
        let (stage, focus, sort) = (stage_filter.get(), focus_filter.get(), sort.get());
        let priority = priority_filter.get();
        entries.with(|entries| {
            let mut matching: Vec<&Entry> = entries
                .iter()
                .filter(|e| stage.is_none_or(|stage| e.stage == stage))
                .filter(|e| focus.is_none_or(|focus| e.focus_areas.contains(&focus)))
                .filter(|e| priority.is_none_or(|signal| e.priority.has(signal)))
                .filter(|e| query.is_empty() || e.search_text.contains(&query))
                .collect();
            match sort {
                SortKey::Name => matching.sort_by_cached_key(|e| e.name.to_lowercase()),
                SortKey::LastChange => matching.sort_by_key(|e| std::cmp::Reverse(e.updated_at)),
                // Never contacted (None) sorts last: they are not waiting on us yet.
                SortKey::LastContact => {
                    matching.sort_by_key(|e| (e.last_contact.is_none(), e.last_contact))
                }
                SortKey::Priority => matching.sort_by_cached_key(|e| {
                    (std::cmp::Reverse(e.priority.count()), e.name.to_lowercase())
                }),
                SortKey::Stage => {
                    matching.sort_by_key(|e| (e.stage.position(), e.name.to_lowercase()))
                }
            }
            matching
                .into_iter()
                .map(|e| Row {
                    id: e.id,
                    name: e.name.clone(),
                    stage: e.stage,
                    focus: e
                        .focus_areas
                        .iter()
                        .map(|a| a.label())
                        .collect::<Vec<_>>()
                        .join(", "),
                    changed: e.updated_at.date_naive(),
                    last_contact: e.last_contact,
                })
                .collect::<Vec<_>>()
        })
    });
    let counts = Memo::new(move |_| {
        entries.with(|entries| {
            Stage::ALL
                .into_iter()
                .map(|stage| (stage, entries.iter().filter(|e| e.stage == stage).count()))
                .filter(|(_, count)| *count > 0)
                .collect::<Vec<_>>()
        })
    });
    let total = Memo::new(move |_| entries.with(Vec::len));
    let limit = RenderLimit::new(Memo::new(move |_| rows.with(Vec::len)));
    let filter_stage = Callback::new(move |stage: Option<Stage>| {
        limit.restart();
        stage_filter.set(stage);
        keep_stage_in_address(stage);
    });
    let filter_focus = Callback::new(move |area| {
        limit.restart();
        focus_filter.set(area);
    });
    let filter_priority = Callback::new(move |signal| {
        limit.restart();
        priority_filter.set(signal);
    });
    let sort_choice = Signal::derive(move || Some(sort.get()));
    let choose_sort = Callback::new(move |picked: Option<SortKey>| {
        if let Some(key) = picked {
            limit.restart();
            sort.set(key);
        }
    });
    let rendered_rows =
        move || rows.with(|rows| rows.iter().take(limit.get()).cloned().collect::<Vec<_>>());

    view! {
        <section aria-labelledby="partner-list-heading">
            <h2 id="partner-list-heading">"Your partners"</h2>
            <Show
                when=move || { total.get() > 0 }
                fallback=|| {
                    view! {
                        <p class="empty">"No partners yet. Add the first organization you want to learn about."</p>
                    }
                }
            >
                <ul class="stage-summary" aria-label="Partners by stage">
                    {move || {
                        counts
                            .get()
                            .into_iter()
                            .map(|(stage, count)| view! { <li>{format!("{}: {count}", stage.label())}</li> })
                            .collect_view()
                    }}
                </ul>
                <div class="list-controls">
                    <Field ids=FieldIds::new("partner-search") label="Search">
                        <input
                            id="partner-search"
                            type="search"
                            prop:value=query
                            on:input=move |e| {
                                limit.restart();
                                query.set(event_target_value(&e));
                            }
                        />
                    </Field>
                    <ChoiceSelect
                        id="partner-stage-filter"
                        label="Stage"
                        none="All stages"
                        value=stage_filter.into()
                        on_change=filter_stage
                    />
                    <ChoiceSelect
                        id="partner-focus-filter"
                        label="Focus area"
                        none="All focus areas"
                        value=focus_filter.into()
                        on_change=filter_focus
                    />
                    <ChoiceSelect
                        id="partner-priority-filter"
                        label="Priority signal"
                        none="Any priority"
                        value=priority_filter.into()
                        on_change=filter_priority
                    />
                    <ChoiceSelect id="partner-sort" label="Sort by" value=sort_choice on_change=choose_sort />
                </div>
                <p class="list-count" role="status">
                    {move || {
                        let shown = rows.with(Vec::len);
                        let total = total.get();
                        if shown == total {
                            plural::count(shown, "partner", "partners")
                        } else {
                            format!("{shown} of {} shown", plural::count(total, "partner", "partners"))
                        }
                    }}
                </p>
                <ul class="partner-list">
                    <For each=rendered_rows key=|row| row.clone() let:row>
                        <li>
                            <a href=Route::PartnerByStage(row.id).href()>{row.name}</a>
                            <span class="stage">{row.stage.label()}</span>
                            <span class="meta">
                                {row.focus} {format!(" Changed {}", dates::short_date(row.changed))}
                                {row
                                    .last_contact
                                    .map(|date| format!(" · Last contact {}", dates::short_date(date)))}
                            </span>
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// Writes the stage filter into the address without a new history entry, so
/// a reload or Back shows the same list. Changing the hash this way fires no
/// `hashchange`, so the page, its search text and focus stay as they are.
fn keep_stage_in_address(stage: Option<Stage>) {
    let route = stage.map_or(Route::Partners, Route::PartnersInStage);
    replace_location(&route.href());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_keys_are_unique_and_read_back() {
        crate::model::assert_keys_read_back::<SortKey>();
    }
}
