//! `mailto:` links (RFC 6068), so a draft opens in the user's own mail app
//! and never passes through anything of ours.

/// A `mailto:` URL with the address, subject and body percent-encoded as
/// UTF-8. Line breaks in the body become CRLF (`%0D%0A`), as RFC 6068 asks;
/// a subject is one line, so any line break in it becomes a space.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    let subject = subject.replace("\r\n", " ").replace(['\r', '\n'], " ");
    let subject = subject.as_str();
    let mut url = format!("mailto:{}", encode(to.trim(), b"@"));
    let mut separator = '?';
    for (name, value) in [("subject", subject), ("body", body.as_str())] {
        if !value.is_empty() {
            url.push(separator);
            url.push_str(name);
            url.push('=');
            url.push_str(&encode(value, b""));
            separator = '&';
        }
    }
    url
}

/// Percent-encodes everything but RFC 3986's unreserved characters and `keep`.
fn encode(text: &str, keep: &[u8]) -> String {
    let mut encoded = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_and_body_are_percent_encoded_utf8() {
        assert_eq!(
            mailto("maria@casa.example.org", "Hola María", "Años & más"),
            "mailto:maria@casa.example.org?subject=Hola%20Mar%C3%ADa&body=A%C3%B1os%20%26%20m%C3%A1s"
        );
    }

    #[test]
    fn a_subject_stays_one_line() {
        assert_eq!(
            mailto("a@x.org", "Hello\r\nBcc: b@y.org\rand\nmore", ""),
            "mailto:a@x.org?subject=Hello%20Bcc%3A%20b%40y.org%20and%20more"
        );
    }

    #[test]
    fn line_breaks_become_crlf() {
        assert_eq!(
            mailto("", "", "one\ntwo\r\nthree"),
            "mailto:?body=one%0D%0Atwo%0D%0Athree"
        );
    }

    #[test]
    fn characters_with_a_meaning_in_urls_are_encoded() {
        let url = mailto("a+b@example.org", "Q&A? #1 = 100%", "x");
        assert_eq!(
            url,
            "mailto:a%2Bb@example.org?subject=Q%26A%3F%20%231%20%3D%20100%25&body=x"
        );
        assert!(!url.contains('#'));
        assert_eq!(
            url.matches('&').count(),
            1,
            "only the separator before body"
        );
    }

    #[test]
    fn empty_parts_are_left_out() {
        assert_eq!(mailto("", "", ""), "mailto:");
        assert_eq!(mailto("a@b.org", "Hi", ""), "mailto:a@b.org?subject=Hi");
    }
}
