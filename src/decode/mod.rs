//! Container forms → one mxGraphModel XML string per page.
//! See ../shared/notes/drawio-format.md §1 for every form handled here.
//!
//! The form is told from the content, never the file name. Forms nest (a data URL holding a
//! PNG holding an mxfile whose pages are compressed), so detection recurses a bounded number
//! of times, and every decompression draws from one size budget per input.

pub(crate) mod codec;
mod data_url;
mod html;
mod mxfile;
mod png;
mod prelude;
mod svg;
pub(crate) mod xml;

use crate::error::{Error, ErrorKind, Result};
use codec::Budget;
pub use mxfile::MAX_PAGES;

/// Decompressed content may not exceed this (zip-bomb guard), summed over all pages of an input.
pub const MAX_DECODED_BYTES: usize = 64 << 20;

/// Inputs larger than this are refused before any work.
pub const MAX_INPUT_BYTES: usize = 64 << 20;

/// How many containers may wrap each other (data URL → PNG → mxfile is 2).
const MAX_NESTING: usize = 8;

/// The model of a page that has no content: draw.io shows such a page blank.
pub const EMPTY_MODEL: &str =
    "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/></root></mxGraphModel>";

/// One page of a diagram file, its model as XML text.
#[derive(Debug, Clone, PartialEq)]
pub struct PageSource {
    pub id: String,
    pub name: String,
    /// `<mxGraphModel>…</mxGraphModel>` text.
    pub xml: String,
}

/// Every page of whatever the user pasted or uploaded.
pub fn extract_pages(input: &[u8]) -> Result<Vec<PageSource>> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::Limit,
            format!(
                "the input is {} MB, over the {} MB limit",
                input.len() >> 20,
                MAX_INPUT_BYTES >> 20
            ),
        ));
    }
    let pages = extract(input, &mut Budget::new(), 0)?;
    if pages.is_empty() {
        return Err(Error::new(
            ErrorKind::Format,
            "empty diagram: the file has no pages",
        ));
    }
    if pages.iter().all(|p| p.xml == EMPTY_MODEL) {
        return Err(Error::new(
            ErrorKind::Format,
            "empty diagram: no page has any content",
        ));
    }
    Ok(pages)
}

fn single_page(xml: String) -> Vec<PageSource> {
    vec![PageSource {
        id: String::new(),
        name: "Page-1".to_string(),
        xml,
    }]
}

fn extract(input: &[u8], budget: &mut Budget, depth: usize) -> Result<Vec<PageSource>> {
    if depth > MAX_NESTING {
        return Err(Error::new(
            ErrorKind::Format,
            "not a draw.io document: containers nested too deeply",
        ));
    }
    if png::is_png(input) {
        let text = png::extract_text(input, budget)?;
        return extract_text(&text, budget, depth + 1);
    }
    let text = prelude::to_text(input)?;
    extract_text(&text, budget, depth)
}

fn extract_text(text: &str, budget: &mut Budget, depth: usize) -> Result<Vec<PageSource>> {
    if depth > MAX_NESTING {
        return Err(Error::new(
            ErrorKind::Format,
            "not a draw.io document: containers nested too deeply",
        ));
    }
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    if text.trim_end().is_empty() {
        return Err(Error::new(
            ErrorKind::Format,
            "empty diagram: the input is empty",
        ));
    }
    if data_url::is_data_url(text) {
        let bytes = data_url::decode(text)?;
        return extract(&bytes, budget, depth + 1);
    }
    if text.starts_with('%') {
        let decoded = codec::url_decode(text.trim_end(), "URL-encoded input")?;
        return extract_text(&decoded, budget, depth + 1);
    }
    if !text.starts_with('<') {
        return extract_compressed(text, budget, depth);
    }
    let root = match prelude::root_element(text) {
        Ok(root) => root,
        // HTML is often not well-formed XML; the embed is found by its attribute instead.
        Err(_) if html::has_embed(text) => return extract_html(text, budget, depth),
        Err(e) => return Err(e),
    };
    match root.name.as_str() {
        "mxfile" => mxfile::pages(text, budget),
        "mxGraphModel" => Ok(single_page(text.to_string())),
        "svg" => {
            let content = svg::content(&root.attrs)?;
            extract_svg_content(&content, budget, depth)
        }
        _ if html::has_embed(text) => extract_html(text, budget, depth),
        other => Err(Error::new(
            ErrorKind::Format,
            format!("not a draw.io document: found {}", describe_root(other)),
        )),
    }
}

fn describe_root(name: &str) -> String {
    match name.to_ascii_lowercase().as_str() {
        "html" | "body" | "head" | "div" | "!doctype" => {
            "an HTML page without a draw.io embed (no data-mxgraph attribute)".into()
        }
        _ => format!(
            "an XML document whose root is <{}> (expected <mxfile> or <mxGraphModel>)",
            name
        ),
    }
}

/// A bare `Graph.compress` string: the whole text is one compressed model.
fn extract_compressed(text: &str, budget: &mut Budget, depth: usize) -> Result<Vec<PageSource>> {
    let xml = codec::decompress(text, budget, "").map_err(|e| match e.kind {
        ErrorKind::Encoding => Error::new(
            ErrorKind::Format,
            format!("not a draw.io document: found text that is neither XML nor a compressed diagram ({})", e.message),
        ),
        _ => e,
    })?;
    if xml.trim().is_empty() {
        return Err(Error::new(
            ErrorKind::Format,
            "empty diagram: the compressed text decodes to nothing",
        ));
    }
    extract_text(&xml, budget, depth + 1)
}

fn extract_svg_content(
    content: &str,
    budget: &mut Budget,
    depth: usize,
) -> Result<Vec<PageSource>> {
    match svg::decode_content(content)? {
        svg::Content::Text(text) => extract_text(&text, budget, depth + 1),
        svg::Content::Compressed(text) => extract_compressed(&text, budget, depth + 1),
    }
}

fn extract_html(text: &str, budget: &mut Budget, depth: usize) -> Result<Vec<PageSource>> {
    let xml = html::embedded_xml(text)?;
    extract_text(&xml, budget, depth + 1)
}

#[cfg(test)]
mod tests;
