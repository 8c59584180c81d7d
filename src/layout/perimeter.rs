//! Where an edge meets a vertex: draw.io's perimeter functions (mxPerimeter), as pure geometry.
//! `orthogonal` projects straight across (for orthogonal edge styles) instead of towards the centre.

use crate::geom::{Point, Rect};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Perimeter {
    Rectangle,
    Ellipse,
    Rhombus,
    /// Triangle pointing east (after `direction`, see `Direction`).
    Triangle(Direction),
    /// `none`: edges end at the point they aim for on the bounds' centre line.
    None,
}

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
}

impl Perimeter {
    /// From the resolved style's `perimeter` (and `direction` for triangles).
    pub fn from_style(name: &str, direction: &str) -> Perimeter {
        match name {
            "ellipsePerimeter" => Perimeter::Ellipse,
            "rhombusPerimeter" => Perimeter::Rhombus,
            "trianglePerimeter" => Perimeter::Triangle(Direction::parse(direction)),
            "none" | "" => Perimeter::None,
            _ => Perimeter::Rectangle,
        }
    }

    /// The point on the outline of `b` on the way from its centre towards `next`.
    pub fn point(&self, b: &Rect, next: Point, orthogonal: bool) -> Point {
        if b.width <= 0.0 && b.height <= 0.0 {
            return Point::new(b.x, b.y);
        }
        match self {
            Perimeter::Rectangle | Perimeter::None => rectangle(b, next, orthogonal),
            Perimeter::Ellipse => ellipse(b, next, orthogonal),
            Perimeter::Rhombus => {
                let c = b.center();
                polygon(
                    &[
                        Point::new(c.x, b.y),
                        Point::new(b.right(), c.y),
                        Point::new(c.x, b.bottom()),
                        Point::new(b.x, c.y),
                    ],
                    b,
                    next,
                    orthogonal,
                )
            }
            Perimeter::Triangle(d) => {
                let c = b.center();
                let pts = match d {
                    Direction::East => [
                        Point::new(b.x, b.y),
                        Point::new(b.right(), c.y),
                        Point::new(b.x, b.bottom()),
                    ],
                    Direction::West => [
                        Point::new(b.right(), b.y),
                        Point::new(b.x, c.y),
                        Point::new(b.right(), b.bottom()),
                    ],
                    Direction::North => [
                        Point::new(b.x, b.bottom()),
                        Point::new(c.x, b.y),
                        Point::new(b.right(), b.bottom()),
                    ],
                    Direction::South => [
                        Point::new(b.x, b.y),
                        Point::new(c.x, b.bottom()),
                        Point::new(b.right(), b.y),
                    ],
                };
                polygon(&pts, b, next, orthogonal)
            }
        }
    }
}

fn rectangle(b: &Rect, next: Point, orthogonal: bool) -> Point {
    let c = b.center();
    let dx = next.x - c.x;
    let dy = next.y - c.y;
    if orthogonal {
        // Straight across when the next point lies within the vertex's span.
        if next.x >= b.x && next.x <= b.right() {
            return Point::new(next.x, if dy < 0.0 { b.y } else { b.bottom() });
        }
        if next.y >= b.y && next.y <= b.bottom() {
            return Point::new(if dx < 0.0 { b.x } else { b.right() }, next.y);
        }
    }
    if dx == 0.0 && dy == 0.0 {
        return c;
    }
    let alpha = dy.atan2(dx);
    let t = (b.height).atan2(b.width);
    let pi = std::f64::consts::PI;
    if alpha < -pi + t || alpha > pi - t {
        Point::new(b.x, c.y - b.width * alpha.tan() / 2.0)
    } else if alpha < -t {
        Point::new(c.x - b.height / (2.0 * alpha.tan()), b.y)
    } else if alpha < t {
        Point::new(b.right(), c.y + b.width * alpha.tan() / 2.0)
    } else {
        Point::new(c.x + b.height / (2.0 * alpha.tan()), b.bottom())
    }
}

fn ellipse(b: &Rect, next: Point, orthogonal: bool) -> Point {
    let c = b.center();
    let a = b.width / 2.0;
    let bb = b.height / 2.0;
    if a <= 0.0 || bb <= 0.0 {
        return rectangle(b, next, orthogonal);
    }
    if orthogonal {
        if next.x >= b.x && next.x <= b.right() {
            let u = ((next.x - c.x) / a).clamp(-1.0, 1.0);
            let h = bb * (1.0 - u * u).max(0.0).sqrt();
            return Point::new(next.x, if next.y < c.y { c.y - h } else { c.y + h });
        }
        if next.y >= b.y && next.y <= b.bottom() {
            let v = ((next.y - c.y) / bb).clamp(-1.0, 1.0);
            let w = a * (1.0 - v * v).max(0.0).sqrt();
            return Point::new(if next.x < c.x { c.x - w } else { c.x + w }, next.y);
        }
    }
    let dx = next.x - c.x;
    let dy = next.y - c.y;
    if dx == 0.0 && dy == 0.0 {
        return c;
    }
    // Ray from the centre: t such that (t·dx/a)² + (t·dy/b)² = 1.
    let t = 1.0 / ((dx / a).powi(2) + (dy / bb).powi(2)).sqrt();
    Point::new(c.x + t * dx, c.y + t * dy)
}

/// Intersection of a ray from the centre (or an orthogonal line through `next`) with a convex polygon.
fn polygon(pts: &[Point], b: &Rect, next: Point, orthogonal: bool) -> Point {
    let c = b.center();
    let (from, to) = if orthogonal && next.x >= b.x && next.x <= b.right() {
        (Point::new(next.x, c.y), next)
    } else if orthogonal && next.y >= b.y && next.y <= b.bottom() {
        (Point::new(c.x, next.y), next)
    } else {
        (c, next)
    };
    let dx = to.x - from.x;
    let dy = to.y - from.y;
    if dx == 0.0 && dy == 0.0 {
        return c;
    }
    // Smallest t >= 0 where from + t·d crosses an edge of the polygon.
    let mut best: Option<f64> = None;
    for i in 0..pts.len() {
        let p = pts[i];
        let q = pts[(i + 1) % pts.len()];
        let ex = q.x - p.x;
        let ey = q.y - p.y;
        let den = dx * ey - dy * ex;
        if den.abs() < 1e-12 {
            continue;
        }
        let t = ((p.x - from.x) * ey - (p.y - from.y) * ex) / den;
        let s = ((p.x - from.x) * dy - (p.y - from.y) * dx) / den;
        if t >= 0.0 && (-1e-9..=1.0 + 1e-9).contains(&s) && best.is_none_or(|bt| t < bt) {
            best = Some(t);
        }
    }
    match best {
        Some(t) => Point::new(from.x + t * dx, from.y + t * dy),
        None => rectangle(b, next, orthogonal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6
    }

    #[test]
    fn rectangle_towards_points() {
        let r = Rect::new(0.0, 0.0, 100.0, 50.0);
        assert!(close(
            Perimeter::Rectangle.point(&r, Point::new(200.0, 25.0), false),
            Point::new(100.0, 25.0)
        ));
        assert!(close(
            Perimeter::Rectangle.point(&r, Point::new(50.0, -100.0), false),
            Point::new(50.0, 0.0)
        ));
        // Diagonal towards a far corner direction hits the corner.
        assert!(close(
            Perimeter::Rectangle.point(&r, Point::new(150.0, 75.0), false),
            Point::new(100.0, 50.0)
        ));
        // Orthogonal projection keeps x when inside the span.
        assert!(close(
            Perimeter::Rectangle.point(&r, Point::new(80.0, 200.0), true),
            Point::new(80.0, 50.0)
        ));
    }

    #[test]
    fn ellipse_and_rhombus() {
        let r = Rect::new(0.0, 0.0, 100.0, 50.0);
        assert!(close(
            Perimeter::Ellipse.point(&r, Point::new(300.0, 25.0), false),
            Point::new(100.0, 25.0)
        ));
        assert!(close(
            Perimeter::Ellipse.point(&r, Point::new(50.0, 300.0), false),
            Point::new(50.0, 50.0)
        ));
        // 45° ray on a circle lands at r/√2.
        let c = Rect::new(0.0, 0.0, 100.0, 100.0);
        let p = Perimeter::Ellipse.point(&c, Point::new(100.0, 100.0), false);
        assert!(close(
            p,
            Point::new(50.0 + 50.0 / 2f64.sqrt(), 50.0 + 50.0 / 2f64.sqrt())
        ));
        assert!(close(
            Perimeter::Rhombus.point(&r, Point::new(300.0, 25.0), false),
            Point::new(100.0, 25.0)
        ));
        // Towards the upper right edge of a rhombus: point on segment (50,0)-(100,25).
        let q = Perimeter::Rhombus.point(&c, Point::new(100.0, 0.0), false);
        assert!(close(q, Point::new(75.0, 25.0)));
    }

    #[test]
    fn triangle_east() {
        let r = Rect::new(0.0, 0.0, 100.0, 100.0);
        let p = Perimeter::Triangle(Direction::East).point(&r, Point::new(300.0, 50.0), false);
        assert!(close(p, Point::new(100.0, 50.0)));
        let w = Perimeter::Triangle(Direction::East).point(&r, Point::new(-300.0, 50.0), false);
        assert!(close(w, Point::new(0.0, 50.0)));
    }
}
