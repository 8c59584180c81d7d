//! `<mxfile>`: one `<diagram>` per page, each plain (an `<mxGraphModel>` child) or compressed
//! (text), decided per page by content (`Editor.parseDiagramNode`).

use super::codec::{decompress, Budget};
use super::xml::{attributes, char_ref, element_name, find, xml_error};
use super::{PageSource, EMPTY_MODEL};
use crate::error::{Error, ErrorKind, Result};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::Reader;

/// More pages than any real file has; bounds the copies made for empty pages.
pub const MAX_PAGES: usize = 10_000;

pub(crate) fn pages(text: &str, budget: &mut Budget) -> Result<Vec<PageSource>> {
    let mut reader = Reader::from_str(text);
    let fail = |reader: &Reader<&[u8]>, e: quick_xml::Error| {
        xml_error("", text, reader.error_position(), e)
    };
    // Find <mxfile>; the prelude was already checked by the caller.
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == "mxfile" => break,
            Ok(Event::Empty(e)) if e.name().as_ref() == "mxfile" => return Ok(Vec::new()),
            Ok(Event::Eof) => return Ok(Vec::new()),
            Ok(_) => {}
            Err(e) => return Err(fail(&reader, e)),
        }
    }
    let mut pages: Vec<PageSource> = Vec::new();
    loop {
        if pages.len() > MAX_PAGES {
            return Err(Error::new(
                ErrorKind::Limit,
                format!("the file has more than {} pages, the limit", MAX_PAGES),
            ));
        }
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == "diagram" => {
                let attrs =
                    attributes(&e).map_err(|m| xml_error("", text, reader.buffer_position(), m))?;
                let number = pages.len() + 1;
                let (id, name) = page_names(&attrs, number);
                let what = format!("page {} (\"{}\")", number, name);
                let xml = diagram_body(&mut reader, text, &what, budget)?;
                pages.push(PageSource { id, name, xml });
            }
            Ok(Event::Empty(e)) if e.name().as_ref() == "diagram" => {
                let attrs =
                    attributes(&e).map_err(|m| xml_error("", text, reader.buffer_position(), m))?;
                let (id, name) = page_names(&attrs, pages.len() + 1);
                pages.push(PageSource {
                    id,
                    name,
                    xml: EMPTY_MODEL.to_string(),
                });
            }
            Ok(Event::Start(e)) => {
                reader
                    .read_to_end(e.name())
                    .map_err(|err| fail(&reader, err))?;
            }
            Ok(Event::End(_)) => return Ok(pages),
            Ok(Event::Eof) => {
                return Err(xml_error(
                    "",
                    text,
                    reader.buffer_position(),
                    "the input ends before </mxfile>",
                ));
            }
            Ok(_) => {}
            Err(e) => return Err(fail(&reader, e)),
        }
    }
}

fn page_names(attrs: &[(String, String)], number: usize) -> (String, String) {
    let id = find(attrs, "id").unwrap_or("").to_string();
    let name = match find(attrs, "name") {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => format!("Page-{}", number),
    };
    (id, name)
}

/// Reads up to `</diagram>`; returns the page's model XML.
fn diagram_body(
    reader: &mut Reader<&[u8]>,
    text: &str,
    what: &str,
    budget: &mut Budget,
) -> Result<String> {
    let fail = |reader: &Reader<&[u8]>, e: quick_xml::Error| {
        xml_error("", text, reader.error_position(), e)
    };
    let mut body_text = String::new();
    let mut model: Option<String> = None;
    loop {
        let before = reader.buffer_position();
        match reader.read_event() {
            Ok(Event::Text(t)) => body_text.push_str(&t),
            Ok(Event::CData(t)) => body_text.push_str(&t),
            Ok(Event::GeneralRef(r)) => {
                let name: &str = &r;
                let resolved = match name.strip_prefix('#') {
                    Some(num) => char_ref(num).map(String::from),
                    None => resolve_predefined_entity(name).map(String::from),
                };
                body_text.push_str(&resolved.unwrap_or_default());
            }
            Ok(Event::Start(e)) => {
                let name = element_name(&e);
                reader
                    .read_to_end(e.name())
                    .map_err(|err| fail(reader, err))?;
                if model.is_none() {
                    model = Some(child_model(
                        &name,
                        text,
                        before,
                        reader.buffer_position(),
                        what,
                    )?);
                }
            }
            Ok(Event::Empty(e)) => {
                if model.is_none() {
                    model = Some(child_model(
                        &element_name(&e),
                        text,
                        before,
                        reader.buffer_position(),
                        what,
                    )?);
                }
            }
            Ok(Event::End(_)) => break,
            Ok(Event::Eof) => {
                return Err(xml_error(
                    "",
                    text,
                    reader.buffer_position(),
                    "the input ends before </diagram>",
                ));
            }
            Ok(_) => {}
            Err(e) => return Err(fail(reader, e)),
        }
    }
    if let Some(model) = model {
        return Ok(model);
    }
    let body = body_text.trim();
    if body.is_empty() {
        return Ok(EMPTY_MODEL.to_string());
    }
    let xml = decompress(body, budget, what)?;
    if xml.trim().is_empty() {
        return Ok(EMPTY_MODEL.to_string());
    }
    Ok(xml)
}

fn child_model(name: &str, text: &str, start: u64, end: u64, what: &str) -> Result<String> {
    if name != "mxGraphModel" {
        return Err(Error::new(
            ErrorKind::Format,
            format!("{}: <diagram> holds <{}>, not <mxGraphModel>", what, name),
        ));
    }
    let span = usize::try_from(start).ok().zip(usize::try_from(end).ok());
    span.and_then(|(s, e)| text.get(s..e))
        .map(str::to_string)
        .ok_or_else(|| {
            Error::new(
                ErrorKind::Xml,
                format!("{}: cannot locate <mxGraphModel> in the text", what),
            )
        })
}
