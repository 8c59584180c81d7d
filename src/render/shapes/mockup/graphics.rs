//! shapes/mockup/mxMockupGraphics.js: the shapes with loops (the rest are in `simple`).

use super::Sh;
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, w: f64, h: f64) -> bool {
    match name {
        "graphics.iconGrid" => icon_grid(c, s, w, h),
        _ => return false,
    }
    true
}

/// mxShapeMockupIconGrid: `gridSize` = "columns,rows" boxes with a cross each, 0.5 box apart.
fn icon_grid(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut parts = s.style.str_or("gridSize", "3,3").split(',').map(|v| js_parse_int(v).clamp(0.0, 1000.0));
    let (nx, ny) = (parts.next().unwrap_or(f64::NAN), parts.next().unwrap_or(f64::NAN));
    if !nx.is_finite() || !ny.is_finite() {
        return;
    }
    let bx = w / (nx + (nx - 1.0) * 0.5);
    let by = h / (ny + (ny - 1.0) * 0.5);
    let cells = || (0..nx as usize).flat_map(move |i| (0..ny as usize).map(move |j| (bx * 1.5 * i as f64, by * 1.5 * j as f64)));
    for (x, y) in cells() {
        c.rect(x, y, bx, by);
        c.fill_and_stroke();
    }
    c.set_shadow(false);
    for (x, y) in cells() {
        c.begin();
        c.move_to(x, y);
        c.line_to(x + bx, y + by);
        c.move_to(x + bx, y);
        c.line_to(x, y + by);
        c.stroke();
    }
}

/// JavaScript's parseInt(v, 10) on a style fragment (NaN when no leading digits).
pub(super) fn js_parse_int(v: &str) -> f64 {
    let v = v.trim_start();
    let end = v
        .char_indices()
        .find(|&(i, ch)| !(ch.is_ascii_digit() || (i == 0 && (ch == '-' || ch == '+'))))
        .map_or(v.len(), |(i, _)| i);
    v[..end].parse::<f64>().unwrap_or(f64::NAN)
}
