//! HTML embed: `<div class="mxgraph" data-mxgraph="{&quot;xml&quot;:…}">` (GraphViewer), alone or
//! inside a whole page. The attribute is HTML-escaped JSON whose `xml` is an mxfile or model
//! string (possibly compressed). HTML is not XML, so the attribute is found by a plain scan.

use super::xml::lenient_unescape;
use crate::error::{Error, ErrorKind, Result};

const ATTRIBUTE: &str = "data-mxgraph";

pub(crate) fn has_embed(text: &str) -> bool {
    text.contains(ATTRIBUTE)
}

/// The `xml` string of the first embed in the text.
pub(crate) fn embedded_xml(text: &str) -> Result<String> {
    let raw = first_attribute_value(text).ok_or_else(|| {
        Error::new(
            ErrorKind::Format,
            "not a draw.io document: found an HTML page whose data-mxgraph attribute has no value",
        )
    })?;
    let json = lenient_unescape(raw);
    let config: serde_json::Value = serde_json::from_str(&json).map_err(|e| {
        Error::new(
            ErrorKind::Format,
            format!(
                "draw.io HTML embed: the data-mxgraph attribute is not valid JSON ({})",
                e
            ),
        )
    })?;
    match config.get("xml") {
        Some(serde_json::Value::String(xml)) => Ok(xml.clone()),
        _ if config.get("url").is_some() => Err(Error::new(
            ErrorKind::Format,
            "draw.io HTML embed: the diagram is loaded from a URL (\"url\"), not stored inline (\"xml\")",
        )),
        _ => Err(Error::new(ErrorKind::Format, "draw.io HTML embed: the data-mxgraph JSON has no \"xml\" string")),
    }
}

/// Value of the first `data-mxgraph=` attribute: quoted with `"` or `'`, or unquoted.
fn first_attribute_value(text: &str) -> Option<&str> {
    let mut search = 0;
    while let Some(found) = text.get(search..)?.find(ATTRIBUTE) {
        let after = text.get(search + found + ATTRIBUTE.len()..)?;
        search += found + ATTRIBUTE.len();
        let rest = after.trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let value = match rest.chars().next()? {
            quote @ ('"' | '\'') => {
                let body = rest.get(1..)?;
                body.get(..body.find(quote)?)?
            }
            _ => rest.get(
                ..rest
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .unwrap_or(rest.len()),
            )?,
        };
        return Some(value);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_double_single_and_unquoted_values() {
        assert_eq!(
            first_attribute_value("<div data-mxgraph=\"{a}\">"),
            Some("{a}")
        );
        assert_eq!(
            first_attribute_value("<div data-mxgraph = '{\"a\":1}'>"),
            Some("{\"a\":1}")
        );
        assert_eq!(first_attribute_value("<div data-mxgraph={}>"), Some("{}"));
        assert_eq!(
            first_attribute_value("data-mxgraph is mentioned; <div data-mxgraph=\"x\">"),
            Some("x")
        );
        assert_eq!(first_attribute_value("<div data-mxgraph=\"unclosed>"), None);
    }

    #[test]
    fn url_embeds_and_bad_json_are_explained() {
        let e =
            embedded_xml("<div data-mxgraph=\"{&quot;url&quot;:&quot;https://x/d.drawio&quot;}\">")
                .unwrap_err();
        assert!(e.message.contains("loaded from a URL"), "{}", e.message);
        let e = embedded_xml("<div data-mxgraph=\"{nope\">").unwrap_err();
        assert!(e.message.contains("not valid JSON"), "{}", e.message);
    }
}
