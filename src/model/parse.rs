//! mxGraphModel XML → `Model` (quick-xml). This file reads the XML into flat cell records;
//! `tree` links them into the cell tree. mxCodec's rules: `mxModelCodec`, `mxCellCodec`.

use super::numbers::{coordinate, flag, Coordinate};
use super::tree::{self, RawCell, Warnings};
use super::{Geometry, Model};
use crate::decode::xml::{attributes, element_name, find, xml_error};
use crate::error::{Error, ErrorKind, Result};
use crate::geom::Point;
use crate::style::Stylesheet;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Hard limits that turn hostile input into a clear error instead of a hang.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_cells: usize,
    /// Edge waypoints summed over the model.
    pub max_points: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_cells: 100_000,
            max_points: 1_000_000,
        }
    }
}

/// Page facts used by `%placeholder%` globals.
#[derive(Debug, Clone, Default)]
pub struct PageContext {
    pub page_name: String,
    /// 1-based.
    pub page_number: usize,
    pub page_count: usize,
}

/// Parse one page's `<mxGraphModel>`. Broken structure that draw.io survives (missing parents,
/// cycles, duplicate ids, dangling edges, bad numbers) becomes warnings in `Model::warnings`;
/// errors are kept for input that has no drawable model at all or exceeds a limit.
pub fn parse_model(
    xml: &str,
    sheet: &Stylesheet,
    ctx: &PageContext,
    limits: &Limits,
) -> Result<Model> {
    let mut warnings = Warnings::default();
    let doc = ModelReader {
        reader: Reader::from_str(xml),
        xml,
        limits,
        cells: Vec::new(),
        points: 0,
    }
    .read(&mut warnings)?;
    let mut model = tree::build(doc, sheet, ctx, warnings)?;
    super::color_refs::resolve_color_keywords(&mut model);
    Ok(model)
}

/// What the XML holds, before linking.
pub(super) struct RawModel {
    pub background: Option<String>,
    pub shadow: bool,
    pub cells: Vec<RawCell>,
}

struct ModelReader<'a> {
    reader: Reader<&'a [u8]>,
    xml: &'a str,
    limits: &'a Limits,
    cells: Vec<RawCell>,
    points: usize,
}

/// An element event, start (with content to read) or empty.
struct Element<'a> {
    start: BytesStart<'a>,
    has_content: bool,
}

impl<'a> ModelReader<'a> {
    fn xml_err(&self, e: impl std::fmt::Display) -> Error {
        xml_error("", self.xml, self.reader.error_position(), e)
    }

    fn attrs(&self, e: &BytesStart<'_>) -> Result<Vec<(String, String)>> {
        attributes(e).map_err(|m| xml_error("", self.xml, self.reader.buffer_position(), m))
    }

    /// Next child element of the current element, or `None` at its end tag. Text, comments
    /// and processing instructions are skipped.
    fn next_child(&mut self, inside: &str) -> Result<Option<Element<'a>>> {
        loop {
            match self.reader.read_event() {
                Ok(Event::Start(start)) => {
                    return Ok(Some(Element {
                        start,
                        has_content: true,
                    }))
                }
                Ok(Event::Empty(start)) => {
                    return Ok(Some(Element {
                        start,
                        has_content: false,
                    }))
                }
                Ok(Event::End(_)) => return Ok(None),
                Ok(Event::Eof) => {
                    let at = self.reader.buffer_position();
                    return Err(xml_error(
                        "",
                        self.xml,
                        at,
                        format!("the XML ends before </{}>", inside),
                    ));
                }
                Ok(_) => {}
                Err(e) => return Err(self.xml_err(e)),
            }
        }
    }

    /// Skip the rest of an element we do not read (iterative: deep nesting cannot overflow).
    fn skip(&mut self, el: &Element<'a>) -> Result<()> {
        if el.has_content {
            self.reader
                .read_to_end(el.start.name())
                .map_err(|e| self.xml_err(e))?;
        }
        Ok(())
    }

    fn read(mut self, warnings: &mut Warnings) -> Result<RawModel> {
        let top = loop {
            match self.reader.read_event() {
                Ok(Event::Start(start)) => {
                    break Element {
                        start,
                        has_content: true,
                    }
                }
                Ok(Event::Empty(start)) => {
                    break Element {
                        start,
                        has_content: false,
                    }
                }
                Ok(Event::Text(t)) if t.trim().is_empty() => {}
                Ok(Event::Text(_)) | Ok(Event::CData(_)) | Ok(Event::GeneralRef(_)) => {
                    return Err(Error::new(
                        ErrorKind::Format,
                        "expected <mxGraphModel>, found text",
                    ));
                }
                Ok(Event::Eof) => {
                    return Err(Error::new(
                        ErrorKind::Format,
                        "expected <mxGraphModel>, found no element",
                    ))
                }
                Ok(_) => {}
                Err(e) => return Err(self.xml_err(e)),
            }
        };
        let name = element_name(&top.start);
        if name != "mxGraphModel" {
            return Err(Error::new(
                ErrorKind::Format,
                format!("expected <mxGraphModel>, found <{}>", name),
            ));
        }
        let attrs = self.attrs(&top.start)?;
        let background = find(&attrs, "background").map(str::to_string);
        let shadow = find(&attrs, "shadow").is_some_and(flag);
        let mut seen_root = false;
        if top.has_content {
            while let Some(child) = self.next_child("mxGraphModel")? {
                if child.start.name().as_ref() == "root" && !seen_root {
                    seen_root = true;
                    if child.has_content {
                        self.read_root(warnings)?;
                    }
                } else {
                    self.skip(&child)?;
                }
            }
        }
        if !seen_root {
            return Err(Error::new(
                ErrorKind::Structure,
                "the model has no <root> element, so no cells",
            ));
        }
        Ok(RawModel {
            background,
            shadow,
            cells: self.cells,
        })
    }

    fn read_root(&mut self, warnings: &mut Warnings) -> Result<()> {
        while let Some(el) = self.next_child("root")? {
            if self.cells.len() >= self.limits.max_cells {
                return Err(Error::new(
                    ErrorKind::Limit,
                    format!(
                        "the diagram has more than {} cells, the limit",
                        self.limits.max_cells
                    ),
                ));
            }
            let attrs = self.attrs(&el.start)?;
            if el.start.name().as_ref() == "mxCell" {
                let mut cell = RawCell::from_cell_attrs(&attrs);
                cell.value = find(&attrs, "value").unwrap_or("").to_string();
                if el.has_content {
                    self.read_cell_content(&mut cell, warnings)?;
                }
                self.cells.push(cell);
            } else {
                self.read_wrapper(el, attrs, warnings)?;
            }
        }
        Ok(())
    }

    /// `<object>`/`<UserObject>` (any non-mxCell element): its attributes are the cell's value,
    /// the first `<mxCell>` child carries the rest.
    fn read_wrapper(
        &mut self,
        el: Element<'a>,
        attrs: Vec<(String, String)>,
        warnings: &mut Warnings,
    ) -> Result<()> {
        let tag = element_name(&el.start);
        let id = find(&attrs, "id").map(str::to_string);
        let mut inner: Option<RawCell> = None;
        if el.has_content {
            while let Some(child) = self.next_child(&tag)? {
                if inner.is_none() && child.start.name().as_ref() == "mxCell" {
                    let cell_attrs = self.attrs(&child.start)?;
                    let mut cell = RawCell::from_cell_attrs(&cell_attrs);
                    if id.is_some() {
                        cell.id = id.clone();
                    }
                    if child.has_content {
                        self.read_cell_content(&mut cell, warnings)?;
                    }
                    inner = Some(cell);
                } else {
                    self.skip(&child)?;
                }
            }
        }
        let Some(mut cell) = inner else {
            warnings.push(format!(
                "<{}> \"{}\" has no <mxCell> inside; skipped",
                tag,
                id.as_deref().unwrap_or("")
            ));
            return Ok(());
        };
        cell.value = find(&attrs, "label").unwrap_or("").to_string();
        cell.placeholders = find(&attrs, "placeholders") == Some("1");
        cell.attrs = attrs
            .into_iter()
            .filter(|(k, _)| k != "id" && k != "label")
            .collect();
        self.cells.push(cell);
        Ok(())
    }

    /// Children of `<mxCell>`: the first `<mxGeometry>`; anything else is skipped.
    fn read_cell_content(&mut self, cell: &mut RawCell, warnings: &mut Warnings) -> Result<()> {
        let mut seen_geometry = false;
        while let Some(child) = self.next_child("mxCell")? {
            if !seen_geometry && child.start.name().as_ref() == "mxGeometry" {
                seen_geometry = true;
                let attrs = self.attrs(&child.start)?;
                let mut geo = GeometryReader { cell, warnings };
                geo.read_bounds(&attrs);
                if child.has_content {
                    self.read_geometry_content(&mut geo)?;
                }
            } else {
                self.skip(&child)?;
            }
        }
        Ok(())
    }

    fn read_geometry_content(&mut self, geo: &mut GeometryReader<'_>) -> Result<()> {
        while let Some(child) = self.next_child("mxGeometry")? {
            let attrs = self.attrs(&child.start)?;
            let role = find(&attrs, "as").unwrap_or("");
            match (child.start.name().as_ref(), role) {
                ("mxPoint", "sourcePoint") => {
                    geo.cell.geometry.source_point = geo.point(&attrs, role)
                }
                ("mxPoint", "targetPoint") => {
                    geo.cell.geometry.target_point = geo.point(&attrs, role)
                }
                ("mxPoint", "offset") => geo.cell.geometry.offset = geo.point(&attrs, role),
                ("Array", "points") if child.has_content => {
                    while let Some(point) = self.next_child("Array")? {
                        if point.start.name().as_ref() == "mxPoint" {
                            self.points += 1;
                            if self.points > self.limits.max_points {
                                return Err(Error::new(
                                    ErrorKind::Limit,
                                    format!(
                                        "the diagram has more than {} edge points, the limit",
                                        self.limits.max_points
                                    ),
                                ));
                            }
                            let point_attrs = self.attrs(&point.start)?;
                            if let Some(p) = geo.point(&point_attrs, "points") {
                                geo.cell.geometry.points.push(p);
                            }
                        }
                        self.skip(&point)?;
                    }
                    continue;
                }
                // alternateBounds (collapsed size) and anything unknown.
                _ => {}
            }
            self.skip(&child)?;
        }
        Ok(())
    }
}

/// Reads geometry numbers for one cell, reporting bad ones by cell id.
struct GeometryReader<'c> {
    cell: &'c mut RawCell,
    warnings: &'c mut Warnings,
}

impl GeometryReader<'_> {
    fn cell_name(&self) -> String {
        format!("cell \"{}\"", self.cell.id.as_deref().unwrap_or(""))
    }

    fn read_bounds(&mut self, attrs: &[(String, String)]) {
        let mut values = [0.0; 4];
        for (slot, key) in values.iter_mut().zip(["x", "y", "width", "height"]) {
            let Some(text) = find(attrs, key) else {
                continue;
            };
            match coordinate(text) {
                Coordinate::Fine(v) => *slot = v,
                Coordinate::NotFinite => {
                    let msg = format!(
                        "{}: geometry {}=\"{}\" is not a finite number; read as 0",
                        self.cell_name(),
                        key,
                        text
                    );
                    self.warnings.push(msg);
                }
                Coordinate::Huge(_) => {
                    let msg = format!(
                        "{}: geometry {}=\"{}\" is beyond ±1e7; the cell is not drawn",
                        self.cell_name(),
                        key,
                        text
                    );
                    self.warnings.push(msg);
                    self.cell.bad_geometry = true;
                }
            }
        }
        let [x, y, width, height] = values;
        let relative = find(attrs, "relative").is_some_and(flag);
        self.cell.geometry = Geometry {
            x,
            y,
            width,
            height,
            relative,
            ..Geometry::default()
        };
    }

    /// A point; `None` (with a warning) when a coordinate is beyond the bound.
    fn point(&mut self, attrs: &[(String, String)], role: &str) -> Option<Point> {
        let mut xy = [0.0; 2];
        for (slot, key) in xy.iter_mut().zip(["x", "y"]) {
            let Some(text) = find(attrs, key) else {
                continue;
            };
            match coordinate(text) {
                Coordinate::Fine(v) => *slot = v,
                Coordinate::NotFinite => {
                    let msg = format!(
                        "{}: {} {}=\"{}\" is not a finite number; read as 0",
                        self.cell_name(),
                        role,
                        key,
                        text
                    );
                    self.warnings.push(msg);
                }
                Coordinate::Huge(_) => {
                    let msg = format!(
                        "{}: {} {}=\"{}\" is beyond ±1e7; the point is ignored",
                        self.cell_name(),
                        role,
                        key,
                        text
                    );
                    self.warnings.push(msg);
                    return None;
                }
            }
        }
        Some(Point::new(xy[0], xy[1]))
    }
}
