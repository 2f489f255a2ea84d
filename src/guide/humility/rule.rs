//! The rules of the humility check, and what each says to the writer.

/// A rule of the humility check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// Template text such as "[your name]" still waiting to be replaced.
    Placeholder,
    /// Wording that treats them as new members for us.
    Recruiting,
    /// An ask (support, a signature, turnout, a slot on their agenda) before listening.
    AskFirst,
    /// Wording that casts them as people to be helped, saved or taught.
    Savior,
    /// Wording that treats people as tokens of a community or of our diversity.
    Tokenizing,
    /// Buzzwords.
    Jargon,
    /// More words than a first message should have.
    TooLong,
    /// No question about their work.
    NoQuestionAboutThem,
    /// Nothing specific from our research on them.
    NoSignOfResearch,
    /// No offer to meet where they are.
    NoOfferToGoToThem,
    /// Electoral or partisan wording; only for 501(c)(3) partners.
    Electoral,
}

impl Rule {
    /// Every rule, in the order flags are shown.
    pub const ALL: [Rule; 11] = [
        Rule::Placeholder,
        Rule::Recruiting,
        Rule::AskFirst,
        Rule::Savior,
        Rule::Tokenizing,
        Rule::Jargon,
        Rule::Electoral,
        Rule::TooLong,
        Rule::NoQuestionAboutThem,
        Rule::NoSignOfResearch,
        Rule::NoOfferToGoToThem,
    ];

    /// The rules that read what the draft says, in the order flags are shown:
    /// those of [`Rule::ALL`] from `Recruiting` to `Electoral`.
    pub const WORDING: &[Rule] = Rule::ALL.split_at(1).1.split_at(6).0;

    /// A stable short name, as the labelled corpus writes it.
    pub fn key(self) -> &'static str {
        match self {
            Rule::Placeholder => "placeholder",
            Rule::Recruiting => "recruiting",
            Rule::AskFirst => "ask-first",
            Rule::Savior => "savior",
            Rule::Tokenizing => "tokenizing",
            Rule::Jargon => "jargon",
            Rule::TooLong => "too-long",
            Rule::NoQuestionAboutThem => "no-question",
            Rule::NoSignOfResearch => "no-research",
            Rule::NoOfferToGoToThem => "no-offer",
            Rule::Electoral => "electoral",
        }
    }

    /// The rule whose short name is `key`.
    pub fn from_key(key: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.key() == key)
    }

    /// A short name for the flag.
    pub fn title(self) -> &'static str {
        match self {
            Rule::Placeholder => "Text left to fill in",
            Rule::Recruiting => "Recruiting language",
            Rule::AskFirst => "Asking before listening",
            Rule::Savior => "Savior framing",
            Rule::Tokenizing => "Tokenizing",
            Rule::Jargon => "Jargon",
            Rule::TooLong => "Long message",
            Rule::NoQuestionAboutThem => "No question about their work",
            Rule::NoSignOfResearch => "Nothing shows our research",
            Rule::NoOfferToGoToThem => "No offer to come to them",
            Rule::Electoral => "Electoral or partisan wording",
        }
    }

    /// Why it matters.
    pub fn why(self) -> &'static str {
        match self {
            Rule::Placeholder => {
                "Bracketed text like this was meant to be replaced. Sent as it is, the message reads as a form letter, not as words to them."
            }
            Rule::Recruiting => {
                "It reads as if we want them to join us. A partner is not a pool of new members: be a real partner, not a recruiter."
            }
            Rule::AskFirst => {
                "Asking for support, a signature, turnout, a slot at their meeting or a partnership on our campaign puts our agenda first, and small organizations have little time to spare."
            }
            Rule::Savior => {
                "It casts them as people to be helped, taught or saved. They know their community's needs far better than we do."
            }
            Rule::Tokenizing => {
                "It treats people as a way to show diversity, or asks one person to stand for a whole community. Nobody speaks for an entire community."
            }
            Rule::Jargon => {
                "Buzzwords make a message sound like a pitch and are hard to read, especially in a second language."
            }
            Rule::TooLong => {
                "People running community organizations are busy; a long first message is less likely to be read."
            }
            Rule::NoQuestionAboutThem => {
                "A first contact is for learning from them. Without a question about their work, there is nothing to answer."
            }
            Rule::NoSignOfResearch => {
                "Mentioning something specific about their work shows we did our homework and respect their time."
            }
            Rule::NoOfferToGoToThem => {
                "Meeting where they are saves them time away from their work, and shows respect."
            }
            Rule::Electoral => {
                "As a 501(c)(3) they must stay out of partisan and electoral work; wording like this can put them at risk."
            }
        }
    }

    /// A better direction.
    pub fn try_instead(self) -> &'static str {
        match self {
            Rule::Placeholder => {
                "Put in the real name, date or detail, or take the placeholder out. \"Your name\" under About your group fills in the signature."
            }
            Rule::Recruiting => "Ask about their work and how we might support it.",
            Rule::AskFirst => {
                "Ask for nothing yet: request a conversation to learn about their work, and offer to show up for theirs."
            }
            Rule::Savior => {
                "Speak of them as the experts they are, and ask what would help their work."
            }
            Rule::Tokenizing => {
                "Reach out to learn about their work, through their leaders, and let them decide who speaks for them."
            }
            Rule::Jargon => "Use plain, everyday words.",
            Rule::TooLong => {
                "Keep to a few short lines: who we are, what we learned, a question, an offer to come to them."
            }
            Rule::NoQuestionAboutThem => {
                "Ask about their current work, their goals, or what matters most to the people they serve."
            }
            Rule::NoSignOfResearch => {
                "Name one of their issues, campaigns or events, in your own words."
            }
            Rule::NoOfferToGoToThem => {
                "Offer to come to their place, or to one of their events, at a time that suits them."
            }
            Rule::Electoral => {
                "State our goals clearly and truthfully, in terms of the impact on people in their community, with no electoral ask. Policy work and nonpartisan civic events are fine."
            }
        }
    }
}
