//! Edges: the connector line (mxConnector/mxPolyline: rounded corners, `curved=1` splines, line
//! jumps from draw.io's Graph.js) with its markers (see `markers`), and the edge shapes that are
//! areas: `flexArrow` and `link` (mxArrowConnector), `arrow` (mxArrow), plus draw.io's
//! `filledEdge` and `wire`.

use super::canvas::Canvas;
use super::markers::{self, Marker};
use super::paint::Paint;
use crate::geom::{Point, Rect};
use crate::style::Style;

/// An edge drawn earlier, for line jumps: its route and the box draw.io tests first.
pub struct Drawn<'a> {
    pub bounds: Rect,
    pub points: &'a [Point],
    pub no_jump: bool,
}

/// mxGraphView.updateEdgeBounds: the points' box, at least 1 px each way.
pub fn route_bounds(pts: &[Point]) -> Rect {
    let b = bbox(pts);
    Rect::new(b.x, b.y, b.width.max(1.0), b.height.max(1.0))
}

/// Bound on route points an edge may have for the quadratic line-jump search.
const JUMP_POINT_LIMIT: usize = 2_000;

/// Draws the edge and its markers; returns the drawn extent and unknown marker names.
/// `earlier` are the edges drawn before it (draw.io's validEdges), for `jumpStyle`.
pub fn draw_edge(
    out: &mut String,
    route: &[Point],
    style: &Style,
    paint: &Paint,
    earlier: &[Drawn],
    sketch: Option<super::rough::Sketch>,
) -> (Rect, Vec<String>) {
    if route.len() < 2 {
        return (bbox(route), Vec::new());
    }
    let mut c = Canvas::new(out, paint.clone());
    c.set_sketch(sketch);
    c.set_shadow(style.flag("shadow", false));
    match style.shape() {
        "flexArrow" => arrow_connector(&mut c, route, style, paint, ArrowKind::Flex),
        "link" => arrow_connector(&mut c, route, style, paint, ArrowKind::Link),
        "arrow" => simple_arrow(&mut c, route),
        _ => return connector(&mut c, route, style, paint, earlier),
    }
    // Area edges reach out by half their width (mxArrowConnector.augmentBoundingBox).
    let w = edge_half_width(style, paint);
    let b = bbox(route);
    (
        Rect::new(b.x - w, b.y - w, b.width + 2.0 * w, b.height + 2.0 * w),
        Vec::new(),
    )
}

fn edge_half_width(style: &Style, paint: &Paint) -> f64 {
    let sw = paint.stroke_width;
    match style.shape() {
        "flexArrow" => {
            let ew = style.num("width", 10.0).clamp(0.0, 1e4) + (sw - 1.0).max(0.0);
            ew.max(ew + style.num("startWidth", 20.0).clamp(0.0, 1e4))
                .max(ew + style.num("endWidth", 20.0).clamp(0.0, 1e4))
                / 2.0
                + sw
        }
        "link" => (style.num("width", 4.0).clamp(0.0, 1e4) + (sw - 1.0).max(0.0)) / 2.0 + sw,
        _ => 15.0 + sw,
    }
}

fn bbox(pts: &[Point]) -> Rect {
    let Some(first) = pts.first() else {
        return Rect::default();
    };
    let mut r = Rect::new(first.x, first.y, 0.0, 0.0);
    for p in pts {
        r = r.union(&Rect::new(p.x, p.y, 0.0, 0.0));
    }
    r
}

/// mxConnector.createMarker: the marker at one end, aimed along the last segment that has
/// length (points closer than half a pixel are skipped).
fn end_marker<'a>(pts: &[Point], style: &'a Style, source: bool, sw: f64) -> Option<Marker<'a>> {
    let (key, size_key, fill_key) = if source {
        ("startArrow", "startSize", "startFill")
    } else {
        ("endArrow", "endSize", "endFill")
    };
    let kind = style.get(key)?;
    let n = pts.len();
    let pe = if source { pts[0] } else { pts[n - 1] };
    let at = |k: usize| if source { pts[1 + k] } else { pts[n - 2 - k] };
    let mut p0 = at(0);
    let mut count = 1;
    while count < n - 1 && (p0.x - pe.x).round() == 0.0 && (p0.y - pe.y).round() == 0.0 {
        p0 = at(count);
        count += 1;
    }
    let dx = pe.x - p0.x;
    let dy = pe.y - p0.y;
    let dist = (dx * dx + dy * dy).sqrt().max(1.0);
    Some(Marker {
        kind,
        pe,
        ux: dx / dist,
        uy: dy / dist,
        size: style.num(size_key, 6.0).clamp(0.0, 1e4),
        sw,
        filled: style.flag(fill_key, true),
        source,
    })
}

/// mxConnector.paintEdgeShape: markers shorten the line, the line is drawn (with shadow and
/// dashes), then the markers filled with the stroke colour, without shadow or dashes.
fn connector(
    c: &mut Canvas,
    route: &[Point],
    style: &Style,
    paint: &Paint,
    earlier: &[Drawn],
) -> (Rect, Vec<String>) {
    let shape = style.shape();
    let sw = paint.stroke_width;
    // The line is the edge's `fl-shape` (bindings colour, widen and animate it; see bind::patch).
    c.save();
    c.set_class(Some("fl-shape"));
    let unknown = connector_pass(c, route, style, paint, earlier, shape == "wire");
    c.restore();
    if shape == "filledEdge" && sw >= 3.0 {
        // draw.io FilledEdge: the whole edge again in the fill colour, 2 px narrower, so the line
        // (and the markers' outlines) look hollow.
        if let Some(fill) = style.get("fillColor").and(paint.fill.clone()) {
            c.save();
            c.set_class(None);
            c.set_stroke(Some(fill));
            c.set_stroke_width(sw - 2.0);
            c.set_dashed(paint.dash.clone());
            connector_pass(c, route, style, paint, earlier, false);
            c.restore();
        }
    }
    // mxConnector.augmentBoundingBox: the larger marker size + 1 (start counts one more).
    let has = |k: &str| style.str_or(k, "none") != "none";
    let mut r = if has("startArrow") {
        style.num("startSize", 6.0).clamp(0.0, 1e4) + 1.0
    } else {
        0.0
    };
    if has("endArrow") {
        r = r.max(style.num("endSize", 6.0).clamp(0.0, 1e4)) + 1.0;
    }
    let b = bbox(route);
    (
        Rect::new(b.x - r, b.y - r, b.width + 2.0 * r, b.height + 2.0 * r),
        unknown,
    )
}

/// One mxConnector.paintEdgeShape with the canvas's current stroke; `wire` draws draw.io's
/// WireShape (the line plain, then the fill colour dashed along it).
fn connector_pass(
    c: &mut Canvas,
    route: &[Point],
    style: &Style,
    paint: &Paint,
    earlier: &[Drawn],
    wire: bool,
) -> Vec<String> {
    let mut pts = route.to_vec();
    let n = pts.len();
    let sw = paint.stroke_width;
    let mut unknown = Vec::new();
    let mut marks = Vec::new();
    for source in [true, false] {
        let Some(m) = end_marker(&pts, style, source, sw) else {
            continue;
        };
        if m.kind == "none" {
            continue;
        }
        if !markers::is_known(m.kind) {
            unknown.push(m.kind.to_string());
            continue;
        }
        let end = m.line_end();
        pts[if source { 0 } else { n - 1 }] = end;
        marks.push(m);
    }
    if wire {
        let dash = c.paint.dash.take();
        line(c, &pts, route, style, earlier);
        c.set_shadow(false);
        if let Some(fill) = paint.fill.clone() {
            c.save();
            c.set_dashed(dash);
            c.set_stroke(Some(fill));
            line(c, &pts, route, style, earlier);
            c.restore();
        }
    } else {
        line(c, &pts, route, style, earlier);
    }
    c.save();
    c.set_shadow(false);
    c.set_dashed(None);
    c.set_fill(paint.stroke.clone());
    c.set_class(Some("fl-marker"));
    for m in &marks {
        m.paint(c);
    }
    c.restore();
    unknown
}

/// The connector's line: curved, or straight segments with rounded corners and line jumps.
fn line(c: &mut Canvas, pts: &[Point], route: &[Point], style: &Style, earlier: &[Drawn]) {
    c.begin();
    if style.flag("curved", false) {
        curved_line(c, pts);
    } else {
        let arc = style.num("arcSize", 20.0).clamp(0.0, 1e6) / 2.0;
        let rounded = style.flag("rounded", false);
        let jump = style.str_or("jumpStyle", "none");
        let jumps = if jump != "none" && route.len() <= JUMP_POINT_LIMIT {
            jump_points(route, earlier)
        } else {
            Vec::new()
        };
        if jumps.iter().any(|p| p.1) {
            jump_line(c, pts, &jumps, style, rounded, arc, jump);
        } else {
            c.add_points(pts, rounded, arc, false, &[]);
        }
    }
    c.stroke();
}

/// mxPolyline.paintCurvedLine: quadratic curves through the midpoints of the inner segments.
fn curved_line(c: &mut Canvas, pts: &[Point]) {
    let n = pts.len();
    c.move_to(pts[0].x, pts[0].y);
    for i in 1..n.saturating_sub(2) {
        let (p0, p1) = (pts[i], pts[i + 1]);
        c.quad_to(p0.x, p0.y, (p0.x + p1.x) / 2.0, (p0.y + p1.y) / 2.0);
    }
    let (p0, p1) = (pts[n - 2], pts[n - 1]);
    c.quad_to(p0.x, p0.y, p1.x, p1.y);
}

/// Squared distance from (px, py) to the segment (x1, y1)-(x2, y2) (mxUtils.ptSegDistSq).
fn pt_seg_dist_sq(x1: f64, y1: f64, x2: f64, y2: f64, px: f64, py: f64) -> f64 {
    let (x2, y2, mut px, mut py) = (x2 - x1, y2 - y1, px - x1, py - y1);
    let mut dot = px * x2 + py * y2;
    let proj = if dot <= 0.0 {
        0.0
    } else {
        px = x2 - px;
        py = y2 - py;
        dot = px * x2 + py * y2;
        if dot <= 0.0 {
            0.0
        } else {
            dot * dot / (x2 * x2 + y2 * y2)
        }
    };
    (px * px + py * py - proj).max(0.0)
}

/// Where two segments cross (mxUtils.intersection), if they do.
fn intersection(p0: Point, p1: Point, p2: Point, p3: Point) -> Option<Point> {
    let denom = (p3.y - p2.y) * (p1.x - p0.x) - (p3.x - p2.x) * (p1.y - p0.y);
    if denom == 0.0 {
        return None;
    }
    let ua = ((p3.x - p2.x) * (p0.y - p2.y) - (p3.y - p2.y) * (p0.x - p2.x)) / denom;
    let ub = ((p1.x - p0.x) * (p0.y - p2.y) - (p1.y - p0.y) * (p0.x - p2.x)) / denom;
    ((0.0..=1.0).contains(&ua) && (0.0..=1.0).contains(&ub))
        .then(|| Point::new(p0.x + ua * (p1.x - p0.x), p0.y + ua * (p1.y - p0.y)))
}

/// mxUtils.intersects for boxes with positive size.
fn boxes_meet(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// Straight runs of a polyline: waypoints within 1 px of the line through their neighbours are
/// skipped (draw.io's "ignores waypoints on straight segments"). Returns (start, end) pairs.
fn runs(pts: &[Point]) -> Vec<(Point, Point)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < pts.len() {
        let p0 = pts[i];
        let mut p1 = pts[i + 1];
        while i + 2 < pts.len()
            && pt_seg_dist_sq(p0.x, p0.y, pts[i + 2].x, pts[i + 2].y, p1.x, p1.y) < 1.0
        {
            p1 = pts[i + 2];
            i += 1;
        }
        out.push((p0, p1));
        i += 1;
    }
    out
}

/// draw.io mxGraphView.updateLineJumps: the route's points with every crossing of an earlier
/// edge inserted in order (`true` marks a crossing).
fn jump_points(route: &[Point], earlier: &[Drawn]) -> Vec<(Point, bool)> {
    let thresh = 0.5;
    let me = route_bounds(route);
    let others: Vec<Vec<(Point, Point)>> = earlier
        .iter()
        .filter(|e| !e.no_jump && e.points.len() <= JUMP_POINT_LIMIT && boxes_meet(&me, &e.bounds))
        .map(|e| runs(e.points))
        .collect();
    let mut out = Vec::new();
    for (p0, p1) in runs(route) {
        out.push((p0, false));
        let mut list: Vec<(f64, Point)> = Vec::new();
        for segs in &others {
            for &(p2, p3) in segs {
                let Some(pt) = intersection(p0, p1, p2, p3) else {
                    continue;
                };
                let away = |q: Point| (pt.x - q.x).abs() > thresh || (pt.y - q.y).abs() > thresh;
                if !(away(p0) && away(p1) && away(p2) && away(p3)) {
                    continue;
                }
                let d = (pt.x - p0.x).powi(2) + (pt.y - p0.y).powi(2);
                match list.iter().position(|(dd, _)| *dd > d) {
                    Some(k) => list.insert(k, (d, pt)),
                    None => {
                        if list.last().is_none_or(|(_, q)| *q != pt) {
                            list.push((d, pt));
                        }
                    }
                }
            }
        }
        out.extend(list.into_iter().map(|(_, p)| (p, true)));
    }
    if let Some(&last) = route.last() {
        out.push((last, false));
    }
    out
}

/// draw.io's mxConnector.paintLine override: the line broken at each crossing by a gap, an arc
/// or a sharp bump `jumpSize` wide.
fn jump_line(
    c: &mut Canvas,
    pts: &[Point],
    routed: &[(Point, bool)],
    style: &Style,
    rounded: bool,
    arc: f64,
    kind: &str,
) {
    let size =
        ((style.num("jumpSize", 6.0).clamp(0.0, 1e4).trunc() - 2.0) / 2.0) + c.paint.stroke_width;
    let mut move_to = true;
    let mut last: Option<Point> = None;
    let mut n: Option<Point> = None;
    let mut len = 0.0;
    let mut acc: Vec<Point> = Vec::new();
    let count = routed.len();
    for (i, &(rp, is_jump)) in routed.iter().enumerate() {
        // The ends come from the marker-shortened line.
        let pt = if i == 0 {
            pts[0]
        } else if i == count - 1 {
            pts[pts.len() - 1]
        } else {
            rp
        };
        let mut done = false;
        if let (Some(prev), true) = (last, is_jump) {
            let next = routed.get(i + 1).map(|r| r.0).unwrap_or(pt);
            let dist = (next.x - pt.x).powi(2) + (next.y - pt.y).powi(2);
            if n.is_none() {
                let d = Point::new(pt.x - prev.x, pt.y - prev.y);
                len = (d.x * d.x + d.y * d.y).sqrt();
                n = (len > 0.0).then(|| Point::new(d.x * size / len, d.y * size / len));
            }
            if let Some(nv) = n.filter(|_| dist > size * size && len > 0.0) {
                let back = (prev.x - pt.x).powi(2) + (prev.y - pt.y).powi(2);
                if back > size * size {
                    let p0 = Point::new(pt.x - nv.x, pt.y - nv.y);
                    let p1 = Point::new(pt.x + nv.x, pt.y + nv.y);
                    acc.push(p0);
                    add_points_from(c, &acc, rounded, arc, move_to);
                    let mut f =
                        if nv.x.round() < 0.0 || (nv.x.round() == 0.0 && nv.y.round() <= 0.0) {
                            1.0
                        } else {
                            -1.0
                        };
                    move_to = false;
                    match kind {
                        "sharp" => {
                            c.line_to(p0.x - nv.y * f, p0.y + nv.x * f);
                            c.line_to(p1.x - nv.y * f, p1.y + nv.x * f);
                            c.line_to(p1.x, p1.y);
                        }
                        "arc" => {
                            f *= 1.3;
                            c.curve_to(
                                p0.x - nv.y * f,
                                p0.y + nv.x * f,
                                p1.x - nv.y * f,
                                p1.y + nv.x * f,
                                p1.x,
                                p1.y,
                            );
                        }
                        _ => {
                            c.move_to(p1.x, p1.y);
                            move_to = true;
                        }
                    }
                    acc = vec![p1];
                    done = true;
                }
            }
        } else {
            n = None;
        }
        if !done {
            acc.push(pt);
            last = Some(pt);
        }
    }
    add_points_from(c, &acc, rounded, arc, move_to);
}

/// mxShape.addPoints; with `move_to` false the path continues with a line to the first point.
fn add_points_from(c: &mut Canvas, pts: &[Point], rounded: bool, arc: f64, move_to: bool) {
    c.add_points_ext(pts, rounded, arc, false, &[], move_to);
}

#[derive(Clone, Copy, PartialEq)]
enum ArrowKind {
    Flex,
    Link,
}

/// Which way the path turns at `p1` (mxUtils.relativeCcw): -1, 0 or 1.
fn relative_ccw(p0: Point, p1: Point, p: Point) -> i32 {
    let (x2, y2) = (p1.x - p0.x, p1.y - p0.y);
    let (mut px, mut py) = (p.x - p0.x, p.y - p0.y);
    let mut ccw = px * y2 - py * x2;
    if ccw == 0.0 {
        ccw = px * x2 + py * y2;
        if ccw > 0.0 {
            px -= x2;
            py -= y2;
            ccw = px * x2 + py * y2;
            if ccw < 0.0 {
                ccw = 0.0;
            }
        }
    }
    if ccw < 0.0 {
        -1
    } else if ccw > 0.0 {
        1
    } else {
        0
    }
}

/// mxArrowConnector.paintEdgeShape with draw.io's FlexArrowShape widths (`width` 10, arrow heads
/// `startWidth`/`endWidth` 20 wider, `startSize`/`endSize` ×3 long) or LinkShape (open ends,
/// `width` 4): the outline of a band following the route, with optional arrow heads.
fn arrow_connector(c: &mut Canvas, pts: &[Point], style: &Style, paint: &Paint, kind: ArrowKind) {
    let sw = paint.stroke_width;
    let open = kind == ArrowKind::Link;
    let base = if open { 4.0 } else { 10.0 };
    let edge_w = style.num("width", base).clamp(0.0, 1e4) + (sw - 1.0).max(0.0);
    let start_w = edge_w + style.num("startWidth", 20.0).clamp(0.0, 1e4) + sw;
    let end_w = edge_w + style.num("endWidth", 20.0).clamp(0.0, 1e4) + sw;
    let marker_start = !open && style.str_or("startArrow", "none") != "none";
    let marker_end = !open && style.str_or("endArrow", "none") != "none";
    let spacing = if open { 0.0 } else { sw / 2.0 };
    let start_size = style.num("startSize", 6.0).clamp(0.0, 1e4) * 3.0 + sw;
    let end_size = style.num("endSize", 6.0).clamp(0.0, 1e4) * 3.0 + sw;
    let rounded = style.flag("rounded", false);
    let n = pts.len();
    let pe = pts[n - 1];
    let mut i0 = 1;
    while i0 < n - 1 && pts[i0] == pts[0] {
        i0 += 1;
    }
    let dx = pts[i0].x - pts[0].x;
    let dy = pts[i0].y - pts[0].y;
    let dist = (dx * dx + dy * dy).sqrt();
    if dist == 0.0 {
        return;
    }
    let (mut nx, mut ny) = (dx / dist, dy / dist);
    let (mut nx1, mut ny1) = (nx, ny);
    let mut orthx = edge_w * ny;
    let mut orthy = -edge_w * nx;
    // The far side is drawn backwards after the near side: its commands are collected here.
    enum Back {
        Line(Point),
        Quad(Point, Point),
        Move(Point),
    }
    let mut back: Vec<Back> = Vec::new();
    if rounded {
        c.set_line_join(Some("round"));
    } else if n > 2 {
        c.paint.miter_limit = 1.42;
    }
    c.begin();
    let (start_nx, start_ny) = (nx, ny);
    if marker_start {
        arrow_head(
            c, pts[0], nx, ny, start_size, start_w, edge_w, spacing, true,
        );
    } else {
        let out_start = Point::new(
            pts[0].x + orthx / 2.0 + spacing * nx,
            pts[0].y + orthy / 2.0 + spacing * ny,
        );
        let in_end = Point::new(
            pts[0].x - orthx / 2.0 + spacing * nx,
            pts[0].y - orthy / 2.0 + spacing * ny,
        );
        if open {
            c.move_to(out_start.x, out_start.y);
            back.push(Back::Line(in_end));
        } else {
            c.move_to(in_end.x, in_end.y);
            c.line_to(out_start.x, out_start.y);
        }
    }
    for i in 0..n.saturating_sub(2) {
        let pos = relative_ccw(pts[i], pts[i + 1], pts[i + 2]);
        let dx1 = pts[i + 2].x - pts[i + 1].x;
        let dy1 = pts[i + 2].y - pts[i + 1].y;
        let dist1 = (dx1 * dx1 + dy1 * dy1).sqrt();
        if dist1 == 0.0 {
            continue;
        }
        nx1 = dx1 / dist1;
        ny1 = dy1 / dist1;
        let tmp1 = nx * nx1 + ny * ny1;
        let tmp = ((tmp1 + 1.0) / 2.0).max(0.0).sqrt().max(0.04);
        let (mut nx2, mut ny2) = (nx + nx1, ny + ny1);
        let dist2 = (nx2 * nx2 + ny2 * ny2).sqrt();
        if dist2 == 0.0 {
            continue;
        }
        nx2 /= dist2;
        ny2 /= dist2;
        let sw_factor = tmp.max((sw / 200.0 + 0.04).min(0.35));
        let angle_factor = if pos != 0 && rounded {
            sw_factor.max(0.1)
        } else {
            tmp.max(0.06)
        };
        let p1 = pts[i + 1];
        let out_p = Point::new(
            p1.x + ny2 * edge_w / 2.0 / angle_factor,
            p1.y - nx2 * edge_w / 2.0 / angle_factor,
        );
        let in_p = Point::new(
            p1.x - ny2 * edge_w / 2.0 / angle_factor,
            p1.y + nx2 * edge_w / 2.0 / angle_factor,
        );
        if pos == 0 || !rounded {
            c.line_to(out_p.x, out_p.y);
            back.push(Back::Line(in_p));
        } else if pos == -1 {
            let c1 = Point::new(in_p.x + ny * edge_w, in_p.y - nx * edge_w);
            let c2 = Point::new(in_p.x + ny1 * edge_w, in_p.y - nx1 * edge_w);
            c.line_to(c1.x, c1.y);
            c.quad_to(out_p.x, out_p.y, c2.x, c2.y);
            back.push(Back::Line(in_p));
        } else {
            c.line_to(out_p.x, out_p.y);
            let c1 = Point::new(out_p.x - ny * edge_w, out_p.y + nx * edge_w);
            let c2 = Point::new(out_p.x - ny1 * edge_w, out_p.y + nx1 * edge_w);
            back.push(Back::Quad(in_p, c1));
            back.push(Back::Line(c2));
        }
        nx = nx1;
        ny = ny1;
    }
    orthx = edge_w * ny1;
    orthy = -edge_w * nx1;
    if marker_end {
        arrow_head(c, pe, -nx, -ny, end_size, end_w, edge_w, spacing, false);
    } else {
        c.line_to(
            pe.x - spacing * nx1 + orthx / 2.0,
            pe.y - spacing * ny1 + orthy / 2.0,
        );
        let in_start = Point::new(
            pe.x - spacing * nx1 - orthx / 2.0,
            pe.y - spacing * ny1 - orthy / 2.0,
        );
        if !open {
            c.line_to(in_start.x, in_start.y);
        } else {
            c.move_to(in_start.x, in_start.y);
            back.insert(0, Back::Move(in_start));
        }
    }
    for b in back.iter().rev() {
        match *b {
            Back::Line(p) => c.line_to(p.x, p.y),
            Back::Quad(ctrl, p) => c.quad_to(ctrl.x, ctrl.y, p.x, p.y),
            Back::Move(p) => c.move_to(p.x, p.y),
        }
    }
    if open {
        c.stroke();
    } else {
        c.close();
        c.fill_and_stroke();
    }
    c.set_shadow(false);
    c.paint.miter_limit = 4.0;
    if rounded {
        c.set_line_join(None);
    }
    if n > 2 {
        // The heads are drawn again without the bevelled joins of the band.
        if marker_start {
            c.begin();
            arrow_head(
                c, pts[0], start_nx, start_ny, start_size, start_w, edge_w, spacing, true,
            );
            c.stroke();
        }
        if marker_end {
            c.begin();
            arrow_head(c, pe, -nx, -ny, end_size, end_w, edge_w, spacing, true);
            c.stroke();
        }
    }
}

/// mxArrowConnector.paintMarker: an arrow head `size` long and `arrow_w` wide at `at`.
#[allow(clippy::too_many_arguments)]
fn arrow_head(
    c: &mut Canvas,
    at: Point,
    nx: f64,
    ny: f64,
    size: f64,
    arrow_w: f64,
    edge_w: f64,
    spacing: f64,
    initial_move: bool,
) {
    let ratio = if arrow_w != 0.0 {
        edge_w / arrow_w
    } else {
        1.0
    };
    let ratio = if ratio != 0.0 { ratio } else { 1.0 };
    let orthx = edge_w * ny / 2.0;
    let orthy = -edge_w * nx / 2.0;
    let sx = (spacing + size) * nx;
    let sy = (spacing + size) * ny;
    if initial_move {
        c.move_to(at.x - orthx + sx, at.y - orthy + sy);
    } else {
        c.line_to(at.x - orthx + sx, at.y - orthy + sy);
    }
    c.line_to(at.x - orthx / ratio + sx, at.y - orthy / ratio + sy);
    c.line_to(at.x + spacing * nx, at.y + spacing * ny);
    c.line_to(at.x + orthx / ratio + sx, at.y + orthy / ratio + sy);
    c.line_to(at.x + orthx + sx, at.y + orthy + sy);
}

/// mxArrow (`shape=arrow` edges): a fixed block arrow (width 30, head 30) from the first to the
/// last point.
fn simple_arrow(c: &mut Canvas, pts: &[Point]) {
    let (spacing, width, arrow) = (0.0, 30.0, 30.0);
    let p0 = pts[0];
    let pe = pts[pts.len() - 1];
    let dx = pe.x - p0.x;
    let dy = pe.y - p0.y;
    let dist = (dx * dx + dy * dy).sqrt();
    if dist == 0.0 {
        return;
    }
    let length = dist - 2.0 * spacing - arrow;
    let (nx, ny) = (dx / dist, dy / dist);
    let (bx, by) = (length * nx, length * ny);
    let (fx, fy) = (width * ny / 3.0, -width * nx / 3.0);
    let q0 = Point::new(
        p0.x - fx / 2.0 + spacing * nx,
        p0.y - fy / 2.0 + spacing * ny,
    );
    let q1 = Point::new(q0.x + fx, q0.y + fy);
    let q2 = Point::new(q1.x + bx, q1.y + by);
    let q3 = Point::new(q2.x + fx, q2.y + fy);
    let q5 = Point::new(q3.x - 3.0 * fx, q3.y - 3.0 * fy);
    c.begin();
    c.move_to(q0.x, q0.y);
    c.line_to(q1.x, q1.y);
    c.line_to(q2.x, q2.y);
    c.line_to(q3.x, q3.y);
    c.line_to(pe.x - spacing * nx, pe.y - spacing * ny);
    c.line_to(q5.x, q5.y);
    c.line_to(q5.x + fx, q5.y + fy);
    c.close();
    c.fill_and_stroke();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Theme;

    fn edge(style: &str, pts: &[(f64, f64)]) -> (String, Vec<String>) {
        let s = Style::parse_raw(style);
        let p = Paint::from_style(&s, &Theme::light(), None);
        let route: Vec<Point> = pts.iter().map(|&(x, y)| Point::new(x, y)).collect();
        let mut out = String::new();
        let (_, unknown) = draw_edge(&mut out, &route, &s, &p, &[], None);
        (out, unknown)
    }

    #[test]
    fn classic_marker_shortens_line() {
        let (out, _) = edge(
            "endArrow=classic;strokeColor=#000000",
            &[(0.0, 0.0), (100.0, 0.0)],
        );
        // size + sw = 7, notch at 3/4 → the line ends 5.25 + 1.118 before the tip.
        assert!(out.contains("d=\"M0 0 L93.63 0\""), "{out}");
        assert!(
            out.contains("<path class=\"fl-marker\" d=\"M98.88 0 "),
            "{out}"
        );
    }

    #[test]
    fn rounded_corners_use_quads() {
        let (out, _) = edge(
            "rounded=1;endArrow=none;strokeColor=#000000",
            &[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)],
        );
        assert!(out.contains("L90 0 Q100 0 100 10 L100 100"), "{out}");
        // arcSize sets the corner cut (arcSize / 2).
        let (a, _) = edge(
            "rounded=1;arcSize=40;endArrow=none;strokeColor=#000000",
            &[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)],
        );
        assert!(a.contains("L80 0 Q100 0 100 20 L100 100"), "{a}");
    }

    #[test]
    fn curved_goes_through_midpoints() {
        // mxPolyline.paintCurvedLine: Q to each inner midpoint, then Q through the last bend to the end.
        let (out, _) = edge(
            "curved=1;endArrow=none;strokeColor=#000000",
            &[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (200.0, 100.0)],
        );
        assert!(
            out.contains("d=\"M0 0 Q100 0 100 50 Q100 100 200 100\""),
            "{out}"
        );
    }

    #[test]
    fn unknown_marker_reported_not_drawn() {
        let (out, unknown) = edge(
            "endArrow=sysMLx;strokeColor=#000000",
            &[(0.0, 0.0), (100.0, 0.0)],
        );
        assert_eq!(unknown, vec!["sysMLx".to_string()]);
        assert!(!out.contains("fl-marker"));
        assert!(out.contains("L100 0"), "{out}");
    }

    #[test]
    fn markers_skip_dashes_and_shadow() {
        let (out, _) = edge(
            "dashed=1;shadow=1;endArrow=block;startArrow=oval;strokeColor=#ff0000",
            &[(0.0, 0.0), (100.0, 0.0)],
        );
        let line = out.split("<path class=\"fl-shape\"").nth(1).unwrap();
        assert!(line.contains("stroke-dasharray=\"3 3\""), "{out}");
        assert_eq!(out.matches("fl-shadow").count(), 1, "{out}");
        for m in out.split("class=\"fl-marker\"").skip(1) {
            let el = m.split("/>").next().unwrap();
            assert!(
                !el.contains("dasharray") && el.contains("fill=\"#ff0000\""),
                "{el}"
            );
        }
        // The oval at the start pulls the line back by half its size.
        assert!(out.contains("d=\"M3 0 L"), "{out}");
    }

    #[test]
    fn line_jumps_over_earlier_edges() {
        let s = Style::parse_raw("jumpStyle=arc;endArrow=none;strokeColor=#000000");
        let p = Paint::from_style(&s, &Theme::light(), None);
        let other = [Point::new(50.0, -50.0), Point::new(50.0, 50.0)];
        let earlier = [Drawn {
            bounds: route_bounds(&other),
            points: &other,
            no_jump: false,
        }];
        let mut out = String::new();
        draw_edge(
            &mut out,
            &[Point::new(0.0, 0.0), Point::new(100.0, 0.0)],
            &s,
            &p,
            &earlier,
            None,
        );
        // jumpSize 6 → half-width (6 - 2) / 2 + 1 = 3; the arc bulges up by 1.3 × 3.
        assert!(
            out.contains("M0 0 L47 0 C47 -3.9 53 -3.9 53 0 L53 0 L100 0"),
            "{out}"
        );
        let g = Style::parse_raw("jumpStyle=gap;endArrow=none;strokeColor=#000000");
        let mut gap = String::new();
        draw_edge(
            &mut gap,
            &[Point::new(0.0, 0.0), Point::new(100.0, 0.0)],
            &g,
            &p,
            &earlier,
            None,
        );
        assert!(gap.contains("M0 0 L47 0 M53 0 M53 0 L100 0"), "{gap}");
        // Without earlier edges there is nothing to jump.
        let mut plain = String::new();
        draw_edge(
            &mut plain,
            &[Point::new(0.0, 0.0), Point::new(100.0, 0.0)],
            &s,
            &p,
            &[],
            None,
        );
        assert!(plain.contains("d=\"M0 0 L100 0\""), "{plain}");
    }

    #[test]
    fn flex_arrow_outline() {
        // width 10, head 10 + 20 + sw wide, endSize 6·3 + sw long; the start is a flat end.
        let (out, _) = edge(
            "shape=flexArrow;endArrow=classic;strokeColor=#000000;fillColor=#ffffff",
            &[(0.0, 0.0), (100.0, 0.0)],
        );
        assert!(
            out.contains("d=\"M0.5 5 L0.5 -5 L80.5 -5 L80.5 -15.5 L99.5 0 L80.5 15.5 L80.5 5 Z\""),
            "{out}"
        );
        assert!(out.contains("fill=\"#ffffff\""), "{out}");
    }

    #[test]
    fn link_is_two_open_rails() {
        let (out, _) = edge(
            "shape=link;strokeColor=#000000",
            &[(0.0, 0.0), (100.0, 0.0)],
        );
        assert!(out.contains("d=\"M0 -2 L100 -2 M100 2 L0 2"), "{out}");
        assert!(out.contains("fill=\"none\""), "{out}");
    }

    #[test]
    fn hostile_sizes_stay_finite() {
        let pts = [(0.0, 0.0), (50.0, 1e7), (1e7, 1e7), (1e7, -1e7)];
        for st in [
            "endArrow=classic;endSize=1e308;startArrow=ERzeroToMany;startSize=-1e308;strokeWidth=1e308",
            "shape=flexArrow;width=1e308;endWidth=-1e308;startWidth=1e308;startArrow=block;rounded=1",
            "shape=link;width=-1e308;rounded=1;arcSize=1e308",
            "jumpStyle=arc;jumpSize=1e308;curved=0;rounded=1;arcSize=-1e308",
            "curved=1;endArrow=circlePlus;endSize=1e308",
        ] {
            let (out, _) = edge(st, &pts);
            assert!(!out.contains("NaN") && !out.contains("inf") && out.len() < 100_000, "{st}: {out}");
        }
    }

    #[test]
    fn degenerate_routes_do_not_panic() {
        for pts in [
            vec![(0.0, 0.0), (0.0, 0.0)],
            vec![(1.0, 1.0), (1.0, 1.0), (1.0, 1.0)],
        ] {
            for st in [
                "",
                "curved=1",
                "shape=flexArrow",
                "shape=link",
                "shape=arrow",
                "jumpStyle=arc",
                "endArrow=circlePlus;startArrow=ERzeroToMany",
            ] {
                let _ = edge(st, &pts);
            }
        }
    }
}
