//! shapes/mockup/mxMockupMisc.js: the shapes with loops (the rest are in `simple`).

use super::{color_or, Sh};
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, w: f64, h: f64) -> bool {
    match name {
        "misc.rating" => rating(c, s, w, h),
        _ => return false,
    }
    true
}

/// mxShapeMockupRating: `grade` filled stars (or hearts) then empty ones up to `ratingScale`,
/// each h × 1.5 apart.
fn rating(c: &mut Canvas, s: &Sh, _w: f64, h: f64) {
    let style = s.style.str_or("ratingStyle", "star");
    let grade = s.num("grade", 5.0).clamp(-1.0, 1000.0);
    let scale = s.num("ratingScale", 10.0).clamp(-1.0, 1000.0);
    let mark = |c: &mut Canvas, i: f64| {
        let x = i * h * 1.5;
        c.begin();
        if style == "star" {
            let pts = [(0.0, 0.33), (0.364, 0.33), (0.475, 0.0), (0.586, 0.33), (0.95, 0.33), (0.66, 0.551), (0.775, 0.9), (0.475, 0.684), (0.175, 0.9), (0.29, 0.551)];
            c.move_to(x + pts[0].0 * h, pts[0].1 * h);
            for (px, py) in &pts[1..] {
                c.line_to(x + px * h, py * h);
            }
        } else {
            c.move_to(x + h * 0.519, h * 0.947);
            c.curve_to(x + h * 0.558, h * 0.908, x + h * 0.778, h * 0.682, x + h * 0.916, h * 0.54);
            c.curve_to(x + h * 1.039, h * 0.414, x + h * 1.036, h * 0.229, x + h * 0.924, h * 0.115);
            c.curve_to(x + h * 0.812, 0.0, x + h * 0.631, 0.0, x + h * 0.519, h * 0.115);
            c.curve_to(x + h * 0.408, 0.0, x + h * 0.227, 0.0, x + h * 0.115, h * 0.115);
            c.curve_to(x + h * 0.03, h * 0.229, x, h * 0.414, x + h * 0.123, h * 0.54);
        }
        c.close();
        c.fill_and_stroke();
    };
    if style != "star" && style != "heart" {
        return;
    }
    let mut i = 0.0;
    while i < grade {
        mark(c, i);
        i += 1.0;
    }
    c.set_fill(color_or(s, "emptyFillColor", "#ffffff"));
    let mut i = grade;
    while i < scale {
        mark(c, i);
        i += 1.0;
    }
}
