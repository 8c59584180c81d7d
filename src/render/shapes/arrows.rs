//! draw.io's `mxgraph.arrows2.*` shapes (shapes/mxArrows.js).

use super::Sh;
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    let _ = (name, c, s, x, y, w, h);
    false
}
