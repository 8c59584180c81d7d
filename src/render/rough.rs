//! draw.io's sketch style (`sketch=1`): a port of the rough.js 4.4.1 generator that draw.io bundles
//! (js/rough/rough.js.modified, MIT, © Preet Shihn), driven the way draw.io's RoughCanvas drives it
//! (js/diagramly/Editor.js `RoughCanvas`, `Editor.createRoughCanvas`).
//!
//! draw.io seeds rough.js with a hash of the cell id, so its hand-drawn strokes and hachure are
//! deterministic; this port makes the same random calls in the same order (rough.js's
//! Park–Miller generator) so the lines land on the same pixels. Only what draw.io reaches is
//! ported: `rectangle`, `ellipse` and `path` (with rough.js's SVG path normalisation), the
//! double-stroked line and bezier, and the hachure, solid, zigzag, cross-hatch, dots, dashed and
//! zigzag-line fillers.
//!
//! Style values from a draw.io style are strings in JavaScript, and rough.js does arithmetic on
//! them as given: `hachureAngle + 90` concatenates ("-41" + 90 = "-4190"), `(1 + roughness) / 2`
//! too. [`JsVal`] keeps that behaviour so a styled diagram comes out as draw.io draws it.

use std::cell::RefCell;
use std::rc::Rc;

/// Upper bound on hachure lines per fill and points per path, against hostile sizes.
const MAX_LINES: usize = 20_000;
const MAX_POINTS: usize = 50_000;

/// rough.js's seeded generator (`g`): Park–Miller with multiplier 48271 on a 32-bit integer.
#[derive(Debug, Clone)]
pub struct Random {
    seed: i32,
}

impl Random {
    pub fn new(seed: i32) -> Random {
        Random { seed }
    }
    /// `(2^31 - 1 & (seed = Math.imul(48271, seed))) / 2^31`. Seed 0 means Math.random in rough.js;
    /// draw.io never passes 0 unless a cell id hashes to it, and then a fixed stream stands in.
    pub fn next(&mut self) -> f64 {
        if self.seed == 0 {
            self.seed = 1;
        }
        self.seed = self.seed.wrapping_mul(48271);
        (0x7fff_ffff & self.seed) as f64 / 2147483648.0
    }
}

/// draw.io's seed for a cell: Java's String.hashCode over UTF-16 units, starting from 1
/// (RoughCanvas.getStyle: `seed = ((seed << 5) - seed + str.charCodeAt(i)) << 0`).
pub fn seed_for(id: &str) -> i32 {
    let mut seed: i32 = 1;
    for u in id.encode_utf16() {
        seed = (seed.wrapping_shl(5)).wrapping_sub(seed).wrapping_add(u as i32);
    }
    seed
}

/// A JavaScript value as rough.js sees it: a number (defaults) or a string (from a style).
#[derive(Debug, Clone, PartialEq)]
pub enum JsVal {
    Num(f64),
    Str(String),
}

impl JsVal {
    /// `Number(v)`: strings are trimmed, empty is 0, anything unparsable NaN.
    pub fn num(&self) -> f64 {
        match self {
            JsVal::Num(n) => *n,
            JsVal::Str(s) => {
                let t = s.trim();
                if t.is_empty() {
                    0.0
                } else {
                    t.parse::<f64>().ok().filter(|_| !t.contains(['x', 'X', '_'])).unwrap_or(f64::NAN)
                }
            }
        }
    }
    /// `v + n` with JavaScript's rules: a string concatenates the number's text.
    fn plus(&self, n: f64) -> JsVal {
        match self {
            JsVal::Num(v) => JsVal::Num(v + n),
            JsVal::Str(s) => JsVal::Str(format!("{s}{}", js_num_text(n))),
        }
    }
    /// `n + v` (number first).
    fn plus_after(&self, n: f64) -> JsVal {
        match self {
            JsVal::Num(v) => JsVal::Num(n + v),
            JsVal::Str(s) => JsVal::Str(format!("{}{s}", js_num_text(n))),
        }
    }
    /// `a + b` for two values.
    fn add(&self, o: &JsVal) -> JsVal {
        match (self, o) {
            (JsVal::Num(a), JsVal::Num(b)) => JsVal::Num(a + b),
            (a, b) => JsVal::Str(format!("{}{}", a.text(), b.text())),
        }
    }
    fn text(&self) -> String {
        match self {
            JsVal::Num(n) => js_num_text(*n),
            JsVal::Str(s) => s.clone(),
        }
    }
}

/// JavaScript's text for the numbers that get concatenated here (integers and short decimals).
fn js_num_text(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n == n.trunc() && n.abs() < 1e21 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// `Math.round`: halves go up (towards +∞).
pub fn js_round(x: f64) -> f64 {
    let f = x.floor();
    if x - f >= 0.5 {
        f + 1.0
    } else {
        f
    }
}

/// mxSvgCanvas2D.format: `parseFloat(parseFloat(v).toFixed(2))` (toFixed rounds exact halves away from 0).
pub fn format2(v: f64) -> f64 {
    if !v.is_finite() || v.abs() >= 1e21 {
        return v;
    }
    let h = v.abs() * 100.0;
    if h.fract() == 0.5 {
        return (h.floor() + 1.0).copysign(v) / 100.0;
    }
    format!("{v:.2}").parse().unwrap_or(v)
}

/// Fill styles draw.io offers (rough.js `fillStyle`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FillStyle {
    Hachure,
    Solid,
    Zigzag,
    CrossHatch,
    Dots,
    Dashed,
    ZigzagLine,
}

impl FillStyle {
    pub fn parse(s: &str) -> FillStyle {
        match s {
            "solid" => FillStyle::Solid,
            "zigzag" => FillStyle::Zigzag,
            "cross-hatch" => FillStyle::CrossHatch,
            "dots" => FillStyle::Dots,
            "dashed" => FillStyle::Dashed,
            "zigzag-line" => FillStyle::ZigzagLine,
            _ => FillStyle::Hachure,
        }
    }
}

/// rough.js options (the generator's defaults merged with what draw.io's getStyle passes).
#[derive(Debug, Clone)]
pub struct Options {
    pub max_randomness_offset: f64,
    pub roughness: JsVal,
    pub bowing: JsVal,
    /// Whether `stroke` is anything but "none" (rough.js generates outline ops then).
    pub stroke: bool,
    pub stroke_width: f64,
    pub curve_tightness: f64,
    pub curve_fitting: JsVal,
    pub curve_step_count: f64,
    pub fill_style: FillStyle,
    /// Truthy fill (draw.io passes "" for none).
    pub fill: bool,
    pub fill_weight: JsVal,
    pub hachure_angle: JsVal,
    pub hachure_gap: JsVal,
    pub dash_offset: JsVal,
    pub dash_gap: JsVal,
    pub zigzag_offset: JsVal,
    pub seed: i32,
    pub disable_multi_stroke: bool,
    pub disable_multi_stroke_fill: bool,
    pub preserve_vertices: bool,
    pub simplification: Option<JsVal>,
    /// rough.js keeps its generator on the options object; copies share it once it exists.
    rng: Option<Rc<RefCell<Random>>>,
}

impl Default for Options {
    /// RoughGenerator.defaultOptions.
    fn default() -> Options {
        Options {
            max_randomness_offset: 2.0,
            roughness: JsVal::Num(1.0),
            bowing: JsVal::Num(1.0),
            stroke: true,
            stroke_width: 1.0,
            curve_tightness: 0.0,
            curve_fitting: JsVal::Num(0.95),
            curve_step_count: 9.0,
            fill_style: FillStyle::Hachure,
            fill: false,
            fill_weight: JsVal::Num(-1.0),
            hachure_angle: JsVal::Num(-41.0),
            hachure_gap: JsVal::Num(-1.0),
            dash_offset: JsVal::Num(-1.0),
            dash_gap: JsVal::Num(-1.0),
            zigzag_offset: JsVal::Num(-1.0),
            seed: 0,
            disable_multi_stroke: false,
            disable_multi_stroke_fill: false,
            preserve_vertices: false,
            simplification: None,
            rng: None,
        }
    }
}

impl Options {
    /// `C(o)`: the next random number of this options object's generator.
    fn random(&mut self) -> f64 {
        let seed = self.seed;
        self.rng.get_or_insert_with(|| Rc::new(RefCell::new(Random::new(seed)))).borrow_mut().next()
    }
    fn roughness(&self) -> f64 {
        self.roughness.num()
    }
    /// `E(t, e, s, n)`: roughness · n · (random · (e − t) + t).
    fn offset_range(&mut self, min: f64, max: f64, mult: f64) -> f64 {
        let r = self.random();
        self.roughness() * mult * (r * (max - min) + min)
    }
    /// `W(t, e, n)`.
    fn offset(&mut self, x: f64, mult: f64) -> f64 {
        self.offset_range(-x, x, mult)
    }
    fn gap(&self) -> f64 {
        let g = self.hachure_gap.num();
        let g = if g < 0.0 { 4.0 * self.stroke_width } else { g };
        g.max(0.1)
    }
}

/// What draw.io's RoughCanvas.getStyle reads from a cell's style (mxUtils.getValue: the style's
/// string when set, else rough.js's default), before the per-call stroke, fill and width.
pub fn style_options(style: &crate::style::Style, seed: i32) -> Options {
    let d = Options::default();
    let val = |key: &str, def: JsVal| style.get(key).map(|v| JsVal::Str(v.to_string())).unwrap_or(def);
    // A string is truthy unless empty ("0" included).
    let truthy = |key: &str| style.get(key).is_some_and(|v| !v.is_empty());
    let gap_raw = val("hachureGap", JsVal::Num(-1.0));
    let auto = |v: JsVal| if v == JsVal::Str("auto".into()) { JsVal::Num(-1.0) } else { v };
    Options {
        bowing: val("bowing", d.bowing.clone()),
        hachure_angle: val("hachureAngle", d.hachure_angle.clone()),
        curve_fitting: val("curveFitting", d.curve_fitting.clone()),
        roughness: val("jiggle", d.roughness.clone()),
        simplification: style.get("simplification").map(|v| JsVal::Str(v.to_string())),
        disable_multi_stroke: truthy("disableMultiStroke"),
        disable_multi_stroke_fill: truthy("disableMultiStrokeFill"),
        dash_gap: val("dashGap", gap_raw.clone()),
        dash_offset: val("dashOffset", gap_raw.clone()),
        zigzag_offset: val("zigzagOffset", gap_raw.clone()),
        hachure_gap: auto(gap_raw),
        fill_weight: auto(val("fillWeight", JsVal::Num(-1.0))),
        seed,
        preserve_vertices: true,
        ..d
    }
}

/// The sketch settings of one cell for the canvas: rough.js options from its style, its
/// `fillStyle` (`auto` is decided per fill), and draw.io's view origin, since rough.js rounds
/// hachure positions in page coordinates as draw.io's view translates them.
#[derive(Debug, Clone)]
pub struct Sketch {
    pub options: Options,
    pub fill_style: String,
    pub origin: (f64, f64),
}

impl Sketch {
    /// Whether a cell with this style is drawn sketched: `sketch=1` (draw.io: any value but "0"),
    /// rough.js's style (not comic).
    pub fn wanted(style: &crate::style::Style) -> bool {
        style.get("sketch").is_some_and(|v| v != "0") && style.str_or("sketchStyle", "rough") != "comic"
    }

    /// None unless `wanted`. Only with feature `extended` (render::needs_extended): without it the
    /// rough.js port is left out of the wasm.
    pub fn for_cell(style: &crate::style::Style, cell_id: &str, origin: (f64, f64)) -> Option<Sketch> {
        if !cfg!(feature = "extended") || !Sketch::wanted(style) {
            return None;
        }
        Some(Sketch { options: style_options(style, seed_for(cell_id)), fill_style: style.str_or("fillStyle", "auto").to_string(), origin })
    }

    /// getStyle(stroke, fill) for one call: `fill` is the fill colour when the call fills.
    pub fn options_for(&self, stroke_width: f64, fill: Option<&str>) -> Options {
        let mut o = self.options.clone();
        o.stroke_width = stroke_width;
        o.stroke = true;
        o.fill = fill.is_some();
        // fillStyle auto: solid for gradients and for the page colour, else rough.js's hachure.
        o.fill_style = match self.fill_style.as_str() {
            "auto" => match fill {
                Some(f) if f.starts_with("url(") || f.eq_ignore_ascii_case("#ffffff") => FillStyle::Solid,
                _ => FillStyle::Hachure,
            },
            s => FillStyle::parse(s),
        };
        o
    }
}

pub type P = [f64; 2];

/// One drawing op (rough.js `{op, data}`).
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Move(f64, f64),
    Line(f64, f64),
    Curve(f64, f64, f64, f64, f64, f64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SetKind {
    /// An outline, stroked with the shape's stroke.
    Path,
    /// A solid fill (draw.io fills it, or strokes it when the call did not fill).
    FillPath,
    /// Hachure-like lines, stroked in the fill colour `fillWeight` wide.
    FillSketch,
}

#[derive(Debug, Clone)]
pub struct OpSet {
    pub kind: SetKind,
    pub ops: Vec<Op>,
}

// ---- lines and curves -------------------------------------------------------------------------

/// `z`: a line drawn twice (once with `disableMultiStroke[Fill]`).
fn double_line(x1: f64, y1: f64, x2: f64, y2: f64, o: &mut Options, filling: bool) -> Vec<Op> {
    let single = if filling { o.disable_multi_stroke_fill } else { o.disable_multi_stroke };
    let mut a = line_ops(x1, y1, x2, y2, o, true, false);
    if single {
        return a;
    }
    a.extend(line_ops(x1, y1, x2, y2, o, true, true));
    a
}

/// `R`: one wobbly line as a bezier.
fn line_ops(x1: f64, y1: f64, x2: f64, y2: f64, o: &mut Options, do_move: bool, overlay: bool) -> Vec<Op> {
    let len_sq = (x1 - x2).powi(2) + (y1 - y2).powi(2);
    let len = len_sq.sqrt();
    let c = if len < 200.0 {
        1.0
    } else if len > 500.0 {
        0.4
    } else {
        -0.0016668 * len + 1.233334
    };
    let mut l = o.max_randomness_offset;
    if l * l * 100.0 > len_sq {
        l = len / 10.0;
    }
    let u = l / 2.0;
    let p = 0.2 + 0.2 * o.random();
    let bowing = o.bowing.num();
    let f0 = bowing * o.max_randomness_offset * (y2 - y1) / 200.0;
    let d0 = bowing * o.max_randomness_offset * (x1 - x2) / 200.0;
    let f = o.offset(f0, c);
    let d = o.offset(d0, c);
    let b = o.preserve_vertices;
    let mut ops = Vec::with_capacity(2);
    let k = if overlay { u } else { l };
    if do_move {
        let mx = x1 + if b { 0.0 } else { o.offset(k, c) };
        let my = y1 + if b { 0.0 } else { o.offset(k, c) };
        ops.push(Op::Move(mx, my));
    }
    let c1x = f + x1 + (x2 - x1) * p + o.offset(k, c);
    let c1y = d + y1 + (y2 - y1) * p + o.offset(k, c);
    let c2x = f + x1 + 2.0 * (x2 - x1) * p + o.offset(k, c);
    let c2y = d + y1 + 2.0 * (y2 - y1) * p + o.offset(k, c);
    let ex = x2 + if b { 0.0 } else { o.offset(k, c) };
    let ey = y2 + if b { 0.0 } else { o.offset(k, c) };
    ops.push(Op::Curve(c1x, c1y, c2x, c2y, ex, ey));
    ops
}

/// `O`: a polyline (closed: back to the first point) of double lines.
fn linear_path(pts: &[P], close: bool, o: &mut Options) -> Vec<Op> {
    let n = pts.len();
    if n > 2 {
        let mut ops = Vec::new();
        for i in 0..n - 1 {
            ops.extend(double_line(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1], o, false));
        }
        if close {
            ops.extend(double_line(pts[n - 1][0], pts[n - 1][1], pts[0][0], pts[0][1], o, false));
        }
        ops
    } else if n == 2 {
        double_line(pts[0][0], pts[0][1], pts[1][0], pts[1][1], o, false)
    } else {
        Vec::new()
    }
}

/// `G`: a Catmull-Rom-like curve through points (curveTightness).
fn curve_through(t: &[P], o: &mut Options) -> Vec<Op> {
    let n = t.len();
    let mut ops = Vec::new();
    if n > 3 {
        let r = 1.0 - o.curve_tightness;
        ops.push(Op::Move(t[1][0], t[1][1]));
        let mut i = 1;
        while i + 2 < n {
            let s = t[i];
            let b1 = [s[0] + (r * t[i + 1][0] - r * t[i - 1][0]) / 6.0, s[1] + (r * t[i + 1][1] - r * t[i - 1][1]) / 6.0];
            let b2 = [t[i + 1][0] + (r * t[i][0] - r * t[i + 2][0]) / 6.0, t[i + 1][1] + (r * t[i][1] - r * t[i + 2][1]) / 6.0];
            ops.push(Op::Curve(b1[0], b1[1], b2[0], b2[1], t[i + 1][0], t[i + 1][1]));
            i += 1;
        }
    } else if n == 3 {
        ops.push(Op::Move(t[1][0], t[1][1]));
        ops.push(Op::Curve(t[1][0], t[1][1], t[2][0], t[2][1], t[2][0], t[2][1]));
    } else if n == 2 {
        ops.extend(double_line(t[0][0], t[0][1], t[1][0], t[1][1], o, false));
    }
    ops
}

/// `V`: a cubic bezier drawn twice (path `C` segments).
#[allow(clippy::too_many_arguments)]
fn bezier_to(x1: f64, y1: f64, x2: f64, y2: f64, x: f64, y: f64, cur: P, o: &mut Options) -> Vec<Op> {
    let mut ops = Vec::new();
    let ro = if o.max_randomness_offset != 0.0 { o.max_randomness_offset } else { 1.0 };
    let c = [ro, ro + 0.3];
    let passes = if o.disable_multi_stroke { 1 } else { 2 };
    let p = o.preserve_vertices;
    for (f, &cf) in c.iter().enumerate().take(passes) {
        if f == 0 {
            ops.push(Op::Move(cur[0], cur[1]));
        } else {
            let mx = cur[0] + if p { 0.0 } else { o.offset(c[0], 1.0) };
            let my = cur[1] + if p { 0.0 } else { o.offset(c[0], 1.0) };
            ops.push(Op::Move(mx, my));
        }
        let end = if p { [x, y] } else { [x + o.offset(cf, 1.0), y + o.offset(cf, 1.0)] };
        let a = x1 + o.offset(cf, 1.0);
        let b = y1 + o.offset(cf, 1.0);
        let cc = x2 + o.offset(cf, 1.0);
        let d = y2 + o.offset(cf, 1.0);
        ops.push(Op::Curve(a, b, cc, d, end[0], end[1]));
    }
    ops
}

// ---- ellipse ----------------------------------------------------------------------------------

struct EllipseParams {
    increment: f64,
    rx: f64,
    ry: f64,
}

/// `T`.
fn ellipse_params(w: f64, h: f64, o: &mut Options) -> EllipseParams {
    let psq = (2.0 * std::f64::consts::PI * (((w / 2.0).powi(2) + (h / 2.0).powi(2)) / 2.0).sqrt()).sqrt();
    let steps = o.curve_step_count.max(o.curve_step_count / 200f64.sqrt() * psq);
    let increment = 2.0 * std::f64::consts::PI / steps;
    let mut rx = (w / 2.0).abs();
    let mut ry = (h / 2.0).abs();
    let fit = 1.0 - o.curve_fitting.num();
    rx += o.offset(rx * fit, 1.0);
    ry += o.offset(ry * fit, 1.0);
    EllipseParams { increment, rx, ry }
}

/// `q`: points around an ellipse (all of them for the curve, the ring for fills).
#[allow(clippy::too_many_arguments)]
fn ellipse_points(inc: f64, cx: f64, cy: f64, rx: f64, ry: f64, offset: f64, overlap: f64, o: &mut Options) -> (Vec<P>, Vec<P>) {
    let mut core = Vec::new();
    let mut all = Vec::new();
    let rad = o.offset(0.5, 1.0) - std::f64::consts::FRAC_PI_2;
    let a = o.offset(offset, 1.0);
    let b = o.offset(offset, 1.0);
    all.push([a + cx + 0.9 * rx * (rad - inc).cos(), b + cy + 0.9 * ry * (rad - inc).sin()]);
    if inc > 0.0 && inc.is_finite() {
        let mut angle = rad;
        while angle < 2.0 * std::f64::consts::PI + rad - 0.01 && core.len() < MAX_POINTS {
            let p = [o.offset(offset, 1.0) + cx + rx * angle.cos(), o.offset(offset, 1.0) + cy + ry * angle.sin()];
            core.push(p);
            all.push(p);
            angle += inc;
        }
    }
    let tau = 2.0 * std::f64::consts::PI;
    let p1 = [o.offset(offset, 1.0) + cx + rx * (rad + tau + overlap * 0.5).cos(), o.offset(offset, 1.0) + cy + ry * (rad + tau + overlap * 0.5).sin()];
    all.push(p1);
    let p2 = [o.offset(offset, 1.0) + cx + 0.98 * rx * (rad + overlap).cos(), o.offset(offset, 1.0) + cy + 0.98 * ry * (rad + overlap).sin()];
    all.push(p2);
    let p3 = [o.offset(offset, 1.0) + cx + 0.9 * rx * (rad + overlap * 0.5).cos(), o.offset(offset, 1.0) + cy + 0.9 * ry * (rad + overlap * 0.5).sin()];
    all.push(p3);
    (all, core)
}

/// `I`: the ellipse outline (estimated points for fills, ops).
fn ellipse_with_params(cx: f64, cy: f64, o: &mut Options, p: &EllipseParams) -> (Vec<P>, Vec<Op>) {
    let inner = o.offset_range(0.4, 1.0, 1.0);
    let overlap = p.increment * o.offset_range(0.1, inner, 1.0);
    let (all, core) = ellipse_points(p.increment, cx, cy, p.rx, p.ry, 1.0, overlap, o);
    let mut ops = curve_through(&all, o);
    if !o.disable_multi_stroke {
        let (all2, _) = ellipse_points(p.increment, cx, cy, p.rx, p.ry, 1.5, 0.0, o);
        ops.extend(curve_through(&all2, o));
    }
    (core, ops)
}

// ---- fills ------------------------------------------------------------------------------------

/// `t`: rotates points in place about `c` by `deg` degrees.
fn rotate_points(pts: &mut [P], c: P, deg: f64) {
    let a = std::f64::consts::PI / 180.0 * deg;
    let (s, co) = (a.sin(), a.cos());
    for p in pts.iter_mut() {
        let (x, y) = (p[0], p[1]);
        p[0] = (x - c[0]) * co - (y - c[1]) * s + c[0];
        p[1] = (x - c[0]) * s + (y - c[1]) * co + c[1];
    }
}

struct Edge {
    ymin: f64,
    ymax: f64,
    x: f64,
    islope: f64,
}

fn sign_cmp(d: f64) -> std::cmp::Ordering {
    if d > 0.0 {
        std::cmp::Ordering::Greater
    } else if d < 0.0 {
        std::cmp::Ordering::Less
    } else {
        std::cmp::Ordering::Equal
    }
}

/// `h`: hachure lines for a polygon at `hachureAngle + 90`, `gap` apart (scan-line fill in the
/// turned frame, x rounded to whole units there). Turns `polygon` and back in place, like rough.js.
fn hachure_lines(polygon: &mut [P], o: &Options) -> Vec<[P; 2]> {
    let angle = js_round(o.hachure_angle.plus(90.0).num());
    let center = [0.0, 0.0];
    let turned = angle != 0.0 && !angle.is_nan();
    if turned {
        rotate_points(polygon, center, angle);
    }
    let mut lines = scan_lines(polygon, o);
    if turned {
        rotate_points(polygon, center, -angle);
        for l in lines.iter_mut() {
            rotate_points(l, center, -angle);
        }
    }
    lines
}

fn scan_lines(polygon: &[P], o: &Options) -> Vec<[P; 2]> {
    let mut s: Vec<P> = polygon.to_vec();
    let mut out = Vec::new();
    if let (Some(first), Some(last)) = (s.first().copied(), s.last().copied()) {
        if first != last {
            s.push(first);
        }
    }
    if s.len() <= 2 {
        return out;
    }
    let gap = o.gap();
    if !gap.is_finite() {
        return out;
    }
    let mut edges: Vec<Edge> = Vec::new();
    for w in s.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a[1] != b[1] {
            let ymin = a[1].min(b[1]);
            edges.push(Edge { ymin, ymax: a[1].max(b[1]), x: if ymin == a[1] { a[0] } else { b[0] }, islope: (b[0] - a[0]) / (b[1] - a[1]) });
        }
    }
    edges.sort_by(|t, e| {
        if t.ymin < e.ymin {
            std::cmp::Ordering::Less
        } else if t.ymin > e.ymin {
            std::cmp::Ordering::Greater
        } else if t.x < e.x {
            std::cmp::Ordering::Less
        } else if t.x > e.x {
            std::cmp::Ordering::Greater
        } else if t.ymax == e.ymax {
            std::cmp::Ordering::Equal
        } else {
            sign_cmp(t.ymax - e.ymax)
        }
    });
    if edges.is_empty() || !edges.iter().all(|e| e.ymin.is_finite() && e.ymax.is_finite()) {
        return out;
    }
    let mut active: Vec<Edge> = Vec::new();
    let mut y = edges[0].ymin;
    let mut pending: std::collections::VecDeque<Edge> = edges.into();
    let mut steps = 0usize;
    while !active.is_empty() || !pending.is_empty() {
        if !pending.is_empty() {
            let take = pending.iter().take_while(|e| !(e.ymin > y)).count();
            active.extend(pending.drain(..take));
        }
        active.retain(|e| !(e.ymax <= y));
        active.sort_by(|a, b| if a.x == b.x { std::cmp::Ordering::Equal } else { sign_cmp(a.x - b.x) });
        if active.len() > 1 {
            let mut i = 0;
            while i + 1 < active.len() {
                out.push([[js_round(active[i].x), y], [js_round(active[i + 1].x), y]]);
                i += 2;
            }
        }
        steps += 1;
        if out.len() > MAX_LINES || steps > 4 * MAX_LINES {
            break;
        }
        y += gap;
        for e in active.iter_mut() {
            e.x += gap * e.islope;
        }
    }
    out
}

fn dist(a: P, b: P) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// Orientation `a`: 0 collinear, 1 clockwise, 2 counter-clockwise.
fn orientation(p: P, q: P, r: P) -> u8 {
    let v = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1]);
    if v == 0.0 {
        0
    } else if v > 0.0 {
        1
    } else {
        2
    }
}

/// `o`: q on segment pr (given collinear).
fn on_segment(p: P, q: P, r: P) -> bool {
    q[0] <= p[0].max(r[0]) && q[0] >= p[0].min(r[0]) && q[1] <= p[1].max(r[1]) && q[1] >= p[1].min(r[1])
}

/// `r`: segments p1q1 and p2q2 intersect.
fn segments_intersect(p1: P, q1: P, p2: P, q2: P) -> bool {
    let o1 = orientation(p1, q1, p2);
    let o2 = orientation(p1, q1, q2);
    let o3 = orientation(p2, q2, p1);
    let o4 = orientation(p2, q2, q1);
    (o1 != o2 && o3 != o4)
        || (o1 == 0 && on_segment(p1, p2, q1))
        || (o2 == 0 && on_segment(p1, q2, q1))
        || (o3 == 0 && on_segment(p2, p1, q2))
        || (o4 == 0 && on_segment(p2, q1, q2))
}

/// `s`: intersection of the lines through ab and cd.
fn line_intersection(a: P, b: P, c: P, d: P) -> Option<P> {
    let a1 = b[1] - a[1];
    let b1 = a[0] - b[0];
    let c1 = a1 * a[0] + b1 * a[1];
    let a2 = d[1] - c[1];
    let b2 = c[0] - d[0];
    let c2 = a2 * c[0] + b2 * c[1];
    let det = a1 * b2 - a2 * b1;
    if det != 0.0 {
        Some([(b2 * c1 - b1 * c2) / det, (a1 * c2 - a2 * c1) / det])
    } else {
        None
    }
}

/// `n`: point in polygon (ray to the right; on an edge counts as inside).
fn point_in_polygon(poly: &[P], x: f64, y: f64) -> bool {
    let n = poly.len();
    if n < 3 {
        return false;
    }
    let far = [9007199254740991.0, y];
    let p = [x, y];
    let mut count = 0;
    for i in 0..n {
        let a = poly[i];
        let b = poly[(i + 1) % n];
        if segments_intersect(a, b, p, far) {
            if orientation(a, p, b) == 0 {
                return on_segment(a, p, b);
            }
            count += 1;
        }
    }
    count % 2 == 1
}

fn mid_in_polygon(poly: &[P], seg: &[P; 2]) -> bool {
    point_in_polygon(poly, (seg[0][0] + seg[1][0]) / 2.0, (seg[0][1] + seg[1][1]) / 2.0)
}

/// `splitOnIntersections` (zigzag connectors that would leave the polygon are cut).
fn split_on_intersections(poly: &[P], seg: [P; 2]) -> Vec<[P; 2]> {
    let min = 5f64.max(0.1 * dist(seg[0], seg[1]));
    let mut hits: Vec<(P, f64)> = Vec::new();
    for i in 0..poly.len() {
        let a = poly[i];
        let b = poly[(i + 1) % poly.len()];
        if segments_intersect(a, b, seg[0], seg[1]) {
            if let Some(p) = line_intersection(a, b, seg[0], seg[1]) {
                let d0 = dist(p, seg[0]);
                let d1 = dist(p, seg[1]);
                if d0 > min && d1 > min {
                    hits.push((p, d0));
                }
            }
        }
    }
    if hits.len() > 1 {
        hits.sort_by(|a, b| sign_cmp(a.1 - b.1));
        let mut pts: Vec<P> = hits.into_iter().map(|h| h.0).collect();
        if !point_in_polygon(poly, seg[0][0], seg[0][1]) {
            pts.remove(0);
        }
        if !point_in_polygon(poly, seg[1][0], seg[1][1]) {
            pts.pop();
        }
        if pts.len() <= 1 {
            return if mid_in_polygon(poly, &seg) { vec![seg] } else { Vec::new() };
        }
        let mut all = vec![seg[0]];
        all.extend(pts);
        all.push(seg[1]);
        let mut out = Vec::new();
        let mut i = 0;
        while i + 1 < all.len() {
            let s = [all[i], all[i + 1]];
            if mid_in_polygon(poly, &s) {
                out.push(s);
            }
            i += 2;
        }
        return out;
    }
    if mid_in_polygon(poly, &seg) {
        vec![seg]
    } else {
        Vec::new()
    }
}

/// `connectingLines` (the zigzag filler joins consecutive hachure lines).
fn connecting_lines(poly: &[P], lines: &[[P; 2]]) -> Vec<[P; 2]> {
    let mut out = Vec::new();
    for i in 1..lines.len() {
        let prev = lines[i - 1];
        if dist(prev[0], prev[1]) < 3.0 {
            continue;
        }
        let seg = [lines[i][0], prev[1]];
        if dist(seg[0], seg[1]) > 3.0 {
            out.extend(split_on_intersections(poly, seg));
        }
    }
    out
}

fn render_lines(lines: &[[P; 2]], o: &mut Options) -> Vec<Op> {
    let mut ops = Vec::new();
    for l in lines {
        ops.extend(double_line(l[0][0], l[0][1], l[1][0], l[1][1], o, true));
    }
    ops
}

/// The hachure filler (`i._fillPolygon`), with zigzag's connecting lines when asked.
fn hachure_fill(poly: &mut [P], o: &mut Options, connect: bool) -> Vec<Op> {
    let mut lines = hachure_lines(poly, o);
    if connect {
        let extra = connecting_lines(poly, &lines);
        lines.extend(extra);
    }
    render_lines(&lines, o)
}

/// `u.dotsOnLines`.
fn dots_fill(poly: &mut [P], o: &Options) -> Vec<Op> {
    let mut oo = o.clone();
    oo.curve_step_count = 4.0;
    oo.hachure_angle = JsVal::Num(0.0);
    oo.roughness = JsVal::Num(1.0);
    let lines = hachure_lines(poly, &oo);
    let gap = oo.gap();
    let mut weight = oo.fill_weight.num();
    if weight < 0.0 {
        weight = oo.stroke_width / 2.0;
    }
    let r = gap / 4.0;
    let mut ops = Vec::new();
    for l in &lines {
        let len = dist(l[0], l[1]);
        let count = (len / gap).ceil() - 1.0;
        let off = len - count * gap;
        let x = (l[0][0] + l[1][0]) / 2.0 - gap / 4.0;
        let miny = l[0][1].min(l[1][1]);
        let mut k = 0.0;
        while k < count && ops.len() < MAX_POINTS {
            let y = miny + off + k * gap;
            let cx = oo.offset_range(x - r, x + r, 1.0);
            let cy = oo.offset_range(y - r, y + r, 1.0);
            let p = ellipse_params(weight, weight, &mut oo);
            ops.extend(ellipse_with_params(cx, cy, &mut oo, &p).1);
            k += 1.0;
        }
    }
    ops
}

/// `p.dashedLine`.
fn dashed_fill(poly: &mut [P], o: &mut Options) -> Vec<Op> {
    let lines = hachure_lines(poly, o);
    let fallback = |o: &Options| if o.hachure_gap.num() < 0.0 { JsVal::Num(4.0 * o.stroke_width) } else { o.hachure_gap.clone() };
    let off = if o.dash_offset.num() < 0.0 { fallback(o) } else { o.dash_offset.clone() };
    let gap = if o.dash_gap.num() < 0.0 { fallback(o) } else { o.dash_gap.clone() };
    let period = off.add(&gap).num();
    let mut ops = Vec::new();
    for l in &lines {
        let len = dist(l[0], l[1]);
        let count = (len / period).floor();
        // `(r + o - h * (n + o)) / 2`: `r + o` concatenates when the gap is a string.
        let start = (JsVal::Num(len).add(&gap).num() - count * period) / 2.0;
        let (mut p1, mut p2) = (l[0], l[1]);
        if p1[0] > p2[0] {
            std::mem::swap(&mut p1, &mut p2);
        }
        let alpha = ((p2[1] - p1[1]) / (p2[0] - p1[0])).atan();
        let mut i = 0.0;
        while i < count && ops.len() < MAX_POINTS {
            let s = i * period;
            let e = JsVal::Num(s).add(&off).num();
            let a = [p1[0] + s * alpha.cos() + start * alpha.cos(), p1[1] + s * alpha.sin() + start * alpha.sin()];
            let b = [p1[0] + e * alpha.cos() + start * alpha.cos(), p1[1] + e * alpha.sin() + start * alpha.sin()];
            ops.extend(double_line(a[0], a[1], b[0], b[1], o, true));
            i += 1.0;
        }
    }
    ops
}

/// `f` (zigzag-line).
fn zigzag_line_fill(poly: &mut [P], o: &Options) -> Vec<Op> {
    let gap = if o.hachure_gap.num() < 0.0 { JsVal::Num(4.0 * o.stroke_width) } else { o.hachure_gap.clone() };
    let zo = if o.zigzag_offset.num() < 0.0 { gap.clone() } else { o.zigzag_offset.clone() };
    let mut oo = o.clone();
    oo.hachure_gap = gap.add(&zo);
    let lines = hachure_lines(poly, &oo);
    let s = zo.num();
    let mut ops = Vec::new();
    for l in &lines {
        let len = dist(l[0], l[1]);
        let count = js_round(len / (2.0 * s));
        let (mut p1, mut p2) = (l[0], l[1]);
        if p1[0] > p2[0] {
            std::mem::swap(&mut p1, &mut p2);
        }
        let alpha = ((p2[1] - p1[1]) / (p2[0] - p1[0])).atan();
        let mut i = 0.0;
        while i < count && ops.len() < MAX_POINTS {
            let a0 = 2.0 * i * s;
            let a1 = 2.0 * (i + 1.0) * s;
            let dz = (2.0 * s * s).sqrt();
            let p = [p1[0] + a0 * alpha.cos(), p1[1] + a0 * alpha.sin()];
            let q = [p1[0] + a1 * alpha.cos(), p1[1] + a1 * alpha.sin()];
            let m = [p[0] + dz * (alpha + std::f64::consts::FRAC_PI_4).cos(), p[1] + dz * (alpha + std::f64::consts::FRAC_PI_4).sin()];
            ops.extend(double_line(p[0], p[1], m[0], m[1], &mut oo, true));
            ops.extend(double_line(m[0], m[1], q[0], q[1], &mut oo, true));
            i += 1.0;
        }
    }
    ops
}

/// `_`: the filler for `fillStyle` (everything but solid).
fn pattern_fill(poly: &mut [P], o: &mut Options) -> OpSet {
    let ops = match o.fill_style {
        FillStyle::Zigzag => hachure_fill(poly, o, true),
        FillStyle::CrossHatch => {
            let mut ops = hachure_fill(poly, o, false);
            let mut o2 = o.clone();
            o2.hachure_angle = o.hachure_angle.plus(90.0);
            ops.extend(hachure_fill(poly, &mut o2, false));
            ops
        }
        FillStyle::Dots => dots_fill(poly, o),
        FillStyle::Dashed => dashed_fill(poly, o),
        FillStyle::ZigzagLine => zigzag_line_fill(poly, o),
        FillStyle::Hachure | FillStyle::Solid => hachure_fill(poly, o, false),
    };
    OpSet { kind: SetKind::FillSketch, ops }
}

/// `D`: a solid fill polygon with jittered corners.
fn solid_fill(poly: &[P], o: &mut Options) -> OpSet {
    let mut ops = Vec::new();
    if poly.len() > 2 {
        let r = o.max_randomness_offset;
        let x = poly[0][0] + o.offset(r, 1.0);
        let y = poly[0][1] + o.offset(r, 1.0);
        ops.push(Op::Move(x, y));
        for p in &poly[1..] {
            let x = p[0] + o.offset(r, 1.0);
            let y = p[1] + o.offset(r, 1.0);
            ops.push(Op::Line(x, y));
        }
    }
    OpSet { kind: SetKind::FillPath, ops }
}

fn fill_polygon(poly: &mut [P], o: &mut Options) -> OpSet {
    if o.fill_style == FillStyle::Solid {
        solid_fill(poly, o)
    } else {
        pattern_fill(poly, o)
    }
}

// ---- generator --------------------------------------------------------------------------------

/// RoughGenerator.rectangle: the polygon of its corners (fill sets first, then the outline).
pub fn rectangle(x: f64, y: f64, w: f64, h: f64, o: &mut Options) -> Vec<OpSet> {
    polygon(&[[x, y], [x + w, y], [x + w, y + h], [x, y + h]], o)
}

/// RoughGenerator.polygon (outline generated first, drawn last).
pub fn polygon(pts: &[P], o: &mut Options) -> Vec<OpSet> {
    let outline = linear_path(pts, true, o);
    let mut sets = Vec::new();
    if o.fill {
        let mut poly = pts.to_vec();
        sets.push(fill_polygon(&mut poly, o));
    }
    if o.stroke {
        sets.push(OpSet { kind: SetKind::Path, ops: outline });
    }
    sets
}

/// RoughGenerator.ellipse (centre and diameters).
pub fn ellipse(cx: f64, cy: f64, w: f64, h: f64, o: &mut Options) -> Vec<OpSet> {
    let p = ellipse_params(w, h, o);
    let (mut core, outline) = ellipse_with_params(cx, cy, o, &p);
    let mut sets = Vec::new();
    if o.fill {
        if o.fill_style == FillStyle::Solid {
            let (_, ops) = ellipse_with_params(cx, cy, o, &p);
            sets.push(OpSet { kind: SetKind::FillPath, ops });
        } else {
            sets.push(pattern_fill(&mut core, o));
        }
    }
    if o.stroke {
        sets.push(OpSet { kind: SetKind::Path, ops: outline });
    }
    sets
}

/// A path segment as draw.io's RoughCanvas records it (coordinates already through `format2`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Seg {
    M(f64, f64),
    L(f64, f64),
    Q(f64, f64, f64, f64),
    C(f64, f64, f64, f64, f64, f64),
    /// SVG arc: rx, ry, rotation, large, sweep, x, y.
    A(f64, f64, f64, bool, bool, f64, f64),
    Z,
}

/// rough.js's normalisation (`m(y(b(d)))`): absolute M/L/C/Z only; Q and A become cubics.
fn normalize(segs: &[Seg]) -> Vec<Seg> {
    let mut out = Vec::with_capacity(segs.len());
    let (mut cx, mut cy, mut sx, mut sy) = (0.0, 0.0, 0.0, 0.0);
    // rough.js parses "M0,0" in front of a path that does not start with a move.
    if !matches!(segs.first(), Some(Seg::M(..)) | None) {
        out.push(Seg::M(0.0, 0.0));
    }
    for s in segs {
        match *s {
            Seg::M(x, y) => {
                out.push(*s);
                (cx, cy, sx, sy) = (x, y, x, y);
            }
            Seg::L(x, y) => {
                out.push(*s);
                (cx, cy) = (x, y);
            }
            Seg::C(_, _, _, _, x, y) => {
                out.push(*s);
                (cx, cy) = (x, y);
            }
            Seg::Q(qx, qy, x, y) => {
                out.push(Seg::C(cx + 2.0 * (qx - cx) / 3.0, cy + 2.0 * (qy - cy) / 3.0, x + 2.0 * (qx - x) / 3.0, y + 2.0 * (qy - y) / 3.0, x, y));
                (cx, cy) = (x, y);
            }
            Seg::A(rx, ry, rot, large, sweep, x, y) => {
                let (rx, ry) = (rx.abs(), ry.abs());
                if rx == 0.0 || ry == 0.0 {
                    out.push(Seg::C(cx, cy, x, y, x, y));
                    (cx, cy) = (x, y);
                } else if cx != x || cy != y {
                    for c in arc_to_cubic(cx, cy, x, y, rx, ry, rot, large, sweep, None) {
                        out.push(Seg::C(c[0], c[1], c[2], c[3], c[4], c[5]));
                    }
                    (cx, cy) = (x, y);
                }
            }
            Seg::Z => {
                out.push(Seg::Z);
                (cx, cy) = (sx, sy);
            }
        }
    }
    out
}

fn rot(x: f64, y: f64, a: f64) -> P {
    [x * a.cos() - y * a.sin(), x * a.sin() + y * a.cos()]
}

/// rough.js `P`: an SVG arc as cubic beziers (pieces of at most 120°).
#[allow(clippy::too_many_arguments)]
fn arc_to_cubic(mut x1: f64, mut y1: f64, mut x2: f64, mut y2: f64, mut rx: f64, mut ry: f64, angle: f64, large: bool, sweep: bool, rec: Option<[f64; 4]>) -> Vec<[f64; 6]> {
    let rad = std::f64::consts::PI * angle / 180.0;
    let mut params: Vec<P> = Vec::new();
    let (mut f1, mut f2, cx, cy);
    if let Some(r) = rec {
        (f1, f2, cx, cy) = (r[0], r[1], r[2], r[3]);
    } else {
        [x1, y1] = rot(x1, y1, -rad);
        [x2, y2] = rot(x2, y2, -rad);
        let x = (x1 - x2) / 2.0;
        let y = (y1 - y2) / 2.0;
        let mut h = x * x / (rx * rx) + y * y / (ry * ry);
        if h > 1.0 {
            h = h.sqrt();
            rx *= h;
            ry *= h;
        }
        let rx2 = rx * rx;
        let ry2 = ry * ry;
        let k = (if large == sweep { -1.0 } else { 1.0 }) * ((rx2 * ry2 - rx2 * y * y - ry2 * x * x) / (rx2 * y * y + ry2 * x * x)).abs().sqrt();
        cx = k * rx * y / ry + (x1 + x2) / 2.0;
        cy = k * -ry * x / rx + (y1 + y2) / 2.0;
        let fix9 = |v: f64| -> f64 { format!("{v:.9}").parse().unwrap_or(v) };
        f1 = fix9((y1 - cy) / ry).asin();
        f2 = fix9((y2 - cy) / ry).asin();
        if x1 < cx {
            f1 = std::f64::consts::PI - f1;
        }
        if x2 < cx {
            f2 = std::f64::consts::PI - f2;
        }
        if f1 < 0.0 {
            f1 += 2.0 * std::f64::consts::PI;
        }
        if f2 < 0.0 {
            f2 += 2.0 * std::f64::consts::PI;
        }
        if sweep && f1 > f2 {
            f1 -= 2.0 * std::f64::consts::PI;
        }
        if !sweep && f2 > f1 {
            f2 -= 2.0 * std::f64::consts::PI;
        }
    }
    let mut df = f2 - f1;
    let limit = 120.0 * std::f64::consts::PI / 180.0;
    if df.abs() > limit && df.is_finite() {
        let f2old = f2;
        let (x2old, y2old) = (x2, y2);
        f2 = if sweep && f2 > f1 { f1 + limit } else { f1 - limit };
        x2 = cx + rx * f2.cos();
        y2 = cy + ry * f2.sin();
        let rest = arc_to_cubic(x2, y2, x2old, y2old, rx, ry, angle, false, sweep, Some([f2, f2old, cx, cy]));
        for c in rest {
            params.push([c[0], c[1]]);
            params.push([c[2], c[3]]);
            params.push([c[4], c[5]]);
        }
    }
    df = f2 - f1;
    let (c1, s1, c2, s2) = (f1.cos(), f1.sin(), f2.cos(), f2.sin());
    let t = (df / 4.0).tan();
    let hx = 4.0 / 3.0 * rx * t;
    let hy = 4.0 / 3.0 * ry * t;
    let m1 = [x1, y1];
    let mut m2 = [x1 + hx * s1, y1 - hy * c1];
    let m3 = [x2 + hx * s2, y2 - hy * c2];
    let m4 = [x2, y2];
    m2[0] = 2.0 * m1[0] - m2[0];
    m2[1] = 2.0 * m1[1] - m2[1];
    let mut all = vec![m2, m3, m4];
    all.extend(params);
    if rec.is_some() {
        return all.chunks(3).filter(|c| c.len() == 3).map(|c| [c[0][0], c[0][1], c[1][0], c[1][1], c[2][0], c[2][1]]).collect();
    }
    all.chunks(3)
        .filter(|c| c.len() == 3)
        .map(|c| {
            let a = rot(c[0][0], c[0][1], rad);
            let b = rot(c[1][0], c[1][1], rad);
            let d = rot(c[2][0], c[2][1], rad);
            [a[0], a[1], b[0], b[1], d[0], d[1]]
        })
        .collect()
}

fn dist_sq(a: P, b: P) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

fn lerp(a: P, b: P, t: f64) -> P {
    [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
}

/// `H`: flattens one cubic (points t[e..e+4]) into `out` to within `tol`.
fn flatten_cubic(t: &[P], e: usize, tol: f64, out: &mut Vec<P>, depth: u32) {
    let (s, n, o, a) = (t[e], t[e + 1], t[e + 2], t[e + 3]);
    let mut r = 3.0 * n[0] - 2.0 * s[0] - a[0];
    r *= r;
    let mut h = 3.0 * n[1] - 2.0 * s[1] - a[1];
    h *= h;
    let mut i = 3.0 * o[0] - 2.0 * a[0] - s[0];
    i *= i;
    let mut c = 3.0 * o[1] - 2.0 * a[1] - s[1];
    c *= c;
    if r < i {
        r = i;
    }
    if h < c {
        h = c;
    }
    // rough.js recurses until flat; the depth cap only matters for degenerate (NaN) input.
    if r + h < tol || depth > 24 || out.len() > MAX_POINTS {
        if let Some(&last) = out.last() {
            if dist_sq(last, s).sqrt() > 1.0 {
                out.push(s);
            }
        } else {
            out.push(s);
        }
        out.push(a);
    } else {
        let c1 = lerp(s, n, 0.5);
        let c2 = lerp(n, o, 0.5);
        let c3 = lerp(o, a, 0.5);
        let p1 = lerp(c1, c2, 0.5);
        let p2 = lerp(c2, c3, 0.5);
        let m = lerp(p1, p2, 0.5);
        flatten_cubic(&[s, c1, p1, m], 0, tol, out, depth + 1);
        flatten_cubic(&[m, p2, c3, a], 0, tol, out, depth + 1);
    }
}

/// `J` without simplification: a run of cubics (1 + 3k points) as points.
fn points_on_bezier(t: &[P], tol: f64) -> Vec<P> {
    let mut out = Vec::new();
    let count = (t.len() as f64 - 1.0) / 3.0;
    let mut i = 0usize;
    while (i as f64) < count && 3 * i + 3 < t.len() {
        flatten_cubic(t, 3 * i, tol, &mut out, 0);
        i += 1;
    }
    out
}

/// Squared distance from p to segment ab (`Z`).
fn dist_to_segment_sq(p: P, a: P, b: P) -> f64 {
    let l = dist_sq(a, b);
    if l == 0.0 {
        return dist_sq(p, a);
    }
    let t = (((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / l).clamp(0.0, 1.0);
    dist_sq(p, lerp(a, b, t))
}

/// `X`: Ramer–Douglas–Peucker on t[s..e].
fn simplify(t: &[P], s: usize, e: usize, eps: f64, out: &mut Vec<P>) {
    let (a, b) = (t[s], t[e - 1]);
    let mut max = 0.0;
    let mut idx = 1;
    for i in s + 1..e.saturating_sub(1) {
        let d = dist_to_segment_sq(t[i], a, b);
        if d > max {
            max = d;
            idx = i;
        }
    }
    if max.sqrt() > eps {
        simplify(t, s, idx + 1, eps, out);
        simplify(t, idx, e, eps, out);
    } else {
        if out.is_empty() {
            out.push(a);
        }
        out.push(b);
    }
}

/// The polygons of a path for filling (rough.js `path`'s point sets, flattened and simplified).
fn path_polygons(segs: &[Seg], eps: f64) -> Vec<Vec<P>> {
    let mut sets: Vec<Vec<P>> = Vec::new();
    let mut cur: Vec<P> = Vec::new();
    let mut start = [0.0, 0.0];
    let mut bez: Vec<P> = Vec::new();
    fn flush(bez: &mut Vec<P>, cur: &mut Vec<P>) {
        if bez.len() >= 4 {
            cur.extend(points_on_bezier(bez, 1.0));
        }
        bez.clear();
    }
    for s in segs {
        match *s {
            Seg::M(x, y) => {
                flush(&mut bez, &mut cur);
                if !cur.is_empty() {
                    sets.push(std::mem::take(&mut cur));
                }
                start = [x, y];
                cur.push(start);
            }
            Seg::L(x, y) => {
                flush(&mut bez, &mut cur);
                cur.push([x, y]);
            }
            Seg::C(a, b, c, d, x, y) => {
                if bez.is_empty() {
                    let last = cur.last().copied().unwrap_or(start);
                    bez.push(last);
                }
                bez.extend([[a, b], [c, d], [x, y]]);
            }
            Seg::Z => {
                flush(&mut bez, &mut cur);
                cur.push(start);
            }
            Seg::Q(..) | Seg::A(..) => {}
        }
    }
    flush(&mut bez, &mut cur);
    if !cur.is_empty() {
        sets.push(cur);
    }
    if eps == 0.0 || eps.is_nan() {
        return sets;
    }
    sets.into_iter()
        .filter_map(|t| {
            if t.is_empty() {
                return None;
            }
            let mut out = Vec::new();
            simplify(&t, 0, t.len(), eps, &mut out);
            (!out.is_empty()).then_some(out)
        })
        .collect()
}

/// The outline ops of a path (rough.js `path`'s stroke: double lines and double beziers).
fn path_outline(segs: &[Seg], o: &mut Options) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut first = [0.0, 0.0];
    let mut cur = [0.0, 0.0];
    for s in segs {
        match *s {
            Seg::M(x, y) => {
                let r = o.max_randomness_offset;
                let p = o.preserve_vertices;
                let mx = x + if p { 0.0 } else { o.offset(r, 1.0) };
                let my = y + if p { 0.0 } else { o.offset(r, 1.0) };
                ops.push(Op::Move(mx, my));
                cur = [x, y];
                first = [x, y];
            }
            Seg::L(x, y) => {
                ops.extend(double_line(cur[0], cur[1], x, y, o, false));
                cur = [x, y];
            }
            Seg::C(a, b, c, d, x, y) => {
                ops.extend(bezier_to(a, b, c, d, x, y, cur, o));
                cur = [x, y];
            }
            Seg::Z => {
                ops.extend(double_line(cur[0], cur[1], first[0], first[1], o, false));
                cur = first;
            }
            Seg::Q(..) | Seg::A(..) => {}
        }
        if ops.len() > MAX_POINTS {
            break;
        }
    }
    ops
}

/// RoughGenerator.path for a recorded path. `fill` here is rough.js's test
/// (`fill && fill != "transparent" && fill != "none"`); the outline is always generated, since
/// draw.io's options always carry a stroke (rough.js's default "#000" when the call did not stroke).
pub fn path(segs: &[Seg], o: &mut Options) -> Vec<OpSet> {
    let mut sets = Vec::new();
    if segs.is_empty() {
        return sets;
    }
    let norm = normalize(segs);
    let simplified = o.simplification.as_ref().map(|s| s.num()).filter(|s| *s != 0.0 && !s.is_nan() && *s < 1.0);
    let eps = match simplified {
        Some(s) => 4.0 - 4.0 * s,
        // `(1 + roughness) / 2`: a style's roughness is a string and concatenates.
        None => o.roughness.plus_after(1.0).num() / 2.0,
    };
    let polygons = path_polygons(&norm, eps);
    if o.fill {
        for mut poly in polygons.clone() {
            sets.push(fill_polygon(&mut poly, o));
        }
    }
    if o.stroke {
        if simplified.is_some() {
            for p in &polygons {
                let ops = linear_path(p, false, o);
                sets.push(OpSet { kind: SetKind::Path, ops });
            }
        } else {
            let ops = path_outline(&norm, o);
            sets.push(OpSet { kind: SetKind::Path, ops });
        }
    }
    sets
}

#[cfg(test)]
mod tests;
