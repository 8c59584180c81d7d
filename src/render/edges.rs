//! Edges: the connector line (rounded corners per mxAbstractCanvas2D.addPoints) and arrow
//! markers (mxMarker: each marker pulls the line end back so it does not poke through).

use super::paint::Paint;
use super::path::Path;
use crate::geom::{Point, Rect};
use crate::style::Style;
use std::fmt::Write;

/// Markers drawn by this renderer; anything else is reported and drawn as `classic`.
pub const KNOWN_MARKERS: &[&str] = &[
    "classic",
    "classicThin",
    "block",
    "blockThin",
    "open",
    "openThin",
    "oval",
    "diamond",
    "diamondThin",
    "none",
];

/// Draws the edge line and its markers; returns the drawn extent and any unknown marker name.
pub fn draw_edge(
    out: &mut String,
    route: &[Point],
    style: &Style,
    paint: &Paint,
) -> (Rect, Vec<String>) {
    let mut pts = route.to_vec();
    let mut unknown = Vec::new();
    let mut markers = String::new();
    let sw = paint.stroke_width;
    let mut extent = bbox(route);
    for (is_start, key, size_key, fill_key) in [
        (false, "endArrow", "endSize", "endFill"),
        (true, "startArrow", "startSize", "startFill"),
    ] {
        let name = style.str_or(key, "none");
        if name == "none" || pts.len() < 2 {
            continue;
        }
        let kind = if KNOWN_MARKERS.contains(&name) {
            name
        } else {
            unknown.push(name.to_string());
            "classic"
        };
        let n = pts.len();
        let (end_i, prev_i) = if is_start { (0, 1) } else { (n - 1, n - 2) };
        let pe = pts[end_i];
        // The direction comes from the last point that differs from the end.
        let mut p0 = pts[prev_i];
        let mut k = prev_i;
        while p0 == pe {
            if is_start {
                if k + 1 >= n {
                    break;
                }
                k += 1;
            } else {
                if k == 0 {
                    break;
                }
                k -= 1;
            }
            p0 = pts[k];
        }
        let dx = pe.x - p0.x;
        let dy = pe.y - p0.y;
        let dist = (dx * dx + dy * dy).sqrt();
        if dist == 0.0 {
            continue;
        }
        let size = style.num(size_key, 6.0).clamp(0.0, 1000.0);
        let filled = style.flag(fill_key, true);
        let (new_end, d) = marker(kind, pe, dx / dist, dy / dist, size, sw);
        pts[end_i] = new_end;
        let mut mp = paint.clone();
        mp.dash = None;
        mp.fill = if filled && !kind.starts_with("open") {
            paint.stroke.clone()
        } else {
            None
        };
        mp.fill_opacity = paint.stroke_opacity;
        let _ = write!(
            markers,
            "<path class=\"fl-marker\" d=\"{}\"{}/>",
            d,
            mp.attrs()
        );
        let r = size + sw;
        extent = extent.union(&Rect::new(pe.x - r, pe.y - r, 2.0 * r, 2.0 * r));
    }
    let mut line = Path::new();
    let arc = if style.flag("rounded", false) {
        style.num("arcSize", 20.0) / 2.0
    } else {
        0.0
    };
    add_points(&mut line, &pts, arc);
    let mut lp = paint.clone();
    lp.fill = None;
    let _ = write!(
        out,
        "<path class=\"fl-shape\" d=\"{}\"{}/>",
        line.finish(),
        lp.attrs()
    );
    out.push_str(&markers);
    (extent, unknown)
}

fn bbox(pts: &[Point]) -> Rect {
    let mut r = Rect::new(pts[0].x, pts[0].y, 0.0, 0.0);
    for p in pts {
        r = r.union(&Rect::new(p.x, p.y, 0.0, 0.0));
    }
    r
}

/// A polyline with corners rounded by quadratic curves of radius `arc`.
fn add_points(p: &mut Path, pts: &[Point], arc: f64) {
    let Some(&first) = pts.first() else { return };
    p.move_to(first.x, first.y);
    let mut pt = first;
    for i in 1..pts.len().saturating_sub(1) {
        let tmp = pts[i];
        let dx = pt.x - tmp.x;
        let dy = pt.y - tmp.y;
        if arc > 0.0 && (dx != 0.0 || dy != 0.0) {
            let dist = (dx * dx + dy * dy).sqrt();
            let k1 = arc.min(dist / 2.0) / dist;
            p.line_to(tmp.x + dx * k1, tmp.y + dy * k1);
            let next = pts[i + 1];
            let dx2 = next.x - tmp.x;
            let dy2 = next.y - tmp.y;
            let dist2 = (dx2 * dx2 + dy2 * dy2).sqrt().max(1.0);
            let k2 = arc.min(dist2 / 2.0) / dist2;
            let end = Point::new(tmp.x + dx2 * k2, tmp.y + dy2 * k2);
            p.quad_to(tmp.x, tmp.y, end.x, end.y);
            pt = end;
        } else {
            p.line_to(tmp.x, tmp.y);
            pt = tmp;
        }
    }
    if let Some(&last) = pts.last() {
        if pts.len() > 1 {
            p.line_to(last.x, last.y);
        }
    }
}

/// Marker path at `pe` pointing along (ux, uy); returns the shortened line end and the path data.
fn marker(kind: &str, pe: Point, ux: f64, uy: f64, size: f64, sw: f64) -> (Point, String) {
    let mut p = Path::new();
    match kind {
        "oval" => {
            let a = size / 2.0;
            let c = pe;
            p.move_to(c.x - a, c.y)
                .arc_to(a, a, false, true, c.x + a, c.y)
                .arc_to(a, a, false, true, c.x - a, c.y)
                .close();
            (Point::new(pe.x - ux * a, pe.y - uy * a), p.finish())
        }
        "diamond" | "diamondThin" => {
            let sw_factor = if kind == "diamond" { 0.7071 } else { 0.9862 };
            let (ox, oy) = (ux * sw * sw_factor, uy * sw * sw_factor);
            let (vx, vy) = (ux * (size + sw), uy * (size + sw));
            let tip = Point::new(pe.x - ox, pe.y - oy);
            let tk = if kind == "diamond" { 2.0 } else { 3.4 };
            p.move_to(tip.x, tip.y)
                .line_to(tip.x - vx / 2.0 - vy / tk, tip.y + vx / tk - vy / 2.0)
                .line_to(tip.x - vx, tip.y - vy)
                .line_to(tip.x - vx / 2.0 + vy / tk, tip.y - vy / 2.0 - vx / tk)
                .close();
            (Point::new(pe.x - vx - ox, pe.y - vy - oy), p.finish())
        }
        "open" | "openThin" => {
            let wf = if kind == "open" { 2.0 } else { 4.0 };
            let (ox, oy) = (ux * sw * 1.118, uy * sw * 1.118);
            let (vx, vy) = (ux * (size + sw), uy * (size + sw));
            let tip = Point::new(pe.x - ox, pe.y - oy);
            p.move_to(tip.x - vx - vy / wf, tip.y - vy + vx / wf)
                .line_to(tip.x, tip.y)
                .line_to(tip.x + vy / wf - vx, tip.y - vy - vx / wf);
            (Point::new(pe.x - 2.0 * ox, pe.y - 2.0 * oy), p.finish())
        }
        _ => {
            // classic / block (and their thin variants): a triangle, classic with a notch.
            let classic = kind.starts_with("classic");
            let wf = if kind.ends_with("Thin") { 4.0 } else { 2.0 };
            let (ox, oy) = (ux * sw * 1.118, uy * sw * 1.118);
            let (vx, vy) = (ux * (size + sw), uy * (size + sw));
            let tip = Point::new(pe.x - ox, pe.y - oy);
            let f = if classic { 3.0 / 4.0 } else { 1.0 };
            p.move_to(tip.x, tip.y)
                .line_to(tip.x - vx - vy / wf, tip.y - vy + vx / wf);
            if classic {
                p.line_to(tip.x - vx * 3.0 / 4.0, tip.y - vy * 3.0 / 4.0);
            }
            p.line_to(tip.x + vy / wf - vx, tip.y - vy - vx / wf)
                .close();
            (
                Point::new(pe.x - vx * f - ox, pe.y - vy * f - oy),
                p.finish(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Theme;

    #[test]
    fn classic_marker_shortens_line() {
        let (end, d) = marker("classic", Point::new(100.0, 0.0), 1.0, 0.0, 6.0, 1.0);
        // size+sw = 7, notch at 3/4 → line ends 5.25 + 1.118 before the tip.
        assert!((end.x - (100.0 - 5.25 - 1.118)).abs() < 1e-9 && end.y == 0.0);
        assert!(d.starts_with("M98.88 0"), "{d}");
    }

    #[test]
    fn rounded_corners_use_quads() {
        let s = Style::parse_raw("rounded=1;endArrow=none;strokeColor=#000000");
        let p = Paint::from_style(&s, &Theme::light(), None);
        let mut out = String::new();
        draw_edge(
            &mut out,
            &[
                Point::new(0.0, 0.0),
                Point::new(100.0, 0.0),
                Point::new(100.0, 100.0),
            ],
            &s,
            &p,
        );
        assert!(out.contains("L90 0 Q100 0 100 10 L100 100"), "{out}");
    }

    #[test]
    fn unknown_marker_reported() {
        let s = Style::parse_raw("endArrow=ERmany;strokeColor=#000000");
        let p = Paint::from_style(&s, &Theme::light(), None);
        let mut out = String::new();
        let (_, unknown) = draw_edge(
            &mut out,
            &[Point::new(0.0, 0.0), Point::new(100.0, 0.0)],
            &s,
            &p,
        );
        assert_eq!(unknown, vec!["ERmany".to_string()]);
        assert!(out.contains("fl-marker"));
    }
}
