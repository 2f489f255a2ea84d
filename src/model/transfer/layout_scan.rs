//! One quick pass over an export's bytes that finds where each record's
//! text lies (`workspace.our_group`, each object in `workspace.partners`
//! and `workspace.coalitions`) without building anything, and checks the
//! nesting on the way. A file of another shape is left to the full reader,
//! which says what is wrong with it.

use std::ops::Range;

use super::ImportError;
use super::MAX_NESTING;

/// Where the records lie in the text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Located {
    pub group: Option<Range<usize>>,
    pub partners: Vec<Range<usize>>,
    pub coalitions: Vec<Range<usize>>,
}

/// Which list of records the scan is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Partners,
    Coalitions,
}

/// What the scan found: the records' places, or that the text is not of
/// the usual shape (then the full reader explains it).
pub enum Scan {
    Located(Located),
    Unusual,
}

/// Finds the records of an export. Refuses nesting deeper than
/// [`MAX_NESTING`]; anything else unusual (broken JSON, a list holding
/// something other than objects) is [`Scan::Unusual`].
pub fn scan(text: &str) -> Result<Scan, ImportError> {
    let bytes = text.as_bytes();
    let mut located = Located::default();
    // Per open container: whether it is an object, and its last key when it is.
    let mut stack: Vec<(bool, Option<Range<usize>>)> = Vec::new();
    let mut expect_key = false;
    let mut string_start = None;
    let mut escaped = false;
    // The list being read, and where its current record began.
    let mut list: Option<List> = None;
    let mut record_start = None;
    let mut group_start = None;
    // The bracket the value just keyed must open with, when it must.
    let mut container_due: Option<u8> = None;
    let key_is = |stack: &[(bool, Option<Range<usize>>)], depth: usize, name: &str| {
        stack
            .get(depth)
            .and_then(|(_, key)| key.clone())
            .is_some_and(|key| &bytes[key] == name.as_bytes())
    };
    for (at, &byte) in bytes.iter().enumerate() {
        if let Some(start) = string_start {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => {
                    string_start = None;
                    if expect_key && let Some((true, key)) = stack.last_mut() {
                        *key = Some(start + 1..at);
                        expect_key = false;
                    }
                }
                _ => {}
            }
            continue;
        }
        let depth = stack.len();
        if let Some(opening) = container_due
            && !byte.is_ascii_whitespace()
        {
            if byte != opening {
                // "partners": "…" or the like: the full reader names the fault.
                return Ok(Scan::Unusual);
            }
            container_due = None;
        }
        match byte {
            b'"' if depth == 3 && list.is_some() => return Ok(Scan::Unusual),
            b'"' => string_start = Some(at),
            b'{' | b'[' => {
                let object = byte == b'{';
                // Depth 0 is the envelope, 1 the workspace, 2 a list, 3 a record.
                match depth {
                    2 if key_is(&stack, 0, "workspace") => {
                        if object && key_is(&stack, 1, "our_group") {
                            group_start = Some(at);
                        } else if !object && key_is(&stack, 1, "partners") {
                            list = Some(List::Partners);
                        } else if !object && key_is(&stack, 1, "coalitions") {
                            list = Some(List::Coalitions);
                        }
                    }
                    3 if list.is_some() => {
                        if !object {
                            return Ok(Scan::Unusual);
                        }
                        record_start = Some(at);
                    }
                    _ => {}
                }
                stack.push((object, None));
                expect_key = object;
                if stack.len() > MAX_NESTING {
                    return Err(ImportError::TooDeep);
                }
            }
            b'}' | b']' => {
                if stack
                    .pop()
                    .is_none_or(|(object, _)| object != (byte == b'}'))
                {
                    return Ok(Scan::Unusual);
                }
                let depth = stack.len();
                if depth == 3
                    && let (Some(which), Some(start)) = (list, record_start.take())
                {
                    match which {
                        List::Partners => located.partners.push(start..at + 1),
                        List::Coalitions => located.coalitions.push(start..at + 1),
                    }
                } else if depth == 2 {
                    if let Some(start) = group_start.take() {
                        located.group = Some(start..at + 1);
                    }
                    list = None;
                }
                expect_key = false;
            }
            b',' => expect_key = stack.last().is_some_and(|(object, _)| *object),
            b':' if depth == 2 && key_is(&stack, 0, "workspace") => {
                // What the workspace's lists and group must open with.
                container_due = if key_is(&stack, 1, "partners") || key_is(&stack, 1, "coalitions")
                {
                    Some(b'[')
                } else if key_is(&stack, 1, "our_group") {
                    Some(b'{')
                } else {
                    None
                };
            }
            b' ' | b'\n' | b'\r' | b'\t' | b':' => {}
            _ if depth == 3 && list.is_some() => return Ok(Scan::Unusual),
            _ => {}
        }
    }
    if !stack.is_empty() || string_start.is_some() {
        return Ok(Scan::Unusual);
    }
    Ok(Scan::Located(located))
}

/// The envelope around the records, each record cut down to `0`: small and
/// quick to read. Its lines and columns are not the file's, so a fault in
/// it is placed with [`placed_skeleton`].
pub fn skeleton(text: &str, located: &Located) -> String {
    let mut records: Vec<&Range<usize>> = located
        .group
        .iter()
        .chain(&located.partners)
        .chain(&located.coalitions)
        .collect();
    records.sort_by_key(|range| range.start);
    let mut out = String::with_capacity(256 + records.len() * 2);
    let mut copied = 0;
    for range in records {
        out.push_str(&text[copied..range.start]);
        out.push('0');
        copied = range.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The envelope with every record blanked out (its first byte `0`, the
/// rest spaces): as large as the file, but with the file's lines and
/// columns, to say where a fault in the envelope lies.
pub fn placed_skeleton(text: &str, located: &Located) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in located
        .group
        .iter()
        .chain(&located.partners)
        .chain(&located.coalitions)
    {
        bytes[range.clone()].fill(b' ');
        bytes[range.start] = b'0';
    }
    // Only whole records, each wholly ASCII now, were changed.
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(text: &str) -> Located {
        match scan(text).unwrap() {
            Scan::Located(located) => located,
            Scan::Unusual => panic!("unusual: {text}"),
        }
    }

    #[test]
    fn each_record_is_found_where_it_lies() {
        let text = r#"{"format":"x","workspace":{"our_group":{"name":"{["},"partners":[{"a":"}"},{"b":[1,{"c":2}]}],"coalitions":[ {"n":"\"]"} ]}}"#;
        let found = located(text);
        let at = |r: &Range<usize>| &text[r.clone()];
        assert_eq!(found.group.as_ref().map(at), Some(r#"{"name":"{["}"#));
        let partners: Vec<_> = found.partners.iter().map(at).collect();
        assert_eq!(partners, [r#"{"a":"}"}"#, r#"{"b":[1,{"c":2}]}"#]);
        let coalitions: Vec<_> = found.coalitions.iter().map(at).collect();
        assert_eq!(coalitions, [r#"{"n":"\"]"}"#]);
        for skeleton in [skeleton(text, &found), placed_skeleton(text, &found)] {
            let value: serde_json::Value = serde_json::from_str(&skeleton).unwrap();
            assert_eq!(value["workspace"]["partners"], serde_json::json!([0, 0]));
            assert_eq!(value["workspace"]["our_group"], serde_json::json!(0));
        }
        assert_eq!(placed_skeleton(text, &found).len(), text.len());
    }

    #[test]
    fn lists_elsewhere_are_not_records() {
        let found =
            located(r#"{"partners":[{"a":1}],"workspace":{"notes":{"partners":[{"x":1}]}}}"#);
        assert_eq!(found, Located::default());
    }

    #[test]
    fn an_unusual_shape_is_left_to_the_full_reader() {
        for text in [
            r#"{"workspace":{"partners":[1,2]}}"#,
            r#"{"workspace":{"partners":[{"a":1}"#,
            r#"{"workspace":{"partners":[{"a":1]}}"#,
            r#"{"workspace":{"partners":[{"a":"1}]}}"#,
            r#"{"workspace":{"partners":{"a":1}}}"#,
            r#"{"workspace":{"coalitions": "none"}}"#,
            r#"{"workspace":{"our_group":[1]}}"#,
        ] {
            assert!(matches!(scan(text), Ok(Scan::Unusual)), "{text}");
        }
        let deep = format!(
            "{}{}",
            "[".repeat(MAX_NESTING + 1),
            "]".repeat(MAX_NESTING + 1)
        );
        assert!(matches!(scan(&deep), Err(ImportError::TooDeep)));
    }
}
