use crate::model::dates;
use leptos::prelude::*;

use crate::app::handles::{PartnerHandle, Place};
use crate::model::{Choice, DraftStatus};

/// Earlier drafts to this partner, newest first, kept as they were: those
/// set aside and contacts sent before the last one, which the Sent box shows.
#[component]
pub fn DraftHistory(
    /// The partner written to.
    partner: PartnerHandle,
) -> impl IntoView {
    // Which earlier drafts there are, and when each last changed: cheap to
    // recompute while the current draft is typed, and unchanged by it.
    let versions = Memo::new(move |_| {
        partner
            .with(|partner| {
                let shown_elsewhere = [
                    partner.current_draft().map(|d| d.id),
                    partner.last_sent().map(|d| d.id),
                ];
                partner
                    .drafts
                    .iter()
                    .rev()
                    .filter(|d| !shown_elsewhere.contains(&Some(d.id)))
                    .map(|d| (d.id, d.updated_at))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    // Their texts are copied only when that list changes.
    let earlier = Memo::new(move |_| {
        versions.with(|versions| {
            partner.state().workspace().with_untracked(|w| {
                let Some(partner) = w.partner(partner.id()) else {
                    return Vec::new();
                };
                versions
                    .iter()
                    .filter_map(|(draft, _)| partner.drafts.iter().find(|d| d.id == *draft))
                    .map(|d| {
                        let status = match (d.status, d.sent_on) {
                            (DraftStatus::Sent, Some(date)) => {
                                format!("sent {}", dates::short_date(date))
                            }
                            (DraftStatus::Sent, None) => "sent".to_owned(),
                            (DraftStatus::Draft, _) => {
                                format!("draft of {}", dates::short_date(d.updated_at.date_naive()))
                            }
                        };
                        (
                            d.id,
                            format!("{}, {status}", d.channel.label()),
                            d.subject.clone(),
                            d.body.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || earlier.with(|e| !e.is_empty())>
            <section class="form-section" aria-labelledby="history-heading">
                <h3 id="history-heading">"Earlier drafts"</h3>
                <For each=move || earlier.get() key=|entry| entry.clone() let:entry>
                    <details class="draft-history">
                        <summary>{entry.1}</summary>
                        <p class="subject">{entry.2}</p>
                        <p class="message-text">{entry.3}</p>
                    </details>
                </For>
            </section>
        </Show>
    }
}
