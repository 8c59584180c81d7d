//! Where an edge meets a vertex: mxGraph's perimeter functions (mxPerimeter) and the ones draw.io
//! adds in Shapes.js (hexagonPerimeter2, parallelogram, trapezoid, step, callout, lifeline,
//! backbone, orthogonal, center), as pure geometry on the terminal's bounds. `orthogonal`
//! projects straight across (orthogonal edge styles) instead of towards the centre.

use crate::geom::{Point, Rect};
use crate::style::Style;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    East,
    West,
    North,
    South,
}

impl Direction {
    pub fn parse(s: &str) -> Direction {
        match s {
            "west" => Direction::West,
            "north" => Direction::North,
            "south" => Direction::South,
            _ => Direction::East,
        }
    }

    fn vertical(self) -> bool {
        matches!(self, Direction::North | Direction::South)
    }
}

/// A shape's adjustable inset (`size`) as the perimeter reads it: a fraction of a side, or px
/// with `fixedSize=1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inset {
    pub size: f64,
    pub fixed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Perimeter {
    Rectangle,
    Ellipse,
    Rhombus,
    Triangle(Direction),
    /// mxGraph's hexagonPerimeter (corners at a quarter of the width or height).
    Hexagon(Direction),
    /// draw.io hexagonPerimeter2 (HexagonShape with `size`).
    Hexagon2(Inset, Direction),
    Parallelogram(Inset, Direction),
    Trapezoid(Inset, Direction),
    Step(Inset, Direction),
    /// draw.io calloutPerimeter: the rectangle without the pointer (`size` px at the bottom,
    /// turned by direction and flips).
    Callout {
        size: f64,
        direction: Direction,
        flip_h: bool,
        flip_v: bool,
    },
    /// draw.io orthogonalPerimeter: the rectangle, always projected straight across.
    Orthogonal,
    /// draw.io lifelinePerimeter: the lifeline's dashed line below the head of `size`.
    Lifeline {
        size: f64,
        stroke_width: f64,
    },
    /// draw.io backbonePerimeter: a horizontal (or, for north/south, vertical) bus line.
    Backbone {
        stroke_width: f64,
        backbone: Option<f64>,
        vertical: bool,
    },
    /// centerPerimeter, and no perimeter at all: the bounds' centre.
    Center,
}

impl Perimeter {
    /// The terminal's `perimeter` style (absent or unknown: the centre, as mxGraphView does).
    pub fn from_style(style: &Style) -> Perimeter {
        let dir = Direction::parse(style.str_or("direction", "east"));
        let inset = |frac: f64, px: f64| {
            let fixed = style.flag("fixedSize", false);
            Inset {
                size: style
                    .num("size", if fixed { px } else { frac })
                    .clamp(-1e7, 1e7),
                fixed,
            }
        };
        match style.str_or("perimeter", "") {
            "rectanglePerimeter" => Perimeter::Rectangle,
            "ellipsePerimeter" => Perimeter::Ellipse,
            "rhombusPerimeter" => Perimeter::Rhombus,
            "trianglePerimeter" => Perimeter::Triangle(dir),
            "hexagonPerimeter" => Perimeter::Hexagon(dir),
            "hexagonPerimeter2" => Perimeter::Hexagon2(inset(0.25, 20.0), dir),
            "parallelogramPerimeter" => Perimeter::Parallelogram(inset(0.2, 20.0), dir),
            "trapezoidPerimeter" => Perimeter::Trapezoid(inset(0.2, 20.0), dir),
            "stepPerimeter" => Perimeter::Step(inset(0.2, 20.0), dir),
            "calloutPerimeter" => Perimeter::Callout {
                size: style.num("size", 30.0).clamp(-1e7, 1e7),
                direction: dir,
                flip_h: style.flag("flipH", false),
                flip_v: style.flag("flipV", false),
            },
            "orthogonalPerimeter" => Perimeter::Orthogonal,
            "lifelinePerimeter" => Perimeter::Lifeline {
                size: style.num("size", 40.0).clamp(-1e7, 1e7),
                stroke_width: style.num("strokeWidth", 1.0).clamp(0.0, 1e4),
            },
            "backbonePerimeter" => Perimeter::Backbone {
                stroke_width: style.num("strokeWidth", 1.0).clamp(0.0, 1e4),
                backbone: style
                    .get("backboneSize")
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .filter(|v| v.is_finite())
                    .map(|v| v.clamp(-1e7, 1e7)),
                vertical: dir.vertical(),
            },
            _ => Perimeter::Center,
        }
    }

    /// The point on the outline of `b` on the way from its centre towards `next`.
    pub fn point(&self, b: &Rect, next: Point, orthogonal: bool) -> Point {
        if b.width <= 0.0 && b.height <= 0.0 {
            return Point::new(b.x, b.y);
        }
        let c = b.center();
        let found = match *self {
            Perimeter::Rectangle => Some(rectangle(b, next, orthogonal)),
            Perimeter::Orthogonal => Some(rectangle(b, next, true)),
            Perimeter::Ellipse => Some(ellipse(b, next, orthogonal)),
            Perimeter::Rhombus => rhombus(b, next, orthogonal),
            Perimeter::Triangle(d) => Some(triangle(b, next, orthogonal, d)),
            Perimeter::Hexagon(d) => {
                let s = if d.vertical() {
                    0.25 * b.height
                } else {
                    0.25 * b.width
                };
                polygon(&hexagon_points(b, s, d.vertical()), b, next, orthogonal)
            }
            Perimeter::Hexagon2(inset, d) => {
                let s = if d.vertical() {
                    side_inset(inset, b.height, b.height)
                } else {
                    side_inset(inset, b.width, b.width)
                };
                polygon(&hexagon_points(b, s, d.vertical()), b, next, orthogonal)
            }
            Perimeter::Parallelogram(inset, d) => {
                polygon(&parallelogram_points(b, inset, d), b, next, orthogonal)
            }
            Perimeter::Trapezoid(inset, d) => {
                polygon(&trapezoid_points(b, inset, d), b, next, orthogonal)
            }
            Perimeter::Step(inset, d) => polygon(&step_points(b, inset, d), b, next, orthogonal),
            Perimeter::Callout {
                size,
                direction,
                flip_h,
                flip_v,
            } => {
                let inner = directed_bounds(
                    b,
                    [0.0, 0.0, 0.0, size.min(b.height).max(0.0)],
                    direction,
                    flip_h,
                    flip_v,
                );
                Some(rectangle(&inner, next, orthogonal))
            }
            Perimeter::Lifeline { size, stroke_width } => {
                let mut sw = stroke_width / 2.0 - 1.0;
                if next.x < c.x {
                    sw = -(sw + 1.0);
                }
                Some(Point::new(
                    c.x + sw,
                    (b.y + size).max(next.y).min(b.bottom()),
                ))
            }
            Perimeter::Backbone {
                stroke_width,
                backbone,
                vertical,
            } => {
                let mut sw = stroke_width / 2.0 - 1.0;
                if let Some(bb) = backbone {
                    sw += bb / 2.0 - 1.0;
                }
                if vertical {
                    if next.x < c.x {
                        sw = -(sw + 1.0);
                    }
                    Some(Point::new(c.x + sw, next.y.max(b.y).min(b.bottom())))
                } else {
                    if next.y < c.y {
                        sw = -(sw + 1.0);
                    }
                    Some(Point::new(next.x.max(b.x).min(b.right()), c.y + sw))
                }
            }
            Perimeter::Center => Some(c),
        };
        // mxGraphView.getPerimeterPoint falls back to the centre when nothing is hit.
        found
            .filter(|p| p.x.is_finite() && p.y.is_finite())
            .unwrap_or(c)
    }
}

/// mxUtils.getDirectedBounds: `rect` less the margins [left, top, right, bottom] given for an
/// east-facing, unflipped shape, after turning them with `direction` and the flips.
pub fn directed_bounds(rect: &Rect, m: [f64; 4], d: Direction, flip_h: bool, flip_v: bool) -> Rect {
    let clamp = |v: f64, side: f64| v.min(side).max(0.0).round();
    let (mut l, mut t, mut r, mut bt) = (
        clamp(m[0], rect.width),
        clamp(m[1], rect.height),
        clamp(m[2], rect.width),
        clamp(m[3], rect.height),
    );
    if (flip_v && d.vertical()) || (flip_h && !d.vertical()) {
        std::mem::swap(&mut l, &mut r);
    }
    if (flip_h && d.vertical()) || (flip_v && !d.vertical()) {
        std::mem::swap(&mut t, &mut bt);
    }
    let (x, y, w, h) = match d {
        Direction::South => (bt, l, t, r),
        Direction::West => (r, bt, l, t),
        Direction::North => (t, r, bt, l),
        Direction::East => (l, t, r, bt),
    };
    Rect::new(
        rect.x + x,
        rect.y + y,
        rect.width - w - x,
        rect.height - h - y,
    )
}

/// mxPerimeter.RectanglePerimeter.
fn rectangle(b: &Rect, next: Point, orthogonal: bool) -> Point {
    let c = b.center();
    let alpha = (next.y - c.y).atan2(next.x - c.x);
    let pi = std::f64::consts::PI;
    let beta = pi / 2.0 - alpha;
    let t = b.height.atan2(b.width);
    let mut p = if alpha < -pi + t || alpha > pi - t {
        Point::new(b.x, c.y - b.width * alpha.tan() / 2.0)
    } else if alpha < -t {
        Point::new(c.x - b.height * beta.tan() / 2.0, b.y)
    } else if alpha < t {
        Point::new(b.right(), c.y + b.width * alpha.tan() / 2.0)
    } else {
        Point::new(c.x + b.height * beta.tan() / 2.0, b.bottom())
    };
    if orthogonal {
        if next.x >= b.x && next.x <= b.right() {
            p.x = next.x;
        } else if next.y >= b.y && next.y <= b.bottom() {
            p.y = next.y;
        }
        if next.x < b.x {
            p.x = b.x;
        } else if next.x > b.right() {
            p.x = b.right();
        }
        if next.y < b.y {
            p.y = b.y;
        } else if next.y > b.bottom() {
            p.y = b.bottom();
        }
    }
    p
}

/// mxPerimeter.EllipsePerimeter (the offsets from the centre are truncated like parseInt).
fn ellipse(b: &Rect, next: Point, orthogonal: bool) -> Point {
    let (x, y) = (b.x, b.y);
    let a = b.width / 2.0;
    let bb = b.height / 2.0;
    let (cx, cy) = (x + a, y + bb);
    let (px, py) = (next.x, next.y);
    let dx = (px - cx).trunc();
    let dy = (py - cy).trunc();
    if dx == 0.0 && dy != 0.0 {
        return Point::new(cx, cy + bb * dy / dy.abs());
    } else if dx == 0.0 && dy == 0.0 {
        return Point::new(px, py);
    }
    if orthogonal {
        if py >= y && py <= y + b.height {
            let ty = py - cy;
            let mut tx = (a * a * (1.0 - (ty * ty) / (bb * bb))).sqrt();
            if !tx.is_finite() {
                tx = 0.0;
            }
            if px <= x {
                tx = -tx;
            }
            return Point::new(cx + tx, py);
        }
        if px >= x && px <= x + b.width {
            let tx = px - cx;
            let mut ty = (bb * bb * (1.0 - (tx * tx) / (a * a))).sqrt();
            if !ty.is_finite() {
                ty = 0.0;
            }
            if py <= y {
                ty = -ty;
            }
            return Point::new(px, cy + ty);
        }
    }
    // The line through the centre and `next`, intersected with the ellipse; the nearer root.
    let d = dy / dx;
    let h = cy - d * cx;
    let e = a * a * d * d + bb * bb;
    let f = -2.0 * cx * e;
    let g = a * a * d * d * cx * cx + bb * bb * cx * cx - a * a * bb * bb;
    let det = (f * f - 4.0 * e * g).max(0.0).sqrt();
    let x1 = (-f + det) / (2.0 * e);
    let x2 = (-f - det) / (2.0 * e);
    let (y1, y2) = (d * x1 + h, d * x2 + h);
    let d1 = (x1 - px).hypot(y1 - py);
    let d2 = (x2 - px).hypot(y2 - py);
    if d1 < d2 {
        Point::new(x1, y1)
    } else {
        Point::new(x2, y2)
    }
}

/// mxUtils.intersection of two segments.
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

/// mxPerimeter.RhombusPerimeter.
fn rhombus(b: &Rect, next: Point, orthogonal: bool) -> Option<Point> {
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    let (cx, cy) = (x + w / 2.0, y + h / 2.0);
    let (px, py) = (next.x, next.y);
    if cx == px {
        return Some(if cy > py {
            Point::new(cx, y)
        } else {
            Point::new(cx, y + h)
        });
    } else if cy == py {
        return Some(if cx > px {
            Point::new(x, cy)
        } else {
            Point::new(x + w, cy)
        });
    }
    let (mut tx, mut ty) = (cx, cy);
    if orthogonal {
        if px >= x && px <= x + w {
            tx = px;
        } else if py >= y && py <= y + h {
            ty = py;
        }
    }
    let from = Point::new(px, py);
    let to = Point::new(tx, ty);
    let (a, bb) = if px < cx {
        if py < cy {
            (Point::new(cx, y), Point::new(x, cy))
        } else {
            (Point::new(cx, y + h), Point::new(x, cy))
        }
    } else if py < cy {
        (Point::new(cx, y), Point::new(x + w, cy))
    } else {
        (Point::new(cx, y + h), Point::new(x + w, cy))
    };
    intersection(from, to, a, bb)
}

/// mxPerimeter.TrianglePerimeter.
fn triangle(b: &Rect, next: Point, orthogonal: bool, d: Direction) -> Point {
    let vertical = d.vertical();
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    let (mut cx, mut cy) = (x + w / 2.0, y + h / 2.0);
    let (start, corner, end) = match d {
        Direction::North => (
            Point::new(x, y + h),
            Point::new(cx, y),
            Point::new(x + w, y + h),
        ),
        Direction::South => (
            Point::new(x, y),
            Point::new(cx, y + h),
            Point::new(x + w, y),
        ),
        Direction::West => (
            Point::new(x + w, y),
            Point::new(x, cy),
            Point::new(x + w, y + h),
        ),
        Direction::East => (
            Point::new(x, y),
            Point::new(x + w, cy),
            Point::new(x, y + h),
        ),
    };
    let mut dx = next.x - cx;
    let mut dy = next.y - cy;
    let alpha = if vertical { dx.atan2(dy) } else { dy.atan2(dx) };
    let t = if vertical { w.atan2(h) } else { h.atan2(w) };
    let pi = std::f64::consts::PI;
    let base = if matches!(d, Direction::North | Direction::West) {
        alpha > -t && alpha < t
    } else {
        alpha < -pi + t || alpha > pi - t
    };
    let result = if base {
        if orthogonal
            && ((vertical && next.x >= start.x && next.x <= end.x)
                || (!vertical && next.y >= start.y && next.y <= end.y))
        {
            Some(if vertical {
                Point::new(next.x, start.y)
            } else {
                Point::new(start.x, next.y)
            })
        } else {
            Some(match d {
                Direction::North => Point::new(x + w / 2.0 + h * alpha.tan() / 2.0, y + h),
                Direction::South => Point::new(x + w / 2.0 - h * alpha.tan() / 2.0, y),
                Direction::West => Point::new(x + w, y + h / 2.0 + w * alpha.tan() / 2.0),
                Direction::East => Point::new(x, y + h / 2.0 - w * alpha.tan() / 2.0),
            })
        }
    } else {
        if orthogonal {
            let mut pt = Point::new(cx, cy);
            if next.y >= y && next.y <= y + h {
                pt.x = if vertical {
                    cx
                } else if d == Direction::West {
                    x + w
                } else {
                    x
                };
                pt.y = next.y;
            } else if next.x >= x && next.x <= x + w {
                pt.x = next.x;
                pt.y = if !vertical {
                    cy
                } else if d == Direction::North {
                    y + h
                } else {
                    y
                };
            }
            dx = next.x - pt.x;
            dy = next.y - pt.y;
            let _ = (dx, dy);
            cx = pt.x;
            cy = pt.y;
        }
        let c = Point::new(cx, cy);
        if (vertical && next.x <= x + w / 2.0) || (!vertical && next.y <= y + h / 2.0) {
            intersection(next, c, start, corner)
        } else {
            intersection(next, c, corner, end)
        }
    };
    result.unwrap_or(Point::new(cx, cy))
}

/// Size of an inset: px (at most `max_px`) with fixedSize, else a fraction of `side`.
fn side_inset(inset: Inset, side: f64, max_px: f64) -> f64 {
    if inset.fixed {
        inset.size.min(max_px).max(0.0)
    } else {
        side * inset.size.clamp(0.0, 1.0)
    }
}

fn hexagon_points(b: &Rect, s: f64, vertical: bool) -> Vec<Point> {
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    let c = b.center();
    if vertical {
        vec![
            Point::new(c.x, y),
            Point::new(x + w, y + s),
            Point::new(x + w, y + h - s),
            Point::new(c.x, y + h),
            Point::new(x, y + h - s),
            Point::new(x, y + s),
            Point::new(c.x, y),
        ]
    } else {
        vec![
            Point::new(x + s, y),
            Point::new(x + w - s, y),
            Point::new(x + w, c.y),
            Point::new(x + w - s, y + h),
            Point::new(x + s, y + h),
            Point::new(x, c.y),
            Point::new(x + s, y),
        ]
    }
}

/// draw.io ParallelogramPerimeter's outline.
fn parallelogram_points(b: &Rect, inset: Inset, d: Direction) -> Vec<Point> {
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    if d.vertical() {
        let dy = side_inset(inset, h, h);
        vec![
            Point::new(x, y),
            Point::new(x + w, y + dy),
            Point::new(x + w, y + h),
            Point::new(x, y + h - dy),
            Point::new(x, y),
        ]
    } else {
        let dx = side_inset(inset, w, w * 0.5);
        vec![
            Point::new(x + dx, y),
            Point::new(x + w, y),
            Point::new(x + w - dx, y + h),
            Point::new(x, y + h),
            Point::new(x + dx, y),
        ]
    }
}

/// draw.io TrapezoidPerimeter's outline.
fn trapezoid_points(b: &Rect, inset: Inset, d: Direction) -> Vec<Point> {
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    match d {
        Direction::East => {
            let dx = side_inset(inset, w, w * 0.5);
            vec![
                Point::new(x + dx, y),
                Point::new(x + w - dx, y),
                Point::new(x + w, y + h),
                Point::new(x, y + h),
                Point::new(x + dx, y),
            ]
        }
        Direction::West => {
            let dx = side_inset(inset, w, w);
            vec![
                Point::new(x, y),
                Point::new(x + w, y),
                Point::new(x + w - dx, y + h),
                Point::new(x + dx, y + h),
                Point::new(x, y),
            ]
        }
        Direction::North => {
            let dy = side_inset(inset, h, h);
            vec![
                Point::new(x, y + dy),
                Point::new(x + w, y),
                Point::new(x + w, y + h),
                Point::new(x, y + h - dy),
                Point::new(x, y + dy),
            ]
        }
        Direction::South => {
            let dy = side_inset(inset, h, h);
            vec![
                Point::new(x, y),
                Point::new(x + w, y + dy),
                Point::new(x + w, y + h - dy),
                Point::new(x, y + h),
                Point::new(x, y),
            ]
        }
    }
}

/// draw.io StepPerimeter's outline.
fn step_points(b: &Rect, inset: Inset, d: Direction) -> Vec<Point> {
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    let c = b.center();
    match d {
        Direction::East => {
            let dx = side_inset(inset, w, w);
            vec![
                Point::new(x, y),
                Point::new(x + w - dx, y),
                Point::new(x + w, c.y),
                Point::new(x + w - dx, y + h),
                Point::new(x, y + h),
                Point::new(x + dx, c.y),
                Point::new(x, y),
            ]
        }
        Direction::West => {
            let dx = side_inset(inset, w, w);
            vec![
                Point::new(x + dx, y),
                Point::new(x + w, y),
                Point::new(x + w - dx, c.y),
                Point::new(x + w, y + h),
                Point::new(x + dx, y + h),
                Point::new(x, c.y),
                Point::new(x + dx, y),
            ]
        }
        Direction::North => {
            let dy = side_inset(inset, h, h);
            vec![
                Point::new(x, y + dy),
                Point::new(c.x, y),
                Point::new(x + w, y + dy),
                Point::new(x + w, y + h),
                Point::new(c.x, y + h - dy),
                Point::new(x, y + h),
                Point::new(x, y + dy),
            ]
        }
        Direction::South => {
            let dy = side_inset(inset, h, h);
            vec![
                Point::new(x, y),
                Point::new(c.x, y + dy),
                Point::new(x + w, y),
                Point::new(x + w, y + h - dy),
                Point::new(c.x, y + h),
                Point::new(x, y + h - dy),
                Point::new(x, y),
            ]
        }
    }
}

/// draw.io's polygon perimeters: from the centre (or, orthogonally, from the point level with
/// `next`) towards `next`, the crossing with the outline nearest to `next`
/// (mxUtils.getPerimeterPoint).
fn polygon(pts: &[Point], b: &Rect, next: Point, orthogonal: bool) -> Option<Point> {
    let mut p1 = b.center();
    if orthogonal {
        if next.x < b.x || next.x > b.right() {
            p1.y = next.y;
        } else {
            p1.x = next.x;
        }
    }
    let mut best: Option<(f64, Point)> = None;
    for w in pts.windows(2) {
        if let Some(pt) = intersection(w[0], w[1], p1, next) {
            let d = (next.x - pt.x).powi(2) + (next.y - pt.y).powi(2);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, pt));
            }
        }
    }
    best.map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6
    }

    fn p(x: f64, y: f64) -> Point {
        Point::new(x, y)
    }

    fn per(style: &str) -> Perimeter {
        Perimeter::from_style(&Style::parse_raw(style))
    }

    #[test]
    fn rectangle_towards_points() {
        let r = Rect::new(0.0, 0.0, 100.0, 50.0);
        assert!(close(
            Perimeter::Rectangle.point(&r, p(200.0, 25.0), false),
            p(100.0, 25.0)
        ));
        assert!(close(
            Perimeter::Rectangle.point(&r, p(50.0, -100.0), false),
            p(50.0, 0.0)
        ));
        // Diagonal towards a far corner direction hits the corner.
        assert!(close(
            Perimeter::Rectangle.point(&r, p(150.0, 75.0), false),
            p(100.0, 50.0)
        ));
        // Orthogonal projection keeps x when inside the span.
        assert!(close(
            Perimeter::Rectangle.point(&r, p(80.0, 200.0), true),
            p(80.0, 50.0)
        ));
        // orthogonalPerimeter projects even for straight edges.
        assert!(close(
            per("perimeter=orthogonalPerimeter").point(&r, p(300.0, 10.0), false),
            p(100.0, 10.0)
        ));
    }

    #[test]
    fn ellipse_and_rhombus() {
        let r = Rect::new(0.0, 0.0, 100.0, 50.0);
        assert!(close(
            Perimeter::Ellipse.point(&r, p(300.0, 25.0), false),
            p(100.0, 25.0)
        ));
        assert!(close(
            Perimeter::Ellipse.point(&r, p(50.0, 300.0), false),
            p(50.0, 50.0)
        ));
        // 45° ray on a circle lands at r/√2.
        let c = Rect::new(0.0, 0.0, 100.0, 100.0);
        let q = Perimeter::Ellipse.point(&c, p(100.0, 100.0), false);
        assert!(
            close(q, p(50.0 + 50.0 / 2f64.sqrt(), 50.0 + 50.0 / 2f64.sqrt())),
            "{q:?}"
        );
        assert!(close(
            Perimeter::Rhombus.point(&r, p(300.0, 25.0), false),
            p(100.0, 25.0)
        ));
        // Towards the upper right edge of a rhombus: point on segment (50,0)-(100,25).
        assert!(close(
            Perimeter::Rhombus.point(&c, p(100.0, 0.0), false),
            p(75.0, 25.0)
        ));
    }

    #[test]
    fn triangle_directions() {
        let r = Rect::new(0.0, 0.0, 100.0, 100.0);
        let east = Perimeter::Triangle(Direction::East);
        assert!(close(east.point(&r, p(300.0, 50.0), false), p(100.0, 50.0)));
        assert!(close(east.point(&r, p(-300.0, 50.0), false), p(0.0, 50.0)));
        // Pointing north: a point far below meets the base.
        assert!(close(
            Perimeter::Triangle(Direction::North).point(&r, p(50.0, 300.0), false),
            p(50.0, 100.0)
        ));
        assert!(close(
            Perimeter::Triangle(Direction::North).point(&r, p(50.0, -300.0), false),
            p(50.0, 0.0)
        ));
    }

    #[test]
    fn draw_io_polygon_perimeters() {
        let r = Rect::new(0.0, 0.0, 100.0, 60.0);
        // hexagonPerimeter2 with size 0.25: the left point sits at (0, 30), the top side from 25 to 75.
        let hx = per("perimeter=hexagonPerimeter2");
        assert!(close(hx.point(&r, p(-100.0, 30.0), false), p(0.0, 30.0)));
        assert!(close(hx.point(&r, p(50.0, -100.0), false), p(50.0, 0.0)));
        // A ray up-left meets the slanted side x = 25·(30 - y)/30.
        let q = hx.point(&r, p(-50.0, -20.0), false);
        assert!(
            (q.x - 25.0 * (30.0 - q.y) / 30.0).abs() < 1e-6 && q.x > 0.0 && q.x < 25.0,
            "{q:?}"
        );
        // parallelogram (size 0.2): the right side is slanted from (100,0) to (80,60).
        let pg = per("perimeter=parallelogramPerimeter");
        assert!(close(pg.point(&r, p(200.0, 30.0), false), p(90.0, 30.0)));
        // trapezoid: the top is 20 narrower on each side.
        let tz = per("perimeter=trapezoidPerimeter");
        assert!(close(tz.point(&r, p(200.0, 30.0), false), p(90.0, 30.0)));
        // step: the notch on the left at x = 20.
        let st = per("perimeter=stepPerimeter");
        assert!(close(st.point(&r, p(-200.0, 30.0), false), p(20.0, 30.0)));
        // fixedSize: px instead of a fraction.
        let sf = per("perimeter=stepPerimeter;fixedSize=1;size=10");
        assert!(close(sf.point(&r, p(-200.0, 30.0), false), p(10.0, 30.0)));
    }

    #[test]
    fn callout_lifeline_backbone_center() {
        let r = Rect::new(0.0, 0.0, 100.0, 80.0);
        // calloutPerimeter: the bubble without its 30 px pointer.
        assert!(close(
            per("perimeter=calloutPerimeter").point(&r, p(50.0, 300.0), false),
            p(50.0, 50.0)
        ));
        // Pointer at the top when turned north... the margin moves with the direction.
        assert!(close(
            per("perimeter=calloutPerimeter;direction=west").point(&r, p(50.0, -300.0), false),
            p(50.0, 30.0)
        ));
        // lifelinePerimeter: on the dashed line, level with next, below the head.
        let l = per("perimeter=lifelinePerimeter;size=40");
        assert!(close(l.point(&r, p(300.0, 60.0), false), p(49.5, 60.0)));
        assert!(close(
            l.point(&r, p(-300.0, 10.0), false),
            p(50.0 - 0.5, 40.0)
        ));
        let bb = per("perimeter=backbonePerimeter");
        assert!(close(bb.point(&r, p(30.0, -100.0), false), p(30.0, 39.5)));
        assert!(close(
            per("perimeter=centerPerimeter").point(&r, p(300.0, 0.0), false),
            p(50.0, 40.0)
        ));
        // No perimeter at all: the centre (mxGraphView.getPerimeterPoint without a function).
        assert!(close(
            per("").point(&r, p(300.0, 0.0), false),
            p(50.0, 40.0)
        ));
    }

    #[test]
    fn directed_bounds_turns_margins() {
        let r = Rect::new(0.0, 0.0, 100.0, 80.0);
        let bottom = [0.0, 0.0, 0.0, 30.0];
        assert_eq!(
            directed_bounds(&r, bottom, Direction::East, false, false),
            Rect::new(0.0, 0.0, 100.0, 50.0)
        );
        assert_eq!(
            directed_bounds(&r, bottom, Direction::West, false, false),
            Rect::new(0.0, 30.0, 100.0, 50.0)
        );
        assert_eq!(
            directed_bounds(&r, bottom, Direction::South, false, false),
            Rect::new(30.0, 0.0, 70.0, 80.0)
        );
        assert_eq!(
            directed_bounds(&r, bottom, Direction::North, false, false),
            Rect::new(0.0, 0.0, 70.0, 80.0)
        );
        assert_eq!(
            directed_bounds(&r, bottom, Direction::East, false, true),
            Rect::new(0.0, 30.0, 100.0, 50.0)
        );
    }

    #[test]
    fn hostile_values_stay_finite() {
        let r = Rect::new(0.0, 0.0, 100.0, 80.0);
        for st in [
            "perimeter=hexagonPerimeter2;size=1e308",
            "perimeter=calloutPerimeter;size=-1e308",
            "perimeter=lifelinePerimeter;size=1e300",
            "perimeter=stepPerimeter;fixedSize=1;size=1e300",
        ] {
            for next in [p(300.0, 0.0), p(50.0, 40.0), p(-1e7, 1e7)] {
                for o in [false, true] {
                    let q = per(st).point(&r, next, o);
                    assert!(q.x.is_finite() && q.y.is_finite(), "{st} {q:?}");
                }
            }
        }
        let flat = Rect::new(0.0, 0.0, 100.0, 0.0);
        assert!(Perimeter::Ellipse
            .point(&flat, p(50.0, 10.0), true)
            .y
            .is_finite());
    }
}
