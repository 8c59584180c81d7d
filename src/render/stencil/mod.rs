//! Drawing draw.io stencils (mxStencil semantics) and the library shapes that draw.io codes in
//! JavaScript around stencils (mxAWS4.js and friends, in `composite`).
//!
//! Entry points for `render`: `draw` (a vertex whose shape is unknown to `shapes`) and
//! `with_bundled_image` (an `image=img/lib/...` style resolved to a data URI from a loaded pack).

pub mod canvas;
mod composite;

use crate::geom::Rect;
use crate::render::paint::Paint;
use crate::render::svg::num;
use crate::stencil::{Op, Registry, Seg, Stencil, StrokeWidth};
use crate::style::{Style, Theme};
use canvas::Canvas;
use std::fmt::Write;

/// How deep `include-shape` may nest.
const MAX_INCLUDE_DEPTH: usize = 8;
/// Canvas elements one cell may emit.
const CELL_ELEMENT_BUDGET: usize = 50_000;
/// Stencil operations one cell may run (include-shape can multiply work).
const CELL_OP_BUDGET: usize = 500_000;

/// What a stencil needs from the cell it draws.
pub struct ShapeCtx<'a> {
    pub style: &'a Style,
    pub registry: &'a Registry,
    /// Operations still allowed for this cell.
    pub ops_left: std::cell::Cell<usize>,
    /// The strokeWidth `inherit` stencils take instead of the style's (mxGCP2.js sets it on the style
    /// while it draws).
    pub inherit_width: std::cell::Cell<Option<f64>>,
}

/// `(x0, y0, sx, sy)` of mxStencil.computeAspect: the origin and the scales that map stencil
/// units into the bounds; north/south swap the axes (the canvas is then rotated by 90°), and a
/// fixed aspect uses the smaller scale and centres the shape.
pub fn compute_aspect(
    st: &Stencil,
    direction: &str,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
) -> (f64, f64, f64, f64) {
    let (mut x0, mut y0) = (x, y);
    let (mut sx, mut sy) = (w / st.w, h / st.h);
    let inverse = matches!(direction, "north" | "south");
    if inverse {
        sy = w / st.h;
        sx = h / st.w;
        let delta = (w - h) / 2.0;
        x0 += delta;
        y0 -= delta;
    }
    if st.fixed_aspect {
        let s = sx.min(sy);
        sx = s;
        sy = s;
        if inverse {
            x0 += (h - st.w * sx) / 2.0;
            y0 += (w - st.h * sy) / 2.0;
        } else {
            x0 += (w - st.w * sx) / 2.0;
            y0 += (h - st.h * sy) / 2.0;
        }
    }
    (x0, y0, sx, sy)
}

/// mxStencil.drawShape into `(x, y, w, h)` on the canvas.
#[allow(clippy::too_many_arguments)]
pub fn draw_stencil(
    c: &mut Canvas,
    st: &Stencil,
    ctx: &ShapeCtx,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    depth: usize,
) {
    let direction = ctx.style.str_or("direction", "east");
    let aspect = compute_aspect(st, direction, x, y, w, h);
    let min_scale = aspect.2.min(aspect.3);
    let sw = match st.stroke_width {
        StrokeWidth::Inherit => ctx
            .inherit_width
            .get()
            .unwrap_or_else(|| ctx.style.num("strokeWidth", 1.0)),
        StrokeWidth::Factor(f) => f * min_scale,
    };
    c.set_stroke_width(sw);
    let states = c.states.clone();
    if w > 0.0 && h > 0.0 {
        for op in st.background.iter().chain(&st.foreground) {
            draw_op(c, op, ctx, aspect, depth);
        }
    }
    // Unbalanced save/restore in a stencil must not leak into the caller's stack.
    if c.states.len() != states.len() {
        c.states = states;
    }
}

fn seg(c: &mut Canvas, s: &Seg, (x0, y0, sx, sy): (f64, f64, f64, f64)) {
    match *s {
        Seg::Move(x, y) => c.move_to(x0 + x * sx, y0 + y * sy),
        Seg::Line(x, y) => c.line_to(x0 + x * sx, y0 + y * sy),
        Seg::Quad(x1, y1, x2, y2) => {
            c.quad_to(x0 + x1 * sx, y0 + y1 * sy, x0 + x2 * sx, y0 + y2 * sy)
        }
        Seg::Curve(x1, y1, x2, y2, x3, y3) => c.curve_to(
            x0 + x1 * sx,
            y0 + y1 * sy,
            x0 + x2 * sx,
            y0 + y2 * sy,
            x0 + x3 * sx,
            y0 + y3 * sy,
        ),
        Seg::Arc {
            rx,
            ry,
            rotation,
            large,
            sweep,
            x,
            y,
        } => c.arc_to(
            rx * sx,
            ry * sy,
            rotation,
            large,
            sweep,
            x0 + x * sx,
            y0 + y * sy,
        ),
        Seg::Close => c.close(),
    }
}

/// mxStencil.drawNode for one operation.
fn draw_op(c: &mut Canvas, op: &Op, ctx: &ShapeCtx, aspect: (f64, f64, f64, f64), depth: usize) {
    let left = ctx.ops_left.get();
    if left == 0 {
        return;
    }
    ctx.ops_left.set(left - 1);
    let (x0, y0, sx, sy) = aspect;
    let min_scale = sx.min(sy);
    match op {
        Op::Save => c.save(),
        Op::Restore => c.restore(),
        Op::Path { segs, rounded } => {
            c.begin();
            let simple = segs
                .iter()
                .all(|s| matches!(s, Seg::Move(..) | Seg::Line(..)));
            match rounded {
                Some(arc) if simple && !segs.is_empty() => {
                    // Only move/line paths are rounded; each move starts a run of points.
                    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
                    for s in segs {
                        match *s {
                            Seg::Move(x, y) => runs.push(vec![(x0 + x * sx, y0 + y * sy)]),
                            Seg::Line(x, y) => {
                                if runs.is_empty() {
                                    runs.push(Vec::new());
                                }
                                if let Some(r) = runs.last_mut() {
                                    r.push((x0 + x * sx, y0 + y * sy));
                                }
                            }
                            _ => {}
                        }
                    }
                    for mut run in runs {
                        let close = run.len() > 1 && run.first() == run.last();
                        if close {
                            run.pop();
                        }
                        c.add_points(&run, true, *arc, close);
                    }
                }
                _ => {
                    for s in segs {
                        seg(c, s, aspect);
                    }
                }
            }
        }
        Op::Seg(s) => seg(c, s, aspect),
        Op::Rect { x, y, w, h } => c.rect(x0 + x * sx, y0 + y * sy, w * sx, h * sy),
        Op::RoundRect {
            x,
            y,
            w,
            h,
            arcsize,
        } => {
            let f = if *arcsize == 0.0 { 15.0 } else { *arcsize } / 100.0;
            let (w, h) = (w * sx, h * sy);
            c.roundrect(x0 + x * sx, y0 + y * sy, w, h, (w * f).min(h * f));
        }
        Op::Ellipse { x, y, w, h } => c.ellipse(x0 + x * sx, y0 + y * sy, w * sx, h * sy),
        Op::Image {
            x,
            y,
            w,
            h,
            src,
            flip_h,
            flip_v,
        } => c.image(
            x0 + x * sx,
            y0 + y * sy,
            w * sx,
            h * sy,
            src,
            *flip_h,
            *flip_v,
        ),
        Op::Text(t) => {
            let mut rotation = if t.vertical { -90.0 } else { 0.0 };
            if !t.align_shape {
                let dr = ctx.style.num("rotation", 0.0);
                let fh = ctx.style.flag("flipH", false);
                let fv = ctx.style.flag("flipV", false);
                if fh ^ fv {
                    rotation += dr;
                } else {
                    rotation -= dr;
                }
            }
            rotation -= t.rotation;
            c.text(
                x0 + t.x * sx,
                y0 + t.y * sy,
                &t.str,
                &t.align,
                &t.valign,
                rotation,
            );
        }
        Op::IncludeShape { name, x, y, w, h } => {
            if depth < MAX_INCLUDE_DEPTH {
                if let Some(sub) = ctx.registry.stencil(name) {
                    draw_stencil(
                        c,
                        &sub,
                        ctx,
                        x0 + x * sx,
                        y0 + y * sy,
                        w * sx,
                        h * sy,
                        depth + 1,
                    );
                }
            }
        }
        Op::Fill => c.fill(),
        Op::Stroke => c.stroke(),
        Op::FillStroke => c.fill_and_stroke(),
        Op::StrokeWidth { width, fixed } => {
            c.set_stroke_width(width * if *fixed { 1.0 } else { min_scale })
        }
        Op::Dashed(d) => {
            let fix = c.state.fix_dash;
            c.set_dashed(*d, fix);
        }
        Op::DashPattern(p) => {
            let scaled: Vec<f64> = p.iter().map(|v| v * min_scale).collect();
            c.set_dash_pattern(&scaled);
        }
        Op::StrokeColor(v) => c.set_stroke_color(v),
        Op::FillColor(v) => c.set_fill_color(v),
        Op::FontColor(v) => c.set_font_color(v),
        Op::LineCap(v) => c.set_line_cap(v),
        Op::LineJoin(v) => c.set_line_join(v),
        Op::MiterLimit(v) => c.set_miter_limit(*v),
        // draw.io 14.6.12 maps all three to setAlpha.
        Op::Alpha(v) | Op::FillAlpha(v) | Op::StrokeAlpha(v) => c.set_alpha(*v),
        Op::FontStyle(v) => c.set_font_style(*v),
        Op::FontFamily(v) => c.set_font_family(v),
        Op::FontSize(v) => c.set_font_size(v * min_scale),
    }
}

/// mxShape.configureCanvas: the cell's paint as the canvas's starting state.
pub fn configure(c: &mut Canvas, style: &Style, paint: &Paint) {
    let pct = |k: &str| (style.num(k, 100.0) / 100.0).clamp(0.0, 1.0);
    c.set_alpha(pct("opacity"));
    c.set_fill_alpha(pct("fillOpacity"));
    c.set_stroke_alpha(pct("strokeOpacity"));
    c.set_dashed(style.flag("dashed", false), style.flag("fixDash", false));
    if let Some(p) = style.get("dashPattern") {
        let v: Vec<f64> = p
            .split_whitespace()
            .filter_map(|t| t.parse().ok())
            .collect();
        c.set_dash_pattern(&v);
    }
    c.set_fill_paint(paint.fill.clone());
    c.set_stroke_paint(paint.stroke.clone());
    c.set_stroke_width(paint.stroke_width);
}

/// Draws a vertex whose shape `shapes::draw_vertex` does not know: an inline `stencil(...)`, a
/// JavaScript-coded library shape built on stencils, or a stencil from a loaded pack. Returns false
/// when it is none of these (the caller shows a placeholder).
pub fn draw(
    out: &mut String,
    b: &Rect,
    style: &Style,
    paint: &Paint,
    theme: &Theme,
    registry: &Registry,
) -> bool {
    let shape = style.shape();
    let inline;
    let stencil = if shape.starts_with("stencil(") {
        match crate::stencil::inline_stencil(shape) {
            Some(Ok(s)) => {
                inline = s;
                Some(&inline)
            }
            _ => return false,
        }
    } else {
        None
    };
    let loaded;
    let stencil = match stencil {
        Some(s) => Some(s),
        None if composite::is_composite(shape) => None,
        None => match registry.stencil(shape) {
            Some(s) => {
                loaded = s;
                Some(&*loaded)
            }
            None => return false,
        },
    };
    let ctx = ShapeCtx {
        style,
        registry,
        ops_left: std::cell::Cell::new(CELL_OP_BUDGET),
        inherit_width: std::cell::Cell::new(None),
    };
    let mut body = String::new();
    let mut c = Canvas::new(&mut body, theme, CELL_ELEMENT_BUDGET);
    configure(&mut c, style, paint);
    let drawn = match stencil {
        Some(st) => {
            draw_stencil(&mut c, st, &ctx, b.x, b.y, b.width, b.height, 0);
            true
        }
        None => composite::draw(&mut c, shape, &ctx, paint, b),
    };
    drop(c);
    if !drawn {
        return false;
    }
    // The shape's own transforms (mxShape.updateTransform): direction rotates the canvas about the
    // centre (flips and `rotation` are applied by the caller around every shape).
    let mut deg = match style.str_or("direction", "east") {
        "south" => 90.0,
        "west" => 180.0,
        "north" => 270.0,
        _ => 0.0,
    };
    // stencilFlipH/V flip only the stencil, on top of flipH/V (draw.io ORs them).
    let sfh = style.flag("stencilFlipH", false) && !style.flag("flipH", false);
    let sfv = style.flag("stencilFlipV", false) && !style.flag("flipV", false);
    let (cx, cy) = (b.x + b.width / 2.0, b.y + b.height / 2.0);
    let mut t = String::new();
    if sfh && sfv {
        deg += 180.0;
    } else if sfh || sfv {
        let _ = write!(
            t,
            "matrix({} 0 0 {} {} {}) ",
            if sfh { -1 } else { 1 },
            if sfv { -1 } else { 1 },
            num(if sfh { 2.0 * cx } else { 0.0 }),
            num(if sfv { 2.0 * cy } else { 0.0 })
        );
    }
    if deg % 360.0 != 0.0 {
        let _ = write!(t, "rotate({} {} {})", num(deg % 360.0), num(cx), num(cy));
    }
    let t = t.trim();
    if t.is_empty() {
        let _ = write!(out, "<g class=\"fl-shape fl-stencil\">{}</g>", body);
    } else {
        let _ = write!(
            out,
            "<g class=\"fl-shape fl-stencil\" transform=\"{}\">{}</g>",
            t, body
        );
    }
    true
}

/// The style with `image=img/lib/...` replaced by the image's data URI when a loaded pack has it
/// (draw.io loads those relative to its own folder; the panel has no such folder).
pub fn with_bundled_image(style: &Style, registry: &Registry) -> Option<Style> {
    let v = style.get("image")?;
    crate::stencil::names::bundled_image_path(v)?;
    let uri = registry.image_data_uri(v)?;
    let mut s = style.clone();
    s.set("image", &uri);
    Some(s)
}

#[cfg(test)]
mod tests;
