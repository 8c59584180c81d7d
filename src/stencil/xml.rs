//! Stencil XML (mxGraph's stencil language) → `Stencil`. Used by the pack builder for draw.io's
//! library files and at render time for inline `shape=stencil(...)` styles, whose XML is untrusted:
//! the element count and nesting depth are bounded, text content is never evaluated
//! (mxStencil.allowEval is off in draw.io's viewer too), and unknown elements are skipped.

use super::model::{Op, Seg, Stencil, StrokeWidth, Text};
use crate::decode::xml::{attributes, element_name};
use quick_xml::events::Event;
use quick_xml::Reader;

/// Limits for one parse.
#[derive(Debug, Clone, Copy)]
pub struct XmlLimits {
    pub max_elements: usize,
    pub max_depth: usize,
}

impl XmlLimits {
    /// For a single inline stencil from a diagram.
    pub const INLINE: XmlLimits = XmlLimits {
        max_elements: 100_000,
        max_depth: 32,
    };
    /// For draw.io's library files at build time (the largest holds about 400k elements).
    pub const LIBRARY: XmlLimits = XmlLimits {
        max_elements: 5_000_000,
        max_depth: 64,
    };
}

/// A tiny element tree: names, attributes and child elements (text is ignored).
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<El>,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    /// JavaScript `Number(getAttribute(name))` for well-formed input; missing or junk gives 0
    /// (draw.io would write NaN into the path, which drops the rest of it).
    fn num(&self, name: &str) -> f64 {
        self.attr(name)
            .and_then(|v| {
                let t = v.trim();
                if t.is_empty() {
                    Some(0.0)
                } else {
                    t.parse::<f64>().ok()
                }
            })
            .filter(|v| v.is_finite())
            .unwrap_or(0.0)
    }
    fn str(&self, name: &str) -> String {
        self.attr(name).unwrap_or("").to_string()
    }
    fn flag(&self, name: &str) -> bool {
        self.attr(name) == Some("1")
    }
    /// First descendant of that name in document order (`getElementsByTagName(name)[0]`).
    fn first_descendant(&self, name: &str) -> Option<&El> {
        for c in &self.children {
            if c.name == name {
                return Some(c);
            }
            if let Some(d) = c.first_descendant(name) {
                return Some(d);
            }
        }
        None
    }
}

fn parse_tree(xml: &str, limits: XmlLimits) -> Result<El, String> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<El> = vec![El::default()];
    let mut count = 0usize;
    loop {
        let (start, empty) = match reader
            .read_event()
            .map_err(|e| format!("malformed stencil XML: {}", e))?
        {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                close(&mut stack)?;
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        count += 1;
        if count > limits.max_elements {
            return Err(format!(
                "stencil XML has more than {} elements",
                limits.max_elements
            ));
        }
        stack.push(El {
            name: element_name(&start),
            attrs: attributes(&start)?,
            children: Vec::new(),
        });
        if stack.len() > limits.max_depth + 1 {
            return Err(format!(
                "stencil XML is nested deeper than {} levels",
                limits.max_depth
            ));
        }
        if empty {
            close(&mut stack)?;
        }
    }
    if stack.len() != 1 {
        return Err("malformed stencil XML: unclosed element".into());
    }
    let mut root = stack.pop().unwrap_or_default();
    root.children
        .pop()
        .ok_or_else(|| "stencil XML has no element".to_string())
}

fn close(stack: &mut Vec<El>) -> Result<(), String> {
    if stack.len() < 2 {
        return Err("malformed stencil XML: unexpected closing tag".into());
    }
    let el = stack.pop().unwrap_or_default();
    if let Some(parent) = stack.last_mut() {
        parent.children.push(el);
    }
    Ok(())
}

fn seg(el: &El) -> Option<Seg> {
    Some(match el.name.as_str() {
        "move" => Seg::Move(el.num("x"), el.num("y")),
        "line" => Seg::Line(el.num("x"), el.num("y")),
        "quad" => Seg::Quad(el.num("x1"), el.num("y1"), el.num("x2"), el.num("y2")),
        "curve" => Seg::Curve(
            el.num("x1"),
            el.num("y1"),
            el.num("x2"),
            el.num("y2"),
            el.num("x3"),
            el.num("y3"),
        ),
        "arc" => Seg::Arc {
            rx: el.num("rx"),
            ry: el.num("ry"),
            rotation: el.num("x-axis-rotation"),
            large: el.num("large-arc-flag") != 0.0,
            sweep: el.num("sweep-flag") != 0.0,
            x: el.num("x"),
            y: el.num("y"),
        },
        "close" => Seg::Close,
        _ => return None,
    })
}

fn op(el: &El) -> Option<Op> {
    if let Some(s) = seg(el) {
        return Some(Op::Seg(s));
    }
    let rect = || (el.num("x"), el.num("y"), el.num("w"), el.num("h"));
    Some(match el.name.as_str() {
        "save" => Op::Save,
        "restore" => Op::Restore,
        "path" => Op::Path {
            segs: el.children.iter().filter_map(seg).collect(),
            rounded: el.flag("rounded").then(|| el.num("arcSize")),
        },
        "rect" => {
            let (x, y, w, h) = rect();
            Op::Rect { x, y, w, h }
        }
        "roundrect" => {
            let (x, y, w, h) = rect();
            Op::RoundRect {
                x,
                y,
                w,
                h,
                arcsize: el.num("arcsize"),
            }
        }
        "ellipse" => {
            let (x, y, w, h) = rect();
            Op::Ellipse { x, y, w, h }
        }
        "image" => {
            let (x, y, w, h) = rect();
            Op::Image {
                x,
                y,
                w,
                h,
                src: el.str("src"),
                flip_h: el.flag("flipH"),
                flip_v: el.flag("flipV"),
            }
        }
        "text" => Op::Text(Box::new(Text {
            x: el.num("x"),
            y: el.num("y"),
            str: el.str("str"),
            align: el.attr("align").unwrap_or("left").to_string(),
            valign: el.attr("valign").unwrap_or("top").to_string(),
            vertical: el.flag("vertical"),
            align_shape: el.attr("align-shape") != Some("0"),
            rotation: el.num("rotation"),
        })),
        "include-shape" => {
            let (x, y, w, h) = rect();
            Op::IncludeShape {
                name: el.str("name"),
                x,
                y,
                w,
                h,
            }
        }
        "fill" => Op::Fill,
        "stroke" => Op::Stroke,
        "fillstroke" => Op::FillStroke,
        "strokewidth" => Op::StrokeWidth {
            width: el.num("width"),
            fixed: el.flag("fixed"),
        },
        "dashed" => Op::Dashed(el.flag("dashed")),
        "dashpattern" => Op::DashPattern(
            el.attr("pattern")
                .unwrap_or("")
                .split(' ')
                .filter(|p| !p.is_empty())
                .take(32)
                .map(|p| {
                    p.parse::<f64>()
                        .ok()
                        .filter(|v| v.is_finite())
                        .unwrap_or(0.0)
                })
                .collect(),
        ),
        "strokecolor" => Op::StrokeColor(el.str("color")),
        "fillcolor" => Op::FillColor(el.str("color")),
        "fontcolor" => Op::FontColor(el.str("color")),
        "linecap" => Op::LineCap(el.str("cap")),
        "linejoin" => Op::LineJoin(el.str("join")),
        "miterlimit" => Op::MiterLimit(el.num("limit")),
        "alpha" => Op::Alpha(el.num("alpha")),
        "fillalpha" => Op::FillAlpha(el.num("alpha")),
        "strokealpha" => Op::StrokeAlpha(el.num("alpha")),
        "fontstyle" => Op::FontStyle(el.num("style").clamp(0.0, 255.0) as u32),
        "fontfamily" => Op::FontFamily(el.str("family")),
        "fontsize" => Op::FontSize(el.num("size")),
        _ => return None,
    })
}

fn section(shape: &El, name: &str) -> Vec<Op> {
    shape
        .first_descendant(name)
        .map(|s| s.children.iter().filter_map(op).collect())
        .unwrap_or_default()
}

fn stencil(shape: &El) -> Stencil {
    // `Number(w || 100)`; a zero or junk size would divide by zero, so it falls back to 100 too.
    let size = |k: &str| {
        shape
            .attr(k)
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v > 0.0)
            .unwrap_or(100.0)
    };
    let stroke_width = match shape.attr("strokewidth") {
        Some("inherit") => StrokeWidth::Inherit,
        Some(v) => StrokeWidth::Factor(
            v.trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .unwrap_or(1.0),
        ),
        None => StrokeWidth::Factor(1.0),
    };
    Stencil {
        w: size("w"),
        h: size("h"),
        fixed_aspect: shape.attr("aspect") == Some("fixed"),
        stroke_width,
        background: section(shape, "background"),
        foreground: section(shape, "foreground"),
    }
}

/// One `<shape>` description (an inline stencil).
pub fn parse_shape(xml: &str, limits: XmlLimits) -> Result<Stencil, String> {
    let root = parse_tree(xml, limits)?;
    if root.name != "shape" {
        return Err(format!(
            "stencil XML starts with <{}>, not <shape>",
            root.name
        ));
    }
    Ok(stencil(&root))
}

/// A library file (`<shapes name="mxgraph.aws4">` or `<stencils><shapes>…`) → (registry name,
/// stencil) pairs, named as mxStencilRegistry.parseStencilSet does: lower-case package name, a dot,
/// and the shape name lower-cased with spaces turned into underscores.
pub fn parse_library(xml: &str, limits: XmlLimits) -> Result<Vec<(String, Stencil)>, String> {
    let root = parse_tree(xml, limits)?;
    let mut out = Vec::new();
    let sets: Vec<&El> = if root.name == "stencils" {
        root.children
            .iter()
            .filter(|c| c.name == "shapes")
            .collect()
    } else {
        vec![&root]
    };
    for set in sets {
        let package = set
            .attr("name")
            .map(|n| format!("{}.", n))
            .unwrap_or_default()
            .to_lowercase();
        for shape in &set.children {
            if let Some(name) = shape.attr("name") {
                out.push((
                    format!("{}{}", package, name.replace(' ', "_").to_lowercase()),
                    stencil(shape),
                ));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_library() {
        let xml = r##"<shapes name="mxgraph.Test">
            <shape aspect="fixed" h="48" name="Lambda Function" strokewidth="inherit" w="24">
              <connections><constraint x="0" y="0" perimeter="0"/></connections>
              <background><path><move x="1" y="2"/><line x="3" y="4"/><close/></path></background>
              <foreground><fillstroke/><fillcolor color="#fff"/><rect x="0" y="0" w="24" h="48"/><fill/></foreground>
            </shape>
            <shape name="plain"><foreground><ellipse x="0" y="0" w="100" h="100"/><stroke/></foreground></shape>
        </shapes>"##;
        let lib = parse_library(xml, XmlLimits::LIBRARY).unwrap();
        assert_eq!(lib.len(), 2);
        assert_eq!(lib[0].0, "mxgraph.test.lambda_function");
        let s = &lib[0].1;
        assert_eq!(
            (s.w, s.h, s.fixed_aspect, s.stroke_width),
            (24.0, 48.0, true, StrokeWidth::Inherit)
        );
        assert_eq!(
            s.background,
            vec![Op::Path {
                segs: vec![Seg::Move(1.0, 2.0), Seg::Line(3.0, 4.0), Seg::Close],
                rounded: None
            }]
        );
        assert_eq!(s.foreground.len(), 4);
        assert_eq!(lib[1].1.w, 100.0);
        assert_eq!(lib[1].1.stroke_width, StrokeWidth::Factor(1.0));
    }

    #[test]
    fn rejects_hostile_input() {
        let deep = "<shape>".repeat(100) + &"</shape>".repeat(100);
        assert!(parse_shape(&deep, XmlLimits::INLINE).is_err());
        let many = format!(
            "<shape><foreground>{}</foreground></shape>",
            "<fill/>".repeat(100_001)
        );
        assert!(parse_shape(&many, XmlLimits::INLINE).is_err());
        assert!(parse_shape("<shape><foreground>", XmlLimits::INLINE).is_err());
        assert!(parse_shape("<svg/>", XmlLimits::INLINE).is_err());
        assert!(parse_shape("", XmlLimits::INLINE).is_err());
        // Script-looking text content is ignored, never evaluated.
        let s = parse_shape("<shape w='0' h='abc'><foreground><text>function(){alert(1)}</text></foreground></shape>", XmlLimits::INLINE).unwrap();
        assert_eq!((s.w, s.h), (100.0, 100.0));
    }
}
