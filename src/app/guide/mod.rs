//! The in-app guide to the listen-first approach.

use leptos::prelude::*;

/// One step of the journey and why it matters.
struct Step {
    title: &'static str,
    why: &'static str,
}

const STEPS: [Step; 4] = [
    Step {
        title: "Research",
        why: "Do your homework before anyone hears from you. Learn what they exist to change, how they go about it, and the ways they work that you should respect. Then work out how your group could help their work, now and over years, not how they could help yours.",
    },
    Step {
        title: "First contact",
        why: "Say who you are in a sentence, show you have read about their work, and ask to learn more. Offer to come to them. Ask for nothing else yet: their time is scarce and their trust is earned.",
    },
    Step {
        title: "Listen-first meeting",
        why: "Meet at their place and spend at least the first half listening: their work, the community they serve, what matters to them now. Share what brought you to this work. Close with small, concrete next steps, not a formal commitment.",
    },
    Step {
        title: "Building trust",
        why: "Show up for them at least as often as you ask them to show up for you. Keep your promises, ask how your actions affect them, agree together what accountability means, and change course when their feedback says so.",
    },
];

/// Explains the listen-first approach and why each step of the journey matters.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <h1>"Guide"</h1>
        <p class="lede">
            "Common Ground helps you build partnerships with organizations that already serve and organize their communities. They know those communities far better than we do, so we start by learning from them and being useful to their work, not by recruiting."
        </p>
        <ol class="guide-steps">
            {STEPS
                .iter()
                .map(|step| {
                    view! {
                        <li>
                            <h2>{step.title}</h2>
                            <p>{step.why}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <p>
            "Partnerships take time, and mistakes will happen. Act with care, learn from what goes wrong, and keep acting. When several organizations want to work together, the same habits apply to a coalition."
        </p>
    }
}
