//! What a new meeting starts from: our introduction, the listen-first agenda and the questions.

use chrono::Utc;

use super::invitation;
use crate::guide::templates::{about_us, ties_to_their_purpose};
use crate::model::{AgendaItem, AgendaSection, OurGroup, Partner, Question};

/// Our short introduction for the meeting, starting from them: what we
/// learned of their work, then who we are in a line, and how our work ties
/// to their purpose when the research says.
pub fn introduction(partner: &Partner, group: &OurGroup) -> String {
    let issue = partner
        .research
        .current_issues
        .split(['.', ';', '\n'])
        .map(str::trim)
        .find(|issue| !issue.is_empty());
    let learned = match issue {
        Some(issue) => format!(
            "We have been learning about your work on {issue}, and we are here to hear more about it."
        ),
        None => "We are here to learn about your work, in your words.".to_owned(),
    };
    let about = match group.one_line.trim() {
        "" => learned,
        line => format!("{learned} {}", about_us(line)),
    };
    match ties_to_their_purpose(partner) {
        Some(ties) => format!("{about} {ties}"),
        None => about,
    }
}

/// The default agenda for a meeting of `total_minutes`: thanks and
/// introductions, half of the time listening in one unbroken stretch, where
/// our work lines up and the four ways of working together the guide names,
/// and a close with small steps (no formal commitment), our invitation,
/// their meetings and thanks. The human element is not in it: it is offered
/// to include where it fits ([`human_element`]). Its words can be shared
/// with them as they are.
pub fn default_agenda(total_minutes: u32, group: &OurGroup) -> Vec<AgendaItem> {
    let listening = total_minutes.div_ceil(2);
    let welcome = total_minutes / 12;
    let close = total_minutes * 15 / 100;
    let alignment = total_minutes.saturating_sub(listening + welcome + close);
    let quarter = |minutes: u32, index: u32| minutes / 4 + u32::from(index < minutes % 4);
    let items: Vec<(AgendaSection, String, u32)> = vec![
        (AgendaSection::Welcome, "Thank you for hosting us; brief introductions".into(), welcome),
        (
            AgendaSection::Listening,
            "Your work, in your words: what you do and how, the needs of the community you serve, the issues that matter most to you now, and your goals".into(),
            listening,
        ),
        (
            AgendaSection::Alignment,
            "Where our work lines up, and ways we could work together: coming to your actions; telling our members about your volunteer and fundraising needs; your staff speaking at our meeting and taking part in our discussions; going to each other's meetings regularly, and writing for each other's newsletters".into(),
            alignment,
        ),
        (AgendaSection::Close, "Small next steps we agree on, with no formal commitment".into(), quarter(close, 0)),
        (AgendaSection::Close, invitation(group), quarter(close, 1)),
        (AgendaSection::Close, "Your meetings that one of us may attend".into(), quarter(close, 2)),
        (AgendaSection::Close, "Thank you for your time".into(), quarter(close, 3)),
    ];
    let now = Utc::now();
    items
        .into_iter()
        .map(|(section, title, minutes)| AgendaItem {
            title,
            minutes,
            ..AgendaItem::new(section, now)
        })
        .collect()
}

/// The human element, for a meeting of `total_minutes` where it fits: a
/// short item on what brought each of us to this work.
pub fn human_element(total_minutes: u32) -> AgendaItem {
    AgendaItem {
        title: "Briefly, what brought each of us to this work".into(),
        minutes: (total_minutes / 12).max(1),
        ..AgendaItem::new(AgendaSection::HumanElement, Utc::now())
    }
}

/// The questions to start from, editable for each meeting.
pub fn default_questions() -> Vec<Question> {
    let now = Utc::now();
    [
        "What are you working on right now?",
        "What does the community you serve need most at the moment?",
        "Which issues matter most to you and your members now?",
        "What are your goals for this year, and how do you go about them?",
        "What has worked well for you, and what has not?",
        "What brought you to this work?",
        "What would actually be useful from a group like ours?",
        "Who else should we be talking to?",
        "Is there anything we should know about how you like to work with other groups?",
    ]
    .into_iter()
    .map(|text| Question {
        text: text.to_owned(),
        ..Question::new(now)
    })
    .collect()
}
