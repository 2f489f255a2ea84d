//! Partners and coalitions take about half the room in storage: the UTF-8
//! bytes of their JSON are packed fifteen bits to a character, and every
//! character used is one UTF-16 code unit, the unit the browser's quota
//! counts. The characters come from one range of the Basic Multilingual
//! Plane with no surrogates, so the packed text is valid in Rust and in
//! JavaScript alike. A packed value is itself a JSON string, so it is read
//! and written through gloo-storage like any other value. Values stored
//! before packing are plain JSON and are read as they are.

use std::borrow::Cow;

/// How every packed value starts: a JSON string whose first character
/// (U+E000) packing never writes anywhere else.
const OPENING: &str = "\"\u{E000}";

/// The character for the 15-bit value 0; the others follow it.
const FIRST: u32 = 0x4000;

/// How many bits one character holds.
const BITS: u32 = 15;

/// `json` packed for storage.
pub fn pack(json: &str) -> String {
    let bytes = json.as_bytes();
    let mut packed = String::with_capacity(3 * (1 + (bytes.len() * 8).div_ceil(BITS as usize)));
    packed.push_str(OPENING);
    // The last character is filled with zero bits, which read back as NUL
    // bytes: JSON text never holds one, so they are dropped.
    push_packed(&mut packed, bytes);
    packed.push('"');
    packed
}

/// Appends `bytes`, fifteen bits to a character, the last one filled with
/// zero bits.
fn push_packed(packed: &mut String, bytes: &[u8]) {
    let (mut buffer, mut held) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            packed.push(character((buffer >> held) & 0x7FFF));
        }
    }
    if held > 0 {
        packed.push(character((buffer << (BITS - held)) & 0x7FFF));
    }
}

/// The bytes fifteen-bit `values` hold, the last character's padding included.
fn unpacked_bytes(
    values: impl Iterator<Item = Result<u32, UnpackError>>,
    capacity: usize,
) -> Result<Vec<u8>, UnpackError> {
    let mut bytes = Vec::with_capacity(capacity);
    let (mut buffer, mut held) = (0u32, 0u32);
    for value in values {
        buffer = ((buffer << BITS) | value?) & 0x3F_FFFF;
        held += BITS;
        while held >= 8 {
            held -= 8;
            bytes.push(((buffer >> held) & 0xFF) as u8);
        }
    }
    Ok(bytes)
}

/// The 15-bit value a packed character holds.
fn value_of(c: char) -> Result<u32, UnpackError> {
    u32::from(c)
        .checked_sub(FIRST)
        .filter(|value| *value <= 0x7FFF)
        .ok_or(UnpackError::Foreign(c))
}

/// How every packed binary value (a Yrs document's state) starts.
const OPENING_BYTES: &str = "\"\u{E001}";

/// `bytes` packed for storage like JSON text, with one last character
/// saying whether the final character's padding spans a whole byte.
pub fn pack_bytes(bytes: &[u8]) -> String {
    let characters = (bytes.len() * 8).div_ceil(BITS as usize);
    let mut packed = String::with_capacity(3 * (characters + 2));
    packed.push_str(OPENING_BYTES);
    push_packed(&mut packed, bytes);
    let padding_byte = characters * BITS as usize / 8 - bytes.len();
    packed.push(character(padding_byte as u32));
    packed.push('"');
    packed
}

/// The bytes of a value written by [`pack_bytes`].
pub fn unpack_bytes(stored: &str) -> Result<Vec<u8>, UnpackError> {
    let packed = stored
        .strip_prefix(OPENING_BYTES)
        .ok_or(UnpackError::NotBytes)?
        .strip_suffix('"')
        .ok_or(UnpackError::Cut)?;
    let mut values = packed.chars().map(value_of);
    let padding_byte = values.next_back().ok_or(UnpackError::Cut)??;
    let mut bytes = unpacked_bytes(values, packed.len() * BITS as usize / 24 + 1)?;
    match padding_byte {
        0 => {}
        1 if bytes.pop() == Some(0) => {}
        _ => return Err(UnpackError::Cut),
    }
    Ok(bytes)
}

/// Whether `stored` was written packed.
pub fn is_packed(stored: &str) -> bool {
    stored.starts_with(OPENING)
}

/// The JSON text of a stored value: unpacked when it was packed, as it is
/// when it is plain (stored before packing, or a small record never packed).
pub fn unpack(stored: &str) -> Result<Cow<'_, str>, UnpackError> {
    let Some(packed) = stored.strip_prefix(OPENING) else {
        return Ok(Cow::Borrowed(stored));
    };
    let packed = packed.strip_suffix('"').ok_or(UnpackError::Cut)?;
    let mut bytes = unpacked_bytes(
        packed.chars().map(value_of),
        packed.len() * BITS as usize / 24 + 1,
    )?;
    while bytes.last() == Some(&0) {
        bytes.pop();
    }
    String::from_utf8(bytes)
        .map(Cow::Owned)
        .map_err(|_| UnpackError::NotText)
}

/// Why a packed value could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UnpackError {
    /// A character outside the packing range: the value was changed or cut.
    #[error("it holds the character U+{:04X}, which packing never writes", u32::from(*.0))]
    Foreign(char),
    /// The closing quote is missing: the value was cut short.
    #[error("it was cut short")]
    Cut,
    /// The unpacked bytes are not UTF-8 text.
    #[error("its packed bytes are not text")]
    NotText,
    /// A document's state was expected, and the value is something else.
    #[error("it is not a packed document")]
    NotBytes,
}

/// The character holding the 15-bit `value`.
fn character(value: u32) -> char {
    // FIRST + 0x7FFF = 0xBFFF: below the surrogates, so always a char.
    char::from_u32(FIRST + value).unwrap_or(char::REPLACEMENT_CHARACTER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_text_reads_back_exactly() {
        for json in [
            "",
            "{}",
            r#"{"name":"Casa Latina","notes":"Línea 1\nLine 2 — ✊🏽"}"#,
            &"x".repeat(1_000),
        ] {
            assert_eq!(unpack(&pack(json)).unwrap(), json);
        }
    }

    #[test]
    fn every_length_reads_back_whatever_its_padding() {
        let text: String = (0..64).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
        for end in 0..text.len() {
            assert_eq!(unpack(&pack(&text[..end])).unwrap(), &text[..end]);
        }
    }

    #[test]
    fn packed_text_is_about_half_the_code_units_and_never_a_surrogate() {
        let json = r#"{"summary":"Eight of us joined their rally at City Hall."}"#.repeat(20);
        let packed = pack(&json);
        let units = packed.encode_utf16().count();
        assert_eq!(units, packed.chars().count(), "one code unit per character");
        assert!(
            units * 15 <= json.len() * 8 + 60,
            "{units} units for {} bytes",
            json.len()
        );
        let inside = &packed[OPENING.len()..packed.len() - 1];
        let as_json: String = serde_json::from_str(&packed).unwrap();
        assert_eq!(
            format!("\"{as_json}\""),
            packed,
            "a JSON string needing no escapes"
        );
        assert!(
            inside
                .chars()
                .all(|c| (0x4000..=0xBFFF).contains(&u32::from(c)))
        );
    }

    #[test]
    fn packed_bytes_read_back_exactly_at_every_length() {
        let bytes: Vec<u8> = (0..=255u8).rev().chain(0..=255).collect();
        for end in 0..bytes.len() {
            let packed = pack_bytes(&bytes[..end]);
            assert_eq!(unpack_bytes(&packed).unwrap(), &bytes[..end], "{end} bytes");
            assert_eq!(packed.encode_utf16().count(), packed.chars().count());
        }
        assert_eq!(unpack_bytes(&pack("{}")), Err(UnpackError::NotBytes));
        let packed = pack_bytes(b"state");
        assert_eq!(
            unpack_bytes(&packed[..packed.len() - 1]),
            Err(UnpackError::Cut)
        );
    }

    #[test]
    fn plain_json_stored_before_packing_reads_as_it_is() {
        let plain = r#"{"id":"1"}"#;
        assert!(matches!(unpack(plain), Ok(Cow::Borrowed(text)) if text == plain));
    }

    #[test]
    fn a_changed_packed_value_is_refused_with_the_reason() {
        let packed = pack(r#"{"id":"1"}"#);
        let changed = packed.replacen(OPENING, &format!("{OPENING}{{"), 1);
        assert_eq!(unpack(&changed), Err(UnpackError::Foreign('{')));
        assert_eq!(unpack(&packed[..packed.len() - 1]), Err(UnpackError::Cut));
        assert!(UnpackError::Foreign('{').to_string().contains("U+007B"));
    }

    #[test]
    fn any_character_outside_the_packing_range_is_named_wherever_it_is() {
        let packed = pack(r#"{"name":"Casa Latina","notes":"plenty of text"}"#);
        let body = &packed[OPENING.len()..packed.len() - 1];
        let middle = body.char_indices().nth(5).map_or(0, |(at, _)| at);
        // Just below and above the range, and one, two and four UTF-8 bytes long.
        for foreign in ['\u{3FFF}', '\u{C000}', 'a', 'é', '✊', '🏽'] {
            for at in [0, middle, body.len()] {
                let changed = format!("{OPENING}{}{foreign}{}\"", &body[..at], &body[at..]);
                assert_eq!(
                    unpack(&changed),
                    Err(UnpackError::Foreign(foreign)),
                    "{foreign} at {at}"
                );
            }
        }
    }
}
