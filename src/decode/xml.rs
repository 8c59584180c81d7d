//! Small quick-xml helpers shared by the decoder and the model parser.

use crate::error::{Error, ErrorKind};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::BytesStart;
use quick_xml::XmlVersion;
use std::fmt::Display;

/// 1-based line and column (in bytes) of a byte offset, for error messages.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let before = bytes.get(..offset.min(bytes.len())).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, before.len() - line_start + 1)
}

/// A `malformed XML` error pointing at the place in `text` where it was found.
/// `what` names the document ("page 2 (\"Flow\")"), or is empty for the input itself.
pub(crate) fn xml_error(what: &str, text: &str, offset: u64, err: impl Display) -> Error {
    let (line, col) = line_col(text, usize::try_from(offset).unwrap_or(usize::MAX));
    let prefix = if what.is_empty() {
        String::new()
    } else {
        format!("{}: ", what)
    };
    Error::new(
        ErrorKind::Xml,
        format!(
            "{}malformed XML at line {}, column {}: {}",
            prefix, line, col, err
        ),
    )
}

/// An element's name as text (names in a `&str` document are UTF-8).
pub(crate) fn element_name(e: &BytesStart<'_>) -> String {
    e.name().as_ref().to_string()
}

/// An element's attributes, names and decoded values, in document order.
/// Duplicate names are tolerated (later ones are kept after earlier ones); callers
/// that look a name up take the first.
pub(crate) fn attributes(e: &BytesStart<'_>) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut iter = e.attributes();
    iter.with_checks(false);
    for attr in iter {
        let attr =
            attr.map_err(|err| format!("bad attribute in <{}>: {}", element_name(e), err))?;
        let key = attr.key.as_ref().to_string();
        let value = match attr.normalized_value(XmlVersion::Implicit1_0) {
            Ok(v) => v.into_owned(),
            // Unknown entities (`&nbsp;` written by hand) make the XML invalid; keep them literally
            // rather than losing the whole diagram.
            Err(_) => lenient_unescape(&attr.value),
        };
        out.push((key, value));
    }
    Ok(out)
}

/// The first attribute of that name.
pub(crate) fn find<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Entity decoding that keeps unknown or malformed references as written.
pub(crate) fn lenient_unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        push_normalized(&mut out, &rest[..amp]);
        let after = &rest[amp + 1..];
        let resolved = after.find(';').filter(|&end| end <= 32).and_then(|end| {
            let name = &after[..end];
            let text = match name.strip_prefix('#') {
                Some(num) => char_ref(num).map(String::from),
                None => resolve_predefined_entity(name).map(String::from),
            };
            text.map(|t| (t, end))
        });
        match resolved {
            Some((text, end)) => {
                out.push_str(&text);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    push_normalized(&mut out, rest);
    out
}

/// Literal text of an attribute value: line ends and tabs become spaces, as an XML parser does
/// (character references like `&#xa;` are expanded after this and keep their newline).
fn push_normalized(out: &mut String, literal: &str) {
    let mut chars = literal.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(' ');
            }
            '\n' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
}

/// `#123` / `#x7B` body of a character reference.
pub(crate) fn char_ref(num: &str) -> Option<char> {
    let code = match num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => num.parse::<u32>().ok()?,
    };
    char::from_u32(code).filter(|&c| c != '\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("ab", 99), (1, 3));
    }

    #[test]
    fn lenient_unescape_keeps_unknown_entities() {
        assert_eq!(
            lenient_unescape("a&amp;b&nbsp;c&#x41;&#66;&"),
            "a&b&nbsp;cAB&"
        );
        assert_eq!(lenient_unescape("x\r\ny&#xa;&bad;"), "x y\n&bad;");
    }
}
