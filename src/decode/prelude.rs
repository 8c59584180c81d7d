//! Bytes → text, and the first element of an XML text (after declaration, comments, DOCTYPE).

use super::xml::{attributes, element_name, xml_error};
use crate::error::{Error, ErrorKind, Result};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::borrow::Cow;

/// The input as text: UTF-8 (BOM dropped) or UTF-16 with a BOM. Other binary data is named
/// when it is a common file type, so the user learns what they uploaded.
pub(crate) fn to_text(input: &[u8]) -> Result<Cow<'_, str>> {
    if let Some(rest) = input.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    let utf16 = |rest: &[u8], be: bool| -> Result<Cow<'_, str>> {
        let units = rest.chunks_exact(2).map(|p| {
            if be {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units).collect::<std::result::Result<String, _>>().map(Cow::Owned).map_err(|_| {
            Error::new(ErrorKind::Format, "not a draw.io document: the text has a UTF-16 byte order mark but is not valid UTF-16")
        })
    };
    if let Some(rest) = input.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, false);
    }
    if let Some(rest) = input.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, true);
    }
    utf8(input)
}

fn utf8(input: &[u8]) -> Result<Cow<'_, str>> {
    match std::str::from_utf8(input) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(e) => {
            let found = match sniff_binary(input) {
                Some(kind) => format!("found {}", kind),
                None => format!(
                    "found binary data (invalid UTF-8 at byte {})",
                    e.valid_up_to()
                ),
            };
            Err(Error::new(
                ErrorKind::Format,
                format!("not a draw.io document: {}", found),
            ))
        }
    }
}

fn sniff_binary(input: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (a .vsdx or .docx file?)"),
        (b"\x1F\x8B", "a gzip file"),
        (b"RIFF", "a RIFF file (WebP image?)"),
        (b"\x89PNG", "a damaged PNG image"),
    ];
    SIGNATURES
        .iter()
        .find(|(sig, _)| input.starts_with(sig))
        .map(|(_, kind)| *kind)
}

pub(crate) struct RootElement {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

/// The document's first element, its name and attributes.
pub(crate) fn root_element(text: &str) -> Result<RootElement> {
    let mut reader = Reader::from_str(text);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let attrs =
                    attributes(&e).map_err(|m| xml_error("", text, reader.buffer_position(), m))?;
                return Ok(RootElement {
                    name: element_name(&e),
                    attrs,
                });
            }
            Ok(Event::Text(t)) if t.trim().is_empty() => {}
            Ok(Event::Text(_)) | Ok(Event::GeneralRef(_)) | Ok(Event::CData(_)) => {
                return Err(Error::new(
                    ErrorKind::Format,
                    "not a draw.io document: found text before the first XML element",
                ));
            }
            Ok(Event::Eof) => {
                return Err(Error::new(
                    ErrorKind::Format,
                    "not a draw.io document: found XML without any element",
                ));
            }
            Ok(_) => {}
            Err(e) => return Err(xml_error("", text, reader.error_position(), e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_utf16_are_accepted() {
        assert_eq!(to_text(b"\xEF\xBB\xBF<a/>").unwrap(), "<a/>");
        assert_eq!(to_text(b"\xFF\xFE<\0a\0/\0>\0").unwrap(), "<a/>");
        assert_eq!(to_text(b"\xFE\xFF\0<\0a\0/\0>").unwrap(), "<a/>");
    }

    #[test]
    fn binary_input_is_named() {
        let e = to_text(b"\xFF\xD8\xFF\xE0\0\x10JFIF").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Format);
        assert!(e.message.contains("JPEG"), "{}", e.message);
        let e = to_text(b"ab\xC3\x28").unwrap_err();
        assert!(
            e.message.contains("invalid UTF-8 at byte 2"),
            "{}",
            e.message
        );
    }

    #[test]
    fn root_element_skips_the_prelude() {
        let text = "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n<svg content=\"a&amp;b\"/>";
        let root = root_element(text).unwrap();
        assert_eq!(root.name, "svg");
        assert_eq!(root.attrs, vec![("content".to_string(), "a&b".to_string())]);
    }
}
