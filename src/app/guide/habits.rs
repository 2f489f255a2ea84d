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
        "Share what brought each of you to this work, where it fits. Only then talk about where your work lines up, and close with small next steps rather than any formal commitment: trust grows slowly.",
        "Ways of working together, as trust allows: go to their actions; tell your members about their volunteer and fundraising needs; invite their staff to speak at your meeting and take part in your discussions; attend each other's meetings regularly, and write for each other's newsletters.",
        "Write down what you heard in their words, soon after.",
    ],
};

/// Reciprocity.
pub const SHOW_UP: Habit = Habit {
    id: "show-up",
    title: "Show up before you ask",
    paragraphs: &[
        "Go to their events and actions, volunteer, raise funds, and help when they ask, even when it is outside what your group usually does.",
        "Make showing up a habit, not a trade. The log shows how often you came for them and how often you asked, and speaks up when your asks run ahead.",
    ],
};

/// Promises and accountability.
pub const KEEP_PROMISES: Habit = Habit {
    id: "keep-promises",
    title: "Keep your promises, and agree what accountability means",
    paragraphs: &[
        "The steps you agree on are small, and no formal commitment. Yours are promises: keep them on time, and say so early when you cannot. Theirs are notes of what they said they might do, never a claim on their time.",
        "Agree together what accountability means in this partnership, in words you both accept, and review it from time to time.",
    ],
};

/// Hosting their people.
pub const HOST_WELL: Habit = Habit {
    id: "host-well",
    title: "Host their people well",
    paragraphs: &[
        "Invite their people to sit in on your meeting and explore working together. Send the agenda ahead, put their item near the start, ask for their perspective and advice on the issues you discuss, and defer to them on the needs of their community.",
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

    fn text(habit: Habit) -> String {
        habit.paragraphs.join(" ")
    }

    #[test]
    fn their_steps_are_never_a_claim_on_them() {
        let promises = text(KEEP_PROMISES);
        assert!(!promises.contains("by you or by them"), "{promises}");
        assert!(promises.contains("no formal commitment"));
        assert!(promises.contains("never a claim on their time"));
        assert!(text(LISTEN_FIRST).contains("rather than any formal commitment"));
    }

    #[test]
    fn the_four_ways_of_working_together_and_hosting_are_the_guides() {
        let listen = text(LISTEN_FIRST);
        for way in [
            "go to their actions",
            "tell your members about their volunteer and fundraising needs",
            "invite their staff to speak at your meeting and take part in your discussions",
            "attend each other's meetings regularly",
            "write for each other's newsletters",
        ] {
            assert!(listen.contains(way), "{way}");
        }
        let host = text(HOST_WELL);
        assert!(host.contains("sit in on your meeting and explore working together"));
        assert!(host.contains("perspective and advice on the issues you discuss"));
    }

    #[test]
    fn showing_up_is_a_habit_not_a_quota() {
        let show_up = text(SHOW_UP);
        assert!(show_up.contains("a habit, not a trade"), "{show_up}");
        assert!(!show_up.contains("at least as often"), "{show_up}");
    }

    #[test]
    fn each_habit_has_its_own_address() {
        for habit in HABITS {
            assert_eq!(super::habit(habit.id), Some(habit));
            assert!(habit.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        assert_eq!(super::habit("nowhere"), None);
    }
}
