//! `.drawio.svg`: the root `<svg>` carries the diagram in its `content` attribute
//! (`Editor.extractGraphModel`): XML (escaped in the attribute), URL-encoded (`%…`), or base64
//! (old exports). A compressed string there is accepted as well.

use super::codec::{base64_decode, url_decode};
use super::xml::find;
use crate::error::{Error, ErrorKind, Result};

pub(crate) enum Content {
    /// XML text (or something else `extract_text` can tell apart).
    Text(String),
    /// A `Graph.compress` string.
    Compressed(String),
}

pub(crate) fn content(attrs: &[(String, String)]) -> Result<String> {
    match find(attrs, "content").map(str::trim) {
        Some(c) if !c.is_empty() => Ok(c.to_string()),
        _ => Err(Error::new(
            ErrorKind::Format,
            "not a draw.io document: found an SVG without draw.io content (no content attribute on <svg>)",
        )),
    }
}

pub(crate) fn decode_content(content: &str) -> Result<Content> {
    if content.starts_with('<') {
        return Ok(Content::Text(content.to_string()));
    }
    if content.starts_with('%') {
        return Ok(Content::Text(url_decode(content, "draw.io SVG content")?));
    }
    let bytes = base64_decode(content, "draw.io SVG content")?;
    let decoded = String::from_utf8_lossy(&bytes);
    let head = decoded.trim_start();
    if head.starts_with('<') || head.starts_with('%') {
        Ok(Content::Text(decoded.into_owned()))
    } else {
        // base64 of deflate data: the content is a compressed diagram.
        Ok(Content::Compressed(content.to_string()))
    }
}
