//! The safe HTML subset of draw.io labels → paragraphs of styled text.
//!
//! Only text and a whitelisted set of presentational properties survive: tags become styles,
//! attributes other than `style`/`color`/`size`/`face`/`align` (and the layout attributes of
//! tables: `border`, `cellpadding`, `cellspacing`, `width`, `height`, `bgcolor`, `colspan`,
//! `valign`) are never read, colours pass
//! through [`Color::parse`], numbers are parsed, font names are filtered. Unknown tags are dropped
//! with their text kept; the content of script-like elements is dropped entirely.

use super::entities;
use super::Font;
use crate::style::{Color, Theme};

/// Longest label text read, in characters; the rest is cut and marked with "…".
pub const MAX_LABEL_CHARS: usize = 10_000;
/// Deepest element nesting followed; deeper tags are ignored (their text is kept).
const MAX_DEPTH: usize = 128;
/// HTML tables are laid out by the extended drawing module only (render::needs_extended asks for
/// it when an HTML label has one): the table code is ~10 KB of the common module's gzipped size,
/// whose budget it broke. Without the feature a table reads as its text, as before tables were
/// laid out.
pub const TABLES: bool = cfg!(feature = "extended");

/// Deepest table nesting laid out as tables.
const MAX_TABLE_DEPTH: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

impl Align {
    pub fn parse(v: &str) -> Option<Align> {
        match v.trim().to_ascii_lowercase().as_str() {
            "left" | "start" | "justify" => Some(Align::Left),
            "center" | "middle" => Some(Align::Center),
            "right" | "end" => Some(Align::Right),
            _ => None,
        }
    }
}

/// CSS line-height as inherited: a factor of the font size, or absolute px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LineHeight {
    Normal,
    Factor(f64),
    Px(f64),
}

/// Style of a run of text.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanStyle {
    pub font: Font,
    pub underline: bool,
    pub strike: bool,
    /// `None` = the label's colour (inherit).
    pub color: Option<Color>,
    pub background: Option<Color>,
    /// Baseline shift in px, positive downwards (sub/sup).
    pub shift: f64,
    pub line_height: LineHeight,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Text with whitespace not yet collapsed.
    Text(String, SpanStyle),
    /// `<br>` (or a newline in a plain or `pre` label).
    Break,
}

/// A run of inline content in one block: the unit of line breaking.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub inlines: Vec<Inline>,
    /// Inherited `text-align`; `None` = the label's `align`.
    pub align: Option<Align>,
    /// Left indent in px (lists, blockquote).
    pub indent: f64,
    /// Collapsed vertical margin before this paragraph, px.
    pub margin_before: f64,
    /// The block's own font and line height: the strut every line box contains.
    pub strut: SpanStyle,
    /// List marker text drawn left of the first line.
    pub marker: Option<String>,
    /// A horizontal rule (`<hr>`) instead of text: its height in px (Blink: 2, the top and bottom
    /// border; `size="1"` drops the bottom border: 1; `size="n"`: n).
    pub rule: Option<f64>,
    /// Whitespace is kept as written (`<pre>`, or plain labels).
    pub preserve: bool,
    /// An HTML table instead of text (draw.io's Misc palette draws tables this way).
    pub table: Option<Box<Table>>,
}

/// A CSS/HTML length that may be relative to the containing block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    Px(f64),
    Percent(f64),
}

impl Length {
    fn parse(v: &str, font_size: f64) -> Option<Length> {
        let v = v.trim();
        match v.strip_suffix('%') {
            Some(p) => p
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|p| p.is_finite() && *p >= 0.0)
                .map(|p| Length::Percent(p.min(1000.0))),
            None => css_length(v, font_size)
                .filter(|px| *px >= 0.0)
                .map(|px| Length::Px(px.min(100_000.0))),
        }
    }

    /// px, given what a percentage is of (`None`: percentages do not apply).
    pub fn resolve(self, of: Option<f64>) -> Option<f64> {
        match self {
            Length::Px(px) => Some(px),
            Length::Percent(p) => of.map(|w| w * p / 100.0),
        }
    }
}

/// Where a table cell's content sits in its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellAlign {
    Top,
    Middle,
    Bottom,
}

/// A table cell: its own paragraphs and box.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub doc: Doc,
    pub colspan: usize,
    pub width: Option<Length>,
    pub background: Option<Color>,
    /// Border width px and colour (`None` = the text colour, CSS's currentColor).
    pub border: f64,
    pub border_color: Option<Color>,
    pub valign: CellAlign,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub background: Option<Color>,
    /// The row's own border colour (CSS on `<tr>`), which collapsed cell borders take.
    pub border_color: Option<Color>,
}

/// An HTML table: the attributes of `<table>` that decide its layout, and its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub rows: Vec<Row>,
    pub width: Option<Length>,
    pub height: Option<Length>,
    /// The table's own border (the `border` attribute or CSS), px, and its colour.
    pub border: f64,
    pub border_color: Option<Color>,
    /// `cellpadding` (1 by default).
    pub padding: f64,
    /// `cellspacing` / `border-spacing` (2 by default; none when borders collapse).
    pub spacing: f64,
    pub collapse: bool,
    pub background: Option<Color>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Doc {
    pub paras: Vec<Para>,
    /// Block backgrounds, outermost first.
    pub bands: Vec<Band>,
    /// Margin after the last paragraph, px.
    pub margin_after: f64,
    pub truncated: bool,
}

/// A block's background (`<div style="background:…">`): as wide as the label from the block's
/// left edge, from its first paragraph `first` to before `end`, padding included.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub first: usize,
    pub end: usize,
    pub color: Color,
    pub left: f64,
    pub pad_top: f64,
    pub pad_bottom: f64,
}

impl Doc {
    /// True when no paragraph has visible text or a rule.
    pub fn is_blank(&self) -> bool {
        self.paras.iter().all(|p| {
            p.rule.is_none()
                && p.table.is_none()
                && p.marker.is_none()
                && p.inlines.iter().all(|i| match i {
                    Inline::Text(t, _) => t.chars().all(|c| c.is_whitespace() && c != '\u{A0}'),
                    Inline::Break => true,
                })
        })
    }
}

/// Cut `s` to [`MAX_LABEL_CHARS`]; returns the kept prefix and whether it was cut.
pub fn cap_len(s: &str) -> (&str, bool) {
    match s.char_indices().nth(MAX_LABEL_CHARS) {
        Some((i, _)) => (&s[..i], true),
        None => (s, false),
    }
}

/// A wrapped plain label, which draw.io lays out as HTML (Graph.isHtmlLabel): the text is
/// escaped, `\n` becomes `<br>`, each trailing newline an empty line (mxText.getHtmlValue),
/// and whitespace collapses.
pub fn plain_doc(text: &str, base: &SpanStyle, align: Align) -> Doc {
    let (text, truncated) = cap_len(text);
    let body = text.trim_end_matches('\n');
    let trailing = if truncated {
        0
    } else {
        text.len() - body.len()
    };
    let para = |inlines: Vec<Inline>| Para {
        inlines,
        align: Some(align),
        indent: 0.0,
        margin_before: 0.0,
        strut: base.clone(),
        marker: None,
        rule: None,
        preserve: false,
        table: None,
    };
    let mut inlines = Vec::new();
    for (i, line) in body.split('\n').enumerate() {
        if i > 0 {
            inlines.push(Inline::Break);
        }
        if !line.is_empty() {
            inlines.push(Inline::Text(line.to_string(), base.clone()));
        }
    }
    if truncated {
        inlines.push(Inline::Text("…".into(), base.clone()));
    }
    let mut paras = vec![para(inlines)];
    paras.extend((0..trailing).map(|_| para(vec![Inline::Break])));
    Doc {
        paras,
        bands: Vec::new(),
        margin_after: 0.0,
        truncated,
    }
}

/// Elements whose whole content is dropped. The first group is raw text in HTML (no tags inside).
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];
const DROP_CONTENT: &[&str] = &[
    "svg", "math", "template", "object", "head", "select", "canvas", "audio", "video", "applet",
    "frameset", "map",
];
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];
const BLOCKS: &[&str] = &[
    "div",
    "p",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "center",
    "table",
    "tr",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "figure",
    "figcaption",
    "address",
    "dl",
    "dt",
    "dd",
    "form",
    "fieldset",
    "details",
    "summary",
    "body",
    "html",
    "hgroup",
    "menu",
    "dir",
    "listing",
];

#[derive(Debug, Clone)]
struct Frame {
    tag: String,
    style: SpanStyle,
    block: bool,
    align: Option<Align>,
    indent: f64,
    /// Block spacing from the UA defaults and the element's `style` (ignored on inline elements).
    spacing: Spacing,
    margin_bottom: f64,
    /// Index of this block's background in `Doc::bands`.
    band: Option<usize>,
    hidden: bool,
    pre: bool,
    /// For `ul`/`ol`: nesting level and the next item number.
    list: Option<(bool, usize, u32)>,
}

/// A block's vertical margins and padding, and its left margin and padding (which indent it), px.
/// Right-hand spacing is not modelled: draw.io's labels use it rarely.
#[derive(Debug, Clone, Copy, Default)]
struct Spacing {
    margin_top: f64,
    margin_bottom: f64,
    margin_left: f64,
    padding_top: f64,
    padding_bottom: f64,
    padding_left: f64,
}

struct Builder {
    stack: Vec<Frame>,
    doc: Doc,
    cur: Vec<Inline>,
    pending_margin: f64,
    pending_marker: Option<String>,
    text_budget: usize,
    /// Tables being read, innermost last.
    tables: Vec<TableBuild>,
}

/// A table while its rows are read. Cells collect their paragraphs in `Builder::doc`, so the
/// paragraphs of the document around the table wait here.
struct TableBuild {
    table: Table,
    outer_paras: Vec<Para>,
    outer_bands: Vec<Band>,
    outer_margin: f64,
    /// Stack index of the `<table>` frame, the open `<tr>` frame and the open cell's frame.
    depth: usize,
    row: Option<usize>,
    cell: Option<(usize, Cell)>,
}

impl Builder {
    fn top(&self) -> &Frame {
        // The root frame is never popped.
        &self.stack[self.stack.len() - 1]
    }

    /// Innermost enclosing block frame.
    fn block(&self) -> &Frame {
        self.stack
            .iter()
            .rev()
            .find(|f| f.block)
            .unwrap_or(&self.stack[0])
    }

    fn flush(&mut self) {
        let has_content = self.cur.iter().any(|i| match i {
            Inline::Text(t, _) => {
                !t.chars()
                    .all(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c'))
                    || self.block().pre
            }
            Inline::Break => true,
        });
        if !has_content && self.pending_marker.is_none() {
            self.cur.clear();
            return;
        }
        let b = self.block();
        let (align, indent, strut, preserve) = (b.align, b.indent, b.style.clone(), b.pre);
        let para = Para {
            inlines: std::mem::take(&mut self.cur),
            align,
            indent,
            margin_before: self.pending_margin,
            strut,
            marker: self.pending_marker.take(),
            rule: None,
            preserve,
            table: None,
        };
        self.pending_margin = 0.0;
        self.doc.paras.push(para);
    }

    fn text(&mut self, s: &str) {
        let f = self.top();
        if f.hidden || s.is_empty() {
            return;
        }
        let style = f.style.clone();
        let pre = f.pre || self.block().pre;
        let mut s = s.to_string();
        if s.chars().count() > self.text_budget {
            s = s.chars().take(self.text_budget).collect();
        }
        self.text_budget -= s.chars().count();
        if pre {
            for (i, part) in s.split('\n').enumerate() {
                if i > 0 {
                    self.cur.push(Inline::Break);
                }
                if !part.is_empty() {
                    self.cur.push(Inline::Text(part.to_string(), style.clone()));
                }
            }
        } else {
            // Merge with the previous run of the same style so words are not split by tags.
            if let Some(Inline::Text(prev, ps)) = self.cur.last_mut() {
                if *ps == style {
                    prev.push_str(&s);
                    return;
                }
            }
            self.cur.push(Inline::Text(s, style));
        }
    }
}

fn font_size_keyword(v: &str, parent: f64) -> Option<f64> {
    Some(match v {
        "xx-small" => 9.0,
        "x-small" => 10.0,
        "small" => 13.0,
        "medium" => 16.0,
        "large" => 18.0,
        "x-large" => 24.0,
        "xx-large" => 32.0,
        "xxx-large" => 48.0,
        "smaller" => parent / 1.2,
        "larger" => parent * 1.2,
        _ => return None,
    })
}

/// A CSS length in px; `em`/`%` relative to `rel`.
fn css_length(v: &str, rel: f64) -> Option<f64> {
    let v = v.trim().to_ascii_lowercase();
    let (num, unit) =
        match v.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+')) {
            Some(i) => (&v[..i], v[i..].trim()),
            None => (v.as_str(), ""),
        };
    let n: f64 = num.parse().ok().filter(|n: &f64| n.is_finite())?;
    let px = match unit {
        "px" | "" => n,
        "pt" => n * 4.0 / 3.0,
        "em" | "rem" => n * rel,
        "%" => n * rel / 100.0,
        "pc" => n * 16.0,
        "in" => n * 96.0,
        "cm" => n * 96.0 / 2.54,
        "mm" => n * 96.0 / 25.4,
        _ => return None,
    };
    Some(px)
}

fn clamp_size(px: f64) -> f64 {
    px.clamp(0.0, 1000.0)
}

/// Keep only font names made of safe characters; they end up in an SVG attribute.
pub fn sanitize_family(v: &str) -> Option<String> {
    let names: Vec<String> = v
        .split(',')
        .map(|n| {
            n.trim()
                .trim_matches(|c| c == '\'' || c == '"')
                .trim()
                .to_string()
        })
        .filter(|n| {
            !n.is_empty()
                && n.len() <= 64
                && n.chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '_')
        })
        .take(4)
        .collect();
    (!names.is_empty()).then(|| names.join(","))
}

/// Apply one `style="..."` declaration list onto a frame.
fn apply_css(f: &mut Frame, css: &str, parent_size: f64, theme: &Theme) {
    for decl in css.split(';') {
        let Some((prop, val)) = decl.split_once(':') else {
            continue;
        };
        let prop = prop.trim().to_ascii_lowercase();
        let val = val.trim().trim_end_matches("!important").trim();
        let lower = val.to_ascii_lowercase();
        match prop.as_str() {
            "color" => {
                if let Some(c) = Color::parse(val, theme) {
                    f.style.color = Some(c);
                }
            }
            "background-color" | "background" => {
                if let Some(c) = Color::parse(val, theme) {
                    f.style.background = Some(c);
                }
            }
            "font-size" => {
                if let Some(px) = font_size_keyword(&lower, parent_size)
                    .or_else(|| css_length(&lower, parent_size))
                {
                    f.style.font.size = clamp_size(px);
                }
            }
            "font-family" => {
                if let Some(fam) = sanitize_family(val) {
                    f.style.font.family = fam;
                }
            }
            "font-weight" => {
                f.style.font.bold = match lower.as_str() {
                    "bold" | "bolder" => true,
                    "normal" | "lighter" => false,
                    n => n
                        .parse::<f64>()
                        .map(|w| w >= 600.0)
                        .unwrap_or(f.style.font.bold),
                }
            }
            "font-style" => {
                f.style.font.italic = lower.starts_with("italic") || lower.starts_with("oblique")
            }
            "text-decoration" | "text-decoration-line" => {
                // Decorations propagate to descendants; `none` cannot remove an ancestor's.
                f.style.underline |= lower.contains("underline");
                f.style.strike |= lower.contains("line-through");
            }
            "text-align" => {
                if let Some(a) = Align::parse(&lower) {
                    f.align = Some(a);
                }
            }
            "line-height" => {
                f.style.line_height = if lower == "normal" {
                    LineHeight::Normal
                } else if let Ok(n) = lower.parse::<f64>() {
                    LineHeight::Factor(n.clamp(0.0, 100.0))
                } else if let Some(px) = css_length(&lower, f.style.font.size) {
                    LineHeight::Px(px.clamp(0.0, 10_000.0))
                } else {
                    f.style.line_height
                }
            }
            "vertical-align" => match lower.as_str() {
                "sub" => f.style.shift += parent_size / 5.0 + 1.0,
                "super" => f.style.shift -= parent_size / 3.0 + 1.0,
                _ => {}
            },
            "display" if lower == "none" => f.hidden = true,
            "margin" | "padding" if f.block => {
                // The shorthand: top [right [bottom [left]]], as CSS repeats missing sides.
                let sides: Vec<Option<f64>> = lower
                    .split_whitespace()
                    .map(|v| box_length(v, f.style.font.size))
                    .collect();
                let (top, bottom, left) = match sides.as_slice() {
                    [a] => (*a, *a, *a),
                    [a, b] => (*a, *a, *b),
                    [a, b, c] => (*a, *c, *b),
                    [a, _, c, d] => (*a, *c, *d),
                    _ => (None, None, None),
                };
                let sp = &mut f.spacing;
                let (t, b, l) = if prop == "margin" {
                    (
                        &mut sp.margin_top,
                        &mut sp.margin_bottom,
                        &mut sp.margin_left,
                    )
                } else {
                    (
                        &mut sp.padding_top,
                        &mut sp.padding_bottom,
                        &mut sp.padding_left,
                    )
                };
                for (slot, v) in [(t, top), (b, bottom), (l, left)] {
                    if let Some(v) = v {
                        *slot = v;
                    }
                }
            }
            "margin-top" | "margin-bottom" | "margin-left" | "padding-top" | "padding-bottom"
            | "padding-left"
                if f.block =>
            {
                if let Some(v) = box_length(&lower, f.style.font.size) {
                    let sp = &mut f.spacing;
                    *match prop.as_str() {
                        "margin-top" => &mut sp.margin_top,
                        "margin-bottom" => &mut sp.margin_bottom,
                        "margin-left" => &mut sp.margin_left,
                        "padding-top" => &mut sp.padding_top,
                        "padding-bottom" => &mut sp.padding_bottom,
                        _ => &mut sp.padding_left,
                    } = v;
                }
            }
            _ => {}
        }
    }
}

/// A margin or padding length: `auto` is 0 here (labels are not centred by margins) and
/// percentages (of a width the label does not have yet) are ignored.
fn box_length(v: &str, font_size: f64) -> Option<f64> {
    if v == "auto" {
        return Some(0.0);
    }
    if v.ends_with('%') {
        return None;
    }
    css_length(v, font_size).map(|px| px.clamp(-10_000.0, 10_000.0))
}

/// `<font size=N>`: HTML's 1..7 scale, `+n`/`-n` relative to 3.
fn font_size_attr(v: &str) -> Option<f64> {
    let v = v.trim();
    let n: i32 = if let Some(r) = v.strip_prefix('+') {
        3 + r.parse::<i32>().ok()?
    } else if let Some(r) = v.strip_prefix('-') {
        3 - r.parse::<i32>().ok()?
    } else {
        v.parse().ok()?
    };
    Some([10.0, 13.0, 16.0, 18.0, 24.0, 32.0, 48.0][n.clamp(1, 7) as usize - 1])
}

/// Attributes of a start tag: (lowercase name, decoded value). Only a few are ever looked at.
fn parse_attrs(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && out.len() < 32 {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        if i == start {
            i += 1;
            continue;
        }
        let name = s.get(start..i).unwrap_or("").to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = b[vs..]
                    .iter()
                    .position(|&c| c == q)
                    .map(|p| vs + p)
                    .unwrap_or(b.len());
                value = s.get(vs..ve).unwrap_or("").to_string();
                i = ve + 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = s.get(vs..i).unwrap_or("").to_string();
            }
        }
        out.push((name, entities::decode(&value)));
    }
    out
}

/// Find the end of a tag starting at `<` (index of `>`), honouring quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> Option<usize> {
    let mut q: Option<u8> = None;
    for (k, &c) in b.iter().enumerate().skip(from) {
        match q {
            Some(qc) if c == qc => q = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => {
                // Quotes only count inside attribute values (after `=`).
                let prev = b[..k].iter().rev().find(|c| !c.is_ascii_whitespace());
                if prev == Some(&b'=') {
                    q = Some(c);
                }
            }
            None if c == b'>' => return Some(k),
            None => {}
        }
    }
    None
}

/// Index just past the matching `</name ...>` (case-insensitive), or the end of input.
fn skip_raw(s: &str, from: usize, name: &str) -> usize {
    let lower = s.to_ascii_lowercase();
    let needle = format!("</{name}");
    let mut at = from;
    while let Some(p) = lower
        .get(at..)
        .and_then(|r| r.find(&needle))
        .map(|p| p + at)
    {
        let after = p + needle.len();
        match lower.as_bytes().get(after) {
            Some(c) if c.is_ascii_alphanumeric() => at = after,
            _ => {
                return tag_end(s.as_bytes(), after)
                    .map(|e| e + 1)
                    .unwrap_or(s.len())
            }
        }
    }
    s.len()
}

/// Skip a non-raw dropped element with nesting; returns the index past its end tag.
fn skip_nested(s: &str, from: usize, name: &str) -> usize {
    let lower = s.to_ascii_lowercase();
    let b = lower.as_bytes();
    let mut depth = 1usize;
    let mut i = from;
    while i < b.len() {
        if b[i] == b'<' {
            let close = b.get(i + 1) == Some(&b'/');
            let ns = if close { i + 2 } else { i + 1 };
            let ne = ns
                + b[ns.min(b.len())..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
            let end = tag_end(b, i).unwrap_or(b.len().saturating_sub(1));
            if lower.get(ns..ne) == Some(name) {
                let self_closing = end > 0 && b.get(end - 1) == Some(&b'/');
                if close {
                    depth -= 1;
                    if depth == 0 {
                        return end + 1;
                    }
                } else if !self_closing {
                    depth += 1;
                }
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    s.len()
}

fn heading(tag: &str) -> Option<(f64, f64)> {
    // (font-size em, margin em of its own size): the UA stylesheet.
    Some(match tag {
        "h1" => (2.0, 0.67),
        "h2" => (1.5, 0.83),
        "h3" => (1.17, 1.0),
        "h4" => (1.0, 1.33),
        "h5" => (0.83, 1.67),
        "h6" => (0.67, 2.33),
        _ => return None,
    })
}

/// Parse an `html=1` label into paragraphs. `base` is the label's style from the cell style.
pub fn parse_html(src: &str, base: &SpanStyle, align: Align, theme: &Theme) -> Doc {
    let (src, truncated) = cap_len(src);
    // draw.io turns newlines into <br>, trailing ones into empty lines (mxText.getHtmlValue).
    let trimmed = src.trim_end_matches('\n');
    let trailing = src.len() - trimmed.len();
    let root = Frame {
        tag: String::new(),
        style: base.clone(),
        block: true,
        align: Some(align),
        indent: 0.0,
        spacing: Spacing::default(),
        margin_bottom: 0.0,
        band: None,
        hidden: false,
        pre: false,
        list: None,
    };
    let mut bld = Builder {
        stack: vec![root],
        doc: Doc::default(),
        cur: Vec::new(),
        pending_margin: 0.0,
        pending_marker: None,
        text_budget: MAX_LABEL_CHARS,
        tables: Vec::new(),
    };
    let s = trimmed;
    let b = s.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            i += 1;
            continue;
        }
        flush_text(&mut bld, &s[text_start..i]);
        if s[i..].starts_with("<!--") {
            i = s[i + 4..]
                .find("-->")
                .map(|p| i + 4 + p + 3)
                .unwrap_or(b.len());
            text_start = i;
            continue;
        }
        let Some(end) = tag_end(b, i) else {
            // An unterminated tag: the rest is not text (browsers drop it too).
            text_start = b.len();
            break;
        };
        let inner = &s[i + 1..end];
        i = end + 1;
        text_start = i;
        if next == b'!' || next == b'?' {
            continue;
        }
        let closing = inner.starts_with('/');
        let body = if closing { &inner[1..] } else { inner };
        let name_len = body
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let name = body[..name_len].to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if closing {
            end_tag(&mut bld, &name);
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            i = skip_raw(s, i, &name);
            text_start = i;
            continue;
        }
        if DROP_CONTENT.contains(&name.as_str()) {
            let self_closing = inner.trim_end().ends_with('/');
            if !self_closing {
                i = skip_nested(s, i, &name);
                text_start = i;
            }
            continue;
        }
        start_tag(&mut bld, &name, &body[name_len..], theme);
    }
    if text_start < b.len() {
        flush_text(&mut bld, &s[text_start..]);
    }
    if truncated {
        bld.text_budget = bld.text_budget.max(1);
        bld.text("…");
    }
    // Tables left open are closed, so their cells are not lost.
    if let Some(depth) = bld.tables.first().map(|t| t.depth) {
        close_from(&mut bld, depth);
    }
    bld.flush();
    for _ in 0..trailing {
        let para = Para {
            inlines: vec![Inline::Break],
            align: Some(align),
            indent: 0.0,
            margin_before: bld.pending_margin,
            strut: base.clone(),
            marker: None,
            rule: None,
            preserve: false,
            table: None,
        };
        bld.pending_margin = 0.0;
        bld.doc.paras.push(para);
    }
    bld.doc.margin_after = bld.pending_margin;
    bld.doc.truncated = truncated;
    bld.doc
}

fn flush_text(bld: &mut Builder, raw: &str) {
    if raw.is_empty() {
        return;
    }
    let t = entities::decode(raw);
    // A newline in an html label is a <br> (mxText.replaceLinefeeds) unless inside <pre>.
    if bld.top().pre {
        bld.text(&t);
        return;
    }
    for (k, part) in t.split('\n').enumerate() {
        if k > 0 && !bld.top().hidden {
            bld.cur.push(Inline::Break);
        }
        bld.text(part);
    }
}

fn start_tag(bld: &mut Builder, name: &str, attr_src: &str, theme: &Theme) {
    if name == "br" {
        if !bld.top().hidden {
            bld.cur.push(Inline::Break);
        }
        return;
    }
    if name == "hr" {
        if bld.top().hidden {
            return;
        }
        let size = parse_attrs(attr_src)
            .into_iter()
            .find(|(k, _)| k == "size")
            .and_then(|(_, v)| v.trim().parse::<f64>().ok())
            .filter(|v| v.is_finite());
        let height = match size {
            Some(n) if n <= 1.0 => 1.0,
            Some(n) => n.floor().min(100.0),
            None => 2.0,
        };
        bld.flush();
        let b = bld.block().clone();
        let m = b.style.font.size * 0.5;
        bld.pending_margin = bld.pending_margin.max(m);
        bld.doc.paras.push(Para {
            inlines: vec![],
            align: b.align,
            indent: b.indent,
            margin_before: bld.pending_margin,
            strut: b.style.clone(),
            marker: None,
            rule: Some(height),
            preserve: false,
            table: None,
        });
        bld.pending_margin = m;
        return;
    }
    if VOID.contains(&name) {
        return;
    }
    if bld.stack.len() >= MAX_DEPTH {
        return;
    }
    let in_table = !bld.top().hidden
        && bld
            .tables
            .last()
            .and_then(|t| bld.stack.get(t.depth))
            .is_some_and(|f| !f.hidden);
    if in_table {
        // A new row or cell closes the open cell (and a new row the open row), as HTML does.
        if let Some(t) = bld.tables.last() {
            let close = match name {
                "tr" => t.row.or(t.cell.as_ref().map(|c| c.0)),
                "td" | "th" => t.cell.as_ref().map(|c| c.0),
                _ => None,
            };
            if let Some(pos) = close {
                close_from(bld, pos);
            }
        }
    }
    let parent = bld.top().clone();
    let parent_size = parent.style.font.size;
    let mut f = Frame {
        tag: name.to_string(),
        block: BLOCKS.contains(&name) || (in_table && matches!(name, "td" | "th")),
        spacing: Spacing::default(),
        margin_bottom: 0.0,
        band: None,
        list: None,
        ..parent.clone()
    };
    // Inherited: font, colour, decorations, line-height, hidden, pre, indent. Not inherited: background, shift.
    f.style.background = None;
    f.style.shift = 0.0;
    let mut margin = 0.0;
    match name {
        "b" | "strong" => f.style.font.bold = true,
        "i" | "em" | "cite" | "var" | "dfn" | "address" => f.style.font.italic = true,
        "u" | "ins" => f.style.underline = true,
        "s" | "strike" | "del" => f.style.strike = true,
        "code" | "kbd" | "samp" | "tt" => f.style.font.family = "Courier New".into(),
        "pre" | "listing" => {
            f.style.font.family = "Courier New".into();
            f.pre = true;
            margin = parent_size;
        }
        "small" => f.style.font.size = parent_size / 1.2,
        "big" => f.style.font.size = parent_size * 1.2,
        "sub" => {
            f.style.font.size = parent_size / 1.2;
            f.style.shift = parent_size / 5.0 + 1.0;
        }
        "sup" => {
            f.style.font.size = parent_size / 1.2;
            f.style.shift = -(parent_size / 3.0 + 1.0);
        }
        "center" => f.align = Some(Align::Center),
        // No centring: draw.io sets the label's text-align, which table headers inherit.
        "th" => f.style.font.bold = true,
        "p" | "blockquote" | "dl" | "figure" => {
            margin = parent_size;
            if name == "blockquote" || name == "figure" {
                f.spacing.margin_left = 40.0;
            }
        }
        "dd" => f.spacing.margin_left = 40.0,
        "ul" | "ol" | "menu" | "dir" => {
            let level = bld.stack.iter().filter(|fr| fr.list.is_some()).count();
            if level == 0 {
                margin = parent_size;
            }
            f.spacing.padding_left = 40.0;
            f.list = Some((name == "ol", level, 1));
        }
        _ => {}
    }
    if let Some((em, m)) = heading(name) {
        f.style.font.size = parent_size * em;
        f.style.font.bold = true;
        margin = f.style.font.size * m;
    }
    f.spacing.margin_top = margin;
    f.spacing.margin_bottom = margin;
    for (k, v) in parse_attrs(attr_src) {
        match (name, k.as_str()) {
            (_, "style") => apply_css(&mut f, &v, parent_size, theme),
            ("font", "color") => {
                if let Some(c) = Color::parse(&v, theme) {
                    f.style.color = Some(c);
                }
            }
            ("font", "size") => {
                if let Some(px) = font_size_attr(&v) {
                    f.style.font.size = px;
                }
            }
            ("font", "face") => {
                if let Some(fam) = sanitize_family(&v) {
                    f.style.font.family = fam;
                }
            }
            ("table" | "tr" | "td" | "th", "bgcolor") => {
                if let Some(c) = Color::parse(&v, theme) {
                    f.style.background = Some(c);
                }
            }
            (_, "align") if f.block => {
                if let Some(a) = Align::parse(&v) {
                    f.align = Some(a);
                }
            }
            _ => {}
        }
    }
    // A line-height factor inherits as a factor; percentages and lengths were resolved to px.
    if f.block {
        bld.flush();
        let mut sp = f.spacing;
        // CSS ignores negative padding.
        sp.padding_top = sp.padding_top.max(0.0);
        sp.padding_bottom = sp.padding_bottom.max(0.0);
        sp.padding_left = sp.padding_left.max(0.0);
        f.spacing = sp;
        f.indent = parent.indent + sp.margin_left + sp.padding_left;
        if !f.hidden {
            // The top margin collapses with the margin before it; padding below the margin does not.
            bld.pending_margin = bld.pending_margin.max(sp.margin_top) + sp.padding_top;
        }
        f.margin_bottom = sp.margin_bottom;
        if name == "li" && !f.hidden {
            bld.pending_marker = Some(list_marker(bld));
        }
    }
    // A block's background is drawn behind its runs (the span model); a table's, row's and
    // cell's is drawn as their box instead.
    let depth = bld.stack.len();
    match name {
        // Each nesting level lays its cells out again, so the depth is kept small; deeper
        // tables' cells join the table around them.
        "table" if TABLES && !f.hidden && bld.tables.len() < MAX_TABLE_DEPTH => {
            let background = f.style.background.take();
            let table = table_attrs(attr_src, background, f.style.font.size, theme);
            bld.tables.push(TableBuild {
                table,
                outer_paras: std::mem::take(&mut bld.doc.paras),
                outer_bands: std::mem::take(&mut bld.doc.bands),
                outer_margin: std::mem::take(&mut bld.pending_margin),
                depth,
                row: None,
                cell: None,
            });
        }
        "tr" if TABLES && in_table => {
            let background = f.style.background.take();
            let border_color = parse_attrs(attr_src)
                .into_iter()
                .filter(|(k, _)| k == "style")
                .flat_map(|(_, v)| declarations(&v).collect::<Vec<_>>())
                .filter(|(p, _)| p == "border" || p == "border-color")
                .filter_map(|(p, v)| border_decl(&p, &v, f.style.font.size, theme).1)
                .last();
            if let Some(t) = bld.tables.last_mut() {
                t.table.rows.push(Row {
                    cells: Vec::new(),
                    background,
                    border_color,
                });
                t.row = Some(depth);
            }
        }
        "td" | "th" if TABLES && in_table => {
            let background = f.style.background.take();
            let cell = cell_attrs(attr_src, background, f.style.font.size, theme);
            // Content between cells is not part of any cell (HTML moves it before the table).
            bld.doc.paras.clear();
            bld.doc.bands.clear();
            bld.pending_margin = 0.0;
            if let Some(t) = bld.tables.last_mut() {
                t.cell = Some((depth, cell));
            }
        }
        _ if f.block && !f.hidden => {
            if let Some(color) = f.style.background.take() {
                let sp = f.spacing;
                f.band = Some(bld.doc.bands.len());
                let first = bld.doc.paras.len();
                bld.doc.bands.push(Band {
                    first,
                    end: first,
                    color,
                    left: parent.indent + sp.margin_left,
                    pad_top: sp.padding_top,
                    pad_bottom: sp.padding_bottom,
                });
            }
        }
        _ => {}
    }
    bld.stack.push(f);
}

/// `<table>`'s layout attributes: `border`, `cellpadding`, `cellspacing`, `width`, `height`,
/// and the same from its `style`.
fn table_attrs(attr_src: &str, background: Option<Color>, font_size: f64, theme: &Theme) -> Table {
    let mut t = Table {
        rows: Vec::new(),
        width: None,
        height: None,
        border: 0.0,
        border_color: None,
        padding: 1.0,
        spacing: 2.0,
        collapse: false,
        background,
    };
    let px = |v: &str| {
        css_length(v, font_size)
            .filter(|n| *n >= 0.0)
            .map(|n| n.min(1000.0))
    };
    for (k, v) in parse_attrs(attr_src) {
        match k.as_str() {
            // `border` alone (no value) means 1.
            "border" => {
                t.border = if v.trim().is_empty() {
                    1.0
                } else {
                    px(&v).unwrap_or(1.0)
                }
            }
            "cellpadding" => t.padding = px(&v).unwrap_or(t.padding),
            "cellspacing" => t.spacing = px(&v).unwrap_or(t.spacing),
            "width" => t.width = Length::parse(&v, font_size).or(t.width),
            "height" => t.height = Length::parse(&v, font_size).or(t.height),
            "style" => {
                for (prop, val) in declarations(&v) {
                    match prop.as_str() {
                        "width" => t.width = Length::parse(&val, font_size).or(t.width),
                        "height" => t.height = Length::parse(&val, font_size).or(t.height),
                        "border-collapse" => t.collapse = val == "collapse",
                        "border-spacing" => t.spacing = px(&val).unwrap_or(t.spacing),
                        "border" | "border-width" | "border-color" => border_into(
                            &prop,
                            &val,
                            font_size,
                            theme,
                            &mut t.border,
                            &mut t.border_color,
                        ),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    t
}

/// A cell's `colspan`, `width`, `valign` and border, from its attributes and `style`. `table`'s
/// `border` attribute gives every cell a 1px border; that is applied in layout.
fn cell_attrs(attr_src: &str, background: Option<Color>, font_size: f64, theme: &Theme) -> Cell {
    let mut c = Cell {
        doc: Doc::default(),
        colspan: 1,
        width: None,
        background,
        border: 0.0,
        border_color: None,
        valign: CellAlign::Middle,
    };
    let valign = |v: &str| match v.trim().to_ascii_lowercase().as_str() {
        "top" => Some(CellAlign::Top),
        "bottom" => Some(CellAlign::Bottom),
        "middle" | "center" => Some(CellAlign::Middle),
        _ => None,
    };
    for (k, v) in parse_attrs(attr_src) {
        match k.as_str() {
            "colspan" => c.colspan = v.trim().parse::<usize>().unwrap_or(1).clamp(1, 1000),
            "width" => c.width = Length::parse(&v, font_size).or(c.width),
            "valign" => c.valign = valign(&v).unwrap_or(c.valign),
            "style" => {
                for (prop, val) in declarations(&v) {
                    match prop.as_str() {
                        "width" => c.width = Length::parse(&val, font_size).or(c.width),
                        "vertical-align" => c.valign = valign(&val).unwrap_or(c.valign),
                        "border" | "border-width" | "border-color" => border_into(
                            &prop,
                            &val,
                            font_size,
                            theme,
                            &mut c.border,
                            &mut c.border_color,
                        ),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    c
}

/// `prop: value` pairs of a `style` attribute, names lower-cased, values trimmed and lower-cased.
fn declarations(css: &str) -> impl Iterator<Item = (String, String)> + '_ {
    css.split(';').filter_map(|d| {
        let (p, v) = d.split_once(':')?;
        Some((
            p.trim().to_ascii_lowercase(),
            v.trim()
                .trim_end_matches("!important")
                .trim()
                .to_ascii_lowercase(),
        ))
    })
}

/// Applies a border declaration to a table's or a cell's border: what it names replaces, the rest stays.
fn border_into(
    prop: &str,
    val: &str,
    font_size: f64,
    theme: &Theme,
    width: &mut f64,
    color: &mut Option<Color>,
) {
    let (w, c) = border_decl(prop, val, font_size, theme);
    if let Some(w) = w {
        *width = w;
    }
    if c.is_some() {
        *color = c;
    }
}

/// Width and colour from `border: 1px solid #abc`, `border-width` or `border-color`;
/// `border: none` is width 0.
fn border_decl(
    prop: &str,
    val: &str,
    font_size: f64,
    theme: &Theme,
) -> (Option<f64>, Option<Color>) {
    let (mut w, mut c) = (None, None);
    for part in val.split_whitespace() {
        match part {
            "none" | "hidden" if prop == "border" => w = Some(0.0),
            "thin" => w = Some(1.0),
            "medium" => w = Some(3.0),
            "thick" => w = Some(5.0),
            _ => {
                if prop != "border-color" {
                    if let Some(px) = css_length(part, font_size).filter(|n| *n >= 0.0) {
                        w = Some(px.min(100.0));
                        continue;
                    }
                }
                if prop != "border-width" {
                    if let Some(col) = Color::parse(part, theme) {
                        c = Some(col);
                    }
                }
            }
        }
    }
    (w, c)
}

fn list_marker(bld: &mut Builder) -> String {
    let Some(list) = bld.stack.iter_mut().rev().find(|f| f.list.is_some()) else {
        return "•".into();
    };
    let Some((ordered, level, next)) = list.list.as_mut() else {
        return "•".into();
    };
    if *ordered {
        let s = format!("{next}.");
        *next = next.saturating_add(1);
        s
    } else {
        match level {
            0 => "•",
            1 => "◦",
            _ => "▪",
        }
        .into()
    }
}

fn end_tag(bld: &mut Builder, name: &str) {
    if name == "br" {
        // Browsers treat a stray </br> as <br>.
        bld.cur.push(Inline::Break);
        return;
    }
    if name == "p" && !bld.stack.iter().skip(1).any(|f| f.tag == "p") {
        // A stray </p> makes an empty paragraph in HTML; nothing visible here.
        return;
    }
    let Some(pos) = bld.stack.iter().rposition(|f| f.tag == name) else {
        return;
    };
    if pos == 0 {
        return;
    }
    close_from(bld, pos);
}

/// Close every element from stack index `pos` up, innermost first, finishing the table cells,
/// rows and tables among them.
fn close_from(bld: &mut Builder, pos: usize) {
    while bld.stack.len() > pos.max(1) {
        let Some(f) = bld.stack.pop() else { break };
        let depth = bld.stack.len();
        if f.block {
            // Content still pending belongs to the block being closed.
            bld.stack.push(f.clone());
            bld.flush();
            bld.stack.pop();
            if !f.hidden {
                // Padding keeps the content's trailing margin from collapsing with the block's own.
                bld.pending_margin = if f.spacing.padding_bottom > 0.0 {
                    bld.pending_margin + f.spacing.padding_bottom + f.margin_bottom
                } else {
                    bld.pending_margin.max(f.margin_bottom)
                };
            }
        }
        if let Some(band) = f.band.and_then(|i| bld.doc.bands.get_mut(i)) {
            band.end = bld.doc.paras.len();
        }
        finish_table_part(bld, depth);
    }
}

/// After the frame at `depth` was closed: a cell takes the paragraphs read since it opened,
/// a table becomes one paragraph of the document around it.
fn finish_table_part(bld: &mut Builder, depth: usize) {
    let Some(t) = bld.tables.last_mut().filter(|_| TABLES) else {
        return;
    };
    if t.cell.as_ref().is_some_and(|c| c.0 == depth) {
        if let Some((_, mut cell)) = t.cell.take() {
            cell.doc = Doc {
                paras: std::mem::take(&mut bld.doc.paras),
                bands: std::mem::take(&mut bld.doc.bands),
                margin_after: std::mem::take(&mut bld.pending_margin),
                truncated: false,
            };
            if t.table.rows.is_empty() {
                t.table.rows.push(Row::default());
            }
            if let Some(row) = t.table.rows.last_mut() {
                row.cells.push(cell);
            }
        }
    } else if t.row == Some(depth) {
        t.row = None;
    } else if t.depth == depth {
        let Some(t) = bld.tables.pop() else { return };
        // Text inside the table but in no cell is dropped.
        let block = bld.block();
        let (strut, align, indent) = (block.style.clone(), block.align, block.indent);
        bld.doc.paras = t.outer_paras;
        bld.doc.bands = t.outer_bands;
        let para = Para {
            inlines: Vec::new(),
            align,
            indent,
            margin_before: t.outer_margin,
            strut,
            marker: None,
            rule: None,
            preserve: false,
            table: Some(Box::new(t.table)),
        };
        bld.doc.paras.push(para);
        bld.pending_margin = 0.0;
    }
}

/// The label's base run style from its cell style values.
pub fn base_style(family: &str, size: f64, font_style: i64) -> SpanStyle {
    SpanStyle {
        font: Font {
            family: sanitize_family(family).unwrap_or_else(|| "Helvetica".into()),
            size: clamp_size(size),
            bold: font_style & 1 != 0,
            italic: font_style & 2 != 0,
        },
        underline: font_style & 4 != 0,
        strike: font_style & 8 != 0,
        color: None,
        background: None,
        shift: 0.0,
        line_height: LineHeight::Factor(1.2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Doc {
        parse_html(
            s,
            &base_style("Helvetica", 12.0, 0),
            Align::Center,
            &Theme::light(),
        )
    }

    #[test]
    fn hr_height_follows_blink_and_its_size_attribute() {
        // Blink: a 1px inset border box, 2px tall; `size="1"` drops the bottom border (draw.io's UML
        // class labels write `<hr size="1"/>`); `size="n"` makes it n px.
        let rules = |src: &str| -> Vec<Option<f64>> {
            parse_html(
                src,
                &base_style("Helvetica", 12.0, 0),
                Align::Left,
                &Theme::light(),
            )
            .paras
            .iter()
            .map(|p| p.rule)
            .filter(Option::is_some)
            .collect()
        };
        assert_eq!(
            rules("a<hr>b<hr size=\"1\"/>c<hr size=\"5\">"),
            vec![Some(2.0), Some(1.0), Some(5.0)]
        );
        assert_eq!(rules("<hr size=\"junk\">"), vec![Some(2.0)]);
    }

    /// Text of each paragraph, breaks as '|', whitespace as written.
    fn texts(d: &Doc) -> Vec<String> {
        d.paras
            .iter()
            .map(|p| {
                if p.rule.is_some() {
                    return "<hr>".into();
                }
                p.inlines
                    .iter()
                    .map(|i| match i {
                        Inline::Text(t, _) => t.clone(),
                        Inline::Break => "|".into(),
                    })
                    .collect()
            })
            .collect()
    }

    fn runs(d: &Doc) -> Vec<(String, SpanStyle)> {
        d.paras
            .iter()
            .flat_map(|p| p.inlines.iter())
            .filter_map(|i| match i {
                Inline::Text(t, s) => Some((t.clone(), s.clone())),
                Inline::Break => None,
            })
            .collect()
    }

    #[test]
    fn css_margins_and_padding_replace_the_ua_defaults() {
        // draw.io's UML class labels: `<p style="margin:0px;margin-top:4px">`, fields indented by
        // margin-left (software/database_2 template).
        let d = parse("<p style=\"margin: 0px ; margin-top: 4px\">a</p><p style=\"margin:0px;margin-left:8px\">b</p><p>c</p>");
        assert_eq!(d.paras[0].margin_before, 4.0);
        assert_eq!(d.paras[1].margin_before, 0.0);
        assert_eq!(d.paras[1].indent, 8.0);
        // An unstyled <p> keeps its 1em margins.
        assert_eq!(d.paras[2].margin_before, 12.0);
        assert_eq!(d.margin_after, 12.0);
        let d = parse("<div style=\"padding:2px 3px\">x</div><ul style=\"padding-left:10px;margin:0\"><li>y</li></ul>");
        assert_eq!(d.paras[0].margin_before, 2.0);
        assert_eq!(d.paras[0].indent, 3.0);
        assert_eq!(
            d.paras[1].margin_before, 2.0,
            "padding below x, then no list margin"
        );
        assert_eq!(
            d.paras[1].indent, 10.0,
            "padding-left replaces the list's 40px"
        );
        // Percentages and negative padding are ignored; the UA margin stays.
        let d = parse("<p style=\"margin:10%;padding:-4px\">z</p>");
        assert_eq!(d.paras[0].margin_before, 12.0);
        assert_eq!(d.paras[0].indent, 0.0);
    }

    #[test]
    fn tables_become_rows_of_cells_with_their_own_paragraphs() {
        // The shape of draw.io's Misc palette tables, with HTML's implied end tags.
        let d = parse("before<table border=\"1\" cellpadding=\"4\" style=\"width:100%;height:100%;border-collapse:collapse\"><tbody><tr bgcolor=\"#ff0000\" style=\"border:1px solid #00ff00\"><th width=\"25%\">A</th><td colspan=\"2\" valign=\"top\">B<br>b</td></tr>stray<tr><td style=\"background-color:#0000ff;border:2px solid #123456\">C<td>D</tbody></table>after");
        assert_eq!(texts(&d), vec!["before", "", "after"]);
        let t = d.paras[1].table.as_deref().expect("a table paragraph");
        assert_eq!(t.width, Some(Length::Percent(100.0)));
        assert_eq!(t.height, Some(Length::Percent(100.0)));
        assert!(t.collapse);
        assert_eq!((t.border, t.padding), (1.0, 4.0));
        assert_eq!(t.rows.len(), 2);
        let (r0, r1) = (&t.rows[0], &t.rows[1]);
        assert_eq!(r0.background.as_ref().map(|c| c.as_str()), Some("#ff0000"));
        assert_eq!(
            r0.border_color.as_ref().map(|c| c.as_str()),
            Some("#00ff00")
        );
        assert_eq!(r0.cells.len(), 2);
        assert_eq!(texts(&r0.cells[0].doc), vec!["A"]);
        assert!(r0.cells[0].doc.paras[0]
            .inlines
            .iter()
            .all(|i| matches!(i, Inline::Text(_, s) if s.font.bold)));
        assert_eq!(r0.cells[0].width, Some(Length::Percent(25.0)));
        assert_eq!(r0.cells[1].colspan, 2);
        assert_eq!(r0.cells[1].valign, CellAlign::Top);
        assert_eq!(texts(&r0.cells[1].doc), vec!["B|b"]);
        assert_eq!(r1.cells.len(), 2, "<td> closes the open cell");
        assert_eq!(texts(&r1.cells[0].doc), vec!["C"]);
        assert_eq!(
            r1.cells[0].background.as_ref().map(|c| c.as_str()),
            Some("#0000ff")
        );
        assert_eq!(r1.cells[0].border, 2.0);
        assert_eq!(texts(&r1.cells[1].doc), vec!["D"]);
        // Text between rows belongs to no cell and is not drawn.
        assert!(!format!("{:?}", t).contains("stray"));
    }

    #[test]
    fn a_block_background_covers_the_block_not_its_runs() {
        // draw.io's ER palette table header: `<div style="width:100%;background:#e4e4e4;padding:2px">`.
        let d = parse("<div style=\"box-sizing:border-box;width:100%;background:#e4e4e4;padding:2px;\">Tablename</div><p style=\"margin-left:8px;background-color:#ff0000\">a<br>b</p>c");
        assert_eq!(d.bands.len(), 2);
        let (head, p) = (&d.bands[0], &d.bands[1]);
        assert_eq!((head.first, head.end), (0, 1));
        assert_eq!(head.color.as_str(), "#e4e4e4");
        assert_eq!((head.left, head.pad_top, head.pad_bottom), (0.0, 2.0, 2.0));
        assert_eq!((p.first, p.end, p.left), (1, 2, 8.0));
        assert!(d.paras.iter().flat_map(|p| &p.inlines).all(|i| match i {
            Inline::Text(_, s) => s.background.is_none(),
            Inline::Break => true,
        }));
        // A span keeps its background on its run.
        let d = parse("<span style=\"background:#00ff00\">s</span>");
        assert!(d.bands.is_empty());
        assert!(matches!(&d.paras[0].inlines[0], Inline::Text(_, s) if s.background.is_some()));
    }

    #[test]
    fn unclosed_and_nested_tables_keep_their_cells() {
        let d = parse("<table><tr><td>a<table><tr><td>inner</td></tr></table>b<td>c");
        let t = d.paras[0].table.as_deref().expect("the outer table");
        assert_eq!(t.rows[0].cells.len(), 2);
        let first = &t.rows[0].cells[0].doc;
        assert_eq!(texts(first), vec!["a", "", "b"]);
        let inner = first.paras[1].table.as_deref().expect("the inner table");
        assert_eq!(texts(&inner.rows[0].cells[0].doc), vec!["inner"]);
        assert_eq!(texts(&t.rows[0].cells[1].doc), vec!["c"]);
        // Hostile nesting is bounded: at most four levels are tables.
        let deep = "<table><tr><td>".repeat(100) + "x";
        let d = parse(&deep);
        let mut levels = 0;
        let mut doc = &d;
        while let Some(t) = doc.paras.iter().find_map(|p| p.table.as_deref()) {
            levels += 1;
            doc = &t.rows[0].cells[0].doc;
        }
        assert_eq!(levels, MAX_TABLE_DEPTH);
        // Outside a table, <td> is only text.
        assert_eq!(texts(&parse("<td>x</td><td>y</td>")), vec!["xy"]);
    }

    #[test]
    fn inline_tags_set_styles() {
        let d = parse("<b>B</b><strong>S</strong><i>I</i><em>E</em><u>U</u><s>X</s><strike>K</strike><del>D</del><a href=\"x\">A</a>");
        let r = runs(&d);
        // Adjacent runs of equal style merge ("BS" is one bold run).
        let get = |t: char| {
            r.iter()
                .find(|(x, _)| x.contains(t))
                .map(|(_, s)| s.clone())
                .unwrap()
        };
        assert!(get('B').font.bold && get('S').font.bold);
        assert!(get('I').font.italic && get('E').font.italic && !get('I').font.bold);
        assert!(get('U').underline && !get('U').strike);
        assert!(get('X').strike && get('K').strike && get('D').strike);
        let a = get('A');
        assert!(!a.font.bold && !a.underline && !a.strike && !a.font.italic);
        assert_eq!(texts(&d), vec!["BSIEUXKDA"]);
        assert_eq!(r.len(), 5);
    }

    #[test]
    fn font_tag_and_css() {
        let d = parse(
            "<font color=\"#ff0000\" size=\"5\" face=\"Courier New\">x</font>\
             <span style=\"color: rgb(0, 0, 255); font-size: 9pt; font-family: 'Times New Roman', serif; font-weight: 700; \
             font-style: italic; text-decoration: underline line-through; background-color: yellow\">y</span>",
        );
        let r = runs(&d);
        assert_eq!(r[0].1.color.as_ref().unwrap().as_str(), "#ff0000");
        assert_eq!(r[0].1.font.size, 24.0);
        assert_eq!(r[0].1.font.family, "Courier New");
        let y = &r[1].1;
        assert_eq!(y.color.as_ref().unwrap().as_str(), "rgb(0, 0, 255)");
        assert_eq!(y.font.size, 12.0);
        assert_eq!(y.font.family, "Times New Roman,serif");
        assert!(y.font.bold && y.font.italic && y.underline && y.strike);
        assert_eq!(y.background.as_ref().unwrap().as_str(), "yellow");
        // font size keywords and relative sizes
        let d = parse("<font size=\"+1\">a</font><font size=\"9\">b</font><span style=\"font-size: 150%\">c</span><span style=\"font-size:2em\">d</span>");
        let sizes: Vec<f64> = runs(&d).iter().map(|(_, s)| s.font.size).collect();
        assert_eq!(sizes, vec![18.0, 48.0, 18.0, 24.0]);
    }

    #[test]
    fn sub_sup_headings_lists() {
        let d = parse("H<sub>2</sub>O x<sup>2</sup>");
        let r = runs(&d);
        assert!(r[1].1.shift > 0.0 && r[1].1.font.size < 12.0);
        assert!(r[3].1.shift < 0.0);
        let d = parse("<h1>T</h1><h6>t</h6>");
        assert_eq!(d.paras[0].strut.font.size, 24.0);
        assert!(d.paras[0].strut.font.bold);
        assert!((d.paras[0].margin_before - 24.0 * 0.67).abs() < 1e-9);
        // h1 bottom margin collapses with h6 top margin (max wins).
        assert!((d.paras[1].margin_before - (12.0 * 0.67 * 2.33f64).max(24.0 * 0.67)).abs() < 1e-9);
        let d = parse("<ul><li>a</li><li>b<ol><li>c</li><li>d</li></ol></li></ul>");
        let markers: Vec<_> = d
            .paras
            .iter()
            .map(|p| p.marker.clone().unwrap_or_default())
            .collect();
        assert_eq!(markers, vec!["•", "•", "1.", "2."]);
        assert_eq!(d.paras[0].indent, 40.0);
        assert_eq!(d.paras[2].indent, 80.0);
        assert_eq!(texts(&d), vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn blocks_and_breaks_like_a_browser() {
        // draw.io's editor: a div per line, <br> inside empty divs.
        assert_eq!(
            texts(&parse("one<div>two</div><div><br></div><div>four</div>")),
            vec!["one", "two", "|", "four"]
        );
        assert_eq!(texts(&parse("a<br>b<br>")), vec!["a|b|"]);
        assert_eq!(texts(&parse("<div></div><div> </div>x")), vec!["x"]);
        assert_eq!(texts(&parse("<p>p1</p><p>p2</p>")), vec!["p1", "p2"]);
        // A newline is a <br>; trailing newlines become empty lines.
        assert_eq!(texts(&parse("a\nb\n")), vec!["a|b", "|"]);
        assert_eq!(texts(&parse("x<hr>y")), vec!["x", "<hr>", "y"]);
        let d = parse(
            "<div style=\"text-align: right\">r</div><div align=\"left\">l</div><center>c</center>",
        );
        let al: Vec<_> = d.paras.iter().map(|p| p.align).collect();
        assert_eq!(
            al,
            vec![Some(Align::Right), Some(Align::Left), Some(Align::Center)]
        );
    }

    #[test]
    fn dropped_content_and_attributes() {
        let d = parse("a<script>alert('<b>x</b>')</script>b<style>p{}</style>c<svg onload=\"x\"><g><text>no</text></g></svg>d\
             <iframe src=\"javascript:1\">no</iframe>e<object>no</object>f<math><mi>no</mi></math>g<template>no</template>h\
             <noscript>no</noscript>i<textarea><b>no</b></textarea>j<img src=x onerror=alert(1)>k<unknown>l</unknown>");
        assert_eq!(texts(&d), vec!["abcdefghijkl"]);
        let d = parse("<span style=\"color: url(javascript:alert(1)); font-family: x\\\"; background: url(a.png)\">t</span>");
        let r = runs(&d);
        assert!(r[0].1.color.is_none() && r[0].1.background.is_none());
        // Nested dropped elements of the same name.
        assert_eq!(texts(&parse("a<svg><svg></svg>no</svg>b")), vec!["ab"]);
        // Unterminated raw text swallows the rest.
        assert_eq!(texts(&parse("a<script>b")), vec!["a"]);
        assert_eq!(texts(&parse("<SCRIPT>x</script >y")), vec!["y"]);
    }

    #[test]
    fn entities_are_text_not_markup() {
        let d = parse("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#106;avascript:");
        assert_eq!(
            texts(&d),
            vec!["<script>alert(1)</script> &amp; javascript:"]
        );
        assert!(runs(&d).iter().all(|(_, s)| !s.font.bold));
        // A lone '<' that opens no tag is text.
        assert_eq!(texts(&parse("a < b <3")), vec!["a < b <3"]);
        assert_eq!(texts(&parse("a<!-- <b>c</b> -->d")), vec!["ad"]);
    }

    #[test]
    fn display_none_and_caps() {
        assert_eq!(
            texts(&parse(
                "a<span style=\"display:none\">hidden<b>x</b></span>b"
            )),
            vec!["ab"]
        );
        let long = "x".repeat(MAX_LABEL_CHARS + 50);
        let d = parse(&long);
        assert!(d.truncated);
        let t = texts(&d).concat();
        assert!(t.ends_with('…'));
        assert_eq!(t.chars().count(), MAX_LABEL_CHARS + 1);
        // Deep nesting stays bounded.
        let deep = "<span>".repeat(1500) + "deep";
        assert_eq!(texts(&parse(&deep)), vec!["deep"]);
        let d = plain_doc("a\nb\n", &base_style("Helvetica", 12.0, 0), Align::Left);
        assert_eq!(texts(&d), vec!["a|b", "|"]);
    }

    #[test]
    fn font_style_bitmask() {
        let s = base_style("Helvetica", 12.0, 1 | 4 | 8);
        assert!(s.font.bold && !s.font.italic && s.underline && s.strike);
        let s = base_style("x\"><script>", 12.0, 2);
        assert!(s.font.italic);
        assert_eq!(s.font.family, "Helvetica");
    }
}
