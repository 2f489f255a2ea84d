use leptos::prelude::*;

use crate::model::Channel;

/// Offered when the channel picked differs from the one the draft was
/// written for: start again from the new channel's template (the draft
/// stays under Earlier drafts), or keep the text as it is. Nothing is
/// replaced without asking.
#[component]
pub fn ChannelOffer(
    /// The channel the current draft was written for.
    #[prop(into)]
    written_for: Signal<Channel>,
    /// The channel just picked.
    #[prop(into)]
    picked: Signal<Channel>,
    /// Starts a new draft from the picked channel's template.
    use_template: Callback<()>,
    /// Keeps the draft's text and moves it to the picked channel.
    keep_text: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="notice channel-offer" role="group" aria-labelledby="channel-offer-text">
            <p id="channel-offer-text">
                {move || {
                    format!(
                        "Your draft was written for {}. Start again from the {} template? Your draft stays under Earlier drafts.",
                        written_for_name(written_for.get()),
                        template_name(picked.get()),
                    )
                }}
            </p>
            <div class="button-row">
                <button type="button" on:click=move |_| use_template.run(())>
                    {move || format!("Use the {} template", template_name(picked.get()))}
                </button>
                <button type="button" class="secondary" on:click=move |_| keep_text.run(())>
                    "Keep my text"
                </button>
            </div>
        </div>
    }
}

/// How the offer names a channel's template.
fn template_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "email",
        Channel::PhoneCall => "phone call",
        Channel::AtTheirEvent => "in-person",
    }
}

/// How the offer names what a draft was written for.
fn written_for_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "an email",
        Channel::PhoneCall => "a phone call",
        Channel::AtTheirEvent => "meeting them in person",
    }
}
