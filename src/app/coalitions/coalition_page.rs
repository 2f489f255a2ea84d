use leptos::prelude::*;

use crate::app::components::{Field, FieldIds, LogEntries, ShareRecord, ShareWords, TextField};
use crate::app::handles::{CoalitionHandle, Place, Undoable, lens};
use crate::app::routing::Route;
use crate::model::RecordId;

/// The words of the coalition's Share section.
const SHARE_COALITION: ShareWords = ShareWords {
    id: "share-coalition-heading",
    button: "Share this coalition",
    help: "Saves a file with this coalition and its partners, with everything kept about them, for a teammate to merge into their workspace. Your private notes stay here.",
};

/// One coalition: its members, notes and log.
#[component]
pub fn CoalitionPage(
    /// The coalition shown, from the location.
    id: RecordId,
) -> impl IntoView {
    let coalition = CoalitionHandle::new(id);
    let state = coalition.state();
    let name = Memo::new(move |_| coalition.with(|c| c.name.clone()));
    // Membership wakes these on coalition edits; names, on roster changes.
    // Typing the coalition's notes re-collects nothing.
    let member_ids = Memo::new(move |_| {
        coalition
            .with(|c| c.partner_ids.clone())
            .unwrap_or_default()
    });
    let members = Memo::new(move |_| {
        member_ids.with(|ids| {
            state.roster_with(|w| {
                ids.iter()
                    .filter_map(|pid| w.partner(*pid).map(|p| (p.id, p.name().to_owned())))
                    .collect::<Vec<_>>()
            })
        })
    });
    let candidates = Memo::new(move |_| {
        member_ids.with(|ids| {
            state.roster_with(|w| {
                w.partners
                    .iter()
                    .filter(|p| !ids.contains(&p.id))
                    .map(|p| (p.id, p.name().to_owned()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let chosen = RwSignal::new(None::<RecordId>);
    let add_member = move |_| {
        let Some(partner) = chosen
            .get_untracked()
            .or_else(|| candidates.with_untracked(|c| c.first().map(|c| c.0)))
        else {
            return;
        };
        coalition.edit(|c| {
            if !c.partner_ids.contains(&partner) {
                c.partner_ids.push(partner);
            }
        });
        chosen.set(None);
    };
    let (notes, set_notes) = coalition.text(lens!(notes));
    view! {
        <p class="back-link">
            <a href=Route::Coalitions.href()>"← All coalitions"</a>
        </p>
        <Show
            when=move || name.with(Option::is_some)
            fallback=|| {
                view! {
                    <h1>"Coalition not found"</h1>
                    <p>"No coalition with this address is stored in this browser."</p>
                }
            }
        >
            <h1>{move || name.get().unwrap_or_default()}</h1>
            <section class="form-section" aria-labelledby="members-heading">
                <h2 id="members-heading">"Partners in this coalition"</h2>
                <ul class="members">
                    <For each=move || members.get() key=|member| member.clone() let:member>
                        <li>
                            <a href=Route::PartnerByStage(member.0).href()>{member.1.clone()}</a>
                            " "
                            <button
                                type="button"
                                class="secondary"
                                on:click={
                                    let (partner, name) = member.clone();
                                    move |_| {
                                        let what = format!("{name} from the coalition");
                                        coalition.remove_inside(what, None, move |c| {
                                            c.partner_ids.retain(|p| *p != partner);
                                        });
                                    }
                                }
                            >
                                {format!("Remove {} from the coalition", member.1)}
                            </button>
                        </li>
                    </For>
                </ul>
                <Show
                    when=move || candidates.with(|c| !c.is_empty())
                    fallback=|| view! { <p class="help">"Every partner is in this coalition, or none exist yet."</p> }
                >
                    <div class="mark-sent">
                        <Field ids=FieldIds::new("coalition-add") label="Partner to add">
                            <select
                                id="coalition-add"
                                on:change=move |e| chosen.set(event_target_value(&e).parse().ok())
                            >
                                <For each=move || candidates.get() key=|c| c.clone() let:candidate>
                                    <option value=candidate.0.to_string() selected=move || chosen.get() == Some(candidate.0)>
                                        {candidate.1}
                                    </option>
                                </For>
                            </select>
                        </Field>
                        <button type="button" on:click=add_member>
                            "Add to coalition"
                        </button>
                    </div>
                </Show>
            </section>
            <section class="form-section" aria-labelledby="coalition-notes-heading">
                <h2 id="coalition-notes-heading">"Notes"</h2>
                <TextField id="coalition-notes" label="Coalition notes" multiline=true value=notes on_input=set_notes />
            </section>
            <LogEntries log=coalition.list(lens!(log)) />
            <ShareRecord
                id
                name=Signal::derive(move || name.get().unwrap_or_default())
                words=SHARE_COALITION
            />
            <super::delete::DeleteCoalition coalition />
        </Show>
    }
}
