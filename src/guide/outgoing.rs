//! What a draft becomes when it is handed to the user's own tools: the text
//! that Copy puts on the clipboard, ready to paste where it goes.

use crate::model::Channel;

/// The text to copy: for an email, its subject line, a blank line and the
/// message, so one paste carries both; for a call or a visit, the words alone.
pub fn copied_text(channel: Channel, subject: &str, body: &str) -> String {
    match (channel, subject.trim()) {
        (Channel::Email, "") | (Channel::PhoneCall | Channel::AtTheirEvent, _) => body.to_owned(),
        (Channel::Email, subject) => format!("Subject: {subject}\n\n{body}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_carries_its_subject_and_other_channels_the_words_alone() {
        assert_eq!(
            copied_text(
                Channel::Email,
                " Learning about your work ",
                "Hello,\n\nThanks."
            ),
            "Subject: Learning about your work\n\nHello,\n\nThanks."
        );
        assert_eq!(copied_text(Channel::Email, "  ", "Hello"), "Hello");
        assert_eq!(copied_text(Channel::PhoneCall, "Unused", "Hello"), "Hello");
        assert_eq!(copied_text(Channel::AtTheirEvent, "Unused", "Hi"), "Hi");
    }
}
