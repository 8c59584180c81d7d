//! draw.io's legacy fixed-size rack shapes (shapes/rack/mxRack.js): the numbered 42-unit cabinet and
//! the routing bank. Rare in diagrams drawn today, so they belong to the extended drawing module
//! (feature `extended`), and the common module a plain panel loads first stays small.

use super::mockup::{color_or, font, text};
use super::Sh;
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    match name {
        "mxgraph.rackGeneral.horRoutingBank" => {
            // mxRackHorRoutingBank: its slots are counted in `mxRackContainer.unitSize`, which
            // draw.io 14.6 never sets (only the prototype's is), so the count is NaN and draw.io
            // draws the panel alone.
            c.translate(x, y);
            c.rect(0.0, 0.0, w, h);
            c.fill_and_stroke();
        }
        "mxgraph.rackGeneral.rackNumbering" => rack_numbering(c, s, x, y),
        _ => return false,
    }
    true
}

/// mxRackRackNumbering: a 160.9 px wide cabinet `unitNum` units of `unitHeight` px tall (whatever
/// the cell's height), numbered from the bottom (`numDir=descend`, the default) or the top, centred
/// `textSize` px from the left in a margin of three times `textSize`.
fn rack_numbering(c: &mut Canvas, s: &Sh, x: f64, y: f64) {
    let units = s.num("unitNum", 42.0).clamp(0.0, 1_000.0);
    let unit = s.num("unitHeight", 14.8).clamp(0.0, 10_000.0);
    let size = s.num("textSize", 12.0).clamp(0.0, 1_000.0);
    let h = units * unit;
    c.translate(x, y);
    c.rect(size * 3.0, 0.0, 160.9, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let fnt = font(size, color_or(s, "textColor", "#666666"), 0);
    let ascending = s.style.str_or("numDir", "descend") == "ascend";
    // `for (i = 0; i < unitNum; i++)`: a fractional count gets one more number.
    for i in 0..units.ceil() as usize {
        let at = unit * 0.5 + i as f64 * unit;
        let ty = if ascending { at } else { h - at };
        text(c, size, ty, &(i + 1).to_string(), &fnt, "center", "middle");
    }
}
