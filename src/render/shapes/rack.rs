//! draw.io's rack code shapes (`mxgraph.rackGeneral.*`, shapes/rack/mxRack.js): the cabinet with
//! its unit numbering, horizontal cable duct and neat-patch panel. The rack devices themselves
//! (`mxgraph.rack.*`) are stencils.

use super::Sh;
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    match name {
        "mxgraph.rackGeneral.container" | "mxgraph.rackGeneral.rackCabinet" => rack_cabinet(c, s, x, y, w, h),
        "mxgraph.rackGeneral.horCableDuct" => horizontal_cable_duct(c, x, y, w, h),
        "mxgraph.rackGeneral.neatPatch" => neat_patch(c, x, y, w, h),
        _ => return false,
    }
    true
}

/// A colour style value with draw.io's default when absent ("none" stays none).
fn color_or(s: &Sh, key: &str, default: &str) -> Option<String> {
    match s.style.get(key) {
        None => Some(default.to_string()),
        Some(_) => s.color(key),
    }
}

/// mxRackContainer: the cabinet frame (21 px top and bottom, 9 px sides, four screws) and, unless
/// `numDisp=off`, unit numbers every `rackUnitSize` (20) px in a 24 px margin on the left.
fn rack_cabinet(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    const FONT: f64 = 12.0;
    let numbers = s.style.str_or("numDisp", "ascend");
    let mut w = w;
    if numbers != "off" {
        c.translate(x + FONT * 2.0, y);
        w = (w - FONT * 2.0).max(0.0);
    } else {
        c.translate(x, y);
    }
    c.set_fill(color_or(s, "fillColor", "#ffffff"));
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(color_or(s, "fillColor2", "#f4f4f4"));
    if w > 18.0 + FONT * 2.0 && h > 42.0 {
        for (rx, ry, rw, rh) in [(0.0, 0.0, w, 21.0), (0.0, h - 21.0, w, 21.0), (0.0, 21.0, 9.0, h - 42.0), (w - 9.0, 21.0, 9.0, h - 42.0)] {
            c.rect(rx, ry, rw, rh);
            c.fill_and_stroke();
        }
        for (ex, ey) in [(2.5, 7.5), (w - 8.5, 7.5), (2.5, h - 13.5), (w - 8.5, h - 13.5)] {
            c.ellipse(ex, ey, 6.0, 6.0);
            c.stroke();
        }
    }
    if numbers != "off" && w > 18.0 + FONT * 2.0 {
        let color = s.color("textColor").unwrap_or_else(|| "#666666".into());
        let unit = s.num("rackUnitSize", 20.0);
        if unit <= 0.0 {
            return;
        }
        let units = ((h.abs() - 42.0) / unit).floor().clamp(0.0, 10_000.0) as usize;
        for i in 0..units {
            let n = if numbers == "descend" { i + 1 } else { units - i };
            c.text_center(-FONT, 21.0 + unit * 0.5 + i as f64 * unit, &n.to_string(), FONT, &color, false);
        }
        c.begin();
        for i in 0..=units {
            let yy = 21.0 + i as f64 * unit;
            c.move_to(-2.0 * FONT, yy);
            c.line_to(0.0, yy);
        }
        c.stroke();
    }
}

/// mxRackHorCableDuct: a panel with pairs of cable slots every 33 px, centred.
fn horizontal_cable_duct(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let (space, step) = (20.0, 33.0);
    let across = ((w - space) / step).floor();
    let mut at = space / 2.0 + (((w - space) - across * step) / 2.0).floor();
    if across > 0.0 {
        for _ in 0..=(across.min(10_000.0) as usize) {
            c.rect(at, 0.0, 3.0, 7.0);
            c.stroke();
            c.rect(at, 7.0, 3.0, 7.8);
            c.stroke();
            at += step;
        }
    }
}

/// mxRackNeatPatch: a #666666 panel labelled NEAT-PATCH in bold white near its bottom.
fn neat_patch(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.set_fill(Some("#666666".into()));
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.text_center(w / 2.0, h - 6.0, "NEAT-PATCH", 12.0, "#ffffff", true);
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
        assert!(matches!(draw_vertex(&mut out, &Rect::new(0.0, 0.0, w, h), &s, &p, &Theme::light(), &VertexExtra::default()), Drawn::Ok));
        out
    }

    #[test]
    fn cabinet_numbers_units_from_the_bottom() {
        // 202 px high: (202 − 42) / 20 = 8 units, numbered 8 at the top down to 1.
        let svg = draw("shape=mxgraph.rackGeneral.container;strokeColor=#666666;fillColor=#ffffff", 204.0, 202.0);
        assert_eq!(svg.matches("<text").count(), 8, "{svg}");
        assert!(svg.contains(">8</text>") && svg.find(">8</text>") < svg.find(">1</text>"), "{svg}");
        // The frame starts 24 px in (two font sizes), its top band 21 px high in fillColor2.
        assert!(svg.contains("x=\"24\" y=\"0\" width=\"180\" height=\"21\" fill=\"#f4f4f4\""), "{svg}");
        assert_eq!(draw("shape=mxgraph.rackGeneral.container;numDisp=off;strokeColor=#000000", 204.0, 202.0).matches("<text").count(), 0);
    }

    #[test]
    fn cable_duct_slots_every_33px() {
        // (200 − 20) / 33 → 5 steps, 6 slot pairs, starting at 10 + floor(15 / 2) = 17.
        let svg = draw("shape=mxgraph.rackGeneral.horCableDuct;strokeColor=#000000;fillColor=#ffffff", 200.0, 15.0);
        assert_eq!(svg.matches("width=\"3\"").count(), 12, "{svg}");
        assert!(svg.contains("x=\"17\" y=\"0\" width=\"3\" height=\"7\""), "{svg}");
    }
}
