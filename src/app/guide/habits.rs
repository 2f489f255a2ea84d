//! The habits of the organizing guide, in the app's own words: one short
//! section each, which the steps link to where the habit matters.

/// One habit: its anchor, its title and why it matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Habit {
    /// The section's DOM id and its address: `#/guide?habit=<id>`.
    pub id: &'static str,
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

/// Research before any contact.
pub const HOMEWORK: Habit = Habit {
    id: "homework",
    title: "Do your homework first",
    paragraphs: &[
        "Before anyone there hears from you, learn what they exist to change, how they go about it, who they serve, and the ways they work that you should respect, such as meetings for members only.",
        "Then write down how your group could help their work, this season and over years. Not how they could help yours.",
    ],
};

/// The humble first contact.
pub const HUMBLE_CONTACT: Habit = Habit {
    id: "humble-contact",
    title: "Reach out to learn, not to recruit",
    paragraphs: &[
        "Say who you are in a sentence, show that you read about their work, and ask to learn more, at a time and place that suits them.",
        "Ask for nothing else yet: no signatures, no turnout, no slot at their meeting. Small groups have little time, and trust is earned. The humility check points out every ask and pitch left in a draft.",
        "If they do not answer, follow up once, gently, then respect their silence or their no.",
    ],
};

/// The listen-first meeting.
pub const LISTEN_FIRST: Habit = Habit {
    id: "listen-first",
    title: "Go to them, and listen first",
    paragraphs: &[
        "Meet at their place, and give at least the first half of the time to their work, the community they serve and what matters to them now.",
        "Share what brought each of you to this work. Only then talk about where your work lines up, and close with small, concrete next steps rather than a formal agreement.",
        "Write down what you heard in their words, soon after.",
    ],
};

/// Reciprocity.
pub const SHOW_UP: Habit = Habit {
    id: "show-up",
    title: "Show up before you ask",
    paragraphs: &[
        "Go to their events and actions, volunteer, raise funds, and help when they ask, even when it is outside what your group usually does.",
        "Show up for them at least as often as you ask them to show up for you. The log keeps the count and warns when your asks run ahead.",
    ],
};

/// Promises and accountability.
pub const KEEP_PROMISES: Habit = Habit {
    id: "keep-promises",
    title: "Keep your promises, and agree what accountability means",
    paragraphs: &[
        "Every next step is a promise, by you or by them. Keep yours on time, and say so early when you cannot.",
        "Agree together what accountability means in this partnership, in words you both accept, and review it from time to time.",
    ],
};

/// Hosting their people.
pub const HOST_WELL: Habit = Habit {
    id: "host-well",
    title: "Host their people well",
    paragraphs: &[
        "When their leader or staff speak to your group, send the agenda ahead, put their item near the start, ask for their view and advice, and defer to them on the needs of their community.",
        "Keep in mind who holds power in the room, and make it a welcoming one. When one of you attends their meeting, report back to your group what they are working on and how to support it.",
    ],
};

/// Feedback.
pub const FEEDBACK: Habit = Habit {
    id: "feedback",
    title: "Ask for feedback, and act on it",
    paragraphs: &[
        "Ask how the partnership is going and how your actions affect them, after a meeting and every couple of months.",
        "Keep their feedback in their words, and write down what you changed because of it. Do not leave anyone waiting for weeks.",
    ],
};

/// Trying, evaluating, sharing lessons.
pub const TRY_AND_LEARN: Habit = Habit {
    id: "try-and-learn",
    title: "Try, learn, and share what you learn",
    paragraphs: &[
        "There is no single right way. Try approaches, see which work, learn from mistakes, and keep going.",
        "Share your lessons with other groups doing the same work, without naming partners unless they agree.",
    ],
};

/// Coalitions.
pub const COALITIONS: Habit = Habit {
    id: "coalitions",
    title: "Build coalitions",
    paragraphs: &[
        "In many places power is only built together. Consider coalitions with several organizations; the same habits apply to each of them.",
    ],
};

/// Every habit, in the order of the journey.
pub const HABITS: [Habit; 9] = [
    HOMEWORK,
    HUMBLE_CONTACT,
    LISTEN_FIRST,
    SHOW_UP,
    KEEP_PROMISES,
    HOST_WELL,
    FEEDBACK,
    TRY_AND_LEARN,
    COALITIONS,
];

/// The habit with this id.
pub fn habit(id: &str) -> Option<Habit> {
    HABITS.into_iter().find(|habit| habit.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_habit_has_its_own_address() {
        for habit in HABITS {
            assert_eq!(super::habit(habit.id), Some(habit));
            assert!(habit.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        assert_eq!(super::habit("nowhere"), None);
    }
}
