//! draw.io's `mxgraph.basic.*` shapes that are code (shapes/mxBasic.js), not stencils. Defaults
//! are the shape constructors'; most parameters are px (`dx`, `dy`), clamped like draw.io does.

use super::Sh;
use crate::geom::Point;
use crate::render::canvas::Canvas;
use std::f64::consts::PI;

fn pt(x: f64, y: f64) -> Point {
    Point::new(x, y)
}

/// Upper bound on the hatching lines of patternFillRect.
const MAX_HATCH_LINES: usize = 2_000;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    let Some(kind) = name.strip_prefix("mxgraph.basic.") else {
        return false;
    };
    let px = |k: &str, d: f64, max: f64| s.num(k, d).min(max).max(0.0);
    // The corner size most shapes use: dx (× 2 for some), at most half of either side.
    let corner = |k: f64| (px("dx", 0.5, w) * k).min(w * 0.5).min(h * 0.5);
    c.save();
    c.translate(x, y);
    c.begin();
    match kind {
        "cross2" => {
            let dx = px("dx", 0.5, w);
            let (cx, cy) = (w * 0.5, h * 0.5);
            polygon(
                c,
                &[
                    pt(cx + dx, 0.0),
                    pt(cx + dx, cy - dx),
                    pt(w, cy - dx),
                    pt(w, cy + dx),
                    pt(cx + dx, cy + dx),
                    pt(cx + dx, h),
                    pt(cx - dx, h),
                    pt(cx - dx, cy + dx),
                    pt(0.0, cy + dx),
                    pt(0.0, cy - dx),
                    pt(cx - dx, cy - dx),
                    pt(cx - dx, 0.0),
                ],
            );
        }
        "rectCallout" => {
            let dx = px("dx", 0.5, w);
            let dy = px("dy", 0.5, h);
            polygon(
                c,
                &[
                    pt(dx - dy * 0.5, h - dy),
                    pt(0.0, h - dy),
                    pt(0.0, 0.0),
                    pt(w, 0.0),
                    pt(w, h - dy),
                    pt(dx + dy * 0.5, h - dy),
                    pt(dx - dy, h),
                ],
            );
        }
        "roundRectCallout" => {
            let dy = px("dy", 0.5, h);
            let r = px("size", 10.0, h)
                .min((h - dy) / 2.0)
                .min(w / 2.0)
                .max(0.0);
            let dx = px("dx", 0.5, w).max(r + dy * 0.5).min(w - r - dy * 0.5);
            c.move_to(dx - dy * 0.5, h - dy);
            c.line_to(r, h - dy);
            c.arc_to(r, r, false, true, 0.0, h - dy - r);
            c.line_to(0.0, r);
            c.arc_to(r, r, false, true, r, 0.0);
            c.line_to(w - r, 0.0);
            c.arc_to(r, r, false, true, w, r);
            c.line_to(w, h - dy - r);
            c.arc_to(r, r, false, true, w - r, h - dy);
            c.line_to(dx + dy * 0.5, h - dy);
            c.arc_to(1.9 * dy, 1.4 * dy, false, true, dx - dy, h);
            c.arc_to(0.9 * dy, 1.4 * dy, false, false, dx - dy * 0.5, h - dy);
            c.close();
            c.fill_and_stroke();
        }
        "wave2" => {
            let dy = h * s.num("dy", 0.5).min(h).max(0.0);
            let fy = 1.4;
            c.move_to(0.0, dy / 2.0);
            c.quad_to(w / 6.0, dy * (1.0 - fy), w / 3.0, dy / 2.0);
            c.quad_to(w / 2.0, dy * fy, w * 2.0 / 3.0, dy / 2.0);
            c.quad_to(w * 5.0 / 6.0, dy * (1.0 - fy), w, dy / 2.0);
            c.line_to(w, h - dy / 2.0);
            c.quad_to(w * 5.0 / 6.0, h - dy * fy, w * 2.0 / 3.0, h - dy / 2.0);
            c.quad_to(w / 2.0, h - dy * (1.0 - fy), w / 3.0, h - dy / 2.0);
            c.quad_to(w / 6.0, h - dy * fy, 0.0, h - dy / 2.0);
            c.close();
            c.fill_and_stroke();
        }
        "octagon2" => {
            let d = corner(2.0);
            polygon(
                c,
                &[
                    pt(d, 0.0),
                    pt(w - d, 0.0),
                    pt(w, d),
                    pt(w, h - d),
                    pt(w - d, h),
                    pt(d, h),
                    pt(0.0, h - d),
                    pt(0.0, d),
                ],
            );
        }
        "isocube" => {
            let angle = s.num("isoAngle", 15.0).clamp(0.01, 94.0) * PI / 200.0;
            let ih = (w * angle.tan()).min(h * 0.5);
            polygon(
                c,
                &[
                    pt(w * 0.5, 0.0),
                    pt(w, ih),
                    pt(w, h - ih),
                    pt(w * 0.5, h),
                    pt(0.0, h - ih),
                    pt(0.0, ih),
                ],
            );
            c.set_shadow(false);
            c.begin();
            c.move_to(0.0, ih);
            c.line_to(w * 0.5, 2.0 * ih);
            c.line_to(w, ih);
            c.move_to(w * 0.5, 2.0 * ih);
            c.line_to(w * 0.5, h);
            c.stroke();
        }
        "acute_triangle" => {
            let dx = w * px("dx", 0.5, w);
            polygon(c, &[pt(0.0, h), pt(dx, 0.0), pt(w, h)]);
        }
        "obtuse_triangle" => {
            let dx = w * px("dx", 0.5, w);
            polygon(c, &[pt(dx, h), pt(0.0, 0.0), pt(w, h)]);
        }
        "drop" => {
            let r = h.min(w) * 0.5;
            let d = h - r;
            let a = (d * d - r * r).max(0.0).sqrt();
            let angle = if r != 0.0 { (a / r).atan() } else { 0.0 };
            let (x1, y1) = (r * angle.sin(), r * angle.cos());
            c.move_to(w * 0.5, 0.0);
            c.line_to(w * 0.5 + x1, h - r - y1);
            c.arc_to(r, r, false, true, w * 0.5 + r, h - r);
            c.arc_to(r, r, false, true, w * 0.5, h);
            c.arc_to(r, r, false, true, w * 0.5 - r, h - r);
            c.arc_to(r, r, false, true, w * 0.5 - x1, h - r - y1);
            c.close();
            c.fill_and_stroke();
        }
        "cone2" => {
            let dx = w * px("dx", 0.5, w);
            let ry = h - h * px("dy", 0.9, h);
            c.move_to(dx, 0.0);
            if ry > 0.0 {
                c.line_to(w, h - ry);
                c.arc_to(w * 0.5, ry, false, true, w * 0.5, h);
                c.arc_to(w * 0.5, ry, false, true, 0.0, h - ry);
            } else {
                c.line_to(w, h);
                c.line_to(0.0, h);
            }
            c.close();
            c.fill_and_stroke();
        }
        "pyramid" => {
            let dx1 = w * px("dx1", 0.5, w);
            let dx2 = w * px("dx2", 0.6, w);
            let dy1 = h * px("dy1", 0.9, h);
            let dy2 = h * px("dy2", 0.8, h);
            polygon(c, &[pt(dx1, 0.0), pt(w, dy2), pt(dx2, h), pt(0.0, dy1)]);
            c.set_shadow(false);
            c.begin();
            c.move_to(dx1, 0.0);
            c.line_to(dx2, h);
            c.stroke();
        }
        "4_point_star_2" => {
            let k = 0.5 * px("dx", 0.8, w);
            polygon(
                c,
                &[
                    pt(0.0, h * 0.5),
                    pt(k * w, k * h),
                    pt(w * 0.5, 0.0),
                    pt(w - k * w, k * h),
                    pt(w, h * 0.5),
                    pt(w - k * w, h - k * h),
                    pt(w * 0.5, h),
                    pt(k * w, h - k * h),
                ],
            );
        }
        "diag_snip_rect" => {
            let d = corner(2.0);
            polygon(
                c,
                &[
                    pt(d, 0.0),
                    pt(w, 0.0),
                    pt(w, h - d),
                    pt(w - d, h),
                    pt(0.0, h),
                    pt(0.0, d),
                ],
            );
        }
        "diag_round_rect" => {
            let d = corner(2.0);
            c.move_to(d, 0.0);
            c.line_to(w, 0.0);
            c.line_to(w, h - d);
            c.arc_to(d, d, false, true, w - d, h);
            c.line_to(0.0, h);
            c.line_to(0.0, d);
            c.arc_to(d, d, false, true, d, 0.0);
            c.close();
            c.fill_and_stroke();
        }
        "corner_round_rect" => {
            let d = corner(2.0);
            c.move_to(d, 0.0);
            c.line_to(w, 0.0);
            c.line_to(w, h);
            c.line_to(0.0, h);
            c.line_to(0.0, d);
            c.arc_to(d, d, false, true, d, 0.0);
            c.close();
            c.fill_and_stroke();
        }
        "three_corner_round_rect" => {
            let d = corner(2.0);
            c.move_to(d, 0.0);
            c.line_to(w - d, 0.0);
            c.arc_to(d, d, false, true, w, d);
            c.line_to(w, h - d);
            c.arc_to(d, d, false, true, w - d, h);
            c.line_to(0.0, h);
            c.line_to(0.0, d);
            c.arc_to(d, d, false, true, d, 0.0);
            c.close();
            c.fill_and_stroke();
        }
        "plaque" => {
            let d = corner(2.0);
            plaque_outline(c, w, h, d);
            c.fill_and_stroke();
        }
        "frame" => {
            let d = corner(1.0);
            c.add_points(
                &[pt(w, 0.0), pt(w, h), pt(0.0, h), pt(0.0, 0.0)],
                false,
                0.0,
                true,
                &[],
            );
            c.add_points(
                &[pt(d, d), pt(d, h - d), pt(w - d, h - d), pt(w - d, d)],
                false,
                0.0,
                true,
                &[],
            );
            c.fill_and_stroke();
        }
        "plaque_frame" => {
            let d = px("dx", 0.5, w).min(w * 0.25).min(h * 0.25);
            plaque_outline(c, w, h, d);
            c.move_to(d * 2.0, d);
            c.arc_to(d * 2.0, d * 2.0, false, true, d, d * 2.0);
            c.line_to(d, h - 2.0 * d);
            c.arc_to(d * 2.0, d * 2.0, false, true, d * 2.0, h - d);
            c.line_to(w - 2.0 * d, h - d);
            c.arc_to(d * 2.0, d * 2.0, false, true, w - d, h - 2.0 * d);
            c.line_to(w - d, d * 2.0);
            c.arc_to(d * 2.0, d * 2.0, false, true, w - 2.0 * d, d);
            c.close();
            c.fill_and_stroke();
        }
        "rounded_frame" => {
            let d = px("dx", 0.5, w).min(w * 0.25).min(h * 0.25);
            c.move_to(w - 2.0 * d, 0.0);
            c.arc_to(d * 2.0, d * 2.0, false, true, w, 2.0 * d);
            c.line_to(w, h - 2.0 * d);
            c.arc_to(d * 2.0, d * 2.0, false, true, w - 2.0 * d, h);
            c.line_to(d * 2.0, h);
            c.arc_to(d * 2.0, d * 2.0, false, true, 0.0, h - 2.0 * d);
            c.line_to(0.0, 2.0 * d);
            c.arc_to(d * 2.0, d * 2.0, false, true, 2.0 * d, 0.0);
            c.close();
            c.move_to(d * 2.0, d);
            c.arc_to(d, d, false, false, d, d * 2.0);
            c.line_to(d, h - 2.0 * d);
            c.arc_to(d, d, false, false, d * 2.0, h - d);
            c.line_to(w - 2.0 * d, h - d);
            c.arc_to(d, d, false, false, w - d, h - 2.0 * d);
            c.line_to(w - d, d * 2.0);
            c.arc_to(d, d, false, false, w - 2.0 * d, d);
            c.close();
            c.fill_and_stroke();
        }
        "frame_corner" => {
            let d = corner(1.0);
            polygon(
                c,
                &[
                    pt(0.0, 0.0),
                    pt(w, 0.0),
                    pt(w - d, d),
                    pt(d, d),
                    pt(d, h - d),
                    pt(0.0, h),
                ],
            );
        }
        "diag_stripe" => {
            let d = px("dx", 0.5, w).min(w).min(h);
            let a = if w != 0.0 { (d * 100.0 / w).min(h) } else { h };
            let b = if h != 0.0 { (d * 100.0 / h).min(w) } else { w };
            polygon(c, &[pt(0.0, h), pt(w, 0.0), pt(w, a), pt(b, h)]);
        }
        "donut" => {
            let d = corner(1.0);
            let (rx, ry) = (w * 0.5, h * 0.5);
            c.move_to(0.0, ry);
            c.arc_to(rx, ry, false, true, rx, 0.0);
            c.arc_to(rx, ry, false, true, w, ry);
            c.arc_to(rx, ry, false, true, rx, h);
            c.arc_to(rx, ry, false, true, 0.0, ry);
            c.close();
            let (ix, iy) = (rx - d, ry - d);
            c.move_to(rx, d);
            c.arc_to(ix, iy, false, false, d, ry);
            c.arc_to(ix, iy, false, false, rx, h - d);
            c.arc_to(ix, iy, false, false, w - d, ry);
            c.arc_to(ix, iy, false, false, rx, d);
            c.close();
            c.fill_and_stroke();
        }
        "layered_rect" => {
            let d = corner(1.0);
            polygon(c, &[pt(d, d), pt(w, d), pt(w, h), pt(d, h)]);
            c.begin();
            polygon(
                c,
                &[
                    pt(d * 0.5, d * 0.5),
                    pt(w - d * 0.5, d * 0.5),
                    pt(w - d * 0.5, h - d * 0.5),
                    pt(d * 0.5, h - d * 0.5),
                ],
            );
            c.begin();
            polygon(
                c,
                &[
                    pt(0.0, 0.0),
                    pt(w - d, 0.0),
                    pt(w - d, h - d),
                    pt(0.0, h - d),
                ],
            );
        }
        "button" => {
            let d = corner(1.0);
            polygon(c, &[pt(0.0, 0.0), pt(w, 0.0), pt(w, h), pt(0.0, h)]);
            c.set_shadow(false);
            c.set_line_join(Some("round"));
            for face in button_faces(w, h, d) {
                c.begin();
                polygon(c, &face);
            }
            c.begin();
            polygon(c, &button_faces(w, h, d)[0]);
        }
        "shaded_button" => {
            let d = corner(1.0);
            let base = c.paint.fill_opacity;
            c.set_shadow(false);
            c.rect(0.0, 0.0, w, h);
            c.fill();
            // Light from the top left: white at 0.25 / 0.5, black at 0.25 / 0.5.
            let tints = [
                ("#ffffff", 0.25),
                ("#ffffff", 0.5),
                ("#000000", 0.25),
                ("#000000", 0.5),
            ];
            for (face, (color, a)) in button_faces(w, h, d).iter().zip(tints) {
                c.save();
                c.set_fill(Some(color.to_string()));
                c.set_fill_alpha(a * base);
                c.begin();
                c.add_points(face, false, 0.0, true, &[]);
                c.fill();
                c.restore();
            }
        }
        "pie" | "arc" => {
            let sa = s.num("startAngle", 0.25).clamp(0.0, 1.0);
            let ea = s.num("endAngle", 0.75).clamp(0.0, 1.0);
            let (a0, a1) = (2.0 * PI * sa, 2.0 * PI * ea);
            let (rx, ry) = (w * 0.5, h * 0.5);
            let start = pt(rx + a0.sin() * rx, ry - a0.cos() * ry);
            let end = pt(rx + a1.sin() * rx, ry - a1.cos() * ry);
            let mut diff = a1 - a0;
            if diff < 0.0 {
                diff += 2.0 * PI;
            }
            // The pie counts a half turn as the big arc, the open arc only more than half.
            let big = if kind == "pie" { diff >= PI } else { diff > PI };
            if kind == "pie" {
                c.move_to(rx, ry);
                c.line_to(start.x, start.y);
            } else {
                c.move_to(start.x, start.y);
            }
            let (sd, ed) = (sa % 1.0, ea % 1.0);
            if sd == 0.0 && ed == 0.5 {
                c.arc_to(rx, ry, false, true, w, h * 0.5);
                c.arc_to(rx, ry, false, true, w * 0.5, h);
            } else if sd == 0.5 && ed == 0.0 {
                c.arc_to(rx, ry, false, true, 0.0, h * 0.5);
                c.arc_to(rx, ry, false, true, w * 0.5, 0.0);
            } else {
                c.arc_to(rx, ry, big, true, end.x, end.y);
            }
            if kind == "pie" {
                c.close();
                c.fill_and_stroke();
            } else {
                c.stroke();
            }
        }
        "partConcEllipse" | "bendingArch" => {
            let a0 = 2.0 * PI * s.num("startAngle", 0.25).clamp(0.0, 1.0);
            let mut a1 = 2.0 * PI * s.num("endAngle", 0.75).clamp(0.0, 1.0);
            let k = 1.0 - s.num("arcWidth", 0.5).clamp(0.0, 1.0);
            let (rx, ry) = (w * 0.5, h * 0.5);
            let (rx2, ry2) = (rx * k, ry * k);
            let mut diff = a1 - a0;
            if diff < 0.0 {
                diff += 2.0 * PI;
            } else if diff == PI && kind == "partConcEllipse" {
                a1 += 0.00001;
            }
            let big = if kind == "partConcEllipse" {
                diff >= PI
            } else {
                diff > PI
            };
            if kind == "bendingArch" {
                let (rx3, ry3) = (rx2 - 5.0, ry2 - 5.0);
                c.ellipse(w * 0.5 - rx3, h * 0.5 - ry3, 2.0 * rx3, 2.0 * ry3);
                c.fill_and_stroke();
                c.begin();
            }
            c.move_to(rx + a0.sin() * rx, ry - a0.cos() * ry);
            c.arc_to(rx, ry, big, true, rx + a1.sin() * rx, ry - a1.cos() * ry);
            c.line_to(rx + a1.sin() * rx2, ry - a1.cos() * ry2);
            c.arc_to(
                rx2,
                ry2,
                big,
                false,
                rx + a0.sin() * rx2,
                ry - a0.cos() * ry2,
            );
            c.close();
            c.fill_and_stroke();
        }
        "numberedEntryVert" => {
            let inset = 5.0;
            let d = px("dy", 0.5, w).min(w - 2.0 * inset).min(h - inset);
            c.ellipse(w * 0.5 - d * 0.5, 0.0, d, d);
            c.fill_and_stroke();
            c.begin();
            c.move_to(0.0, d * 0.5);
            c.line_to(w * 0.5 - d * 0.5 - inset, d * 0.5);
            c.arc_to(
                d * 0.5 + inset,
                d * 0.5 + inset,
                false,
                false,
                w * 0.5 + d * 0.5 + inset,
                d * 0.5,
            );
            c.line_to(w, d * 0.5);
            c.line_to(w, h);
            c.line_to(0.0, h);
            c.close();
            c.fill_and_stroke();
        }
        "polygon" => {
            // polyCoords: [[x, y], ...] as fractions of the bounds; polyline=1 leaves it open.
            // Read as a serde_json::Value (the one JSON reader the drawing code carries); a value
            // that is not an array of arrays of numbers draws nothing, as before.
            let coords = match serde_json::from_str(s.style.str_or("polyCoords", "[]")) {
                Ok(serde_json::Value::Array(a)) => a,
                _ => Vec::new(),
            };
            let xy = |p: &serde_json::Value| -> Option<Vec<f64>> { p.as_array()?.iter().map(|v| v.as_f64()).collect() };
            let coords: Vec<Vec<f64>> = coords.iter().map(xy).collect::<Option<_>>().unwrap_or_default();
            let pts: Vec<Point> = coords
                .iter()
                .take(10_000)
                .filter(|p| p.len() >= 2 && p[0].is_finite() && p[1].is_finite())
                .map(|p| pt(p[0] * w, p[1] * h))
                .collect();
            if let Some(first) = pts.first() {
                c.move_to(first.x, first.y);
                for p in &pts[1..] {
                    c.line_to(p.x, p.y);
                }
                if !s.flag("polyline", false) {
                    c.close();
                }
                c.fill_and_stroke();
            }
        }
        "patternFillRect" => pattern_fill_rect(c, s, w, h),
        "rect" => rect2(c, s, w, h),
        _ => {
            c.restore();
            return false;
        }
    }
    true
}

fn polygon(c: &mut Canvas, pts: &[Point]) {
    c.add_points(pts, false, 0.0, true, &[]);
    c.fill_and_stroke();
}

/// The plaque: a rectangle whose corners are cut by inward quarter circles of radius d.
fn plaque_outline(c: &mut Canvas, w: f64, h: f64, d: f64) {
    c.move_to(w - d, 0.0);
    c.arc_to(d, d, false, false, w, d);
    c.line_to(w, h - d);
    c.arc_to(d, d, false, false, w - d, h);
    c.line_to(d, h);
    c.arc_to(d, d, false, false, 0.0, h - d);
    c.line_to(0.0, d);
    c.arc_to(d, d, false, false, d, 0.0);
    c.close();
}

/// The four bevels of a button d wide: left, top, right, bottom.
fn button_faces(w: f64, h: f64, d: f64) -> [Vec<Point>; 4] {
    [
        vec![pt(0.0, h), pt(0.0, 0.0), pt(d, d), pt(d, h - d)],
        vec![pt(0.0, 0.0), pt(w, 0.0), pt(w - d, d), pt(d, d)],
        vec![pt(w, 0.0), pt(w, h), pt(w - d, h - d), pt(w - d, d)],
        vec![pt(0.0, h), pt(d, h - d), pt(w - d, h - d), pt(w, h)],
    ]
}

/// draw.io's mxShapeBasicRect2 (`mxgraph.basic.rect`), simplified: the outline with each corner
/// square, rounded, snipped, inverse-rounded or folded (`rectStyle`, per corner `topLeftStyle`
/// ...) by `size` (a percentage of the shorter side unless absoluteCornerSize, the default), filled,
/// then the sides that are on. The double/frame outlines and the inner fill are not drawn.
fn rect2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let rect_style = s.style.str_or("rectStyle", "square");
    let abs = s.flag("absoluteCornerSize", true);
    let mut size = s.num("size", 10.0).min(w).max(0.0);
    size = if abs {
        size.min(h * 0.5).min(w * 0.5)
    } else {
        size.min(50.0) * w.min(h) / 100.0
    };
    let size = size.min(w.min(h) * 0.5).max(0.0);
    let corner = |key: &str| match s.style.str_or(key, "default") {
        "default" => rect_style,
        v => v,
    };
    // Corners clockwise from the top left: (corner point, direction to previous side, to next side).
    let corners = [
        (
            corner("topLeftStyle"),
            pt(0.0, 0.0),
            pt(0.0, 1.0),
            pt(1.0, 0.0),
        ),
        (
            corner("topRightStyle"),
            pt(w, 0.0),
            pt(-1.0, 0.0),
            pt(0.0, 1.0),
        ),
        (
            corner("bottomRightStyle"),
            pt(w, h),
            pt(0.0, -1.0),
            pt(-1.0, 0.0),
        ),
        (
            corner("bottomLeftStyle"),
            pt(0.0, h),
            pt(1.0, 0.0),
            pt(0.0, -1.0),
        ),
    ];
    c.begin();
    for (i, (kind, p, back, fwd)) in corners.iter().enumerate() {
        let a = pt(p.x + back.x * size, p.y + back.y * size);
        let b = pt(p.x + fwd.x * size, p.y + fwd.y * size);
        let go = |c: &mut Canvas, q: Point| {
            if i == 0 {
                c.move_to(q.x, q.y)
            } else {
                c.line_to(q.x, q.y)
            }
        };
        match *kind {
            "rounded" if size > 0.0 => {
                go(c, a);
                c.arc_to(size, size, false, true, b.x, b.y);
            }
            "invRound" if size > 0.0 => {
                go(c, a);
                c.arc_to(size, size, false, false, b.x, b.y);
            }
            "snip" | "fold" if size > 0.0 => {
                go(c, a);
                c.line_to(b.x, b.y);
            }
            _ => go(c, *p),
        }
    }
    c.close();
    let sides = ["top", "right", "bottom", "left"].map(|k| s.flag(k, true));
    if sides.iter().all(|&on| on) {
        c.fill_and_stroke();
        return;
    }
    c.fill();
    c.set_shadow(false);
    c.begin();
    for (k, on) in sides.iter().enumerate() {
        if *on {
            let (p, q) = (corners[k].1, corners[(k + 1) % 4].1);
            c.move_to(p.x, p.y);
            c.line_to(q.x, q.y);
        }
    }
    c.stroke();
}

/// mxShapeBasicPatternFillRect: the fill hatched with fillStrokeColor lines `step` apart
/// (diag, diagRev, diagGrid, vert, hor, grid), then the sides that are on.
fn pattern_fill_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let stroke = c.paint.stroke.clone();
    let sw = c.paint.stroke_width;
    c.rect(0.0, 0.0, w, h);
    c.fill();
    c.save();
    c.set_stroke(Some(
        s.color("fillStrokeColor")
            .unwrap_or_else(|| "#cccccc".to_string()),
    ));
    c.set_stroke_width(s.num("fillStrokeWidth", 1.0));
    // A step too small for the box would draw thousands of lines: keep it bounded.
    let min_step = (w + h) / MAX_HATCH_LINES as f64;
    let mut step = s.num("step", 5.0).max(min_step).max(0.1);
    let style = s.style.str_or("fillStyle", "none");
    if style == "diag" || style == "diagGrid" {
        step *= 1.41;
        c.begin();
        let mut i = 0.0;
        while i < h + w {
            if i <= h {
                c.move_to(0.0, i);
            } else {
                c.move_to(i - h, h);
            }
            if i <= w {
                c.line_to(i, 0.0);
            } else {
                c.line_to(w, i - w);
            }
            i += step;
        }
        c.stroke();
    } else if style == "vert" || style == "grid" {
        c.begin();
        let mut i = 0.0;
        while i <= w {
            c.move_to(i, 0.0);
            c.line_to(i, h);
            i += step;
        }
        c.stroke();
    }
    if style == "diagRev" || style == "diagGrid" {
        if style == "diagRev" {
            step *= 1.41;
        }
        c.begin();
        let mut i = 0.0;
        while i < h + w {
            if i <= h {
                c.move_to(w, i);
            } else {
                c.move_to(w - i + h, h);
            }
            if i <= w {
                c.line_to(w - i, 0.0);
            } else {
                c.line_to(0.0, i - w);
            }
            i += step;
        }
        c.stroke();
    } else if style == "hor" || style == "grid" {
        c.begin();
        let mut i = 0.0;
        while i <= h {
            c.move_to(0.0, i);
            c.line_to(w, i);
            i += step;
        }
        c.stroke();
    }
    c.restore();
    c.set_stroke(stroke);
    c.set_stroke_width(sw);
    c.begin();
    c.move_to(0.0, 0.0);
    for (key, p) in [
        ("top", pt(w, 0.0)),
        ("right", pt(w, h)),
        ("bottom", pt(0.0, h)),
        ("left", pt(0.0, 0.0)),
    ] {
        if s.flag(key, true) {
            c.line_to(p.x, p.y);
        } else {
            c.move_to(p.x, p.y);
        }
    }
    c.stroke();
}

#[cfg(test)]
mod tests {
    use super::super::{draw_vertex, Drawn, VertexExtra};
    use crate::geom::Rect;
    use crate::render::paint::Paint;
    use crate::style::{Style, Theme};

    fn draw(style: &str, w: f64, h: f64) -> String {
        let s = Style::parse_raw(style);
        let p = Paint::from_style(&s, &Theme::light(), None);
        let mut out = String::new();
        assert!(
            matches!(
                draw_vertex(
                    &mut out,
                    &Rect::new(0.0, 0.0, w, h),
                    &s,
                    &p,
                    &Theme::light(),
                    &VertexExtra::default()
                ),
                Drawn::Ok
            ),
            "{style}"
        );
        out
    }

    #[test]
    fn octagon_corners() {
        // mxShapeBasicOctagon: corners cut by 2·dx, at most half a side.
        let d = draw(
            "shape=mxgraph.basic.octagon2;dx=10;fillColor=#fff;strokeColor=#000",
            100.0,
            60.0,
        );
        assert!(
            d.contains("d=\"M20 0 L80 0 L100 20 L100 40 L80 60 L20 60 L0 40 L0 20 Z\""),
            "{d}"
        );
    }

    #[test]
    fn rect_callout_pointer() {
        let d = draw(
            "shape=mxgraph.basic.rectCallout;dx=30;dy=15;fillColor=#fff;strokeColor=#000",
            100.0,
            60.0,
        );
        assert!(
            d.contains("d=\"M22.5 45 L0 45 L0 0 L100 0 L100 45 L37.5 45 L15 60 Z\""),
            "{d}"
        );
    }

    #[test]
    fn rect2_corners() {
        // The palette's default (square) is a plain rectangle.
        let d = draw("shape=mxgraph.basic.rect;fillColor2=none;size=20;indent=5;fillColor=#fff;strokeColor=#000", 100.0, 60.0);
        assert!(d.contains("d=\"M0 0 L100 0 L100 60 L0 60 Z\""), "{d}");
        // Snipped corners cut `size` px off both sides.
        let s = draw(
            "shape=mxgraph.basic.rect;rectStyle=snip;size=10;fillColor=#fff;strokeColor=#000",
            100.0,
            60.0,
        );
        assert!(
            s.contains("d=\"M0 10 L10 0 L90 0 L100 10 L100 50 L90 60 L10 60 L0 50 Z\""),
            "{s}"
        );
    }

    #[test]
    fn polygon_from_coords_and_hostile_patterns() {
        let d = draw("shape=mxgraph.basic.polygon;polyCoords=[[0,0],[1,0],[0.5,1]];fillColor=#fff;strokeColor=#000", 100.0, 60.0);
        assert!(d.contains("d=\"M0 0 L100 0 L50 60 Z\""), "{d}");
        let bad = draw(
            "shape=mxgraph.basic.polygon;polyCoords=oops;fillColor=#fff;strokeColor=#000",
            100.0,
            60.0,
        );
        assert!(!bad.contains("<path"), "{bad}");
        // A zero step cannot loop forever.
        let p = draw("shape=mxgraph.basic.patternFillRect;fillStyle=grid;step=0;fillColor=#fff;strokeColor=#000", 100.0, 60.0);
        assert!(p.len() < 500_000);
    }

    #[test]
    fn every_basic_shape_draws() {
        for k in [
            "cross2",
            "rectCallout",
            "roundRectCallout",
            "wave2",
            "octagon2",
            "isocube",
            "acute_triangle",
            "obtuse_triangle",
            "drop",
            "cone2",
            "pyramid",
            "4_point_star_2",
            "diag_snip_rect",
            "diag_round_rect",
            "corner_round_rect",
            "plaque",
            "frame",
            "plaque_frame",
            "rounded_frame",
            "frame_corner",
            "diag_stripe",
            "donut",
            "layered_rect",
            "button",
            "shaded_button",
            "pie",
            "arc",
            "partConcEllipse",
            "numberedEntryVert",
            "bendingArch",
            "three_corner_round_rect",
            "patternFillRect;fillStyle=diagGrid",
            "rect;rectStyle=rounded;size=10",
            "rect;topLeftStyle=snip;bottomRightStyle=invRound;size=10;left=0",
        ] {
            let d = draw(
                &format!("shape=mxgraph.basic.{k};fillColor=#fff;strokeColor=#000"),
                100.0,
                80.0,
            );
            assert!(d.contains("class=\"fl-"), "{k}: {d}");
            assert!(!d.contains("NaN") && !d.contains("inf"), "{k}: {d}");
        }
    }
}
