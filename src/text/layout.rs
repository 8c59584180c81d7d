//! Line layout of parsed labels the way a browser lays out draw.io's HTML label:
//! an inline-block (`white-space: normal; word-wrap: normal` when wrapping, `nowrap` otherwise),
//! whitespace collapsed, line boxes built from each run's font and `line-height` plus the block's strut.

use super::html::{Align, Cell, CellAlign, Doc, Inline, LineHeight, Para, SpanStyle, Table};
use super::metrics::{advance_em, classify, face, kern_em, FaceMetrics};
use crate::style::Color;

/// A run of one style on a line, positioned relative to the block's left edge.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedRun {
    pub x: f64,
    pub width: f64,
    pub text: String,
    pub style: SpanStyle,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Top of the line box, relative to the block top.
    pub top: f64,
    pub height: f64,
    /// Alphabetic baseline, relative to the block top.
    pub baseline: f64,
    /// Left edge of the text (after indent and alignment), relative to the block.
    pub left: f64,
    /// Width of the text without trailing spaces.
    pub width: f64,
    pub align: Align,
    pub runs: Vec<PlacedRun>,
    /// List marker: text, x, style.
    pub marker: Option<(String, f64, SpanStyle)>,
    /// A horizontal rule spanning `left..left+width` at `top`.
    pub rule: bool,
}

/// A laid-out label: lines inside a `width` × `height` box.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Block {
    pub lines: Vec<Line>,
    /// Table, row and cell boxes, drawn before the lines in this order.
    pub boxes: Vec<PaintBox>,
    pub width: f64,
    pub height: f64,
}

/// A rectangle relative to the block: filled, or stroked along its edge (the stroke centred on it).
#[derive(Debug, Clone, PartialEq)]
pub struct PaintBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub fill: Option<Color>,
    /// Stroke width and colour; `None` = the label's text colour (CSS currentColor).
    pub stroke: Option<(f64, Option<Color>)>,
}

/// Blink measures in LayoutUnits of 1/64 px.
fn lu(v: f64) -> f64 {
    (v * 64.0).floor() / 64.0
}

pub(super) fn style_face(s: &SpanStyle) -> &'static FaceMetrics {
    face(classify(&s.font.family), s.font.bold, s.font.italic)
}

/// Advance of `c` in px for a style.
pub fn char_width(c: char, s: &SpanStyle) -> f64 {
    advance_em(style_face(s), c) * s.font.size
}

/// (ascent, descent) of a run's inline box around its baseline, px, half-leading included.
pub fn inline_extent(s: &SpanStyle) -> (f64, f64) {
    let f = style_face(s);
    let size = s.font.size;
    // Blink rounds the font's ascent and descent to whole pixels.
    let asc = (f.ascent_em() * size).round();
    let desc = (f.descent_em() * size).round();
    let lh = match s.line_height {
        LineHeight::Normal => asc + desc + (f.em(f.line_gap) * size).round(),
        LineHeight::Factor(k) => lu(k * size),
        LineHeight::Px(px) => lu(px),
    };
    // Blink places the baseline a whole number of pixels into the line box: the half-leading
    // above it is floored (observed in Chromium 156: 0.8 px for bold 18 px at line-height 1.2
    // and 2.75 px for 10 px at 1.65 both move glyphs by their whole part only); the line box
    // keeps its fractional height.
    let half = ((lh - (asc + desc)) / 2.0).floor();
    let a = asc + half;
    (a - s.shift, lh - a + s.shift)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Char,
    /// A collapsible space: a break opportunity, hangs at the end of a line.
    Space,
    /// Forced line break.
    Break,
}

struct Glyph {
    c: char,
    style: usize,
    w: f64,
    kind: Kind,
    /// A line may break after this glyph.
    break_after: bool,
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// Flatten a paragraph into glyphs: whitespace collapsed (unless preserved), break opportunities marked.
fn glyphs(p: &Para, styles: &mut Vec<SpanStyle>) -> Vec<Glyph> {
    let mut out: Vec<Glyph> = Vec::new();
    let style_idx = |s: &SpanStyle, styles: &mut Vec<SpanStyle>| -> usize {
        if let Some(i) = styles.iter().rposition(|x| x == s) {
            return i;
        }
        styles.push(s.clone());
        styles.len() - 1
    };
    let strut = style_idx(&p.strut, styles);
    for inl in &p.inlines {
        match inl {
            Inline::Break => out.push(Glyph {
                c: '\n',
                style: strut,
                w: 0.0,
                kind: Kind::Break,
                break_after: true,
            }),
            Inline::Text(t, s) => {
                let si = style_idx(s, styles);
                for c in t.chars() {
                    let ws = matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c');
                    if ws && !p.preserve {
                        // Collapse: no space at a line start or after another space.
                        match out.last() {
                            None => continue,
                            Some(g) if g.kind != Kind::Char => continue,
                            _ => {}
                        }
                        let w = char_width(' ', s);
                        out.push(Glyph {
                            c: ' ',
                            style: si,
                            w,
                            kind: Kind::Space,
                            break_after: true,
                        });
                        continue;
                    }
                    let c = if ws { '\u{A0}' } else { c };
                    let w = if c == '\u{A0}' {
                        char_width(' ', s)
                    } else {
                        char_width(c, s)
                    };
                    out.push(Glyph {
                        c,
                        style: si,
                        w,
                        kind: Kind::Char,
                        break_after: false,
                    });
                }
            }
        }
    }
    // Pair kerning inside a run of one style (shapers kern within a run, not across elements).
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        if a.style == b.style && a.kind != Kind::Break && b.kind != Kind::Break {
            if let Some(st) = styles.get(a.style) {
                let k = kern_em(style_face(st), a.c, b.c) * st.font.size;
                out[i - 1].w += k;
            }
        }
    }
    // Break opportunities inside words: after a hyphen between letters, around CJK, at ZWSP.
    for i in 0..out.len() {
        if out[i].kind != Kind::Char || p.preserve {
            continue;
        }
        let c = out[i].c;
        let next = out.get(i + 1).filter(|g| g.kind == Kind::Char).map(|g| g.c);
        let prev = i
            .checked_sub(1)
            .and_then(|j| out.get(j))
            .filter(|g| g.kind == Kind::Char)
            .map(|g| g.c);
        let hyphen = matches!(c, '-' | '\u{2010}' | '\u{2013}')
            && prev.is_some_and(|p| p.is_alphanumeric())
            && next.is_some_and(|n| n.is_alphanumeric());
        let cjk = next.is_some() && (is_wide(c) || next.is_some_and(is_wide));
        if hyphen || cjk || c == '\u{200B}' {
            out[i].break_after = true;
        }
    }
    out
}

/// Unbreakable pieces of a paragraph: [start, end) glyph ranges ending at an opportunity.
fn pieces(g: &[Glyph]) -> Vec<(usize, usize)> {
    let mut v = Vec::new();
    let mut s = 0;
    for (i, gl) in g.iter().enumerate() {
        if gl.break_after {
            v.push((s, i + 1));
            s = i + 1;
        }
    }
    if s < g.len() {
        v.push((s, g.len()));
    }
    v
}

/// Width of glyphs [a, b) without trailing spaces and forced breaks.
fn trimmed_width(g: &[Glyph], a: usize, b: usize) -> f64 {
    let mut end = b;
    while end > a && g.get(end - 1).is_some_and(|x| x.kind != Kind::Char) {
        end -= 1;
    }
    g.get(a..end)
        .map(|s| s.iter().map(|x| x.w).sum())
        .unwrap_or(0.0)
}

/// Split glyphs into lines: forced breaks always, and at `avail` px when wrapping.
fn break_lines(g: &[Glyph], avail: Option<f64>) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut width = 0.0;
    let mut end = 0;
    for (a, b) in pieces(g) {
        let forced = g.get(b - 1).is_some_and(|x| x.kind == Kind::Break);
        let piece_trim = trimmed_width(g, a, b);
        if let Some(avail) = avail {
            // Tolerate rounding: Blink compares in LayoutUnits.
            if end > start && width + piece_trim > avail + 1.0 / 64.0 {
                lines.push((start, end));
                start = a;
                width = 0.0;
            }
        }
        width += g
            .get(a..b)
            .map(|s| s.iter().map(|x| x.w).sum::<f64>())
            .unwrap_or(0.0);
        end = b;
        if forced {
            lines.push((start, b));
            start = b;
            width = 0.0;
        }
    }
    // Content after the last forced break makes a line; an empty remainder does not.
    if end > start || lines.is_empty() {
        lines.push((start, end.max(start)));
    }
    lines
}

struct ParaMeasure {
    glyphs: Vec<Glyph>,
    min_content: f64,
    max_content: f64,
}

fn measure(p: &Para, styles: &mut Vec<SpanStyle>, wrap: Option<f64>) -> ParaMeasure {
    if let Some(t) = p.table.as_ref().filter(|_| super::html::TABLES) {
        let (min, max) = table_widths(t, styles);
        // A table sized in % of the label takes all the width it is given.
        let wants_all = matches!(t.width, Some(super::html::Length::Percent(_)));
        return ParaMeasure {
            glyphs: Vec::new(),
            min_content: min,
            max_content: match wrap {
                Some(w) if wants_all => w.max(min),
                _ => max,
            },
        };
    }
    let glyphs = glyphs(p, styles);
    let min_content = if p.preserve {
        0.0
    } else {
        pieces(&glyphs)
            .iter()
            .map(|&(a, b)| trimmed_width(&glyphs, a, b))
            .fold(0.0, f64::max)
    };
    let max_content = break_lines(&glyphs, None)
        .iter()
        .map(|&(a, b)| trimmed_width(&glyphs, a, b))
        .fold(0.0, f64::max);
    let marker_w = 0.0;
    ParaMeasure {
        glyphs,
        min_content: min_content + marker_w,
        max_content,
    }
}

/// Lay out a parsed label. `wrap` = available width when the label wraps.
pub fn layout_doc(doc: &Doc, wrap: Option<f64>, default_align: Align) -> Block {
    layout_doc_in(doc, wrap, None, default_align)
}

/// [`layout_doc`] in a box of a known `height` too (what a table of `height: 100%` fills).
pub fn layout_doc_in(
    doc: &Doc,
    wrap: Option<f64>,
    height: Option<f64>,
    default_align: Align,
) -> Block {
    layout_block(doc, wrap, height, default_align, Sizing::Shrink)
}

/// The text block of an `overflow=fill` or `overflow=width` label: `width` wide whatever its
/// content (mxSvgCanvas2D.createCss gives it `width: 100%`), its lines broken only when the label
/// wraps (`white-space: nowrap` otherwise), so rules span the box and lines align within it.
pub fn layout_doc_filled(
    doc: &Doc,
    width: f64,
    wrap: bool,
    height: Option<f64>,
    default_align: Align,
) -> Block {
    layout_block(doc, Some(width), height, default_align, Sizing::Fixed { wrap })
}

/// How wide a block is, given the width `wrap` it may use.
#[derive(Clone, Copy, PartialEq)]
enum Sizing {
    /// An inline-block: shrink-to-fit (CSS 2.1 §10.3.9).
    Shrink,
    /// A table cell: as wide as its column (wider for an unbreakable word), so lines align in it.
    Cell,
    /// `width: 100%`: exactly the width given; `wrap`: whether lines break at it.
    Fixed { wrap: bool },
}

fn layout_block(
    doc: &Doc,
    wrap: Option<f64>,
    height: Option<f64>,
    default_align: Align,
    sizing: Sizing,
) -> Block {
    let mut styles: Vec<SpanStyle> = Vec::new();
    let measures: Vec<ParaMeasure> = doc
        .paras
        .iter()
        .map(|p| measure(p, &mut styles, wrap.map(|w| (w - p.indent).max(0.0))))
        .collect();
    let max_content = doc
        .paras
        .iter()
        .zip(&measures)
        .map(|(p, m)| p.indent + m.max_content)
        .fold(0.0, f64::max);
    let min_content = doc
        .paras
        .iter()
        .zip(&measures)
        .map(|(p, m)| p.indent + m.min_content)
        .fold(0.0, f64::max);
    let width = match (wrap, sizing) {
        (Some(avail), Sizing::Fixed { .. }) => avail,
        (Some(avail), Sizing::Cell) => min_content.max(avail),
        (Some(avail), Sizing::Shrink) => min_content.max(avail).min(max_content),
        (None, _) => max_content,
    };
    let break_at_width = wrap.is_some() && sizing != Sizing::Fixed { wrap: false };

    let mut lines = Vec::new();
    let mut boxes = Vec::new();
    // Each paragraph's top and bottom, for the block backgrounds.
    let mut spans: Vec<(f64, f64)> = Vec::with_capacity(doc.paras.len());
    let mut y = 0.0;
    for (p, m) in doc.paras.iter().zip(&measures) {
        y += p.margin_before;
        let top = y;
        let align = p.align.unwrap_or(default_align);
        if let Some(t) = p.table.as_ref().filter(|_| super::html::TABLES) {
            let avail = (width - p.indent).max(0.0);
            let tb = layout_table(t, &mut styles, avail, wrap.is_some(), height);
            // A narrower table sits by its paragraph's alignment (HTML's align on the parent).
            let dx = p.indent
                + match align {
                    Align::Left => 0.0,
                    Align::Center => ((avail - tb.width) / 2.0).max(0.0),
                    Align::Right => (avail - tb.width).max(0.0),
                };
            let h = tb.height;
            place(tb, dx, y, &mut lines, &mut boxes);
            y += h;
            spans.push((top, y));
            continue;
        }
        if let Some(h) = p.rule {
            // <hr>: Blink's inset border box, `h` px tall (rendered by render::label).
            lines.push(Line {
                top: y,
                height: h,
                baseline: y,
                left: p.indent,
                width: (width - p.indent).max(0.0),
                align,
                runs: vec![],
                marker: None,
                rule: true,
            });
            y += h;
            spans.push((top, y));
            continue;
        }
        let avail = (width - p.indent).max(0.0);
        let g = &m.glyphs;
        let breaks = break_lines(
            g,
            if break_at_width && !p.preserve {
                Some(avail)
            } else {
                None
            },
        );
        let (strut_a, strut_d) = inline_extent(&p.strut);
        for (li, &(a, b)) in breaks.iter().enumerate() {
            let mut end = b;
            while end > a && g.get(end - 1).is_some_and(|x| x.kind != Kind::Char) {
                end -= 1;
            }
            let mut runs: Vec<PlacedRun> = Vec::new();
            let mut x = 0.0;
            let (mut asc, mut desc) = (strut_a, strut_d);
            for gl in g.get(a..end).unwrap_or(&[]) {
                let style = styles
                    .get(gl.style)
                    .cloned()
                    .unwrap_or_else(|| p.strut.clone());
                match runs.last_mut() {
                    Some(r) if r.style == style => {
                        r.text.push(gl.c);
                        r.width += gl.w;
                    }
                    _ => {
                        let (ra, rd) = inline_extent(&style);
                        asc = asc.max(ra);
                        desc = desc.max(rd);
                        runs.push(PlacedRun {
                            x,
                            width: gl.w,
                            text: gl.c.to_string(),
                            style,
                        });
                    }
                }
                x += gl.w;
            }
            let lw = x;
            let left = match align {
                Align::Left => p.indent,
                Align::Center => p.indent + ((avail - lw) / 2.0).max(0.0),
                Align::Right => p.indent + (avail - lw).max(0.0),
            };
            for r in &mut runs {
                r.x += left;
            }
            let marker = if li == 0 {
                p.marker.as_ref().map(|mk| {
                    let mw: f64 = format!("{mk} ")
                        .chars()
                        .map(|c| char_width(c, &p.strut))
                        .sum();
                    // Blink pads symbol markers (disc, circle, square) by a further 7px.
                    let pad = if mk.ends_with('.') { 0.0 } else { 7.0 };
                    (mk.clone(), p.indent - mw - pad, p.strut.clone())
                })
            } else {
                None
            };
            let height = asc + desc;
            lines.push(Line {
                top: y,
                height,
                baseline: y + asc,
                left,
                width: lw,
                align,
                runs,
                marker,
                rule: false,
            });
            y += height;
        }
        spans.push((top, y));
    }
    y += doc.margin_after;
    let bands = doc.bands.iter().filter_map(|b| {
        let (top, _) = *spans.get(b.first)?;
        let (_, bottom) = *spans.get(b.end.checked_sub(1)?)?;
        (b.end > b.first).then(|| PaintBox {
            x: b.left,
            y: top - b.pad_top,
            width: (width - b.left).max(0.0),
            height: bottom - top + b.pad_top + b.pad_bottom,
            fill: Some(b.color.clone()),
            stroke: None,
        })
    });
    let boxes = bands.chain(boxes).collect();
    Block {
        lines,
        boxes,
        width,
        height: y,
    }
}

/// Move a laid-out block by (dx, dy) into `lines` and `boxes`.
fn place(b: Block, dx: f64, dy: f64, lines: &mut Vec<Line>, boxes: &mut Vec<PaintBox>) {
    for mut l in b.lines {
        l.top += dy;
        l.baseline += dy;
        l.left += dx;
        for r in &mut l.runs {
            r.x += dx;
        }
        if let Some(m) = &mut l.marker {
            m.1 += dx;
        }
        lines.push(l);
    }
    for mut bx in b.boxes {
        bx.x += dx;
        bx.y += dy;
        boxes.push(bx);
    }
}

/// Min- and max-content widths of a document: its widest paragraph, indent included.
fn doc_widths(doc: &Doc, styles: &mut Vec<SpanStyle>) -> (f64, f64) {
    doc.paras.iter().fold((0.0, 0.0), |(mn, mx), p| {
        let m = measure(p, styles, None);
        (
            mn.max(p.indent + m.min_content),
            mx.max(p.indent + m.max_content),
        )
    })
}

/// A cell border's colour: its own, else (borders collapsed) its row's, else the table's.
fn border_color(t: &Table, row: &super::html::Row, c: &Cell) -> Option<Color> {
    c.border_color
        .clone()
        .or_else(|| {
            if t.collapse {
                row.border_color.clone()
            } else {
                None
            }
        })
        .or_else(|| t.border_color.clone())
}

/// A cell's border width: its own, else 1px when the table has a `border`.
fn cell_border(t: &Table, c: &Cell) -> f64 {
    if c.border > 0.0 {
        c.border
    } else if t.border > 0.0 {
        1.0
    } else {
        0.0
    }
}

/// Table geometry shared by measuring and layout. With collapsed borders every grid line is one
/// line of the widest border (`line`), centred on the boundary between cells; otherwise each cell
/// has its own border, cells are `spacing` apart and the table has its own border around them.
struct Frame {
    line: f64,
    /// Number of columns: the widest row's column spans.
    cols: usize,
}

fn table_frame(t: &Table) -> Frame {
    let line = t
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .map(|c| cell_border(t, c))
        .fold(t.border, f64::max);
    let cols = t
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| c.colspan).sum::<usize>())
        .max()
        .unwrap_or(0)
        .min(1000);
    Frame { line, cols }
}

impl Table {
    /// Border and spacing outside `n` columns (or rows).
    fn outside(&self, f: &Frame, n: usize) -> f64 {
        if self.collapse {
            f.line
        } else {
            2.0 * self.border + (n as f64 + 1.0) * self.spacing
        }
    }

    /// Padding and border on both sides of a cell, per axis.
    fn cell_extra(&self, f: &Frame, c: &Cell) -> f64 {
        2.0 * self.padding
            + if self.collapse {
                f.line
            } else {
                2.0 * cell_border(self, c)
            }
    }

    /// Gaps between the columns (or rows) a span covers.
    fn span_gaps(&self, span: usize) -> f64 {
        if self.collapse {
            0.0
        } else {
            span.saturating_sub(1) as f64 * self.spacing
        }
    }
}

/// Per-column (min, max) widths, cell padding and borders included, and each column's
/// requested width: a percentage of the table's or px.
struct Columns {
    min: Vec<f64>,
    max: Vec<f64>,
    percent: Vec<Option<f64>>,
    fixed: Vec<Option<f64>>,
}

fn columns(t: &Table, f: &Frame, styles: &mut Vec<SpanStyle>) -> Columns {
    let n = f.cols;
    let mut c = Columns {
        min: vec![0.0; n],
        max: vec![0.0; n],
        percent: vec![None; n],
        fixed: vec![None; n],
    };
    let mut spans = Vec::new();
    for row in &t.rows {
        let mut col = 0;
        for cell in &row.cells {
            let span = cell.colspan.min(n - col.min(n));
            if span == 0 {
                break;
            }
            let (mn, mx) = doc_widths(&cell.doc, styles);
            let extra = t.cell_extra(f, cell);
            let (mn, mx) = (mn + extra, mx + extra);
            if span == 1 {
                c.min[col] = c.min[col].max(mn);
                c.max[col] = c.max[col].max(mx);
                match cell.width {
                    Some(super::html::Length::Percent(p)) => {
                        c.percent[col] = Some(c.percent[col].unwrap_or(0.0).max(p))
                    }
                    Some(super::html::Length::Px(px)) => {
                        c.fixed[col] = Some(c.fixed[col].unwrap_or(0.0).max(px + extra))
                    }
                    None => {}
                }
            } else {
                spans.push((col, span, mn, mx));
            }
            col += span;
        }
    }
    // A spanning cell wider than its columns widens them evenly.
    for (col, span, mn, mx) in spans {
        let gaps = t.span_gaps(span);
        for (v, want) in [(&mut c.min, mn), (&mut c.max, mx)] {
            let have: f64 = v[col..col + span].iter().sum::<f64>() + gaps;
            if want > have {
                let add = (want - have) / span as f64;
                for w in &mut v[col..col + span] {
                    *w += add;
                }
            }
        }
    }
    for i in 0..n {
        c.max[i] = c.max[i].max(c.min[i]);
    }
    c
}

fn table_widths(t: &Table, styles: &mut Vec<SpanStyle>) -> (f64, f64) {
    let f = table_frame(t);
    let c = columns(t, &f, styles);
    widths_of(t, &f, &c)
}

fn widths_of(t: &Table, f: &Frame, c: &Columns) -> (f64, f64) {
    let out = t.outside(&f, f.cols);
    let fixed = |i: usize| c.fixed[i].map_or(c.max[i], |px| px.max(c.min[i]));
    let mut min = c.min.iter().sum::<f64>() + out;
    let mut max = (0..f.cols).map(fixed).sum::<f64>() + out;
    if let Some(super::html::Length::Px(px)) = t.width {
        min = min.max(px);
        max = min;
    }
    (min, max.max(min))
}

/// Share `total` among columns: requested widths first (never below a column's minimum), then
/// what is left to the columns without a request, in proportion to their max-content widths.
fn column_widths(c: &Columns, total: f64) -> Vec<f64> {
    let n = c.min.len();
    let mut w: Vec<f64> = (0..n)
        .map(|i| match (c.percent[i], c.fixed[i]) {
            (Some(p), _) => (total * p / 100.0).max(c.min[i]),
            (None, Some(px)) => px.max(c.min[i]),
            (None, None) => c.max[i],
        })
        .collect();
    let auto: Vec<usize> = (0..n)
        .filter(|&i| c.percent[i].is_none() && c.fixed[i].is_none())
        .collect();
    let sum: f64 = w.iter().sum();
    if sum < total {
        let extra = total - sum;
        let grow: Vec<usize> = if auto.is_empty() {
            (0..n).collect()
        } else {
            auto
        };
        let weight: f64 = grow.iter().map(|&i| w[i]).sum();
        for &i in &grow {
            w[i] += if weight > 0.0 {
                extra * w[i] / weight
            } else {
                extra / grow.len() as f64
            };
        }
    } else if sum > total {
        // Shrink toward the minimums, the columns with the most room first in proportion.
        let room: f64 = (0..n).map(|i| w[i] - c.min[i]).sum();
        if room > 0.0 {
            let cut = (sum - total).min(room);
            for i in 0..n {
                w[i] -= cut * (w[i] - c.min[i]) / room;
            }
        }
    }
    w
}

/// Lay out a table `avail` px wide at most (`bounded`: the label wraps, so percentages apply),
/// in a box `height` px high when known.
fn layout_table(
    t: &Table,
    styles: &mut Vec<SpanStyle>,
    avail: f64,
    bounded: bool,
    height: Option<f64>,
) -> Block {
    let f = table_frame(t);
    let mut out = Block::default();
    if f.cols == 0 {
        return out;
    }
    let c = columns(t, &f, styles);
    let outside = t.outside(&f, f.cols);
    let (min, max) = widths_of(t, &f, &c);
    let width = match t.width.and_then(|l| l.resolve(bounded.then_some(avail))) {
        Some(w) => w.max(min),
        None if bounded => max.min(avail).max(min),
        None => max,
    };
    let cols = column_widths(&c, width - outside);
    // Column left edges: after the table's border and spacing, or on the first grid line.
    let start = if t.collapse {
        f.line / 2.0
    } else {
        t.border + t.spacing
    };
    let gap = if t.collapse { 0.0 } else { t.spacing };
    let mut col_x = Vec::with_capacity(f.cols + 1);
    let mut x = start;
    for w in &cols {
        col_x.push(x);
        x += w + gap;
    }
    col_x.push(x);

    // Each cell laid out at its columns' width; rows as high as their highest cell.
    struct Placed {
        x: f64,
        w: f64,
        block: Block,
        extra: f64,
        border: f64,
        valign: CellAlign,
    }
    let mut rows: Vec<(Vec<Placed>, f64)> = Vec::new();
    for row in &t.rows {
        let mut placed = Vec::new();
        let mut col = 0;
        let mut h: f64 = 0.0;
        for cell in &row.cells {
            let span = cell.colspan.min(f.cols - col.min(f.cols));
            if span == 0 {
                break;
            }
            let w = col_x[col + span] - gap - col_x[col];
            let extra = t.cell_extra(&f, cell);
            let block = layout_block(
                &cell.doc,
                Some((w - extra).max(0.0)),
                None,
                Align::Left,
                Sizing::Cell,
            );
            h = h.max(block.height + extra);
            placed.push(Placed {
                x: col_x[col],
                w,
                block,
                extra,
                border: cell_border(t, cell),
                valign: cell.valign,
            });
            col += span;
        }
        rows.push((placed, h));
    }
    let row_gaps = t.outside(&f, rows.len());
    let natural: f64 = rows.iter().map(|r| r.1).sum::<f64>() + row_gaps;
    // A taller table (height: 100% of the label) shares the extra height by row height.
    if let Some(target) = t.height.and_then(|l| l.resolve(height)) {
        if target > natural && !rows.is_empty() {
            let extra = target - natural;
            let sum: f64 = rows.iter().map(|r| r.1).sum();
            let n = rows.len() as f64;
            for r in &mut rows {
                r.1 += if sum > 0.0 {
                    extra * r.1 / sum
                } else {
                    extra / n
                };
            }
        }
    }
    let total_h = rows.iter().map(|r| r.1).sum::<f64>() + row_gaps;
    let total_w = x - gap
        + if t.collapse {
            f.line / 2.0
        } else {
            t.spacing + t.border
        };

    let fill = |x, y, w, h, c: &Color| PaintBox {
        x,
        y,
        width: w,
        height: h,
        fill: Some(c.clone()),
        stroke: None,
    };
    let mut fills = Vec::new();
    let mut strokes = Vec::new();
    if let Some(bg) = &t.background {
        fills.push(fill(0.0, 0.0, total_w, total_h, bg));
    }
    if t.border > 0.0 && !t.collapse {
        let b = t.border;
        strokes.push(PaintBox {
            x: b / 2.0,
            y: b / 2.0,
            width: total_w - b,
            height: total_h - b,
            fill: None,
            stroke: Some((b, t.border_color.clone())),
        });
    }
    let mut y = start;
    let mut inner_lines = Vec::new();
    let mut inner_boxes = Vec::new();
    for ((placed, h), row) in rows.into_iter().zip(&t.rows) {
        if let (Some(bg), Some(first), Some(last)) =
            (&row.background, placed.first(), placed.last())
        {
            fills.push(fill(first.x, y, last.x + last.w - first.x, h, bg));
        }
        for (p, cell) in placed.into_iter().zip(&row.cells) {
            if let Some(bg) = &cell.background {
                fills.push(fill(p.x, y, p.w, h, bg));
            }
            if p.border > 0.0 {
                // Collapsed: the grid line centred on the boundary; separate: inside the cell.
                let inset = if t.collapse { 0.0 } else { p.border / 2.0 };
                let line = if t.collapse { f.line } else { p.border };
                strokes.push(PaintBox {
                    x: p.x + inset,
                    y: y + inset,
                    width: p.w - 2.0 * inset,
                    height: h - 2.0 * inset,
                    fill: None,
                    stroke: Some((line, border_color(t, row, cell))),
                });
            }
            let content_h = p.block.height + p.extra;
            let dy = match p.valign {
                CellAlign::Top => 0.0,
                CellAlign::Middle => (h - content_h) / 2.0,
                CellAlign::Bottom => h - content_h,
            };
            let lead = p.extra / 2.0;
            place(
                p.block,
                p.x + lead,
                y + dy + lead,
                &mut inner_lines,
                &mut inner_boxes,
            );
        }
        y += h + gap;
    }
    out.boxes = fills;
    out.boxes.extend(strokes);
    out.boxes.extend(inner_boxes);
    out.lines = inner_lines;
    out.width = total_w;
    out.height = total_h;
    out
}

#[cfg(test)]
mod tests {
    use super::super::html::{base_style, parse_html, plain_doc};
    use super::super::{text_width, Font};
    use super::*;
    use crate::style::Theme;

    fn html(s: &str, wrap: Option<f64>) -> Block {
        let d = parse_html(
            s,
            &base_style("Helvetica", 12.0, 0),
            Align::Center,
            &Theme::light(),
        );
        layout_doc(&d, wrap, Align::Center)
    }

    fn line_texts(b: &Block) -> Vec<String> {
        b.lines
            .iter()
            .map(|l| l.runs.iter().map(|r| r.text.as_str()).collect())
            .collect()
    }

    fn w(s: &str) -> f64 {
        text_width(
            s,
            &Font {
                family: "Helvetica".into(),
                size: 12.0,
                bold: false,
                italic: false,
            },
        )
    }

    fn html_in(s: &str, wrap: Option<f64>, height: Option<f64>) -> Block {
        let d = parse_html(
            s,
            &base_style("Helvetica", 12.0, 0),
            Align::Left,
            &Theme::light(),
        );
        layout_doc_in(&d, wrap, height, Align::Left)
    }

    #[test]
    fn a_collapsed_table_fills_the_label_and_shares_its_width() {
        // draw.io's Misc palette table: width and height 100% of an overflow=fill label, one
        // 1px grid line between cells, cellpadding 4.
        let t = "<table border=\"1\" cellpadding=\"4\" style=\"width:100%;height:100%;border-collapse:collapse\"><tr><td>a</td><td width=\"75%\">b</td></tr><tr><td>c</td><td>d</td></tr></table>";
        let b = html_in(t, Some(200.0), Some(120.0));
        assert_eq!(b.width, 200.0);
        assert_eq!(b.height, 120.0, "rows stretched to the label's height");
        assert_eq!(line_texts(&b), vec!["a", "b", "c", "d"]);
        // The 75% column: 75% of the 199px between the outer grid lines' centres.
        let (a, bl) = (&b.lines[0], &b.lines[1]);
        assert!(
            (a.left - (0.5 + 0.5 + 4.0)).abs() < 1e-9,
            "after the grid line and padding: {}",
            a.left
        );
        let second_col = 0.5 + 199.0 * 0.25;
        assert!(
            (bl.left - (second_col + 0.5 + 4.0)).abs() < 1e-6,
            "{}",
            bl.left
        );
        // Rows share the extra height equally (same content) and cells centre vertically.
        let (c, d) = (&b.lines[2], &b.lines[3]);
        assert!(
            (c.top - a.top - 59.5).abs() < 1e-6,
            "row pitch {}",
            c.top - a.top
        );
        assert_eq!(c.top, d.top);
        // One stroked box per cell, all 1px, in the text colour.
        let strokes: Vec<_> = b.boxes.iter().filter_map(|x| x.stroke.clone()).collect();
        assert_eq!(strokes, vec![(1.0, None); 4]);
    }

    #[test]
    fn a_block_background_spans_the_label_and_its_padding() {
        let b = html_in(
            "<div style=\"background:#e4e4e4;padding:2px\">T</div>x",
            Some(100.0),
            None,
        );
        // As wide as the label's box, which shrinks to its content as draw.io's inline-block does.
        let band = &b.boxes[0];
        assert!(b.width < 100.0);
        assert_eq!((band.x, band.width), (0.0, b.width));
        let t = &b.lines[0];
        assert_eq!(band.y, t.top - 2.0);
        assert_eq!(band.height, t.height + 4.0);
        assert_eq!(
            b.lines[1].top,
            t.top + t.height + 2.0,
            "x after the padding"
        );
        assert_eq!(band.fill.as_ref().map(|c| c.as_str()), Some("#e4e4e4"));
    }

    #[test]
    fn an_auto_table_shrinks_to_its_content_and_spaces_its_cells() {
        // No width: as wide as its content. Separate borders: the table's 1px border, 2px
        // spacing, each cell its own 1px border and 1px padding (the HTML defaults).
        let b = html_in(
            "<table border=\"1\"><tr><td>ab</td><td>c</td></tr></table>",
            Some(500.0),
            None,
        );
        let w_ab: f64 = "ab"
            .chars()
            .map(|c| char_width(c, &base_style("Helvetica", 12.0, 0)))
            .sum();
        let w_c = char_width('c', &base_style("Helvetica", 12.0, 0));
        let expect = 2.0 * 1.0 + 3.0 * 2.0 + (w_ab + 4.0) + (w_c + 4.0);
        assert!((b.width - expect).abs() < 1e-6, "{} vs {}", b.width, expect);
        assert_eq!(b.lines[0].left, 1.0 + 2.0 + 1.0 + 1.0);
        // Hostile nesting stays cheap to lay out (four levels at most are tables).
        let deep = html_in(&"<table border=1><tr><td>x".repeat(100), Some(300.0), None);
        assert_eq!(deep.lines.len(), 100, "every x drawn once");
        // A long cell wraps rather than overflow the label.
        let long = "<table><tr><td>one two three four five six seven eight</td></tr></table>";
        let b = html_in(long, Some(60.0), None);
        assert!(
            b.width <= 60.0 + 1e-9 && b.lines.len() > 1,
            "{} wide, {} lines",
            b.width,
            b.lines.len()
        );
    }

    #[test]
    fn collapses_whitespace_like_a_browser() {
        let b = html("  a \n\t  b   <b> c </b>  ", None);
        // "\n" is a <br> in draw.io html labels.
        assert_eq!(line_texts(&b), vec!["a", "b c"]);
        assert_eq!(b.lines[1].runs.len(), 2);
        let bold_c = text_width(
            "c",
            &Font {
                family: "Helvetica".into(),
                size: 12.0,
                bold: true,
                italic: false,
            },
        );
        assert!((b.lines[1].width - (w("b ") + bold_c)).abs() < 1e-9);
        // &nbsp; is kept and never collapses.
        let b = html("a&nbsp;&nbsp;b", None);
        assert_eq!(line_texts(&b), vec!["a\u{A0}\u{A0}b"]);
    }

    #[test]
    fn wraps_at_word_boundaries() {
        let text = "alpha beta gamma delta";
        // Room for "alpha beta" and "gamma delta" but not "alpha beta gamma".
        let avail = w("alpha beta").max(w("gamma delta")) + 1.0;
        assert!(avail < w("alpha beta gamma"));
        let b = html(text, Some(avail));
        assert_eq!(line_texts(&b), vec!["alpha beta", "gamma delta"]);
        // The inline-block takes the available width when content must wrap.
        assert_eq!(b.width, avail);
        // Exactly fitting text does not wrap.
        let b = html("alpha beta", Some(w("alpha beta")));
        assert_eq!(line_texts(&b), vec!["alpha beta"]);
        // A word longer than the width overflows instead of breaking (word-wrap: normal),
        // and the block widens to it: the next words share its line width.
        let b = html("Supercalifragilistic a b", Some(20.0));
        assert_eq!(line_texts(&b), vec!["Supercalifragilistic", "a b"]);
        assert!((b.width - w("Supercalifragilistic")).abs() < 1e-9);
        // No wrapping without a width: one line, shrink-wrapped.
        let b = html(text, None);
        assert_eq!(line_texts(&b), vec![text]);
        assert!((b.width - w(text)).abs() < 1e-9);
        // Hyphenated words break after the hyphen; CJK between ideographs.
        let b = html("well-known", Some(w("well-") + 0.5));
        assert_eq!(line_texts(&b), vec!["well-", "known"]);
        let b = html("中文字符", Some(25.0));
        assert_eq!(line_texts(&b), vec!["中文", "字符"]);
    }

    #[test]
    fn alignment_offsets() {
        let b = html("<div style=\"text-align:left\">a</div><div>bbbb</div><div style=\"text-align:right\">cc</div>", None);
        let width = w("bbbb");
        assert_eq!(b.width, width);
        assert_eq!(b.lines[0].left, 0.0);
        assert_eq!(b.lines[1].left, 0.0);
        assert!((b.lines[2].left - (width - w("cc"))).abs() < 1e-9);
        let b = html("a<br>bbbb", None);
        assert!((b.lines[0].left - (w("bbbb") - w("a")) / 2.0).abs() < 1e-9);
    }

    #[test]
    fn line_heights_and_baselines() {
        // 12px Liberation Sans: ascent round(10.86)=11, descent round(2.54)=3, line-height 14.4.
        let b = html("a<br>b", None);
        let lh = (14.4f64 * 64.0).floor() / 64.0;
        assert!((b.lines[0].height - lh).abs() < 1e-9);
        // The half-leading above the baseline (0.195 px) is floored, as Blink places glyphs.
        assert!((b.lines[0].baseline - 11.0).abs() < 1e-9);
        assert!((b.lines[1].top - lh).abs() < 1e-9);
        assert!((b.height - 2.0 * lh).abs() < 1e-9);
        // A bigger run makes its line taller; the strut keeps small runs from shrinking it.
        let b = html(
            "x<font style=\"font-size: 24px\">Y</font><br><font style=\"font-size:6px\">z</font>",
            None,
        );
        assert!(b.lines[0].height > 28.0);
        assert!((b.lines[1].height - lh).abs() < 1e-9);
        // Empty divs add nothing; <div><br></div> adds an empty line.
        assert_eq!(html("a<div></div>b", None).lines.len(), 2);
        let b = html("a<div><br></div>b", None);
        assert_eq!(line_texts(&b), vec!["a", "", "b"]);
        // Paragraph margins count, including the first and last (inline-block contains them).
        let b = html("<p>a</p>", None);
        assert!((b.height - (12.0 + lh + 12.0)).abs() < 1e-9);
    }

    #[test]
    fn css_line_height() {
        let lh12 = (14.4f64 * 64.0).floor() / 64.0;
        // A block's line-height sets its strut: 2 (factor), 30px, 200%, normal (asc+desc+gap = 11+3+0).
        let cases = [
            ("2", 24.0),
            ("30px", 30.0),
            ("200%", 24.0),
            ("normal", 14.0),
        ];
        for (v, expect) in cases {
            let b = html(&format!("<div style=\"line-height: {v}\">a</div>"), None);
            assert!(
                (b.lines[0].height - expect).abs() < 1e-9,
                "{v}: {}",
                b.lines[0].height
            );
        }
        // On an inline element its own box counts, aligned on the baseline with the 12px strut:
        // 18px text (asc 16, desc 4) in 17.171875px → above baseline 16 + floor(−1.414) = 14;
        // below, the strut's 14.390625 − 11 wins: 14 + 3.390625.
        let b = html(
            "<span style=\"line-height: 17.18px; font-size: 18px\">x</span>",
            None,
        );
        assert!(
            (b.lines[0].height - 17.390625).abs() < 1e-9,
            "{}",
            b.lines[0].height
        );
        let b = html("<span style=\"line-height: 40px\">x</span>", None);
        assert!((b.lines[0].height - 40.0).abs() < 0.02 && b.lines[0].height > lh12);
    }

    #[test]
    fn lists_and_rules() {
        let b = html("<ul><li>one</li><li>two</li></ul><hr>", None);
        assert_eq!(b.lines[0].marker.as_ref().map(|m| m.0.as_str()), Some("•"));
        let (_, mx, _) = b.lines[0].marker.clone().unwrap();
        // "• " is 7.5px at 12px, plus Blink's 7px symbol padding, left of the 40px indent.
        let bullet = w("• ");
        assert!((mx - (40.0 - bullet - 7.0)).abs() < 1e-9, "{mx}");
        let ol = html("<ol><li>one</li></ol>", None);
        let (mk, mx, _) = ol.lines[0].marker.clone().unwrap();
        assert_eq!(mk, "1.");
        assert!((mx - (40.0 - w("1. "))).abs() < 1e-9);
        assert!((b.lines[0].runs[0].x - 40.0).abs() < 1e-9 || b.lines[0].align == Align::Center);
        assert!(b.lines.last().unwrap().rule);
    }

    #[test]
    fn plain_wrapped_labels_collapse_but_pre_keeps() {
        let d = plain_doc("a   b\n", &base_style("Helvetica", 12.0, 0), Align::Left);
        // A trailing newline is an empty line (draw.io turns it into <div><br></div>).
        assert_eq!(
            line_texts(&layout_doc(&d, None, Align::Left)),
            vec!["a b", ""]
        );
        let b = html("<pre>a   b\nc</pre>", Some(5.0));
        assert_eq!(line_texts(&b), vec!["a\u{A0}\u{A0}\u{A0}b", "c"]);
    }
}
