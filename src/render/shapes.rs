//! Vertex shapes as SVG elements. Geometry rules follow mxGraph's shape classes and draw.io's
//! Shapes.js / shape libraries (named in each function). Every shape paints east-facing into its
//! bounds through a [`Canvas`]; `direction` turns that drawing like mxShape does (bounds swapped
//! for north/south, rotated about the centre). Unknown shapes return `Unknown`.

mod arrows;
mod basic;
mod general;
mod labels;
mod libs;
// Feature `extended` (render::needs_extended): without it nothing calls these three families
// (mockup, ported, rack_legacy) and the linker leaves them out of the wasm.
mod mockup;
mod ported;
mod rack;
mod rack_legacy;

// `EXTENDED_SHAPES`: the names `mockup`, `ported` and `rack_legacy` draw (build.rs).
include!(concat!(env!("OUT_DIR"), "/extended_shapes.rs"));

pub use labels::label_bounds;
pub use libs::EIP_CHANNEL_GRADIENT;

use super::canvas::{local_offset, Canvas, SHADOW_DX, SHADOW_DY};
use super::paint::Paint;
use super::svg::{esc_attr, num};
use crate::geom::Rect;
use crate::style::{Style, Theme};
use std::fmt::Write;

pub enum Drawn {
    Ok,
    /// Not drawn: the caller shows a placeholder and reports the shape name.
    Unknown,
}

/// Where a table's inner lines go (draw.io TableShape.paintTableForeground): the tops of its rows
/// after the first and the left edges of the first row's cells after the first, relative to the
/// table's and the row's origin.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableGrid {
    pub row_tops: Vec<f64>,
    pub col_lefts: Vec<f64>,
}

/// What a vertex shape may need beyond its own style.
#[derive(Default)]
pub struct VertexExtra<'a> {
    pub grid: Option<&'a TableGrid>,
    /// draw.io's sketch style for this cell (`sketch=1`).
    pub sketch: Option<super::rough::Sketch>,
}

/// The style facts shapes read, resolved once per cell.
pub(crate) struct Sh<'a> {
    pub style: &'a Style,
    pub theme: &'a Theme,
    pub rounded: bool,
    pub glass: bool,
    /// strokeWidth as the shape computes with it (not the ≥ 1 px it is drawn with).
    pub sw: f64,
    pub filled: bool,
    pub stroke: Option<String>,
    pub fill_alpha: f64,
    pub grid: Option<&'a TableGrid>,
}

/// Bound for numbers read from a style, so arithmetic on them stays finite.
const STYLE_NUM_LIMIT: f64 = 1e7;

impl<'a> Sh<'a> {
    pub fn new(
        style: &'a Style,
        theme: &'a Theme,
        paint: &Paint,
        grid: Option<&'a TableGrid>,
    ) -> Sh<'a> {
        Sh {
            style,
            theme,
            rounded: style.flag("rounded", false),
            glass: style.flag("glass", false),
            sw: paint.stroke_width,
            filled: paint.fill.is_some(),
            stroke: paint.stroke.clone(),
            fill_alpha: paint.fill_opacity,
            grid,
        }
    }

    /// A numeric style value, finite and within ±1e7.
    pub fn num(&self, key: &str, default: f64) -> f64 {
        self.style
            .num(key, default)
            .clamp(-STYLE_NUM_LIMIT, STYLE_NUM_LIMIT)
    }

    pub fn flag(&self, key: &str, default: bool) -> bool {
        self.style.flag(key, default)
    }

    /// A colour from the style, resolved for the theme (None for absent/none/invalid).
    pub fn color(&self, key: &str) -> Option<String> {
        self.style
            .color(key, self.theme)
            .map(|c| c.as_str().to_string())
    }

    /// Corner radius of rounded rectangles (mxRectangleShape / mxShape.getArcSize).
    pub fn rect_arc(&self, w: f64, h: f64) -> f64 {
        rect_radius(self.style, w, h)
    }

    /// Corner cut of rounded polygons (mxShape.addPoints with arcSize / 2, LINE_ARCSIZE 20).
    pub fn line_arc(&self) -> f64 {
        (self.num("arcSize", 20.0) / 2.0).max(0.0)
    }

    /// `dashPattern` in units of the stroke width (`Canvas::set_dashed_units`), at most 16 values.
    pub fn dash_units(&self) -> Vec<f64> {
        let units: Vec<f64> = self
            .style
            .str_or("dashPattern", "3 3")
            .split_whitespace()
            .filter_map(|p| p.parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v >= 0.0)
            .take(16)
            .collect();
        if units.is_empty() {
            vec![3.0, 3.0]
        } else {
            units
        }
    }

    /// The dash pattern of `c.setDashed(true)` inside a shape: dashPattern in stroke widths.
    pub fn dash_pattern(&self) -> String {
        let units = self.dash_units();
        units.iter().map(|v| num(v * self.sw)).collect::<Vec<_>>().join(" ")
    }
}

/// Degrees mxShape.getShapeRotation adds for `direction`.
pub fn direction_degrees(style: &Style) -> f64 {
    match style.str_or("direction", "east") {
        "south" => 90.0,
        "west" => 180.0,
        "north" => 270.0,
        _ => 0.0,
    }
}

/// Bounds a shape paints into: north/south swap width and height about the centre
/// (mxShape.isPaintBoundsInverted), the drawing is then turned by `direction_degrees`.
pub fn paint_bounds(style: &Style, b: &Rect) -> Rect {
    if matches!(style.str_or("direction", "east"), "north" | "south") {
        let t = (b.width - b.height) / 2.0;
        Rect::new(b.x + t, b.y - t, b.height, b.width)
    } else {
        *b
    }
}

/// Corner radius of a rounded rectangle (mxRectangleShape).
pub fn rect_radius(style: &Style, w: f64, h: f64) -> f64 {
    if style.flag("absoluteArcSize", false) {
        (w / 2.0)
            .min(h / 2.0)
            .min(style.num("arcSize", 20.0) / 2.0)
            .max(0.0)
    } else {
        let f = style.num("arcSize", 15.0) / 100.0;
        (w * f).min(h * f).max(0.0)
    }
}

/// Only images that cannot carry script into the page: raster/SVG data URIs and http(s) URLs.
pub fn safe_image_href(v: &str) -> Option<String> {
    let v = v.trim();
    let lower = v.get(..32.min(v.len()))?.to_ascii_lowercase();
    let ok_data = [
        "data:image/png",
        "data:image/jpeg",
        "data:image/jpg",
        "data:image/gif",
        "data:image/webp",
        "data:image/bmp",
        "data:image/svg+xml",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    if ok_data {
        // draw.io drops ";base64" because ";" separates style tokens (postProcessCellStyle).
        if let Some((head, data)) = v.split_once(',') {
            if !head.contains(";base64")
                && !head.starts_with("data:image/svg+xml")
                && !data.starts_with('<')
                && !data.starts_with("%3C")
            {
                return Some(format!("{};base64,{}", head, data));
            }
        }
        return Some(v.to_string());
    }
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Some(v.to_string());
    }
    None
}

fn image(out: &mut String, b: &Rect, href: &str, style: &Style) {
    let aspect = if style.flag("imageAspect", true) {
        "xMidYMid meet"
    } else {
        "none"
    };
    let _ = write!(
        out,
        "<image class=\"fl-image\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"{aspect}\" href=\"{}\"/>",
        num(b.x),
        num(b.y),
        num(b.width.max(0.0)),
        num(b.height.max(0.0)),
        esc_attr(href)
    );
}

/// Draws the vertex shape for `style.shape()` into `out`. Returns `Unknown` for shapes not supported.
pub fn draw_vertex(
    out: &mut String,
    b: &Rect,
    style: &Style,
    paint: &Paint,
    theme: &Theme,
    extra: &VertexExtra,
) -> Drawn {
    let shape = style.shape();
    if shape == "image" {
        return image_shape(out, b, style, theme);
    }
    let deg = direction_degrees(style);
    let pb = paint_bounds(style, b);
    let sh = Sh::new(style, theme, paint, extra.grid);
    let mut buf = String::new();
    {
        let mut c = Canvas::new(&mut buf, paint.clone());
        c.set_sketch(extra.sketch.clone());
        c.set_shadow(style.flag("shadow", false));
        // The shadow falls 2,3 down-right on the page whatever rotation, flip and direction do.
        let o = local_offset(
            SHADOW_DX,
            SHADOW_DY,
            style.num("rotation", 0.0),
            style.flag("flipH", false),
            style.flag("flipV", false),
        );
        c.set_shadow_offset(local_offset(o.x, o.y, deg, false, false));
        let (x, y, w, h) = (pb.x, pb.y, pb.width.max(0.0), pb.height.max(0.0));
        let known = general::paint(shape, &mut c, &sh, x, y, w, h)
            || basic::paint(shape, &mut c, &sh, x, y, w, h)
            || arrows::paint(shape, &mut c, &sh, x, y, w, h)
            || libs::paint(shape, &mut c, &sh, x, y, w, h)
            || rack::paint(shape, &mut c, &sh, x, y, w, h)
            || (cfg!(feature = "extended") && extended_paint(shape, &mut c, &sh, x, y, w, h));
        if !known {
            return Drawn::Unknown;
        }
    }
    if deg != 0.0 {
        let ctr = b.center();
        let _ = write!(
            out,
            "<g transform=\"rotate({} {} {})\">{}</g>",
            num(deg),
            num(ctr.x),
            num(ctr.y),
            buf
        );
    } else {
        out.push_str(&buf);
    }
    if matches!(shape, "" | "label") {
        label_icon(out, b, style);
    }
    Drawn::Ok
}

fn extended_paint(shape: &str, c: &mut Canvas, sh: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    mockup::paint(shape, c, sh, x, y, w, h)
        || ported::paint(shape, c, sh, x, y, w, h)
        || rack_legacy::paint(shape, c, sh, x, y, w, h)
}

/// Whether `extended_paint` is the family that draws this shape name.
pub fn is_extended_shape(shape: &str) -> bool {
    EXTENDED_SHAPES.binary_search(&shape).is_ok()
}

/// mxLabel: the icon (`image`) sits at imageAlign/imageVerticalAlign inside the box.
fn label_icon(out: &mut String, b: &Rect, style: &Style) {
    let Some(href) = style.get("image").and_then(safe_image_href) else {
        return;
    };
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    let iw = style.num("imageWidth", 24.0).clamp(0.0, STYLE_NUM_LIMIT);
    let ih = style.num("imageHeight", 24.0).clamp(0.0, STYLE_NUM_LIMIT);
    let sp = style
        .num("spacing", 2.0)
        .clamp(-STYLE_NUM_LIMIT, STYLE_NUM_LIMIT)
        + 5.0;
    let ix = match style.str_or("imageAlign", "left") {
        "center" => x + (w - iw) / 2.0,
        "right" => x + w - iw - sp,
        _ => x + sp,
    };
    let iy = match style.str_or("imageVerticalAlign", "middle") {
        "top" => y + sp,
        "bottom" => y + h - ih - sp,
        _ => y + (h - ih) / 2.0,
    };
    image(out, &Rect::new(ix, iy, iw, ih), &href, style);
}

/// mxImageShape: the picture, with imageBackground and imageBorder.
fn image_shape(out: &mut String, b: &Rect, style: &Style, theme: &Theme) -> Drawn {
    let (x, y, w, h) = (b.x, b.y, b.width.max(0.0), b.height.max(0.0));
    let Some(href) = style.get("image").and_then(safe_image_href) else {
        return Drawn::Unknown;
    };
    if let Some(bg) = style.color("imageBackground", theme) {
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
            num(x),
            num(y),
            num(w),
            num(h),
            bg.as_str()
        );
    }
    image(out, b, &href, style);
    if let Some(border) = style.color("imageBorder", theme) {
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{}\"/>",
            num(x),
            num(y),
            num(w),
            num(h),
            border.as_str()
        );
    }
    Drawn::Ok
}

/// A visible stand-in for a shape not drawn yet: dashed outline, light fill, and the shape's name.
pub fn placeholder(out: &mut String, b: &Rect, name: &str) {
    let short = name.rsplit('.').next().unwrap_or(name);
    let short: String = short.chars().take(40).collect();
    let _ = write!(
        out,
        "<rect class=\"fl-placeholder\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#ff8c00\" fill-opacity=\"0.12\" stroke=\"#ff8c00\" stroke-dasharray=\"4 2\"/>",
        num(b.x),
        num(b.y),
        num(b.width.max(0.0)),
        num(b.height.max(0.0))
    );
    if b.width >= 16.0 && b.height >= 10.0 {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"9\" fill=\"#b35c00\" text-anchor=\"middle\">{}</text>",
            num(b.x + b.width / 2.0),
            num(b.y + 10.0),
            super::svg::esc_text(&short)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_hrefs_are_whitelisted() {
        assert_eq!(
            safe_image_href("data:image/png,iVBOR").as_deref(),
            Some("data:image/png;base64,iVBOR")
        );
        assert_eq!(
            safe_image_href("data:image/png;base64,iVBOR").as_deref(),
            Some("data:image/png;base64,iVBOR")
        );
        assert!(safe_image_href("data:image/svg+xml,%3Csvg")
            .unwrap()
            .starts_with("data:image/svg+xml,%3C"));
        assert!(safe_image_href("javascript:alert(1)").is_none());
        assert!(safe_image_href("data:text/html,<script>").is_none());
        assert!(safe_image_href("img/lib/azure2/x.svg").is_none());
        assert!(safe_image_href("https://example.com/a.png").is_some());
    }

    #[test]
    fn rounded_rect_radius_rules() {
        let s = Style::parse_raw("rounded=1");
        assert!((rect_radius(&s, 120.0, 60.0) - 9.0).abs() < 1e-9);
        let a = Style::parse_raw("rounded=1;absoluteArcSize=1;arcSize=24");
        assert!((rect_radius(&a, 120.0, 60.0) - 12.0).abs() < 1e-9);
    }

    #[test]
    fn unknown_shapes_are_reported() {
        let mut out = String::new();
        let s = Style::parse_raw("shape=mxgraph.aws4.lambda");
        let p = Paint::from_style(&s, &Theme::light(), None);
        assert!(matches!(
            draw_vertex(
                &mut out,
                &Rect::new(0.0, 0.0, 10.0, 10.0),
                &s,
                &p,
                &Theme::light(),
                &VertexExtra::default()
            ),
            Drawn::Unknown
        ));
        assert!(out.is_empty());
    }

    #[test]
    fn extended_shapes_are_the_names_the_extended_families_draw() {
        // build.rs reads them from the dispatch of mockup/* and ported.rs.
        assert!(EXTENDED_SHAPES.len() > 200 && EXTENDED_SHAPES.windows(2).all(|w| w[0] < w[1]));
        let theme = Theme::light();
        for name in EXTENDED_SHAPES {
            let s = Style::parse_raw(&format!("shape={name};fillColor=#ffffff;strokeColor=#000000"));
            let p = Paint::from_style(&s, &theme, None);
            let sh = Sh::new(&s, &theme, &p, None);
            let mut buf = String::new();
            let mut c = Canvas::new(&mut buf, p.clone());
            assert!(extended_paint(name, &mut c, &sh, 0.0, 0.0, 120.0, 80.0), "{name} is drawn by mockup/ported");
            assert!(is_extended_shape(name));
            // The common code comes first; a name it draws too would be dead generated code that
            // makes the panel load the extended module for nothing.
            let mut c = Canvas::new(&mut buf, p.clone());
            let (x, y, w, h) = (0.0, 0.0, 120.0, 80.0);
            let common = general::paint(name, &mut c, &sh, x, y, w, h)
                || basic::paint(name, &mut c, &sh, x, y, w, h)
                || arrows::paint(name, &mut c, &sh, x, y, w, h)
                || libs::paint(name, &mut c, &sh, x, y, w, h)
                || rack::paint(name, &mut c, &sh, x, y, w, h);
            assert!(!common, "{name} is drawn by the common code too");
        }
        assert!(!is_extended_shape("rectangle") && !is_extended_shape("mxgraph.aws4.resourceIcon"));
    }

    /// Every shape name this module draws.
    const ALL: &[&str] = &[
        "",
        "label",
        "rectangle",
        "ellipse",
        "doubleEllipse",
        "rhombus",
        "triangle",
        "hexagon",
        "cylinder",
        "cloud",
        "actor",
        "line",
        "swimlane",
        "table",
        "tableRow",
        "partialRectangle",
        "cube",
        "isoRectangle",
        "isoCube",
        "isoCube2",
        "waypoint",
        "datastore",
        "note",
        "note2",
        "cylinder2",
        "cylinder3",
        "switch",
        "folder",
        "umlState",
        "card",
        "tape",
        "document",
        "parallelogram",
        "trapezoid",
        "curlyBracket",
        "parallelMarker",
        "process",
        "transparent",
        "callout",
        "step",
        "plus",
        "ext",
        "message",
        "umlActor",
        "umlBoundary",
        "umlEntity",
        "umlDestroy",
        "umlControl",
        "umlLifeline",
        "umlFrame",
        "lollipop",
        "requires",
        "requiredInterface",
        "providedRequiredInterface",
        "module",
        "component",
        "associativeEntity",
        "endState",
        "startState",
        "manualInput",
        "internalStorage",
        "corner",
        "crossbar",
        "tee",
        "singleArrow",
        "doubleArrow",
        "dataStorage",
        "or",
        "xor",
        "loopLimit",
        "offPageConnector",
        "tapeData",
        "orEllipse",
        "sumEllipse",
        "sortShape",
        "collate",
        "dimension",
        "lineEllipse",
        "delay",
        "cross",
        "display",
        "mxgraph.flowchart.document2",
        "mxgraph.er.rrect",
        "mxgraph.basic.rect",
        "mxgraph.basic.octagon2",
        "mxgraph.basic.donut",
        "mxgraph.basic.pie",
        "mxgraph.basic.polygon",
        "mxgraph.basic.patternFillRect",
        "mxgraph.arrows2.arrow",
        "mxgraph.arrows2.uTurnArrow",
        "mxgraph.arrows2.jumpInArrow",
        "mxgraph.bpmn.shape",
        "mxgraph.eip.messageChannel",
        "mxgraph.rackGeneral.horRoutingBank",
        "mxgraph.rackGeneral.rackNumbering",
    ];

    /// mxRackRackNumbering in draw.io 14.6: 42 units of 14.8 px by default whatever the cell's
    /// height, "1" at the bottom unless `numDir=ascend`, centred three text sizes left of the frame.
    #[test]
    fn legacy_rack_numbering_counts_units_from_the_bottom() {
        let draw = |style: &str| {
            let s = Style::parse_raw(&format!("shape=mxgraph.rackGeneral.rackNumbering;fillColor=#ffffff;strokeColor=#000000;{style}"));
            let p = Paint::from_style(&s, &Theme::light(), None);
            let mut out = String::new();
            let drawn = draw_vertex(&mut out, &Rect::new(0.0, 0.0, 200.0, 100.0), &s, &p, &Theme::light(), &VertexExtra::default());
            assert!(matches!(drawn, Drawn::Ok));
            out
        };
        let texts = |svg: &str| -> Vec<(f64, String)> {
            svg.split("<text").skip(1).map(|t| {
                let y = t.split(" y=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
                let body = t.split('>').nth(1).unwrap().split('<').next().unwrap().to_string();
                (y, body)
            }).collect()
        };
        let d = draw("");
        // The frame: 36 px in, 160.9 wide, 42 × 14.8 tall (the 100 px cell height is ignored).
        assert!(d.contains("M36 0 L196.9 0 L196.9 621.6 L36 621.6 Z") || d.contains("x=\"36\" y=\"0\" width=\"160.9\" height=\"621.6\""), "{d}");
        let t = texts(&d);
        assert_eq!(t.len(), 42);
        let one = t.iter().find(|(_, s)| s == "1").unwrap().0;
        let top = t.iter().find(|(_, s)| s == "42").unwrap().0;
        assert!(one > top, "descending: 1 is at the bottom ({one} vs {top})");
        let a = texts(&draw("numDir=ascend;unitNum=3;textSize=10"));
        assert_eq!(a.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>(), ["1", "2", "3"]);
        assert!(a[0].0 < a[2].0, "ascending: 1 at the top");
    }

    #[test]
    fn no_shape_panics_or_leaks_non_finite_numbers() {
        let hostile = [
            "",
            "size=1e308;dx=-1e308;dy=1e308;arcSize=1e308;rounded=1;startSize=-1e308;strokeWidth=1e308",
            "size=NaN;dx=inf;rounded=1;absoluteArcSize=1;arcSize=-5;fixedSize=1;direction=north;rotation=1e308;flipH=1",
            "direction=south;shadow=1;glass=1;double=1;margin=1e308;participant=umlActor;polyCoords=[[1e308,-1e308]];fillStyle=grid;step=1e-300",
            "tabWidth=-1;tabHeight=1e9;jettyWidth=-1e9;startAngle=5;endAngle=-5;arcWidth=9;isoAngle=-9;outline=end;symbol=terminate;background=gateway",
            "unitNum=1e308;unitHeight=1e308;textSize=-1e308;numDir=ascend",
        ];
        let bounds = [
            Rect::new(0.0, 0.0, 120.0, 80.0),
            Rect::new(0.0, 0.0, 0.0, 0.0),
            Rect::new(-5.0, -5.0, -10.0, -20.0),
            Rect::new(1e7, -1e7, 1e7, 1e-9),
        ];
        let grid = TableGrid {
            row_tops: vec![1e9, -1e9],
            col_lefts: vec![f64::MAX],
        };
        for name in ALL {
            for h in hostile {
                let s = Style::parse_raw(&format!(
                    "shape={name};fillColor=#ffffff;strokeColor=#000000;{h}"
                ));
                let p = Paint::from_style(&s, &Theme::light(), None);
                for b in &bounds {
                    let mut out = String::new();
                    let drawn = draw_vertex(
                        &mut out,
                        b,
                        &s,
                        &p,
                        &Theme::light(),
                        &VertexExtra { grid: Some(&grid), sketch: None },
                    );
                    assert!(
                        !out.contains("NaN") && !out.contains("inf"),
                        "{name} {h}: {out}"
                    );
                    assert!(out.len() < 2_000_000, "{name} {h}: {} bytes", out.len());
                    if h.is_empty() && b.width > 0.0 {
                        assert!(matches!(drawn, Drawn::Ok), "{name} is drawn");
                    }
                }
            }
        }
    }
}
