//! The stylesheet: draw.io's default vertex/edge styles and named styles
//! (styles/default.xml of the current draw.io theme, where colours are `default`).

use super::Style;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct Stylesheet {
    default_vertex: Style,
    default_edge: Style,
    named: HashMap<&'static str, Style>,
}

/// (name, extends, key/value pairs). Values written as in draw.io's current default theme.
const NAMED: &[(&str, Option<&str>, &[(&str, &str)])] = &[
    (
        "text",
        None,
        &[
            ("fillColor", "none"),
            ("gradientColor", "none"),
            ("strokeColor", "none"),
            ("align", "left"),
            ("verticalAlign", "top"),
        ],
    ),
    (
        "edgeLabel",
        Some("text"),
        &[("labelBackgroundColor", "default"), ("fontSize", "11")],
    ),
    (
        "label",
        None,
        &[
            ("fontStyle", "1"),
            ("align", "left"),
            ("verticalAlign", "middle"),
            ("spacing", "2"),
            ("spacingLeft", "52"),
            ("imageWidth", "42"),
            ("imageHeight", "42"),
            ("rounded", "1"),
        ],
    ),
    (
        "icon",
        Some("label"),
        &[
            ("align", "center"),
            ("imageAlign", "center"),
            ("verticalLabelPosition", "bottom"),
            ("verticalAlign", "top"),
            ("labelBackgroundColor", "default"),
            ("spacing", "0"),
            ("spacingLeft", "0"),
            ("spacingTop", "6"),
            ("fontStyle", "0"),
            ("imageWidth", "48"),
            ("imageHeight", "48"),
        ],
    ),
    (
        "swimlane",
        None,
        &[
            ("shape", "swimlane"),
            ("fontSize", "12"),
            ("fontStyle", "1"),
            ("startSize", "23"),
        ],
    ),
    (
        "group",
        None,
        &[
            ("verticalAlign", "top"),
            ("fillColor", "none"),
            ("strokeColor", "none"),
            ("gradientColor", "none"),
            ("pointerEvents", "0"),
        ],
    ),
    (
        "ellipse",
        None,
        &[("shape", "ellipse"), ("perimeter", "ellipsePerimeter")],
    ),
    (
        "rhombus",
        None,
        &[("shape", "rhombus"), ("perimeter", "rhombusPerimeter")],
    ),
    (
        "triangle",
        None,
        &[("shape", "triangle"), ("perimeter", "trianglePerimeter")],
    ),
    (
        "line",
        None,
        &[
            ("shape", "line"),
            ("strokeWidth", "4"),
            ("labelBackgroundColor", "default"),
            ("verticalAlign", "top"),
            ("spacingTop", "8"),
        ],
    ),
    (
        "image",
        None,
        &[
            ("shape", "image"),
            ("labelBackgroundColor", "default"),
            ("verticalAlign", "top"),
            ("verticalLabelPosition", "bottom"),
        ],
    ),
    (
        "roundImage",
        Some("image"),
        &[("perimeter", "ellipsePerimeter")],
    ),
    (
        "rhombusImage",
        Some("image"),
        &[("perimeter", "rhombusPerimeter")],
    ),
    (
        "arrow",
        None,
        &[
            ("shape", "arrow"),
            ("edgeStyle", "none"),
            ("fillColor", "default"),
        ],
    ),
    ("fancy", None, &[("shadow", "1"), ("glass", "1")]),
    (
        "gray",
        Some("fancy"),
        &[
            ("gradientColor", "#B3B3B3"),
            ("fillColor", "#F5F5F5"),
            ("strokeColor", "#666666"),
        ],
    ),
    (
        "blue",
        Some("fancy"),
        &[
            ("gradientColor", "#7EA6E0"),
            ("fillColor", "#DAE8FC"),
            ("strokeColor", "#6C8EBF"),
        ],
    ),
    (
        "green",
        Some("fancy"),
        &[
            ("gradientColor", "#97D077"),
            ("fillColor", "#D5E8D4"),
            ("strokeColor", "#82B366"),
        ],
    ),
    (
        "turquoise",
        Some("fancy"),
        &[
            ("gradientColor", "#67AB9F"),
            ("fillColor", "#D5E8D4"),
            ("strokeColor", "#6A9153"),
        ],
    ),
    (
        "yellow",
        Some("fancy"),
        &[
            ("gradientColor", "#FFD966"),
            ("fillColor", "#FFF2CC"),
            ("strokeColor", "#D6B656"),
        ],
    ),
    (
        "orange",
        Some("fancy"),
        &[
            ("gradientColor", "#FFA500"),
            ("fillColor", "#FFCD28"),
            ("strokeColor", "#D79B00"),
        ],
    ),
    (
        "red",
        Some("fancy"),
        &[
            ("gradientColor", "#EA6B66"),
            ("fillColor", "#F8CECC"),
            ("strokeColor", "#B85450"),
        ],
    ),
    (
        "pink",
        Some("fancy"),
        &[
            ("gradientColor", "#B5739D"),
            ("fillColor", "#E6D0DE"),
            ("strokeColor", "#996185"),
        ],
    ),
    (
        "purple",
        Some("fancy"),
        &[
            ("gradientColor", "#8C6C9C"),
            ("fillColor", "#E1D5E7"),
            ("strokeColor", "#9673A6"),
        ],
    ),
    (
        "plain-gray",
        None,
        &[
            ("gradientColor", "#B3B3B3"),
            ("fillColor", "#F5F5F5"),
            ("strokeColor", "#666666"),
        ],
    ),
    (
        "plain-blue",
        None,
        &[
            ("gradientColor", "#7EA6E0"),
            ("fillColor", "#DAE8FC"),
            ("strokeColor", "#6C8EBF"),
        ],
    ),
    (
        "plain-green",
        None,
        &[
            ("gradientColor", "#97D077"),
            ("fillColor", "#D5E8D4"),
            ("strokeColor", "#82B366"),
        ],
    ),
    (
        "plain-turquoise",
        None,
        &[
            ("gradientColor", "#67AB9F"),
            ("fillColor", "#D5E8D4"),
            ("strokeColor", "#6A9153"),
        ],
    ),
    (
        "plain-yellow",
        None,
        &[
            ("gradientColor", "#FFD966"),
            ("fillColor", "#FFF2CC"),
            ("strokeColor", "#D6B656"),
        ],
    ),
    (
        "plain-orange",
        None,
        &[
            ("gradientColor", "#FFA500"),
            ("fillColor", "#FFCD28"),
            ("strokeColor", "#D79B00"),
        ],
    ),
    (
        "plain-red",
        None,
        &[
            ("gradientColor", "#EA6B66"),
            ("fillColor", "#F8CECC"),
            ("strokeColor", "#B85450"),
        ],
    ),
    (
        "plain-pink",
        None,
        &[
            ("gradientColor", "#B5739D"),
            ("fillColor", "#E6D0DE"),
            ("strokeColor", "#996185"),
        ],
    ),
    (
        "plain-purple",
        None,
        &[
            ("gradientColor", "#8C6C9C"),
            ("fillColor", "#E1D5E7"),
            ("strokeColor", "#9673A6"),
        ],
    ),
];

const DEFAULT_VERTEX: &[(&str, &str)] = &[
    ("shape", "label"),
    ("perimeter", "rectanglePerimeter"),
    ("fontSize", "12"),
    ("fontFamily", "Helvetica"),
    ("align", "center"),
    ("verticalAlign", "middle"),
    ("fillColor", "default"),
    ("strokeColor", "default"),
    ("fontColor", "default"),
];

const DEFAULT_EDGE: &[(&str, &str)] = &[
    ("shape", "connector"),
    ("labelBackgroundColor", "default"),
    ("endArrow", "classic"),
    ("fontSize", "11"),
    ("fontFamily", "Helvetica"),
    ("align", "center"),
    ("verticalAlign", "middle"),
    ("rounded", "1"),
    ("strokeColor", "default"),
    ("fontColor", "default"),
];

fn from_pairs(pairs: &[(&str, &str)]) -> Style {
    let mut s = Style::new();
    for (k, v) in pairs {
        s.set(k, v);
    }
    s
}

impl Default for Stylesheet {
    fn default() -> Self {
        let mut named: HashMap<&'static str, Style> = HashMap::new();
        for (name, extends, pairs) in NAMED {
            // `extend` copies the parent first (mxStylesheetCodec); parents come earlier in the table.
            let mut s = extends
                .and_then(|p| named.get(p).cloned())
                .unwrap_or_default();
            for (k, v) in pairs.iter() {
                s.set(k, v);
            }
            named.insert(name, s);
        }
        Stylesheet {
            default_vertex: from_pairs(DEFAULT_VERTEX),
            default_edge: from_pairs(DEFAULT_EDGE),
            named,
        }
    }
}

impl Stylesheet {
    pub fn named(&self, name: &str) -> Option<&Style> {
        self.named.get(name)
    }

    /// Resolve a cell's style string against the stylesheet (mxStylesheet.getCellStyle).
    pub fn resolve(&self, style: &str, is_edge: bool) -> Style {
        let base = if is_edge {
            &self.default_edge
        } else {
            &self.default_vertex
        };
        let mut out = if style.starts_with(';') {
            Style::new()
        } else {
            base.clone()
        };
        for tok in style.split(';') {
            if tok.is_empty() {
                continue;
            }
            match tok.split_once('=') {
                Some((k, v)) => {
                    if v == "none" {
                        out.remove(k);
                    } else {
                        out.set(k, v);
                    }
                }
                None => {
                    if let Some(named) = self.named.get(tok) {
                        for (k, v) in named.iter() {
                            out.set(k, v);
                        }
                    }
                }
            }
        }
        out
    }
}
