//! Edge routing: terminal points, draw.io's edge styles, and where each end meets its vertex.
//! The order follows mxGraphView.updateEdgeState: fixed ends, then the style's bends, then
//! floating ends projected onto the perimeters (target first, as mxGraph does).

use super::perimeter::{Direction, Perimeter};
use crate::geom::{Point, Rect};
use crate::style::Style;

/// A vertex an edge attaches to.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub bounds: Rect,
    pub perimeter: Perimeter,
    /// Sides an orthogonal edge may use (mask of `orth::MASK_*`).
    pub ports: u8,
    /// The vertex's `rotation` (degrees), flips and `direction` (for connection points).
    pub rotation: f64,
    pub flip_h: bool,
    pub flip_v: bool,
    pub direction: Option<Direction>,
    /// The vertex's own `perimeterSpacing` (mxGraphView.getPerimeterBounds).
    pub spacing: f64,
}

impl Terminal {
    /// An unrotated, unflipped terminal.
    pub fn new(bounds: Rect, perimeter: Perimeter, ports: u8) -> Terminal {
        Terminal { bounds, perimeter, ports, rotation: 0.0, flip_h: false, flip_v: false, direction: None, spacing: 0.0 }
    }
}

fn rotate_about(p: Point, deg: f64, c: Point) -> Point {
    if deg % 360.0 == 0.0 {
        return p;
    }
    let (sin, cos) = deg.to_radians().sin_cos();
    let (dx, dy) = (p.x - c.x, p.y - c.y);
    Point::new(c.x + dx * cos - dy * sin, c.y + dx * sin + dy * cos)
}

/// mxGraphView.getPerimeterPoint: the perimeter of the bounds grown by `border` and the
/// terminal's perimeterSpacing, with flipH/flipV mirrored around it.
fn perimeter_point(t: &Terminal, next: Point, orthogonal: bool, border: f64) -> Point {
    let b = grow(&t.bounds, border + t.spacing);
    if b.width <= 0.0 && b.height <= 0.0 {
        return t.bounds.center();
    }
    let c = b.center();
    let mirror = |p: Point| Point::new(if t.flip_h { 2.0 * c.x - p.x } else { p.x }, if t.flip_v { 2.0 * c.y - p.y } else { p.y });
    mirror(t.perimeter.point(&b, mirror(next), orthogonal))
}

/// mxGraphView.getFloatingTerminalPoint: `next` is turned into the vertex's unrotated frame, the
/// perimeter point found there (orthogonal projection only for unrotated vertices) and turned back.
pub fn floating_point(t: &Terminal, next: Point, orthogonal: bool, border: f64) -> Point {
    let c = t.bounds.center();
    let next = rotate_about(next, -t.rotation, c);
    let p = perimeter_point(t, next, t.rotation % 360.0 == 0.0 && orthogonal, border);
    rotate_about(p, t.rotation, c)
}

/// Everything the router needs about one edge, in absolute coordinates.
pub struct EdgeInput<'a> {
    pub style: &'a Style,
    pub source: Option<Terminal>,
    pub target: Option<Terminal>,
    /// Geometry's sourcePoint/targetPoint (used when the end is not connected).
    pub source_point: Option<Point>,
    pub target_point: Option<Point>,
    pub waypoints: &'a [Point],
    /// Source and target are the same cell.
    pub is_loop: bool,
    /// A terminal is itself an edge (orthogonal routing falls back to segments).
    pub source_is_edge: bool,
    pub target_is_edge: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EdgeStyle {
    Straight,
    Orthogonal,
    Segment,
    Elbow,
    SideToSide,
    TopToBottom,
    EntityRelation,
    Isometric,
    Loop,
}

fn edge_style(style: &Style) -> EdgeStyle {
    match style.str_or("edgeStyle", "") {
        "orthogonalEdgeStyle" => EdgeStyle::Orthogonal,
        "segmentEdgeStyle" => EdgeStyle::Segment,
        "elbowEdgeStyle" => EdgeStyle::Elbow,
        "sideToSideEdgeStyle" => EdgeStyle::SideToSide,
        "topToBottomEdgeStyle" => EdgeStyle::TopToBottom,
        "entityRelationEdgeStyle" => EdgeStyle::EntityRelation,
        "loopEdgeStyle" => EdgeStyle::Loop,
        "isometricEdgeStyle" => EdgeStyle::Isometric,
        _ => EdgeStyle::Straight,
    }
}

/// mxGraph.isOrthogonal: the `orthogonal` key wins, else the edge style decides.
pub fn is_orthogonal(style: &Style) -> bool {
    if style.has("orthogonal") {
        return style.flag("orthogonal", false);
    }
    // mxGraph.isOrthogonal lists its own connectors; draw.io's IsometricConnector is not one.
    !matches!(edge_style(style), EdgeStyle::Straight | EdgeStyle::Loop | EdgeStyle::Isometric)
}

/// The fixed connection point for `exitX/exitY` (source) or `entryX/entryY` (target), if set
/// (mxGraph.getConnectionPoint: the fraction of the bounds turned with `direction`, projected on
/// the perimeter unless exitPerimeter=0, flipped, then turned with `rotation`).
fn fixed_point(style: &Style, t: &Terminal, source: bool) -> Option<Point> {
    let (kx, ky, kdx, kdy, kp) = if source {
        ("exitX", "exitY", "exitDx", "exitDy", "exitPerimeter")
    } else {
        ("entryX", "entryY", "entryDx", "entryDy", "entryPerimeter")
    };
    if !style.has(kx) || !style.has(ky) {
        return None;
    }
    let mut b = grow(&t.bounds, t.spacing);
    let c = b.center();
    if t.perimeter == Perimeter::Center {
        // draw.io's getFixedTerminalPoint: centerPerimeter (and no perimeter) pins the centre.
        return Some(t.bounds.center());
    }
    let dir_deg = match t.direction {
        Some(Direction::South) => 90.0,
        Some(Direction::West) => 180.0,
        Some(Direction::North) => 270.0,
        _ => 0.0,
    };
    if matches!(t.direction, Some(Direction::North | Direction::South)) {
        // mxRectangle.rotate90 about the centre.
        let d = (b.width - b.height) / 2.0;
        b = Rect::new(b.x + d, b.y - d, b.height, b.width);
    }
    let lim = |v: f64| v.clamp(-1e7, 1e7);
    let mut p = Point::new(b.x + lim(style.num(kx, 0.5)) * b.width + lim(style.num(kdx, 0.0)), b.y + lim(style.num(ky, 0.5)) * b.height + lim(style.num(kdy, 0.0)));
    let mut turn = t.rotation;
    if style.flag(kp, true) {
        p = rotate_about(p, dir_deg, c);
        p = perimeter_point(t, p, false, 0.0);
    } else {
        turn += dir_deg;
        if t.flip_h {
            p.x = 2.0 * c.x - p.x;
        }
        if t.flip_v {
            p.y = 2.0 * c.y - p.y;
        }
    }
    Some(rotate_about(p, turn, c))
}

fn grow(r: &Rect, by: f64) -> Rect {
    Rect::new(r.x - by, r.y - by, r.width + 2.0 * by, r.height + 2.0 * by)
}

pub fn route(e: &EdgeInput) -> Vec<Point> {
    let style = e.style;
    let p0 = match &e.source {
        Some(t) => fixed_point(style, t, true),
        None => e.source_point,
    };
    let pe = match &e.target {
        Some(t) => fixed_point(style, t, false),
        None => e.target_point,
    };

    let kind = if e.is_loop && e.waypoints.is_empty() && !style.flag("orthogonalLoop", false) {
        EdgeStyle::Loop
    } else {
        edge_style(style)
    };
    // Terminal bounds for routers that must tell a connected end from a dangling one.
    let src_term = e.source.map(|t| t.bounds);
    let tgt_term = e.target.map(|t| t.bounds);
    let src = src_term.or(p0.map(|p| Rect::new(p.x, p.y, 0.0, 0.0)));
    let tgt = e.target.map(|t| t.bounds).or(pe.map(|p| Rect::new(p.x, p.y, 0.0, 0.0)));
    let mid: Vec<Point> = match (kind, src, tgt) {
        (EdgeStyle::Straight, _, _) => e.waypoints.to_vec(),
        (EdgeStyle::Loop, Some(s), _) => loop_route(style, &s, e.waypoints),
        (EdgeStyle::Elbow, Some(s), Some(t)) => elbow(style, &s, &t, p0, pe, e.waypoints.first().copied()),
        (EdgeStyle::SideToSide, Some(s), Some(t)) => side_to_side(&s, &t, p0, pe, e.waypoints.first().copied()),
        (EdgeStyle::TopToBottom, Some(s), Some(t)) => top_to_bottom(&s, &t, p0, pe, e.waypoints.first().copied()),
        (EdgeStyle::EntityRelation, Some(s), Some(t)) => entity_relation(style, &s, &t, p0, pe),
        (EdgeStyle::Isometric, Some(s), Some(t)) => isometric(style, &s, &t, p0, pe, e.waypoints.first().copied()),
        (EdgeStyle::Segment, Some(_), Some(_)) => segment_connector(src_term.as_ref(), tgt_term.as_ref(), p0, pe, e.waypoints),
        (EdgeStyle::Orthogonal, Some(_), Some(_)) => {
            let ports = (e.source.map_or(super::orth::MASK_ALL, |t| t.ports), e.target.map_or(super::orth::MASK_ALL, |t| t.ports));
            if e.waypoints.is_empty() && !e.source_is_edge && !e.target_is_edge {
                orth_connector(style, src_term.as_ref(), tgt_term.as_ref(), p0, pe, ports)
            } else {
                segment_connector(src_term.as_ref(), tgt_term.as_ref(), p0, pe, e.waypoints)
            }
        }
        _ => e.waypoints.to_vec(),
    };

    let orth = is_orthogonal(style);
    let spacing = style.num("perimeterSpacing", 0.0).clamp(-1e6, 1e6);
    // Target end first, aiming at the last bend, else the fixed source point, else the source centre.
    let pe = pe.or_else(|| {
        let t = e.target?;
        let next = mid.last().copied().or(p0).or(e.source.map(|s| s.bounds.center()))?;
        Some(floating_point(&t, next, orth, spacing + style.num("targetPerimeterSpacing", 0.0).clamp(-1e6, 1e6)))
    });
    let p0 = p0.or_else(|| {
        let s = e.source?;
        let next = mid.first().copied().or(pe).or(e.target.map(|t| t.bounds.center()))?;
        Some(floating_point(&s, next, orth, spacing + style.num("sourcePerimeterSpacing", 0.0).clamp(-1e6, 1e6)))
    });

    let mut out = Vec::with_capacity(mid.len() + 2);
    out.extend(p0);
    out.extend(mid);
    out.extend(pe);
    out.dedup_by(|a, b| (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9);
    out
}

/// mxEdgeStyle.ElbowConnector: side-to-side unless the terminals only overlap horizontally,
/// or `elbow=vertical`.
fn elbow(style: &Style, s: &Rect, t: &Rect, p0: Option<Point>, pe: Option<Point>, hint: Option<Point>) -> Vec<Point> {
    let vertical;
    let mut horizontal = false;
    if let Some(h) = hint {
        let left = s.x.min(t.x);
        let right = s.right().max(t.right());
        let top = s.y.min(t.y);
        let bottom = s.bottom().max(t.bottom());
        vertical = h.y < top || h.y > bottom;
        horizontal = h.x < left || h.x > right;
    } else {
        let left = s.x.max(t.x);
        let right = s.right().min(t.right());
        vertical = left == right;
        if !vertical {
            let top = s.y.max(t.y);
            let bottom = s.bottom().min(t.bottom());
            horizontal = top == bottom;
        }
    }
    if !horizontal && (vertical || style.get("elbow") == Some("vertical")) {
        top_to_bottom(s, t, p0, pe, hint)
    } else {
        side_to_side(s, t, p0, pe, hint)
    }
}

/// draw.io's mxEdgeStyle.IsometricConnector (Shapes.js): to the control point (default: halfway)
/// along the two isometric axes (−30° and −150°), then on to the target the same way;
/// `elbow=horizontal` (default) takes the −30° axis first on the way to the control point.
fn isometric(style: &Style, s: &Rect, t: &Rect, p0: Option<Point>, pe: Option<Point>, hint: Option<Point>) -> Vec<Point> {
    let p0 = p0.unwrap_or_else(|| s.center());
    let pe = pe.unwrap_or_else(|| t.center());
    let (a1, a2) = ((-30f64).to_radians().cos(), (-30f64).to_radians().sin());
    let (b1, b2) = ((-150f64).to_radians().cos(), (-150f64).to_radians().sin());
    let elbow = style.str_or("elbow", "horizontal") == "horizontal";
    let mut last = p0;
    let mut out = Vec::new();
    let mut iso_line_to = |x: f64, y: f64, first: bool, out: &mut Vec<Point>| {
        let (c1, c2) = (x - last.x, y - last.y);
        let h = (b2 * c1 - b1 * c2) / (a1 * b2 - a2 * b1);
        let v = (a2 * c1 - a1 * c2) / (a2 * b1 - a1 * b2);
        let (along_h, along_v) = (Point::new(a1 * h, a2 * h), Point::new(b1 * v, b2 * v));
        let (one, two) = if elbow { (along_h, along_v) } else { (along_v, along_h) };
        if first {
            last = Point::new(last.x + one.x, last.y + one.y);
            out.push(last);
        }
        last = Point::new(last.x + two.x, last.y + two.y);
        out.push(last);
    };
    let pt = hint.unwrap_or_else(|| Point::new(p0.x + (pe.x - p0.x) / 2.0, p0.y + (pe.y - p0.y) / 2.0));
    iso_line_to(pt.x, pt.y, true, &mut out);
    iso_line_to(pe.x, pe.y, false, &mut out);
    out
}

fn point_rect(p: Point) -> Rect {
    Rect::new(p.x, p.y, 0.0, 0.0)
}

/// Strictly inside or on the border, like mxUtils.contains.
fn contains(r: &Rect, x: f64, y: f64) -> bool {
    r.x <= x && r.right() >= x && r.y <= y && r.bottom() >= y
}

fn side_to_side(s: &Rect, t: &Rect, p0: Option<Point>, pe: Option<Point>, hint: Option<Point>) -> Vec<Point> {
    let s = p0.map(point_rect).unwrap_or(*s);
    let t = pe.map(point_rect).unwrap_or(*t);
    let l = s.x.max(t.x);
    let r = s.right().min(t.right());
    let x = hint.map(|h| h.x).unwrap_or_else(|| (r + (l - r) / 2.0).round());
    let mut y1 = s.center().y;
    let mut y2 = t.center().y;
    if let Some(h) = hint {
        if h.y >= s.y && h.y <= s.bottom() {
            y1 = h.y;
        }
        if h.y >= t.y && h.y <= t.bottom() {
            y2 = h.y;
        }
    }
    let mut out = Vec::new();
    if !contains(&t, x, y1) && !contains(&s, x, y1) {
        out.push(Point::new(x, y1));
    }
    if !contains(&t, x, y2) && !contains(&s, x, y2) {
        out.push(Point::new(x, y2));
    }
    // The result mxGraphView.updatePoints hands the style already holds the source point (or
    // null): `result.length == 1` there means this style has pushed nothing yet.
    if out.is_empty() {
        match hint {
            Some(h) => {
                if !contains(&t, x, h.y) && !contains(&s, x, h.y) {
                    out.push(Point::new(x, h.y));
                }
            }
            None => {
                let tt = s.y.max(t.y);
                let b = s.bottom().min(t.bottom());
                out.push(Point::new(x, tt + (b - tt) / 2.0));
            }
        }
    }
    out
}

fn top_to_bottom(s: &Rect, t: &Rect, p0: Option<Point>, pe: Option<Point>, hint: Option<Point>) -> Vec<Point> {
    let s = p0.map(point_rect).unwrap_or(*s);
    let t = pe.map(point_rect).unwrap_or(*t);
    let top = s.y.max(t.y);
    let bottom = s.bottom().min(t.bottom());
    let mut x = s.center().x;
    if let Some(h) = hint {
        if h.x >= s.x && h.x <= s.right() {
            x = h.x;
        }
    }
    let y = hint.map(|h| h.y).unwrap_or_else(|| (bottom + (top - bottom) / 2.0).round());
    let mut out = Vec::new();
    if !contains(&t, x, y) && !contains(&s, x, y) {
        out.push(Point::new(x, y));
    }
    x = match hint {
        Some(h) if h.x >= t.x && h.x <= t.right() => h.x,
        _ => t.center().x,
    };
    if !contains(&t, x, y) && !contains(&s, x, y) {
        out.push(Point::new(x, y));
    }
    // The result mxGraphView.updatePoints hands the style already holds the source point (or
    // null): `result.length == 1` there means this style has pushed nothing yet.
    if out.is_empty() {
        match hint {
            Some(h) => {
                if !contains(&t, h.x, y) && !contains(&s, h.x, y) {
                    out.push(Point::new(h.x, y));
                }
            }
            None => {
                let l = s.x.max(t.x);
                let r = s.right().min(t.right());
                out.push(Point::new(l + (r - l) / 2.0, y));
            }
        }
    }
    out
}

/// mxEdgeStyle.EntityRelation: leave and enter horizontally through a `segment`-long stub.
fn entity_relation(style: &Style, s: &Rect, t: &Rect, p0: Option<Point>, pe: Option<Point>) -> Vec<Point> {
    let seg = style.num("segment", 30.0);
    let src = p0.map(point_rect).unwrap_or(*s);
    let tgt = pe.map(point_rect).unwrap_or(*t);
    let source_left = if p0.is_some() { false } else { tgt.right() < src.x };
    let target_left = if pe.is_some() { true } else { src.right() < tgt.x };
    let x0 = if source_left { src.x } else { src.right() };
    let y0 = src.center().y;
    let xe = if target_left { tgt.x } else { tgt.right() };
    let ye = tgt.center().y;
    let dep = Point::new(x0 + if source_left { -seg } else { seg }, y0);
    let arr = Point::new(xe + if target_left { -seg } else { seg }, ye);
    if source_left == target_left {
        let x = if source_left { x0.min(xe) - seg } else { x0.max(xe) + seg };
        vec![Point::new(x, y0), Point::new(x, ye)]
    } else if (dep.x < arr.x) == source_left {
        let mid_y = y0 + (ye - y0) / 2.0;
        vec![dep, Point::new(dep.x, mid_y), Point::new(arr.x, mid_y), arr]
    } else {
        vec![dep, arr]
    }
}

/// mxEdgeStyle.Loop: a self-reference drawn beside the vertex.
fn loop_route(style: &Style, s: &Rect, waypoints: &[Point]) -> Vec<Point> {
    let seg = style.num("segment", 10.0);
    let dir = style.str_or("direction", "west");
    let pt = waypoints.first().copied().filter(|p| !contains(s, p.x, p.y));
    let (mut x, mut dx, mut y, mut dy) = (0.0, 0.0, 0.0, 0.0);
    if dir == "north" || dir == "south" {
        x = s.center().x;
        dx = seg;
    } else {
        y = s.center().y;
        dy = seg;
    }
    match pt {
        Some(p) if p.x < s.x || p.x > s.right() => {
            x = p.x;
            dy = (y - p.y).abs().max(dy);
        }
        Some(p) => {
            x = s.center().x;
            dx = (x - p.x).abs().max(dy);
            y = p.y;
            dy = 0.0;
        }
        None => match dir {
            "north" => y = s.y - 2.0 * dx,
            "south" => y = s.bottom() + 2.0 * dx,
            "east" => x = s.x - 2.0 * dy,
            _ => x = s.right() + 2.0 * dy,
        },
    }
    vec![Point::new(x - dx, y - dy), Point::new(x + dx, y + dy)]
}

// The orthogonal router and segment connector live in their own module (they are long).
use super::orth::{orth_connector, segment_connector};


/// Port constraint mask (mxUtils.getPortConstraints): the edge's `sourcePortConstraint` /
/// `targetPortConstraint`, else the terminal's `portConstraint`; all sides when unset.
pub fn port_constraint(edge: &Style, terminal: Option<&Style>, source: bool) -> u8 {
    let key = if source { "sourcePortConstraint" } else { "targetPortConstraint" };
    let v = edge.get(key).or_else(|| terminal.and_then(|t| t.get("portConstraint")));
    let Some(v) = v else { return super::orth::MASK_ALL };
    let mut mask = 0;
    for part in v.split(',') {
        mask |= match part.trim() {
            "west" => super::orth::MASK_WEST,
            "north" => super::orth::MASK_NORTH,
            "south" => super::orth::MASK_SOUTH,
            "east" => super::orth::MASK_EAST,
            _ => 0,
        };
    }
    if mask == 0 { super::orth::MASK_ALL } else { mask }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(x: f64, y: f64, w: f64, h: f64) -> Terminal {
        Terminal::new(Rect::new(x, y, w, h), Perimeter::Rectangle, super::super::orth::MASK_ALL)
    }

    fn run(style: &str, s: Terminal, t: Terminal, wp: &[Point]) -> Vec<Point> {
        let st = Style::parse_raw(style);
        route(&EdgeInput { style: &st, source: Some(s), target: Some(t), source_point: None, target_point: None, waypoints: wp, is_loop: false, source_is_edge: false, target_is_edge: false })
    }

    fn assert_near(a: &[Point], b: &[Point]) {
        assert_eq!(a.len(), b.len(), "{:?} vs {:?}", a, b);
        for (p, q) in a.iter().zip(b) {
            assert!((p.x - q.x).abs() < 1e-6 && (p.y - q.y).abs() < 1e-6, "{:?} vs {:?}", a, b);
        }
    }

    fn pts(v: &[(f64, f64)]) -> Vec<Point> {
        v.iter().map(|&(x, y)| Point::new(x, y)).collect()
    }

    fn near(a: Point, x: f64, y: f64) -> bool {
        (a.x - x).abs() < 1e-6 && (a.y - y).abs() < 1e-6
    }

    #[test]
    fn elbow_vertical_with_the_first_bend_inside_the_source() {
        // draw.io's archimate template, Service → Module with one control point level with the
        // source: the first bend falls inside the source and is dropped; the second one alone
        // stays (mxEdgeStyle.TopToBottom adds the control point only when neither was kept),
        // so the edge runs right, then straight up into the target.
        let r = run("edgeStyle=elbowEdgeStyle;elbow=vertical", term(679.0, 680.0, 150.0, 50.0), term(969.0, 510.0, 185.0, 80.0), &[Point::new(909.0, 700.0)]);
        assert_near(&r, &pts(&[(829.0, 700.0), (1061.5, 700.0), (1061.5, 590.0)]));
    }

    #[test]
    fn isometric_edge_follows_the_two_axes() {
        // draw.io's IsometricConnector on an unconnected edge (0,0) → (0,-100): to the halfway point
        // along −30° then −150°, then along −150° and the last leg along −30° into the target.
        let st = Style::parse_raw("edgeStyle=isometricEdgeStyle");
        let e = |wp: &[Point], st: &Style| {
            route(&EdgeInput { style: st, source: None, target: None, source_point: Some(Point::new(0.0, 0.0)), target_point: Some(Point::new(0.0, -100.0)), waypoints: wp, is_loop: false, source_is_edge: false, target_is_edge: false })
        };
        let d = 50.0 * 3f64.sqrt() / 2.0;
        let r = e(&[], &st);
        assert_near(&r[..4], &pts(&[(0.0, 0.0), (d, -25.0), (0.0, -50.0), (-d, -75.0)]));
        assert!(near(*r.last().unwrap(), 0.0, -100.0), "{r:?}");
        // elbow=vertical takes the −150° axis first.
        let r = e(&[], &Style::parse_raw("edgeStyle=isometricEdgeStyle;elbow=vertical"));
        assert!(near(r[1], -d, -25.0), "{r:?}");
        // Not orthogonal in mxGraph.isOrthogonal: floating ends aim at the centre line.
        assert!(!is_orthogonal(&st));
    }

    #[test]
    fn rotated_terminal_projects_in_its_own_frame() {
        // mxGraphView.getFloatingTerminalPoint: a 100×40 box turned 90° spans x 30..70; an edge
        // leaving to the right starts on its (rotated) side at x = 70.
        let mut s = term(0.0, 0.0, 100.0, 40.0);
        s.rotation = 90.0;
        let r = run("", s, term(300.0, 0.0, 40.0, 40.0), &[]);
        assert!(near(r[0], 70.0, 20.0), "{r:?}");
        // A fixed exit on the right of the unrotated box turns with it to the bottom.
        let r = run("exitX=1;exitY=0.5", s, term(0.0, 300.0, 100.0, 40.0), &[]);
        assert!(near(r[0], 50.0, 70.0), "{r:?}");
    }

    #[test]
    fn connection_points_follow_flip_and_direction() {
        // flipH mirrors a fixed point (exitPerimeter=0 keeps it off the perimeter).
        let mut s = term(0.0, 0.0, 100.0, 40.0);
        s.flip_h = true;
        let r = run("exitX=0;exitY=0.5;exitPerimeter=0", s, term(300.0, 0.0, 40.0, 40.0), &[]);
        assert!(near(r[0], 100.0, 20.0), "{r:?}");
        // direction=south turns the shape 90°: its top (0.5, 0) is now on the right.
        let mut d = term(0.0, 0.0, 100.0, 40.0);
        d.direction = Some(Direction::South);
        let r = run("exitX=0.5;exitY=0", d, term(300.0, 0.0, 40.0, 40.0), &[]);
        assert!(near(r[0], 100.0, 20.0), "{r:?}");
    }

    #[test]
    fn perimeter_spacing_of_edge_and_terminal() {
        // The edge's perimeterSpacing plus the terminal's own push the end out.
        let mut t = term(200.0, 0.0, 100.0, 40.0);
        t.spacing = 3.0;
        let r = run("perimeterSpacing=2;targetPerimeterSpacing=1", term(0.0, 0.0, 100.0, 40.0), t, &[]);
        assert!(near(r[r.len() - 1], 194.0, 20.0), "{r:?}");
        assert!(near(r[0], 102.0, 20.0), "{r:?}");
    }

    #[test]
    fn center_perimeter_pins_fixed_points_to_the_centre() {
        let c = Terminal::new(Rect::new(0.0, 0.0, 100.0, 40.0), Perimeter::Center, super::super::orth::MASK_ALL);
        let r = run("exitX=1;exitY=0", c, term(300.0, 0.0, 40.0, 40.0), &[]);
        assert!(near(r[0], 50.0, 20.0), "{r:?}");
    }

    #[test]
    fn straight_edge_meets_both_perimeters() {
        let r = run("", term(0.0, 0.0, 100.0, 40.0), term(200.0, 0.0, 100.0, 40.0), &[]);
        assert_near(&r, &pts(&[(100.0, 20.0), (200.0, 20.0)]));
    }

    #[test]
    fn straight_edge_through_waypoint() {
        let r = run("", term(0.0, 0.0, 100.0, 40.0), term(200.0, 200.0, 100.0, 40.0), &[Point::new(50.0, 220.0)]);
        assert_eq!(r, pts(&[(50.0, 40.0), (50.0, 220.0), (200.0, 220.0)]));
    }

    #[test]
    fn orthogonal_side_by_side_is_a_z() {
        let r = run("edgeStyle=orthogonalEdgeStyle", term(0.0, 0.0, 100.0, 40.0), term(200.0, 20.0, 100.0, 40.0), &[]);
        assert_eq!(r, pts(&[(100.0, 20.0), (150.0, 20.0), (150.0, 40.0), (200.0, 40.0)]));
    }

    #[test]
    fn orthogonal_aligned_is_straight() {
        let r = run("edgeStyle=orthogonalEdgeStyle", term(0.0, 0.0, 100.0, 40.0), term(0.0, 100.0, 100.0, 40.0), &[]);
        assert_eq!(r, pts(&[(50.0, 40.0), (50.0, 100.0)]));
    }

    #[test]
    fn orthogonal_with_fixed_ports_uses_jetties() {
        // Exit the right side, enter the left side of a target further right and lower.
        let r = run(
            "edgeStyle=orthogonalEdgeStyle;exitX=1;exitY=0.5;entryX=0;entryY=0.5;endArrow=none",
            term(0.0, 0.0, 100.0, 40.0),
            term(200.0, 100.0, 100.0, 40.0),
            &[],
        );
        assert_eq!(r.first(), Some(&Point::new(100.0, 20.0)));
        assert_eq!(r.last(), Some(&Point::new(200.0, 120.0)));
        for w in r.windows(2) {
            assert!(w[0].x == w[1].x || w[0].y == w[1].y, "segment not axis-aligned: {:?}", w);
        }
    }

    #[test]
    fn orthogonal_waypoints_alternate_axes() {
        let r = run("edgeStyle=orthogonalEdgeStyle", term(0.0, 0.0, 100.0, 40.0), term(300.0, 200.0, 100.0, 40.0), &[Point::new(150.0, 100.0)]);
        for w in r.windows(2) {
            assert!((w[0].x - w[1].x).abs() < 1e-6 || (w[0].y - w[1].y).abs() < 1e-6, "segment not axis-aligned: {:?}", r);
        }
        assert!(r.iter().any(|p| p.x == 150.0), "{:?}", r);
    }

    #[test]
    fn elbow_side_to_side() {
        let r = run("edgeStyle=elbowEdgeStyle", term(0.0, 0.0, 100.0, 40.0), term(200.0, 100.0, 100.0, 40.0), &[]);
        assert_eq!(r, pts(&[(100.0, 20.0), (150.0, 20.0), (150.0, 120.0), (200.0, 120.0)]));
    }

    #[test]
    fn elbow_vertical() {
        let r = run("edgeStyle=elbowEdgeStyle;elbow=vertical", term(0.0, 0.0, 100.0, 40.0), term(200.0, 100.0, 100.0, 40.0), &[]);
        assert_eq!(r, pts(&[(50.0, 40.0), (50.0, 70.0), (250.0, 70.0), (250.0, 100.0)]));
    }

    #[test]
    fn dangling_edge_uses_geometry_points() {
        let st = Style::parse_raw("");
        let r = route(&EdgeInput {
            style: &st,
            source: None,
            target: None,
            source_point: Some(Point::new(1.0, 2.0)),
            target_point: Some(Point::new(30.0, 40.0)),
            waypoints: &[],
            is_loop: false,
            source_is_edge: false,
            target_is_edge: false,
        });
        assert_eq!(r, pts(&[(1.0, 2.0), (30.0, 40.0)]));
    }
}
