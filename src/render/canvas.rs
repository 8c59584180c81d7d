//! A small drawing canvas in the manner of mxGraph's mxAbstractCanvas2D / mxSvgCanvas2D:
//! shapes describe themselves with move/line/curve calls in local coordinates (after
//! `translate`), then `fill_and_stroke`, `fill` or `stroke`, and the canvas writes one SVG
//! element per call with the current paint. With the shadow on, each element is preceded by
//! draw.io's shadow copy (mxSvgCanvas2D.createShadow: same outline, #000000 at 0.25, moved 2,3).

use super::paint::Paint;
use super::path::Path;
use super::rough::{self, Seg, SetKind, Sketch};
use super::svg::num;
use crate::geom::Point;
use std::fmt::Write;

/// draw.io's shadow (Graph.js: SHADOWCOLOR #000000, SHADOW_OPACITY 0.25; mxConstants offset 2, 3).
pub const SHADOW_COLOR: &str = "#000000";
pub const SHADOW_OPACITY: f64 = 0.25;
pub const SHADOW_DX: f64 = 2.0;
pub const SHADOW_DY: f64 = 3.0;

/// Upper bound on path commands per element, so hostile sizes cannot blow up the output.
const MAX_COMMANDS: usize = 20_000;

enum Pending {
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

/// The font state of mxAbstractCanvas2D that `Canvas::text` draws with.
#[derive(Debug, Clone)]
pub struct CanvasFont {
    pub size: f64,
    pub color: String,
    /// mxConstants.FONT_* bits: 1 bold, 2 italic, 4 underline.
    pub style: u32,
    /// None: mxConstants.DEFAULT_FONTFAMILY ("Arial,Helvetica").
    pub family: Option<&'static str>,
}

/// What `Canvas::save` keeps and `Canvas::restore` puts back (mxAbstractCanvas2D's state, as far as
/// the shapes change it between a save and a restore).
struct SavedState {
    paint: Paint,
    tx: f64,
    ty: f64,
    shadow: bool,
    class: Option<&'static str>,
    style_alpha: f64,
    dash_units: Option<Vec<f64>>,
}

pub struct Canvas<'a> {
    out: &'a mut String,
    /// The paint used by the next fill/stroke; shapes change it for details (markers, lanes).
    pub paint: Paint,
    tx: f64,
    ty: f64,
    path: Path,
    commands: usize,
    pending: Pending,
    shadow: bool,
    /// The shadow offset in this canvas's local coordinates (the page offset turned back through
    /// any rotation and flip around the shape).
    shadow_offset: Point,
    line_join: Option<&'static str>,
    line_cap: Option<&'static str>,
    /// Class for filled elements (`fl-shape`) and for stroke-only details (`fl-fg`), unless set.
    class: Option<&'static str>,
    saved: Vec<SavedState>,
    /// A dash pattern in units of the stroke width at the time of drawing (mxSvgCanvas2D's
    /// createDashPattern after a shape's `setDashed(true)`), instead of `paint.dash`.
    dash_units: Option<Vec<f64>>,
    /// mxAbstractCanvas2D's `alpha` as a shape sets it (`setAlpha`): scales fill and stroke opacity.
    style_alpha: f64,
    /// draw.io's sketch style: paths are recorded and drawn through rough.js (see rough.rs).
    sketch: Option<Sketch>,
    segs: Vec<Seg>,
}

impl<'a> Canvas<'a> {
    pub fn new(out: &'a mut String, paint: Paint) -> Canvas<'a> {
        Canvas {
            out,
            paint,
            tx: 0.0,
            ty: 0.0,
            path: Path::new(),
            commands: 0,
            pending: Pending::Path,
            shadow: false,
            shadow_offset: Point::new(SHADOW_DX, SHADOW_DY),
            line_join: None,
            line_cap: None,
            class: None,
            saved: Vec::new(),
            style_alpha: 1.0,
            dash_units: None,
            sketch: None,
            segs: Vec::new(),
        }
    }

    /// Draws what follows in draw.io's sketch style (RoughCanvas), or plainly with None.
    pub fn set_sketch(&mut self, sketch: Option<Sketch>) {
        self.sketch = sketch;
    }

    /// The sketch style in effect: always None without feature `extended`, as a constant the
    /// compiler sees, so that the rough.js port is left out of the common drawing module.
    fn sketch(&self) -> Option<&Sketch> {
        if cfg!(feature = "extended") {
            self.sketch.as_ref()
        } else {
            None
        }
    }

    /// mxSvgCanvas2D.text for one plain line centred on (x, y) (align center, valign middle):
    /// the baseline sits 0.35 em below the middle, where Helvetica's x-height centres it.
    pub fn text_center(&mut self, x: f64, y: f64, text: &str, size: f64, color: &str, bold: bool) {
        let _ = write!(
            self.out,
            "<text class=\"fl-fg\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-family=\"Helvetica,Arial,&apos;Liberation Sans&apos;,sans-serif\" font-size=\"{}px\" fill=\"{}\"{}>{}</text>",
            num(x + self.tx),
            num(y + self.ty + 0.35 * size),
            num(size),
            super::svg::esc_attr(color),
            if bold { " font-weight=\"bold\"" } else { "" },
            super::svg::esc_text(text)
        );
    }

    /// mxSvgCanvas2D.plainText for code shapes' `c.text(x, y, 0, 0, str, align, valign)`: the
    /// canvas font (family mxConstants.DEFAULT_FONTFAMILY unless given), lines round(1.2·size)
    /// apart, first baseline at y + size − 1, less half the text height for `middle`, all of it
    /// plus 1 for `bottom`. `font_style` holds mxConstants' bits (1 bold, 2 italic, 4 underline).
    pub fn text(&mut self, x: f64, y: f64, text: &str, font: &CanvasFont, align: &str, valign: &str) {
        let size = font.size;
        if !size.is_finite() || text.trim().is_empty() {
            return;
        }
        let lines: Vec<&str> = text.split('\n').take(200).collect();
        let pitch = (size * 1.2).round();
        let total = size + (lines.len() as f64 - 1.0) * pitch;
        let mut cy = y + self.ty + size - 1.0;
        match valign {
            "middle" => cy -= total / 2.0,
            "bottom" => cy -= total + 1.0,
            _ => {}
        }
        let _ = write!(
            self.out,
            "<g class=\"fl-fg\" fill=\"{}\" font-family=\"{}\" font-size=\"{}px\"",
            super::svg::esc_attr(&font.color),
            super::svg::esc_attr(font.family.unwrap_or("Arial,Helvetica")),
            num(size)
        );
        if font.style & 1 != 0 {
            self.out.push_str(" font-weight=\"bold\"");
        }
        if font.style & 2 != 0 {
            self.out.push_str(" font-style=\"italic\"");
        }
        if font.style & 4 != 0 {
            self.out.push_str(" text-decoration=\"underline\"");
        }
        match align {
            "center" => self.out.push_str(" text-anchor=\"middle\""),
            "right" => self.out.push_str(" text-anchor=\"end\""),
            _ => {}
        }
        self.out.push('>');
        for line in lines {
            if !line.trim().is_empty() {
                let _ = write!(
                    self.out,
                    "<text x=\"{}\" y=\"{}\">{}</text>",
                    num(x + self.tx),
                    num(cy),
                    super::svg::esc_text(line)
                );
            }
            cy += pitch;
        }
        self.out.push_str("</g>");
    }

    /// Records a path segment in draw.io's view coordinates, through mxSvgCanvas2D.format as
    /// RoughCanvas.addOp does.
    fn seg(&mut self, s: Seg) {
        let Some(sk) = self.sketch() else { return };
        let (ox, oy) = (self.tx + sk.origin.0, self.ty + sk.origin.1);
        let fx = |v: f64| rough::format2(v + ox);
        let fy = |v: f64| rough::format2(v + oy);
        let s = match s {
            Seg::M(x, y) => Seg::M(fx(x), fy(y)),
            Seg::L(x, y) => Seg::L(fx(x), fy(y)),
            Seg::Q(a, b, x, y) => Seg::Q(fx(a), fy(b), fx(x), fy(y)),
            Seg::C(a, b, c, d, x, y) => Seg::C(fx(a), fy(b), fx(c), fy(d), fx(x), fy(y)),
            Seg::A(rx, ry, r, l, sw, x, y) => Seg::A(rx, ry, r, l, sw, fx(x), fy(y)),
            Seg::Z => Seg::Z,
        };
        if self.segs.len() < MAX_COMMANDS {
            self.segs.push(s);
        }
    }

    /// Enables draw.io's drop shadow for the following elements; `offset` is (2, 3) in page
    /// coordinates expressed in this canvas's local frame.
    pub fn set_shadow(&mut self, on: bool) {
        self.shadow = on;
    }

    pub fn set_shadow_offset(&mut self, offset: Point) {
        self.shadow_offset = offset;
    }

    pub fn shadow(&self) -> bool {
        self.shadow
    }

    /// Every element gets this class instead of `fl-shape`/`fl-fg` (e.g. `fl-marker`).
    pub fn set_class(&mut self, class: Option<&'static str>) {
        self.class = class;
    }

    pub fn set_line_join(&mut self, join: Option<&'static str>) {
        self.line_join = join;
    }

    pub fn set_line_cap(&mut self, cap: Option<&'static str>) {
        self.line_cap = cap;
    }

    pub fn translate(&mut self, dx: f64, dy: f64) {
        self.tx += dx;
        self.ty += dy;
    }

    /// mxAbstractCanvas2D.save/restore for paint, translation, shadow (and the element class).
    pub fn save(&mut self) {
        self.saved.push(SavedState {
            paint: self.paint.clone(),
            tx: self.tx,
            ty: self.ty,
            shadow: self.shadow,
            class: self.class,
            style_alpha: self.style_alpha,
            dash_units: self.dash_units.clone(),
        });
    }

    pub fn restore(&mut self) {
        if let Some(s) = self.saved.pop() {
            self.paint = s.paint;
            self.tx = s.tx;
            self.ty = s.ty;
            self.shadow = s.shadow;
            self.class = s.class;
            self.style_alpha = s.style_alpha;
            self.dash_units = s.dash_units;
        }
    }

    pub fn set_fill(&mut self, fill: Option<String>) {
        self.paint.fill = fill;
    }

    pub fn set_stroke(&mut self, stroke: Option<String>) {
        self.paint.stroke = stroke;
    }

    pub fn set_stroke_width(&mut self, w: f64) {
        self.paint.stroke_width = if w.is_finite() {
            w.clamp(0.0, 1000.0)
        } else {
            1.0
        };
    }

    pub fn set_dashed(&mut self, dash: Option<String>) {
        self.paint.dash = dash;
        self.dash_units = None;
    }

    /// Dashed with `units` × the stroke width in effect when each path is drawn (a code shape's
    /// `setDashed(true)` followed by `setStrokeWidth(4)` draws 12 12 dashes for `dashPattern` 3 3).
    pub fn set_dashed_units(&mut self, units: Vec<f64>) {
        self.dash_units = Some(units);
    }

    pub fn set_fill_alpha(&mut self, a: f64) {
        self.paint.fill_opacity = if a.is_finite() {
            a.clamp(0.0, 1.0)
        } else {
            1.0
        };
    }

    /// mxAbstractCanvas2D.setAlpha as code-drawn shapes use it (aws3d shading): every fill and
    /// stroke that follows is drawn at this opacity, on top of the style's, until restore.
    pub fn set_alpha(&mut self, a: f64) {
        self.style_alpha = if a.is_finite() {
            a.clamp(0.0, 1.0)
        } else {
            1.0
        };
    }

    pub fn begin(&mut self) {
        self.segs.clear();
        self.path = Path::new();
        self.commands = 0;
        self.pending = Pending::Path;
    }

    fn room(&mut self) -> bool {
        self.commands += 1;
        self.commands <= MAX_COMMANDS
    }

    pub fn move_to(&mut self, x: f64, y: f64) {
        self.seg(Seg::M(x, y));
        if self.room() {
            self.path.move_to(x + self.tx, y + self.ty);
        }
    }

    pub fn line_to(&mut self, x: f64, y: f64) {
        self.seg(Seg::L(x, y));
        if self.room() {
            self.path.line_to(x + self.tx, y + self.ty);
        }
    }

    pub fn quad_to(&mut self, cx: f64, cy: f64, x: f64, y: f64) {
        self.seg(Seg::Q(cx, cy, x, y));
        if self.room() {
            self.path
                .quad_to(cx + self.tx, cy + self.ty, x + self.tx, y + self.ty);
        }
    }

    pub fn curve_to(&mut self, c1x: f64, c1y: f64, c2x: f64, c2y: f64, x: f64, y: f64) {
        self.seg(Seg::C(c1x, c1y, c2x, c2y, x, y));
        if self.room() {
            let (tx, ty) = (self.tx, self.ty);
            self.path
                .curve_to(c1x + tx, c1y + ty, c2x + tx, c2y + ty, x + tx, y + ty);
        }
    }

    /// An elliptical arc like SVG's `A` (mxAbstractCanvas2D.arcTo takes the same arguments).
    pub fn arc_to(&mut self, rx: f64, ry: f64, large: bool, sweep: bool, x: f64, y: f64) {
        // draw.io turns arcs into curves with mxUtils.arcToCurves first; rough.js's own
        // conversion gives the same curve in pieces of up to 120° instead of 90°.
        self.seg(Seg::A(rx, ry, 0.0, large, sweep, x, y));
        if self.room() {
            self.path
                .arc_to(rx.abs(), ry.abs(), large, sweep, x + self.tx, y + self.ty);
        }
    }

    pub fn close(&mut self) {
        if !self.segs.is_empty() {
            self.seg(Seg::Z);
        }
        if self.room() && !self.path.is_empty() {
            self.path.close();
        }
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.segs.clear();
        self.pending = Pending::Rect {
            x: x + self.tx,
            y: y + self.ty,
            w,
            h,
            r: 0.0,
        };
    }

    /// A rectangle with corner radius `r` (mxSvgCanvas2D.roundrect writes rx/ry).
    pub fn round_rect(&mut self, x: f64, y: f64, w: f64, h: f64, r: f64) {
        self.segs.clear();
        self.pending = Pending::Rect {
            x: x + self.tx,
            y: y + self.ty,
            w,
            h,
            r: r.max(0.0),
        };
    }

    pub fn ellipse(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.segs.clear();
        self.pending = Pending::Ellipse {
            cx: x + self.tx + w / 2.0,
            cy: y + self.ty + h / 2.0,
            rx: w / 2.0,
            ry: h / 2.0,
        };
    }

    /// mxShape.addPoints: a polyline or polygon through `pts` whose corners are cut `arc` px
    /// back and joined with quadratic curves when `rounded` (corners listed in `exclude`,
    /// counted like draw.io, stay sharp).
    pub fn add_points(
        &mut self,
        pts: &[Point],
        rounded: bool,
        arc: f64,
        close: bool,
        exclude: &[usize],
    ) {
        self.add_points_ext(pts, rounded, arc, close, exclude, true);
    }

    /// `add_points` that continues the current path with a line to the first point when
    /// `initial_move` is false (mxShape.addPoints' initialMove).
    pub fn add_points_ext(
        &mut self,
        pts: &[Point],
        rounded: bool,
        arc: f64,
        close: bool,
        exclude: &[usize],
        initial_move: bool,
    ) {
        let Some(&pe) = pts.last() else { return };
        let mut list: Vec<Point> = pts.to_vec();
        if close && rounded {
            // A virtual point between the last and the first, so the first corner is rounded too.
            let p0 = list[0];
            list.insert(
                0,
                Point::new(pe.x + (p0.x - pe.x) / 2.0, pe.y + (p0.y - pe.y) / 2.0),
            );
        }
        let n = list.len();
        let mut pt = list[0];
        if initial_move {
            self.move_to(pt.x, pt.y);
        } else {
            self.line_to(pt.x, pt.y);
        }
        let end = if close { n } else { n.saturating_sub(1) };
        let mut i = 1;
        while i < end {
            let mut tmp = list[i % n];
            let dx = pt.x - tmp.x;
            let dy = pt.y - tmp.y;
            if rounded && (dx != 0.0 || dy != 0.0) && !exclude.contains(&(i - 1)) {
                let dist = (dx * dx + dy * dy).sqrt();
                let k1 = arc.min(dist / 2.0) / dist;
                self.line_to(tmp.x + dx * k1, tmp.y + dy * k1);
                let mut next = list[(i + 1) % n];
                // The next point that does not overlap the corner.
                while i + 2 < n
                    && (next.x - tmp.x).round() == 0.0
                    && (next.y - tmp.y).round() == 0.0
                {
                    next = list[(i + 2) % n];
                    i += 1;
                }
                let dx2 = next.x - tmp.x;
                let dy2 = next.y - tmp.y;
                let dist2 = (dx2 * dx2 + dy2 * dy2).sqrt().max(1.0);
                let k2 = arc.min(dist2 / 2.0) / dist2;
                let x2 = tmp.x + dx2 * k2;
                let y2 = tmp.y + dy2 * k2;
                self.quad_to(tmp.x, tmp.y, x2, y2);
                tmp = Point::new(x2, y2);
            } else {
                self.line_to(tmp.x, tmp.y);
            }
            pt = tmp;
            i += 1;
        }
        if close {
            self.close();
        } else {
            self.line_to(pe.x, pe.y);
        }
    }

    pub fn fill_and_stroke(&mut self) {
        if self.sketch().is_some() {
            return self.sketch_draw(true, true);
        }
        let p = self.paint.clone();
        self.emit(&p, true);
    }

    pub fn fill(&mut self) {
        if self.sketch().is_some() {
            return self.sketch_draw(false, true);
        }
        let mut p = self.paint.clone();
        p.stroke = None;
        self.emit(&p, true);
    }

    pub fn stroke(&mut self) {
        if self.sketch().is_some() {
            return self.sketch_draw(true, false);
        }
        let mut p = self.paint.clone();
        p.fill = None;
        self.emit(&p, false);
    }

    /// RoughCanvas.drawPath + Editor.createRoughCanvas's draw: rect and ellipse through rough.js's
    /// rectangle/ellipse (generated with stroke and fill, then drawn as this call asks), anything
    /// else through rough.js's path, whose outline draw.io always strokes. Each op set is one element:
    /// outlines in the stroke, solid fills in the fill, hachure lines in the fill colour
    /// `fillWeight` wide; round joins and caps throughout.
    fn sketch_draw(&mut self, stroke: bool, fill: bool) {
        let Some(sk) = self.sketch().cloned() else { return };
        let paint = self.paint.clone();
        let fill_color = paint.fill.clone();
        let (ox, oy) = (self.tx + sk.origin.0, self.ty + sk.origin.1);
        let (sets, from_path) = match self.pending {
            Pending::Rect { x, y, w, h, r } if r <= 0.0 => {
                let mut o = sk.options_for(paint.stroke_width, fill_color.as_deref());
                // RoughCanvas.rect hands its arguments to rough.js as they are (no format).
                (rough::rectangle(x - self.tx + ox, y - self.ty + oy, w, h, &mut o), false)
            }
            Pending::Rect { x, y, w, h, r } => {
                // RoughCanvas.roundrect: a path of lines and quads, not closed.
                let (x, y) = (x - self.tx, y - self.ty);
                self.segs.clear();
                self.seg(Seg::M(x + r, y));
                self.seg(Seg::L(x + w - r, y));
                self.seg(Seg::Q(x + w, y, x + w, y + r));
                self.seg(Seg::L(x + w, y + h - r));
                self.seg(Seg::Q(x + w, y + h, x + w - r, y + h));
                self.seg(Seg::L(x + r, y + h));
                self.seg(Seg::Q(x, y + h, x, y + h - r));
                self.seg(Seg::L(x, y + r));
                self.seg(Seg::Q(x, y, x + r, y));
                let mut o = sk.options_for(paint.stroke_width, if fill { fill_color.as_deref() } else { None });
                (rough::path(&self.segs, &mut o), true)
            }
            Pending::Ellipse { cx, cy, rx, ry } => {
                let mut o = sk.options_for(paint.stroke_width, fill_color.as_deref());
                let (cx, cy) = (cx - self.tx + ox, cy - self.ty + oy);
                (rough::ellipse(cx, cy, 2.0 * rx, 2.0 * ry, &mut o), false)
            }
            Pending::Path => {
                let mut o = sk.options_for(paint.stroke_width, if fill { fill_color.as_deref() } else { None });
                (rough::path(&self.segs, &mut o), true)
            }
        };
        let opts = sk.options_for(paint.stroke_width, None);
        let saved = (std::mem::take(&mut self.path), std::mem::replace(&mut self.pending, Pending::Path), self.line_join, self.line_cap);
        self.line_join = Some("round");
        self.line_cap = Some("round");
        for set in &sets {
            let mut p = paint.clone();
            let filled = match set.kind {
                SetKind::Path => {
                    if !(stroke || from_path) {
                        continue;
                    }
                    p.fill = None;
                    false
                }
                SetKind::FillPath if fill => {
                    p.stroke = None;
                    true
                }
                SetKind::FillPath => {
                    p.fill = None;
                    false
                }
                SetKind::FillSketch => {
                    if !fill {
                        continue;
                    }
                    let w = opts.fill_weight.num();
                    p.stroke = fill_color.clone();
                    p.stroke_width = if w < 0.0 { paint.stroke_width / 2.0 } else { w };
                    p.stroke_opacity = paint.fill_opacity;
                    p.dash = None;
                    p.fill = None;
                    false
                }
            };
            let mut d = Path::new();
            for op in &set.ops {
                match *op {
                    rough::Op::Move(x, y) => d.move_to(x - sk.origin.0, y - sk.origin.1),
                    rough::Op::Line(x, y) => d.line_to(x - sk.origin.0, y - sk.origin.1),
                    rough::Op::Curve(a, b, c, e, x, y) => d.curve_to(a - sk.origin.0, b - sk.origin.1, c - sk.origin.0, e - sk.origin.1, x - sk.origin.0, y - sk.origin.1),
                };
            }
            self.path = d;
            self.emit(&p, filled);
        }
        (self.path, self.pending, self.line_join, self.line_cap) = saved;
    }

    /// Geometry attributes of the pending element (`d`, or rect/ellipse attributes) and its tag.
    fn geometry(&self) -> Option<(&'static str, String)> {
        match self.pending {
            Pending::Path => {
                if self.path.is_empty() {
                    None
                } else {
                    Some(("path", format!(" d=\"{}\"", self.path.as_str())))
                }
            }
            Pending::Rect { x, y, w, h, r } => {
                let mut s = format!(
                    " x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                    num(x),
                    num(y),
                    num(w.max(0.0)),
                    num(h.max(0.0))
                );
                if r > 0.0 {
                    let _ = write!(s, " rx=\"{}\" ry=\"{}\"", num(r), num(r));
                }
                Some(("rect", s))
            }
            Pending::Ellipse { cx, cy, rx, ry } => Some((
                "ellipse",
                format!(
                    " cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"",
                    num(cx),
                    num(cy),
                    num(rx.max(0.0)),
                    num(ry.max(0.0))
                ),
            )),
        }
    }

    fn emit(&mut self, p: &Paint, filled: bool) {
        let Some((tag, geo)) = self.geometry() else {
            return;
        };
        let scaled;
        let p = if self.style_alpha < 1.0 || self.dash_units.is_some() {
            let mut q = p.clone();
            q.fill_opacity *= self.style_alpha;
            q.stroke_opacity *= self.style_alpha;
            if let Some(u) = &self.dash_units {
                let sw = q.stroke_width;
                q.dash = Some(u.iter().map(|v| num(v * sw)).collect::<Vec<_>>().join(" "));
            }
            scaled = q;
            &scaled
        } else {
            p
        };
        let visible = p.fill.is_some() || p.stroke.is_some();
        if !visible {
            return;
        }
        let class = self.class.unwrap_or(if filled && p.fill.is_some() {
            "fl-shape"
        } else {
            "fl-fg"
        });
        let extra = self.stroke_extras(p);
        if self.shadow {
            let mut sp = p.clone();
            if sp.fill.is_some() {
                sp.fill = Some(SHADOW_COLOR.to_string());
            }
            if sp.stroke.is_some() {
                sp.stroke = Some(SHADOW_COLOR.to_string());
            }
            let _ = write!(
                self.out,
                "<{tag} class=\"fl-shadow\"{geo}{}{extra} transform=\"translate({} {})\" opacity=\"{}\"/>",
                sp.attrs(),
                num(self.shadow_offset.x),
                num(self.shadow_offset.y),
                num(SHADOW_OPACITY)
            );
        }
        let _ = write!(
            self.out,
            "<{tag} class=\"{class}\"{geo}{}{extra}/>",
            p.attrs()
        );
    }

    fn stroke_extras(&self, p: &Paint) -> String {
        let mut s = String::new();
        if p.stroke.is_some() && p.stroke_width > 0.0 && self.pending_is_path() {
            if let Some(j) = self.line_join {
                let _ = write!(s, " stroke-linejoin=\"{j}\"");
            }
            if let Some(c) = self.line_cap {
                let _ = write!(s, " stroke-linecap=\"{c}\"");
            }
        }
        s
    }

    fn pending_is_path(&self) -> bool {
        matches!(self.pending, Pending::Path)
    }
}

/// The page offset (dx, dy) expressed in a frame that is rotated by `deg` and mirrored by
/// `flip_h`/`flip_v` relative to the page (inverse of rotate·flip applied to the vector).
pub fn local_offset(dx: f64, dy: f64, deg: f64, flip_h: bool, flip_v: bool) -> Point {
    let (s, c) = (-deg).to_radians().sin_cos();
    let x = dx * c - dy * s;
    let y = dx * s + dy * c;
    Point::new(if flip_h { -x } else { x }, if flip_v { -y } else { y })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::{Style, Theme};

    fn paint(s: &str) -> Paint {
        Paint::from_style(&Style::parse_raw(s), &Theme::light(), None)
    }

    #[test]
    fn dash_units_scale_with_the_stroke_width_at_drawing_time() {
        // mxShapeAws3dDashedArrowlessEdge: setDashed('true') then setStrokeWidth('4'): 12 12 dashes.
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, paint("strokeColor=#000000;fillColor=none"));
        c.set_dashed_units(vec![3.0, 3.0]);
        c.set_stroke_width(4.0);
        c.begin();
        c.move_to(0.0, 0.0);
        c.line_to(10.0, 10.0);
        c.stroke();
        c.set_dashed(None);
        c.begin();
        c.move_to(0.0, 0.0);
        c.line_to(10.0, 0.0);
        c.stroke();
        let paths: Vec<&str> = out.split("/>").filter(|e| e.contains("<path")).collect();
        assert!(paths[0].contains("stroke-dasharray=\"12 12\""), "{out}");
        assert!(!paths[1].contains("dasharray"), "{out}");
    }

    #[test]
    fn alpha_scales_fill_and_stroke_until_restored() {
        // mxShapeAws3dAMI: save, setAlpha('0.1') for the shading, restore, then the outline at full opacity.
        let mut out = String::new();
        let mut c = Canvas::new(
            &mut out,
            paint("fillColor=#ffffff;strokeColor=#000000;opacity=50"),
        );
        c.save();
        c.set_alpha(0.1);
        c.rect(0.0, 0.0, 10.0, 10.0);
        c.fill_and_stroke();
        c.restore();
        c.rect(0.0, 0.0, 10.0, 10.0);
        c.stroke();
        let shapes: Vec<&str> = out.split("/>").filter(|e| e.contains("<rect")).collect();
        assert_eq!(shapes.len(), 2, "{out}");
        assert!(
            shapes[0].contains("fill-opacity=\"0.05\"")
                && shapes[0].contains("stroke-opacity=\"0.05\""),
            "{out}"
        );
        assert!(shapes[1].contains("stroke-opacity=\"0.5\""), "{out}");
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, paint("fillColor=#ffffff;strokeColor=#000000"));
        c.set_alpha(f64::NAN);
        c.rect(0.0, 0.0, 10.0, 10.0);
        c.fill_and_stroke();
        assert!(!out.contains("opacity"), "{out}");
    }

    #[test]
    fn fill_and_stroke_write_one_element_each() {
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, paint("fillColor=#ff0000;strokeColor=#0000ff"));
        c.translate(10.0, 20.0);
        c.begin();
        c.move_to(0.0, 0.0);
        c.line_to(5.0, 0.0);
        c.close();
        c.fill_and_stroke();
        c.stroke();
        assert_eq!(
            out,
            "<path class=\"fl-shape\" d=\"M10 20 L15 20 Z\" fill=\"#ff0000\" stroke=\"#0000ff\"/>\
             <path class=\"fl-fg\" d=\"M10 20 L15 20 Z\" fill=\"none\" stroke=\"#0000ff\"/>"
        );
    }

    #[test]
    fn shadow_copy_precedes_the_element() {
        // mxSvgCanvas2D.createShadow: fill and stroke become the shadow colour, offset 2,3, opacity 0.25.
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, paint("fillColor=#ff0000;strokeColor=#0000ff"));
        c.set_shadow(true);
        c.rect(0.0, 0.0, 10.0, 10.0);
        c.fill_and_stroke();
        c.set_shadow(false);
        c.ellipse(0.0, 0.0, 4.0, 2.0);
        c.stroke();
        assert!(out.starts_with("<rect class=\"fl-shadow\" x=\"0\" y=\"0\" width=\"10\" height=\"10\" fill=\"#000000\" stroke=\"#000000\""), "{out}");
        assert!(
            out.contains("transform=\"translate(2 3)\" opacity=\"0.25\"/><rect class=\"fl-shape\""),
            "{out}"
        );
        assert_eq!(out.matches("fl-shadow").count(), 1);
        assert!(out.ends_with("<ellipse class=\"fl-fg\" cx=\"2\" cy=\"1\" rx=\"2\" ry=\"1\" fill=\"none\" stroke=\"#0000ff\"/>"), "{out}");
    }

    #[test]
    fn add_points_rounds_every_corner_of_a_closed_polygon() {
        // mxShape.addPoints with close: a virtual first point mid-way along the closing side.
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, paint("fillColor=none;strokeColor=#000000"));
        let sq = [
            Point::new(0.0, 0.0),
            Point::new(100.0, 0.0),
            Point::new(100.0, 100.0),
            Point::new(0.0, 100.0),
        ];
        c.add_points(&sq, true, 10.0, true, &[]);
        c.stroke();
        assert!(out.contains("d=\"M0 50 L0 10 Q0 0 10 0 L90 0 Q100 0 100 10 L100 90 Q100 100 90 100 L10 100 Q0 100 0 90 Z\""), "{out}");
    }

    #[test]
    fn add_points_can_keep_a_corner_sharp() {
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, paint("fillColor=none;strokeColor=#000000"));
        let tri = [
            Point::new(0.0, 0.0),
            Point::new(100.0, 0.0),
            Point::new(100.0, 100.0),
        ];
        c.add_points(&tri, true, 10.0, false, &[0]);
        c.stroke();
        assert!(out.contains("d=\"M0 0 L100 0 L100 100\""), "{out}");
    }

    #[test]
    fn shadow_offset_follows_rotation_back() {
        let p = local_offset(2.0, 3.0, 90.0, false, false);
        assert!(
            (p.x - 3.0).abs() < 1e-9 && (p.y + 2.0).abs() < 1e-9,
            "{p:?}"
        );
        let f = local_offset(2.0, 3.0, 0.0, true, false);
        assert!((f.x + 2.0).abs() < 1e-9 && (f.y - 3.0).abs() < 1e-9);
    }

    #[test]
    fn runaway_paths_are_cut() {
        let mut out = String::new();
        let mut c = Canvas::new(&mut out, paint("fillColor=none;strokeColor=#000000"));
        c.begin();
        for i in 0..100_000 {
            c.line_to(i as f64, 0.0);
        }
        c.stroke();
        assert!(out.len() < 400_000);
    }
}
