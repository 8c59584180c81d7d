//! draw.io's `mxgraph.arrows2.*` shapes (shapes/mxArrows.js): block arrows whose head length
//! (`dx`), shaft width (`dy`), notch and head width (`arrowHead`) come from the style. Defaults
//! are the shape constructors' (the palette always writes its own values); where a constructor
//! leaves one undefined, the customProperties default is used.

use super::Sh;
use crate::geom::Point;
use crate::render::canvas::Canvas;

fn pt(x: f64, y: f64) -> Point {
    Point::new(x, y)
}

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    let Some(kind) = name.strip_prefix("mxgraph.arrows2.") else {
        return false;
    };
    // Clamped style values, the way every mxArrows.js shape reads them.
    let px = |k: &str, d: f64, max: f64| s.num(k, d).min(max).max(0.0);
    let frac = |k: &str, d: f64| h * 0.5 * s.num(k, d).clamp(0.0, 1.0);
    let poly = |c: &mut Canvas, pts: &[Point]| {
        c.translate(x, y);
        c.begin();
        c.add_points(pts, false, 0.0, true, &[]);
        c.fill_and_stroke();
    };
    let m = h * 0.5;
    match kind {
        "arrow" => {
            let dy = frac("dy", 0.5);
            let dx = px("dx", 0.5, w);
            let notch = px("notch", 0.0, w);
            poly(
                c,
                &[
                    pt(0.0, dy),
                    pt(w - dx, dy),
                    pt(w - dx, 0.0),
                    pt(w, m),
                    pt(w - dx, h),
                    pt(w - dx, h - dy),
                    pt(0.0, h - dy),
                    pt(notch, m),
                ],
            );
            c.set_shadow(false);
            if s.flag("headCrossline", false) {
                c.begin();
                c.move_to(w - dx, dy);
                c.line_to(w - dx, h - dy);
                c.stroke();
            }
            if s.flag("tailCrossline", false) {
                c.begin();
                c.move_to(notch, dy);
                c.line_to(notch, h - dy);
                c.stroke();
            }
        }
        "twoWayArrow" => {
            let dy = frac("dy", 0.5);
            let dx = px("dx", 0.5, w);
            poly(
                c,
                &[
                    pt(dx, dy),
                    pt(w - dx, dy),
                    pt(w - dx, 0.0),
                    pt(w, m),
                    pt(w - dx, h),
                    pt(w - dx, h - dy),
                    pt(dx, h - dy),
                    pt(dx, h),
                    pt(0.0, m),
                    pt(dx, 0.0),
                ],
            );
        }
        "stylisedArrow" => {
            let dy = frac("dy", 0.5);
            let dx = px("dx", 0.5, w);
            let notch = px("notch", 0.0, w);
            let feather = frac("feather", 0.5);
            poly(
                c,
                &[
                    pt(0.0, feather),
                    pt(w - dx, dy),
                    pt(w - dx - 10.0, 0.0),
                    pt(w, m),
                    pt(w - dx - 10.0, h),
                    pt(w - dx, h - dy),
                    pt(0.0, h - feather),
                    pt(notch, m),
                ],
            );
        }
        "sharpArrow" => {
            let dy1 = frac("dy1", 0.5);
            let dx1 = px("dx1", 0.5, w);
            let dx2 = px("dx2", 0.5, w);
            let notch = px("notch", 0.0, w);
            // The head's back corner: dy1 clamped to h (not 1) here, as draw.io does.
            let dy1a = h * 0.5 * s.num("dy1", 0.5).min(h).max(0.0);
            let x2 = if h != 0.0 {
                dx1 + dx2 * dy1a * 2.0 / h
            } else {
                0.0
            };
            poly(
                c,
                &[
                    pt(0.0, dy1),
                    pt(w - dx1, dy1),
                    pt(w - x2, 0.0),
                    pt(w - dx2, 0.0),
                    pt(w, m),
                    pt(w - dx2, h),
                    pt(w - x2, h),
                    pt(w - dx1, h - dy1),
                    pt(0.0, h - dy1),
                    pt(notch, m),
                ],
            );
        }
        "sharpArrow2" => {
            let dy1 = frac("dy1", 0.5);
            let dx1 = px("dx1", 0.5, w);
            let dx2 = px("dx2", 0.5, w);
            let dy3 = frac("dy3", 0.5);
            let dx3 = px("dx3", 0.5, w);
            let notch = px("notch", 0.0, w);
            let pts = [
                pt(0.0, dy1),
                pt(w - dx1, dy1),
                pt(w - dx3, dy3),
                pt(w - dx2, 0.0),
                pt(w, m),
                pt(w - dx2, h),
                pt(w - dx3, h - dy3),
                pt(w - dx1, h - dy1),
                pt(0.0, h - dy1),
                pt(notch, m),
            ];
            poly(c, &pts);
        }
        "calloutArrow" => {
            let dy = px("dy", 0.5, h);
            let dx = px("dx", 0.5, w);
            let notch = px("notch", 0.0, w);
            let head = px("arrowHead", 0.0, h);
            let pts = [
                pt(0.0, 0.0),
                pt(notch, 0.0),
                pt(notch, m - dy),
                pt(w - dx, m - dy),
                pt(w - dx, m - dy - head),
                pt(w, m),
                pt(w - dx, m + dy + head),
                pt(w - dx, m + dy),
                pt(notch, m + dy),
                pt(notch, h),
                pt(0.0, h),
            ];
            poly(c, &pts);
        }
        "bendArrow" => bend_arrow(c, s, x, y, w, h),
        "bendDoubleArrow" => bend_double_arrow(c, s, x, y, w, h),
        "calloutDoubleArrow" => {
            let dy = px("dy", 0.5, h);
            let dx = px("dx", 0.5, w);
            let notch = px("notch", 0.0, w);
            let head = px("arrowHead", 0.0, h);
            let cx = w / 2.0;
            let pts = [
                pt(cx - notch, 0.0),
                pt(cx + notch, 0.0),
                pt(cx + notch, m - dy),
                pt(w - dx, m - dy),
                pt(w - dx, m - dy - head),
                pt(w, m),
                pt(w - dx, m + dy + head),
                pt(w - dx, m + dy),
                pt(cx + notch, m + dy),
                pt(cx + notch, h),
                pt(cx - notch, h),
                pt(cx - notch, m + dy),
                pt(dx, m + dy),
                pt(dx, m + dy + head),
                pt(0.0, m),
                pt(dx, m - dy - head),
                pt(dx, m - dy),
                pt(cx - notch, m - dy),
            ];
            poly(c, &pts);
        }
        "calloutQuadArrow" => {
            let dy = px("dy", 0.5, h);
            let dx = px("dx", 0.5, w);
            let notch = px("notch", 0.0, w);
            let head = px("arrowHead", 0.0, h);
            let cx = w * 0.5;
            let pts = [
                pt(cx + dy, m - notch),
                pt(cx + notch, m - notch),
                pt(cx + notch, m - dy),
                pt(w - dx, m - dy),
                pt(w - dx, m - dy - head),
                pt(w, m),
                pt(w - dx, m + dy + head),
                pt(w - dx, m + dy),
                pt(cx + notch, m + dy),
                pt(cx + notch, m + notch),
                pt(cx + dy, m + notch),
                pt(cx + dy, h - dx),
                pt(cx + dy + head, h - dx),
                pt(cx, h),
                pt(cx - dy - head, h - dx),
                pt(cx - dy, h - dx),
                pt(cx - dy, m + notch),
                pt(cx - notch, m + notch),
                pt(cx - notch, m + dy),
                pt(dx, m + dy),
                pt(dx, m + dy + head),
                pt(0.0, m),
                pt(dx, m - dy - head),
                pt(dx, m - dy),
                pt(cx - notch, m - dy),
                pt(cx - notch, m - notch),
                pt(cx - dy, m - notch),
                pt(cx - dy, dx),
                pt(cx - dy - head, dx),
                pt(cx, 0.0),
                pt(cx + dy + head, dx),
                pt(cx + dy, dx),
            ];
            poly(c, &pts);
        }
        "calloutDouble90Arrow" => {
            let dy1 = px("dy1", 0.5, h);
            let dx1 = px("dx1", 0.5, w);
            let dx2 = px("dx2", 0.0, w);
            let dy2 = px("dy2", 0.0, w);
            let head = px("arrowHead", 0.0, h);
            let m2 = dy2 * 0.5;
            let cx = dx2 / 2.0;
            let pts = [
                pt(0.0, 0.0),
                pt(dx2, 0.0),
                pt(dx2, m2 - dy1),
                pt(w - dx1, m2 - dy1),
                pt(w - dx1, m2 - dy1 - head),
                pt(w, m2),
                pt(w - dx1, m2 + dy1 + head),
                pt(w - dx1, m2 + dy1),
                pt(dx2, m2 + dy1),
                pt(dx2, dy2),
                pt(cx + dy1, dy2),
                pt(cx + dy1, h - dx1),
                pt(cx + dy1 + head, h - dx1),
                pt(cx, h),
                pt(cx - dy1 - head, h - dx1),
                pt(cx - dy1, h - dx1),
                pt(cx - dy1, dy2),
                pt(0.0, dy2),
            ];
            poly(c, &pts);
        }
        "quadArrow" => {
            let dy = px("dy", 0.5, h);
            let dx = px("dx", 0.5, w);
            let head = px("arrowHead", 0.0, h);
            let cx = w * 0.5;
            let pts = [
                pt(cx + dy, m - dy),
                pt(w - dx, m - dy),
                pt(w - dx, m - dy - head),
                pt(w, m),
                pt(w - dx, m + dy + head),
                pt(w - dx, m + dy),
                pt(cx + dy, m + dy),
                pt(cx + dy, h - dx),
                pt(cx + dy + head, h - dx),
                pt(cx, h),
                pt(cx - dy - head, h - dx),
                pt(cx - dy, h - dx),
                pt(cx - dy, m + dy),
                pt(dx, m + dy),
                pt(dx, m + dy + head),
                pt(0.0, m),
                pt(dx, m - dy - head),
                pt(dx, m - dy),
                pt(cx - dy, m - dy),
                pt(cx - dy, dx),
                pt(cx - dy - head, dx),
                pt(cx, 0.0),
                pt(cx + dy + head, dx),
                pt(cx + dy, dx),
            ];
            poly(c, &pts);
        }
        "triadArrow" => {
            let dy = px("dy", 0.5, h);
            let dx = px("dx", 0.5, w);
            let head = px("arrowHead", 0.0, h);
            let cx = w * 0.5;
            let hh = head * 0.5;
            let pts = [
                pt(cx + hh - dy, h - head + dy),
                pt(w - dx, h - head + dy),
                pt(w - dx, h - head),
                pt(w, h - hh),
                pt(w - dx, h),
                pt(w - dx, h - dy),
                pt(dx, h - dy),
                pt(dx, h),
                pt(0.0, h - hh),
                pt(dx, h - head),
                pt(dx, h - head + dy),
                pt(cx - hh + dy, h - head + dy),
                pt(cx - hh + dy, dx),
                pt(cx - hh, dx),
                pt(cx, 0.0),
                pt(cx + hh, dx),
                pt(cx + hh - dy, dx),
            ];
            poly(c, &pts);
        }
        "tailedArrow" | "tailedNotchedArrow" => {
            let dy1 = px("dy1", 10.0, h);
            let dx1 = px("dx1", 20.0, w);
            let dy2 = px("dy2", 30.0, h);
            let dx2 = px("dx2", 25.0, w);
            let notch = px("notch", 0.0, w);
            let head = px("arrowHead", 0.0, h);
            // The tail's slope meets the shaft: plain tails slope by dy2, notched ones by the notch.
            let k = if kind == "tailedArrow" { dy2 } else { notch };
            let x2 = if dy2 != 0.0 {
                dx2 + k * (dy2 - dy1) / dy2
            } else {
                0.0
            };
            let pts = [
                pt(0.0, m - dy2),
                pt(dx2, m - dy2),
                pt(x2, m - dy1),
                pt(w - dx1, m - dy1),
                pt(w - dx1, m - dy1 - head),
                pt(w, m),
                pt(w - dx1, m + dy1 + head),
                pt(w - dx1, m + dy1),
                pt(x2, m + dy1),
                pt(dx2, m + dy2),
                pt(0.0, m + dy2),
                pt(notch, m),
            ];
            poly(c, &pts);
        }
        "stripedArrow" => {
            let dy = frac("dy", 0.5);
            let dx = px("dx", 0.5, w);
            let notch = px("notch", 0.0, w);
            c.translate(x, y);
            c.begin();
            c.add_points(
                &[
                    pt(notch, dy),
                    pt(w - dx, dy),
                    pt(w - dx, 0.0),
                    pt(w, m),
                    pt(w - dx, h),
                    pt(w - dx, h - dy),
                    pt(notch, h - dy),
                ],
                false,
                0.0,
                true,
                &[],
            );
            c.add_points(
                &[
                    pt(0.0, h - dy),
                    pt(notch * 0.16, h - dy),
                    pt(notch * 0.16, dy),
                    pt(0.0, dy),
                ],
                false,
                0.0,
                true,
                &[],
            );
            c.add_points(
                &[
                    pt(notch * 0.32, h - dy),
                    pt(notch * 0.8, h - dy),
                    pt(notch * 0.8, dy),
                    pt(notch * 0.32, dy),
                ],
                false,
                0.0,
                true,
                &[],
            );
            c.fill_and_stroke();
        }
        "jumpInArrow" => {
            let dy = px("dy", 0.5, h);
            let dx = px("dx", 0.5, w);
            let head = px("arrowHead", 40.0, h);
            c.translate(x, y);
            c.begin();
            c.move_to(w - dx, 0.0);
            c.line_to(w, head * 0.5);
            c.line_to(w - dx, head);
            c.line_to(w - dx, head / 2.0 + dy);
            c.arc_to(w - dx, h - head / 2.0 - dy, false, false, 0.0, h);
            c.arc_to(
                w - dx,
                h - head / 2.0 + dy,
                false,
                true,
                w - dx,
                head / 2.0 - dy,
            );
            c.close();
            c.fill_and_stroke();
        }
        "uTurnArrow" => {
            let dy = px("dy", 0.5, h);
            let head = px("arrowHead", 40.0, h);
            let dx = (h - head / 2.0 + dy) / 2.0;
            let dx2 = s.num("dx2", 25.0).max(0.0);
            c.translate(x, y);
            c.begin();
            c.move_to(dx, 0.0);
            c.line_to(dx + dx2, head * 0.5);
            c.line_to(dx, head);
            c.line_to(dx, head / 2.0 + dy);
            c.arc_to(dx - 2.0 * dy, dx - 2.0 * dy, false, false, dx, h - 2.0 * dy);
            c.line_to(w.max(dx), h - 2.0 * dy);
            c.line_to(w.max(dx), h);
            c.line_to(dx, h);
            c.arc_to(dx, dx, false, true, dx, head / 2.0 - dy);
            c.close();
            c.fill_and_stroke();
        }
        _ => return false,
    }
    true
}

/// mxShapeArrows2BendArrow: an arrow that comes up from the bottom left and turns east.
fn bend_arrow(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dy = s.num("dy", 0.5).min(h).max(0.0);
    let dx = s.num("dx", 0.5).min(w).max(0.0);
    let notch = s.num("notch", 0.0).min(h).max(0.0);
    let head = s.num("arrowHead", 40.0).min(h).max(0.0);
    let rounded = s.style.get("rounded") == Some("1");
    let a = head / 2.0;
    c.translate(x, y);
    c.begin();
    c.move_to(w - dx, 0.0);
    c.line_to(w, head * 0.5);
    c.line_to(w - dx, head);
    c.line_to(w - dx, a + dy);
    if rounded {
        c.line_to(dy * 2.2, a + dy);
        c.arc_to(dy * 0.2, dy * 0.2, false, false, dy * 2.0, a + dy * 1.2);
    } else {
        c.line_to(dy * 2.0, a + dy);
    }
    c.line_to(dy * 2.0, h);
    c.line_to(dy, h - notch);
    c.line_to(0.0, h);
    if rounded {
        c.line_to(0.0, a + dy);
        c.arc_to(dy * 2.0, dy * 2.0, false, true, dy * 2.0, a - dy);
    } else {
        c.line_to(0.0, a - dy);
    }
    c.line_to(w - dx, a - dy);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeArrows2BendDoubleArrow: an L with heads at both ends.
fn bend_double_arrow(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dy = s.num("dy", 0.5).min(h).max(0.0);
    let dx = s.num("dx", 0.5).min(w).max(0.0);
    let head = s.num("arrowHead", 40.0).min(w).max(0.0);
    let rounded = s.style.get("rounded") == Some("1");
    let a = head / 2.0;
    c.translate(x, y);
    c.begin();
    c.move_to(w - dx, 0.0);
    c.line_to(w, head * 0.5);
    c.line_to(w - dx, head);
    c.line_to(w - dx, a + dy);
    if rounded {
        c.line_to(a + dy * 1.2, a + dy);
        c.arc_to(dy * 0.2, dy * 0.2, false, false, a + dy, a + dy * 1.2);
    } else {
        c.line_to(a + dy, a + dy);
    }
    c.line_to(a + dy, h - dx);
    c.line_to(head, h - dx);
    c.line_to(a, h);
    c.line_to(0.0, h - dx);
    c.line_to(a - dy, h - dx);
    if rounded {
        c.line_to(a - dy, a + dy);
        c.arc_to(dy * 2.0, dy * 2.0, false, true, a + dy, a - dy);
    } else {
        c.line_to(a - dy, a - dy);
    }
    c.line_to(w - dx, a - dy);
    c.close();
    c.fill_and_stroke();
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
    fn arrow_geometry() {
        // mxShapeArrows2Arrow: shaft dy·h/2 from the edges, head dx long, notch at the tail.
        let d = draw(
            "shape=mxgraph.arrows2.arrow;dy=0.6;dx=40;notch=10;fillColor=#fff;strokeColor=#000",
            100.0,
            60.0,
        );
        assert!(
            d.contains("d=\"M0 18 L60 18 L60 0 L100 30 L60 60 L60 42 L0 42 L10 30 Z\""),
            "{d}"
        );
    }

    #[test]
    fn every_arrow_draws() {
        for k in [
            "arrow",
            "twoWayArrow",
            "stylisedArrow",
            "sharpArrow",
            "sharpArrow2",
            "calloutArrow",
            "bendArrow",
            "bendDoubleArrow",
            "calloutDoubleArrow",
            "calloutQuadArrow",
            "calloutDouble90Arrow",
            "quadArrow",
            "triadArrow",
            "tailedArrow",
            "tailedNotchedArrow",
            "stripedArrow",
            "jumpInArrow",
            "uTurnArrow",
        ] {
            let d = draw(
                &format!("shape=mxgraph.arrows2.{k};fillColor=#fff;strokeColor=#000"),
                100.0,
                80.0,
            );
            assert!(d.contains("<path class=\"fl-shape\""), "{k}: {d}");
            assert!(!d.contains("NaN") && !d.contains("inf"), "{k}: {d}");
        }
    }
}
