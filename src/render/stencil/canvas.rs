//! A drawing canvas with mxAbstractCanvas2D's state machine, writing SVG the way mxSvgCanvas2D
//! does: a current node (path, rect or ellipse) that `fill`/`stroke`/`fillAndStroke` paint and
//! emit, a state stack for save/restore, and alpha/fill/stroke/dash/line/font state.
//! Stencils and the JavaScript-coded library shapes (mxAWS4.js, …) draw through it.
//!
//! Every colour goes through `style::Color`, every text through `svg::esc_text`, every image
//! through `shapes::safe_image_href`; numbers are finite (`svg::num`).

use crate::render::shapes::safe_image_href;
use crate::render::svg::{esc_attr, esc_text, num, push_num};
use crate::style::{Color, Theme};
use std::fmt::Write;

/// mxConstants.DEFAULT_FONTSIZE / DEFAULT_FONTFAMILY (the canvas font, not the label font).
const DEFAULT_FONT_SIZE: f64 = 11.0;
const DEFAULT_FONT_FAMILY: &str = "Arial,Helvetica";
/// mxConstants.LINE_HEIGHT.
const LINE_HEIGHT: f64 = 1.2;
/// Deepest save stack kept (a hostile stencil could push forever).
const MAX_STACK: usize = 256;

#[derive(Debug, Clone)]
pub struct State {
    pub dx: f64,
    pub dy: f64,
    pub alpha: f64,
    pub fill_alpha: f64,
    pub stroke_alpha: f64,
    /// A validated colour, or `url(#id)` of a gradient in <defs>.
    pub fill: Option<String>,
    pub stroke: Option<String>,
    pub stroke_width: f64,
    pub dashed: bool,
    pub fix_dash: bool,
    pub dash_pattern: Vec<f64>,
    pub line_cap: &'static str,
    pub line_join: &'static str,
    pub miter_limit: f64,
    pub font_color: Option<String>,
    pub font_size: f64,
    pub font_family: String,
    pub font_style: u32,
}

impl Default for State {
    /// mxAbstractCanvas2D.createState.
    fn default() -> Self {
        State {
            dx: 0.0,
            dy: 0.0,
            alpha: 1.0,
            fill_alpha: 1.0,
            stroke_alpha: 1.0,
            fill: None,
            stroke: None,
            stroke_width: 1.0,
            dashed: false,
            fix_dash: false,
            dash_pattern: vec![3.0, 3.0],
            line_cap: "flat",
            line_join: "miter",
            miter_limit: 10.0,
            font_color: Some("#000000".into()),
            font_size: DEFAULT_FONT_SIZE,
            font_family: DEFAULT_FONT_FAMILY.into(),
            font_style: 0,
        }
    }
}

const EMPTY_BOX: [f64; 4] = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];

enum NodeKind {
    Path,
    Shape,
}

enum Node {
    None,
    Path,
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        r: f64,
    },
    Ellipse {
        cx: f64,
        cy: f64,
        rx: f64,
        ry: f64,
    },
}

pub struct Canvas<'a> {
    out: &'a mut String,
    pub theme: &'a Theme,
    pub state: State,
    pub states: Vec<State>,
    node: Node,
    d: String,
    last: (f64, f64),
    /// Bounds of the current path's points (page units): min x, min y, max x, max y.
    bb: [f64; 4],
    /// Elements still allowed (hostile stencils cannot make a document grow without bound).
    pub budget: usize,
    /// Painted primitives not written yet, merged into one `<path>` while they paint alike.
    run: Run,
}

/// Consecutive primitives with the same paint attributes whose painted areas (stroke included)
/// do not touch: one `<path>` draws them exactly as the separate elements would (no overlap, so
/// neither paint order nor winding can differ), with a fraction of the DOM work. Stencils are
/// full of such runs (rows of ports, LEDs, slots).
#[derive(Default)]
struct Run {
    /// The first primitive as its own element (written as is when nothing joins it).
    first: String,
    /// Path data of every primitive of the run.
    d: String,
    /// The paint attributes, identical for the whole run.
    paint: String,
    /// Painted bounds of each primitive.
    boxes: Vec<[f64; 4]>,
}

fn frac(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        1.0
    }
}

fn finite(v: f64, default: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        default
    }
}

impl<'a> Canvas<'a> {
    pub fn new(out: &'a mut String, theme: &'a Theme, budget: usize) -> Canvas<'a> {
        Canvas {
            out,
            theme,
            state: State::default(),
            states: Vec::new(),
            node: Node::None,
            d: String::new(),
            last: (0.0, 0.0),
            bb: EMPTY_BOX,
            budget,
            run: Run::default(),
        }
    }

    /// Writes the pending run of primitives (before anything else is written, and at the end).
    pub fn flush(&mut self) {
        let run = std::mem::take(&mut self.run);
        match run.boxes.len() {
            0 => {}
            1 => self.out.push_str(&run.first),
            _ => {
                let _ = write!(self.out, "<path d=\"{}\"{}/>", run.d, run.paint);
            }
        }
    }

    fn grow_bb(&mut self, x: f64, y: f64, r: f64) {
        self.bb = [
            self.bb[0].min(x - r),
            self.bb[1].min(y - r),
            self.bb[2].max(x + r),
            self.bb[3].max(y + r),
        ];
    }

    /// A colour from a stencil or a style: validated, `none` (or anything invalid) → None.
    pub fn color(&self, v: &str) -> Option<String> {
        Color::parse(v, self.theme).map(|c| c.as_str().to_string())
    }

    pub fn save(&mut self) {
        if self.states.len() < MAX_STACK {
            self.states.push(self.state.clone());
        }
    }
    pub fn restore(&mut self) {
        if let Some(s) = self.states.pop() {
            self.state = s;
        }
    }
    pub fn translate(&mut self, dx: f64, dy: f64) {
        self.state.dx += finite(dx, 0.0);
        self.state.dy += finite(dy, 0.0);
    }
    pub fn set_alpha(&mut self, a: f64) {
        self.state.alpha = frac(a);
    }
    pub fn set_fill_alpha(&mut self, a: f64) {
        self.state.fill_alpha = frac(a);
    }
    pub fn set_stroke_alpha(&mut self, a: f64) {
        self.state.stroke_alpha = frac(a);
    }
    /// setFillColor with a raw (unvalidated) value.
    pub fn set_fill_color(&mut self, v: &str) {
        self.state.fill = self.color(v);
    }
    /// A fill already validated (a colour or a gradient reference from `Paint`).
    pub fn set_fill_paint(&mut self, v: Option<String>) {
        self.state.fill = v;
    }
    pub fn set_stroke_color(&mut self, v: &str) {
        self.state.stroke = self.color(v);
    }
    pub fn set_stroke_paint(&mut self, v: Option<String>) {
        self.state.stroke = v;
    }
    pub fn set_stroke_width(&mut self, w: f64) {
        self.state.stroke_width = finite(w, 1.0).clamp(0.0, 10_000.0);
    }
    pub fn set_dashed(&mut self, dashed: bool, fix_dash: bool) {
        self.state.dashed = dashed;
        self.state.fix_dash = fix_dash;
    }
    /// `dashPattern`: space-separated numbers.
    pub fn set_dash_pattern(&mut self, pattern: &[f64]) {
        self.state.dash_pattern = pattern
            .iter()
            .take(32)
            .map(|v| finite(*v, 0.0).max(0.0))
            .collect();
    }
    pub fn set_line_cap(&mut self, v: &str) {
        self.state.line_cap = match v {
            "round" => "round",
            "square" => "square",
            _ => "flat",
        };
    }
    pub fn set_line_join(&mut self, v: &str) {
        self.state.line_join = match v {
            "round" => "round",
            "bevel" => "bevel",
            _ => "miter",
        };
    }
    pub fn set_miter_limit(&mut self, v: f64) {
        self.state.miter_limit = finite(v, 10.0).clamp(0.0, 1000.0);
    }
    pub fn set_font_color(&mut self, v: &str) {
        self.state.font_color = self.color(v);
    }
    pub fn set_font_size(&mut self, v: f64) {
        self.state.font_size = finite(v, DEFAULT_FONT_SIZE).clamp(0.0, 10_000.0);
    }
    pub fn set_font_family(&mut self, v: &str) {
        self.state.font_family = v.chars().take(200).collect();
    }
    pub fn set_font_style(&mut self, v: u32) {
        self.state.font_style = v;
    }

    fn px(&self, x: f64) -> f64 {
        finite(x, 0.0) + self.state.dx
    }
    fn py(&self, y: f64) -> f64 {
        finite(y, 0.0) + self.state.dy
    }
    fn op(&mut self, cmd: char, pts: &[(f64, f64)]) {
        if !self.d.is_empty() {
            self.d.push(' ');
        }
        self.d.push(cmd);
        for (i, (x, y)) in pts.iter().enumerate() {
            let (x, y) = (self.px(*x), self.py(*y));
            self.grow_bb(x, y, 0.0);
            if i > 0 {
                self.d.push(' ');
            }
            push_num(&mut self.d, x);
            self.d.push(' ');
            push_num(&mut self.d, y);
        }
        if let Some(&(x, y)) = pts.last() {
            self.last = (finite(x, 0.0), finite(y, 0.0));
        }
    }

    /// Starts a new path (mxAbstractCanvas2D.begin).
    pub fn begin(&mut self) {
        self.node = Node::Path;
        self.d.clear();
        self.bb = EMPTY_BOX;
    }
    pub fn move_to(&mut self, x: f64, y: f64) {
        self.op('M', &[(x, y)]);
    }
    pub fn line_to(&mut self, x: f64, y: f64) {
        self.op('L', &[(x, y)]);
    }
    pub fn quad_to(&mut self, x1: f64, y1: f64, x2: f64, y2: f64) {
        self.op('Q', &[(x1, y1), (x2, y2)]);
    }
    pub fn curve_to(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, x3: f64, y3: f64) {
        self.op('C', &[(x1, y1), (x2, y2), (x3, y3)]);
    }
    /// SVG elliptical arc (draw.io converts it to curves with the same geometry).
    #[allow(clippy::too_many_arguments)]
    pub fn arc_to(
        &mut self,
        rx: f64,
        ry: f64,
        rotation: f64,
        large: bool,
        sweep: bool,
        x: f64,
        y: f64,
    ) {
        if !self.d.is_empty() {
            self.d.push(' ');
        }
        // The arc stays within its diameter of either end (radii too small are scaled up to
        // the chord).
        let (ex, ey) = (self.px(x), self.py(y));
        let (lx, ly) = (self.px(self.last.0), self.py(self.last.1));
        let reach = (2.0 * finite(rx, 0.0).abs().max(finite(ry, 0.0).abs())).max(((ex - lx).powi(2) + (ey - ly).powi(2)).sqrt());
        self.grow_bb(ex, ey, reach);
        let _ = write!(
            self.d,
            "A{} {} {} {} {} {} {}",
            num(finite(rx, 0.0).abs()),
            num(finite(ry, 0.0).abs()),
            num(finite(rotation, 0.0)),
            u8::from(large),
            u8::from(sweep),
            num(self.px(x)),
            num(self.py(y))
        );
        self.last = (finite(x, 0.0), finite(y, 0.0));
    }
    pub fn close(&mut self) {
        if !self.d.is_empty() {
            self.d.push_str(" Z");
        }
    }
    pub fn last_point(&self) -> (f64, f64) {
        self.last
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.node = Node::Rect {
            x: self.px(x),
            y: self.py(y),
            w: finite(w, 0.0),
            h: finite(h, 0.0),
            r: 0.0,
        };
    }
    pub fn roundrect(&mut self, x: f64, y: f64, w: f64, h: f64, r: f64) {
        self.node = Node::Rect {
            x: self.px(x),
            y: self.py(y),
            w: finite(w, 0.0),
            h: finite(h, 0.0),
            r: finite(r, 0.0).max(0.0),
        };
    }
    pub fn ellipse(&mut self, x: f64, y: f64, w: f64, h: f64) {
        let (w, h) = (finite(w, 0.0), finite(h, 0.0));
        self.node = Node::Ellipse {
            cx: self.px(x) + w / 2.0,
            cy: self.py(y) + h / 2.0,
            rx: w / 2.0,
            ry: h / 2.0,
        };
    }

    pub fn fill(&mut self) {
        self.add_node(true, false);
    }
    pub fn stroke(&mut self) {
        self.add_node(false, true);
    }
    pub fn fill_and_stroke(&mut self) {
        self.add_node(true, true);
    }

    /// mxSvgCanvas2D.addNode: paint the current node and emit it, unless it paints nothing.
    fn add_node(&mut self, filled: bool, stroked: bool) {
        let node = std::mem::replace(&mut self.node, Node::None);
        let s = &self.state;
        let fill = if filled { s.fill.as_deref() } else { None };
        let stroke = if stroked && s.stroke_width >= 0.0 {
            s.stroke.as_deref()
        } else {
            None
        };
        if (fill.is_none() && stroke.is_none()) || self.budget == 0 {
            return;
        }
        // A rect or ellipse of zero width or height is not rendered (SVG: "a value of zero
        // disables rendering of the element"): an element fewer for the browser.
        match node {
            Node::Rect { w, h, .. } if !(w > 0.0 && h > 0.0) => return,
            Node::Ellipse { rx, ry, .. } if !(rx != 0.0 && ry != 0.0) => return,
            _ => {}
        }
        let node_kind = match node {
            Node::Path => NodeKind::Path,
            _ => NodeKind::Shape,
        };
        let mut el = String::with_capacity(64 + self.d.len());
        // The primitive as path data and its bounds, for merging into a run.
        let mut d = String::new();
        let bounds;
        match node {
            Node::None => return,
            Node::Path => {
                // Only a path that starts with a move can follow another in one `d`.
                if self.d.is_empty() {
                    return;
                }
                let _ = write!(el, "<path d=\"{}\"", self.d);
                if self.d.starts_with('M') {
                    d.push_str(&self.d);
                }
                bounds = self.bb;
            }
            Node::Rect { x, y, w, h, r } => {
                let (w, h) = (w.max(0.0), h.max(0.0));
                nums(&mut el, &[("<rect x=\"", x), ("\" y=\"", y), ("\" width=\"", w), ("\" height=\"", h)]);
                el.push('"');
                if r > 0.0 {
                    nums(&mut el, &[(" rx=\"", r), ("\" ry=\"", r)]);
                    el.push('"');
                }
                // SVG clamps the corner radius to half the side.
                let r = r.min(w / 2.0).min(h / 2.0);
                if w > 0.0 && h > 0.0 {
                    if r > 0.0 {
                        let arc = |d: &mut String, x: f64, y: f64| {
                            nums(d, &[(" A", r), (" ", r)]);
                            d.push_str(" 0 0 1");
                            nums(d, &[(" ", x), (" ", y)]);
                        };
                        nums(&mut d, &[("M", x + r), (" ", y), (" L", x + w - r), (" ", y)]);
                        arc(&mut d, x + w, y + r);
                        nums(&mut d, &[(" L", x + w), (" ", y + h - r)]);
                        arc(&mut d, x + w - r, y + h);
                        nums(&mut d, &[(" L", x + r), (" ", y + h)]);
                        arc(&mut d, x, y + h - r);
                        nums(&mut d, &[(" L", x), (" ", y + r)]);
                        arc(&mut d, x + r, y);
                        d.push_str(" Z");
                    } else {
                        nums(&mut d, &[("M", x), (" ", y), (" h", w), (" v", h), (" h", -w)]);
                        d.push_str(" Z");
                    }
                }
                bounds = [x, y, x + w, y + h];
            }
            Node::Ellipse { cx, cy, rx, ry } => {
                let (rx, ry) = (rx.abs(), ry.abs());
                nums(&mut el, &[("<ellipse cx=\"", cx), ("\" cy=\"", cy), ("\" rx=\"", rx), ("\" ry=\"", ry)]);
                el.push('"');
                if rx > 0.0 && ry > 0.0 {
                    for (i, x) in [cx + rx, cx - rx, cx + rx].into_iter().enumerate() {
                        if i > 0 {
                            nums(&mut d, &[(" A", rx), (" ", ry)]);
                            d.push_str(" 0 1 1");
                        }
                        nums(&mut d, &[(if i == 0 { "M" } else { " " }, x), (" ", cy)]);
                    }
                    d.push_str(" Z");
                }
                bounds = [cx - rx, cy - ry, cx + rx, cy + ry];
            }
        }
        let geometry_len = el.len();
        match fill {
            Some(f) => {
                let _ = write!(el, " fill=\"{}\"", esc_attr(f));
                let op = s.alpha * s.fill_alpha;
                if op < 1.0 {
                    let _ = write!(el, " fill-opacity=\"{}\"", num3(op));
                }
            }
            None => el.push_str(" fill=\"none\""),
        }
        match stroke {
            Some(c) => {
                let _ = write!(el, " stroke=\"{}\"", esc_attr(c));
                let op = s.alpha * s.stroke_alpha;
                if op < 1.0 {
                    let _ = write!(el, " stroke-opacity=\"{}\"", num3(op));
                }
                // mxSvgCanvas2D.minStrokeWidth = 1.
                let sw = s.stroke_width.max(0.01).max(1.0);
                if sw != 1.0 {
                    let _ = write!(el, " stroke-width=\"{}\"", num(sw));
                }
                if s.line_join != "miter" {
                    let _ = write!(el, " stroke-linejoin=\"{}\"", s.line_join);
                }
                match s.line_cap {
                    "round" | "square" => {
                        let _ = write!(el, " stroke-linecap=\"{}\"", s.line_cap);
                    }
                    _ => {}
                }
                if s.miter_limit != crate::render::ROOT_MITER_LIMIT {
                    let _ = write!(el, " stroke-miterlimit=\"{}\"", num(s.miter_limit));
                }
                if s.dashed {
                    let unit = if s.fix_dash { 1.0 } else { s.stroke_width };
                    let parts: Vec<String> = s.dash_pattern.iter().map(|v| num(v * unit)).collect();
                    if !parts.is_empty() && s.dash_pattern.iter().any(|v| *v > 0.0) {
                        let _ = write!(el, " stroke-dasharray=\"{}\"", parts.join(" "));
                    }
                }
            }
            None => el.push_str(" stroke=\"none\""),
        }
        el.push_str("/>");
        self.budget -= 1;
        // Painted area: the stroke reaches half its width out, a miter join up to the limit.
        let mut reach = 0.0;
        if stroke.is_some() {
            let half = s.stroke_width.max(1.0) / 2.0;
            reach = match (&node_kind, s.line_join) {
                (NodeKind::Path, "miter") => half * s.miter_limit.max(1.0),
                (NodeKind::Path, _) => half * 1.5,
                _ => half,
            };
        }
        let b = [bounds[0] - reach, bounds[1] - reach, bounds[2] + reach, bounds[3] + reach];
        let paint = &el[geometry_len..el.len() - 2];
        let dashed = s.dashed;
        let joins = !d.is_empty()
            && !dashed
            && b.iter().all(|v| v.is_finite())
            && !self.run.boxes.is_empty()
            && !self.run.d.is_empty()
            && self.run.paint == paint
            && self.run.boxes.iter().all(|o| b[0] > o[2] || b[2] < o[0] || b[1] > o[3] || b[3] < o[1]);
        if joins {
            self.run.d.push(' ');
            self.run.d.push_str(&d);
            self.run.boxes.push(b);
        } else {
            self.flush();
            let paint = paint.to_string();
            self.run = Run {
                first: el,
                d: if dashed { String::new() } else { d },
                paint,
                boxes: vec![b],
            };
        }
    }

    /// mxSvgCanvas2D.image (aspect not kept: stencils stretch their images).
    #[allow(clippy::too_many_arguments)]
    pub fn image(&mut self, x: f64, y: f64, w: f64, h: f64, src: &str, flip_h: bool, flip_v: bool) {
        let Some(href) = safe_image_href(src) else {
            return;
        };
        if self.budget == 0 {
            return;
        }
        self.flush();
        self.budget -= 1;
        let (x, y, w, h) = (
            self.px(x),
            self.py(y),
            finite(w, 0.0).max(0.0),
            finite(h, 0.0).max(0.0),
        );
        let _ = write!(
            self.out,
            "<image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\"",
            num(x),
            num(y),
            num(w),
            num(h)
        );
        let op = self.state.alpha * self.state.fill_alpha;
        if op < 1.0 {
            let _ = write!(self.out, " opacity=\"{}\"", num3(op));
        }
        if flip_h || flip_v {
            let (sx, tx) = if flip_h { (-1, 2.0 * x + w) } else { (1, 0.0) };
            let (sy, ty) = if flip_v { (-1, 2.0 * y + h) } else { (1, 0.0) };
            let _ = write!(
                self.out,
                " transform=\"matrix({} 0 0 {} {} {})\"",
                sx,
                sy,
                num(tx),
                num(ty)
            );
        }
        let _ = write!(self.out, " href=\"{}\"/>", esc_attr(&href));
    }

    /// mxSvgCanvas2D.plainText for a point (w = h = 0, no wrapping or clipping): one `<text>` per
    /// line in a `<g>` carrying the font.
    pub fn text(&mut self, x: f64, y: f64, str: &str, align: &str, valign: &str, rotation: f64) {
        let Some(color) = self.state.font_color.clone() else {
            return;
        };
        if str.trim().is_empty() || self.budget == 0 {
            return;
        }
        self.flush();
        self.budget -= 1;
        let s = &self.state;
        let (x, y) = (self.px(x), self.py(y));
        let size = s.font_size;
        let _ = write!(
            self.out,
            "<g fill=\"{}\" font-family=\"{}\"",
            esc_attr(&color),
            family_attr(&s.font_family)
        );
        if s.font_style & 1 != 0 {
            self.out.push_str(" font-weight=\"bold\"");
        }
        if s.font_style & 2 != 0 {
            self.out.push_str(" font-style=\"italic\"");
        }
        let deco: Vec<&str> = [(4, "underline"), (8, "line-through")]
            .iter()
            .filter(|(b, _)| s.font_style & b != 0)
            .map(|(_, n)| *n)
            .collect();
        if !deco.is_empty() {
            let _ = write!(self.out, " text-decoration=\"{}\"", deco.join(" "));
        }
        let anchor = match align {
            "right" => Some("end"),
            "center" => Some("middle"),
            _ => None,
        };
        if let Some(a) = anchor {
            let _ = write!(self.out, " text-anchor=\"{}\"", a);
        }
        let _ = write!(self.out, " font-size=\"{}px\"", num(size));
        let rot = finite(rotation, 0.0);
        if rot != 0.0 {
            let _ = write!(
                self.out,
                " transform=\"rotate({},{},{})\"",
                num(rot),
                num(x),
                num(y)
            );
        }
        if s.alpha < 1.0 {
            let _ = write!(self.out, " opacity=\"{}\"", num3(s.alpha));
        }
        self.out.push('>');
        let lines: Vec<&str> = str.split('\n').take(200).collect();
        let line_h = (size * LINE_HEIGHT).round();
        let total = size + (lines.len() as f64 - 1.0) * line_h;
        let mut cy = y + size - 1.0;
        match valign {
            "middle" => cy -= total / 2.0,
            "bottom" => cy -= total + 1.0,
            _ => {}
        }
        for line in lines {
            if !line.trim().is_empty() {
                let _ = write!(
                    self.out,
                    "<text x=\"{}\" y=\"{}\">{}</text>",
                    num(x),
                    num(cy),
                    esc_text(line)
                );
            }
            cy += line_h;
        }
        self.out.push_str("</g>");
    }

    /// mxShape.addPoints: a polyline or polygon through `pts` with corners rounded by `arc`.
    pub fn add_points(&mut self, pts: &[(f64, f64)], rounded: bool, arc: f64, close: bool) {
        let Some(&last) = pts.last() else { return };
        let mut pts = pts.to_vec();
        if close && rounded {
            let first = pts[0];
            pts.insert(0, ((last.0 + first.0) / 2.0, (last.1 + first.1) / 2.0));
        }
        let n = pts.len();
        let mut prev = pts[0];
        self.move_to(prev.0, prev.1);
        let end = if close { n } else { n - 1 };
        let mut i = 1;
        while i < end {
            let mut cur = pts[i % n];
            let (dx, dy) = (prev.0 - cur.0, prev.1 - cur.1);
            if rounded && (dx != 0.0 || dy != 0.0) {
                let dist = (dx * dx + dy * dy).sqrt();
                let k = arc.min(dist / 2.0) / dist;
                self.line_to(cur.0 + dx * k, cur.1 + dy * k);
                let mut next = pts[(i + 1) % n];
                // Skip points that coincide with the corner.
                while i < n - 2
                    && (next.0 - cur.0).round() == 0.0
                    && (next.1 - cur.1).round() == 0.0
                {
                    next = pts[(i + 2) % n];
                    i += 1;
                }
                let (nx, ny) = (next.0 - cur.0, next.1 - cur.1);
                let nd = (nx * nx + ny * ny).sqrt().max(1.0);
                let k2 = arc.min(nd / 2.0) / nd;
                let q = (cur.0 + nx * k2, cur.1 + ny * k2);
                self.quad_to(cur.0, cur.1, q.0, q.1);
                cur = q;
            } else {
                self.line_to(cur.0, cur.1);
            }
            prev = cur;
            i += 1;
        }
        if close {
            self.close();
        } else {
            self.line_to(last.0, last.1);
        }
    }
}

/// Appends each `(text, number)` pair: the text, then the number as `num` writes it.
fn nums(out: &mut String, parts: &[(&str, f64)]) {
    for (text, v) in parts {
        out.push_str(text);
        push_num(out, *v);
    }
}

impl Drop for Canvas<'_> {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Opacity with 3 decimals (SVG attribute).
fn num3(v: f64) -> String {
    let r = (v * 1000.0).round() / 1000.0;
    let s = format!("{:.3}", r);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The canvas font as a font-family list ending in the bundled metric-compatible faces.
fn family_attr(family: &str) -> String {
    let mut names: Vec<String> = crate::text::html::sanitize_family(family)
        .map(|f| {
            f.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    for fb in crate::text::metrics::classify(family).fallbacks() {
        if !names.iter().any(|n| n.eq_ignore_ascii_case(fb)) {
            names.push((*fb).to_string());
        }
    }
    let quoted: Vec<String> = names
        .iter()
        .map(|n| {
            if n.contains(' ') {
                format!("'{}'", n)
            } else {
                n.clone()
            }
        })
        .collect();
    esc_attr(&quoted.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_and_stroke_write_one_element() {
        let theme = Theme::light();
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, &theme, 100);
        c.set_fill_color("#FF0000");
        c.set_stroke_color("none");
        c.begin();
        c.move_to(0.0, 0.0);
        c.line_to(10.0, 0.0);
        c.close();
        c.fill_and_stroke();
        // The node is consumed: a second paint emits nothing.
        c.stroke();
        c.set_stroke_color("javascript:alert(1)");
        c.rect(1.0, 2.0, 3.0, 4.0);
        c.stroke();
        drop(c);
        assert_eq!(
            out,
            "<path d=\"M0 0 L10 0 Z\" fill=\"#ff0000\" stroke=\"none\"/>"
        );
    }

    #[test]
    fn state_stack_and_alpha() {
        let theme = Theme::light();
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, &theme, 100);
        c.set_fill_color("#000");
        c.save();
        c.set_alpha(0.5);
        c.set_fill_alpha(0.5);
        c.translate(10.0, 0.0);
        c.ellipse(0.0, 0.0, 4.0, 2.0);
        c.fill();
        c.restore();
        c.restore();
        c.ellipse(0.0, 0.0, 4.0, 2.0);
        c.fill();
        drop(c);
        assert_eq!(out, "<ellipse cx=\"12\" cy=\"1\" rx=\"2\" ry=\"1\" fill=\"#000\" fill-opacity=\"0.25\" stroke=\"none\"/><ellipse cx=\"2\" cy=\"1\" rx=\"2\" ry=\"1\" fill=\"#000\" stroke=\"none\"/>");
    }

    #[test]
    fn text_is_escaped_and_placed_like_plain_text() {
        let theme = Theme::light();
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, &theme, 100);
        c.text(10.0, 20.0, "<b>&", "center", "middle", 0.0);
        drop(c);
        assert!(out.contains("text-anchor=\"middle\""), "{out}");
        // y = 20 + 11 - 1 - 11/2
        assert!(
            out.contains("<text x=\"10\" y=\"24.5\">&lt;b&gt;&amp;</text>"),
            "{out}"
        );
    }

    #[test]
    fn budget_stops_output() {
        let theme = Theme::light();
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, &theme, 1);
        c.set_fill_color("#000");
        for _ in 0..5 {
            c.rect(0.0, 0.0, 1.0, 1.0);
            c.fill();
        }
        drop(c);
        assert_eq!(out.matches("<rect").count(), 1);
    }

    #[test]
    fn primitives_that_paint_alike_and_do_not_touch_become_one_path() {
        let theme = Theme::light();
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, &theme, 100);
        c.set_fill_color("#ccc");
        c.set_stroke_color("#000");
        c.set_stroke_width(2.0);
        // Two rows 2.5 apart: strokes (1 out each side) leave 0.5 between them.
        c.rect(0.0, 0.0, 90.0, 15.0);
        c.fill_and_stroke();
        c.rect(0.0, 17.5, 90.0, 15.0);
        c.fill_and_stroke();
        c.ellipse(100.0, 0.0, 8.0, 8.0);
        c.fill_and_stroke();
        // Touching the first rect's stroke: stays an element of its own, after the run.
        c.rect(0.0, 32.0, 10.0, 10.0);
        c.fill_and_stroke();
        // Different paint: its own element.
        c.set_fill_color("#fff");
        c.ellipse(100.0, 20.0, 8.0, 8.0);
        c.fill();
        c.ellipse(100.0, 40.0, 8.0, 8.0);
        c.fill();
        drop(c);
        assert_eq!(
            out,
            "<path d=\"M0 0 h90 v15 h-90 Z M0 17.5 h90 v15 h-90 Z M108 4 A4 4 0 1 1 100 4 A4 4 0 1 1 108 4 Z\" fill=\"#ccc\" stroke=\"#000\" stroke-width=\"2\"/>\
             <rect x=\"0\" y=\"32\" width=\"10\" height=\"10\" fill=\"#ccc\" stroke=\"#000\" stroke-width=\"2\"/>\
             <path d=\"M108 24 A4 4 0 1 1 100 24 A4 4 0 1 1 108 24 Z M108 44 A4 4 0 1 1 100 44 A4 4 0 1 1 108 44 Z\" fill=\"#fff\" stroke=\"none\"/>"
        );
    }
}
