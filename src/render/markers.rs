//! Arrow markers at edge ends: mxGraph's mxMarker (classic, block, open and their thin forms,
//! oval, diamond, diamondThin, baseDash, doubleBlock, manyOptional), draw.io's Shapes.js markers
//! (dash, box, cross, circle, circlePlus, halfCircle, async, openAsync) and the ER markers of
//! shapes/er/mxER.js. Each marker has two parts, as in mxMarker: how far it pulls the line end
//! back (so the line does not poke through), and the outline it paints at the original end.

use super::canvas::Canvas;
use crate::geom::Point;

/// Marker names drawn here (besides `none`).
pub const KNOWN: &[&str] = &[
    "classic",
    "classicThin",
    "block",
    "blockThin",
    "open",
    "openThin",
    "oval",
    "diamond",
    "diamondThin",
    "baseDash",
    "doubleBlock",
    "manyOptional",
    "dash",
    "box",
    "cross",
    "circle",
    "circlePlus",
    "halfCircle",
    "async",
    "openAsync",
    "ERone",
    "ERmandOne",
    "ERmany",
    "ERoneToMany",
    "ERzeroToMany",
    "ERzeroToOne",
];

pub fn is_known(kind: &str) -> bool {
    KNOWN.contains(&kind)
}

/// One marker at the end `pe` of an edge whose last segment points along the unit vector (ux, uy).
#[derive(Debug, Clone, Copy)]
pub struct Marker<'a> {
    pub kind: &'a str,
    pub pe: Point,
    pub ux: f64,
    pub uy: f64,
    /// startSize / endSize (px).
    pub size: f64,
    /// The edge's strokeWidth.
    pub sw: f64,
    /// startFill / endFill.
    pub filled: bool,
    /// The marker sits at the source end (async markers are mirrored there).
    pub source: bool,
}

/// Half the stroke's overshoot at a diamond's 45° tip (mxMarker: 1/sin(45°)/2 written as 0.7071),
/// and at the thin diamond's tip (0.9862).
#[allow(clippy::approx_constant)]
const DIAMOND_SW: f64 = 0.7071;
const DIAMOND_THIN_SW: f64 = 0.9862;

/// Sides of the classic/block/open arrows: 1/sin(26.565°)/2 — only half the stroke pokes out.
const ARROW_SW: f64 = 1.118;

fn arrow_width_factor(kind: &str) -> f64 {
    if kind.ends_with("Thin") {
        3.0
    } else {
        2.0
    }
}

impl Marker<'_> {
    fn p(&self, x: f64, y: f64) -> Point {
        Point::new(x, y)
    }

    /// Where the line now ends (mxMarker functions move `pe` by this much).
    pub fn line_end(&self) -> Point {
        let Marker {
            kind,
            pe,
            ux,
            uy,
            size,
            sw,
            filled,
            ..
        } = *self;
        let (eox, eoy) = (ux * sw * ARROW_SW, uy * sw * ARROW_SW);
        let (vx, vy) = (ux * (size + sw), uy * (size + sw));
        let (nx, ny) = (ux * (size + sw + 1.0), uy * (size + sw + 1.0));
        match kind {
            "classic" | "classicThin" => self.p(pe.x - vx * 0.75 - eox, pe.y - vy * 0.75 - eoy),
            "block" | "blockThin" | "async" => self.p(pe.x - vx - eox, pe.y - vy - eoy),
            "open" | "openThin" => self.p(pe.x - 2.0 * eox, pe.y - 2.0 * eoy),
            "oval" => self.p(pe.x - ux * size / 2.0, pe.y - uy * size / 2.0),
            "diamond" | "diamondThin" => {
                let f = if kind == "diamond" {
                    DIAMOND_SW
                } else {
                    DIAMOND_THIN_SW
                };
                self.p(pe.x - vx - ux * sw * f, pe.y - vy - uy * sw * f)
            }
            "doubleBlock" => self.p(pe.x - 2.0 * vx - eox, pe.y - 2.0 * vy - eoy),
            "manyOptional" => self.p(
                pe.x - (2.0 * nx - ux * sw / 2.0),
                pe.y - (2.0 * ny - uy * sw / 2.0),
            ),
            "box" | "halfCircle" => self.p(pe.x - nx, pe.y - ny),
            "circle" | "circlePlus" => {
                let r = size + sw;
                self.p(pe.x - ux * (2.0 * r + sw), pe.y - uy * (2.0 * r + sw))
            }
            // draw.io's newer ER markers: an open circle moves the line back to it.
            "ERzeroToMany" | "ERzeroToOne" if !filled => self.p(
                pe.x - (2.0 * nx - ux * sw / 2.0),
                pe.y - (2.0 * ny - uy * sw / 2.0),
            ),
            _ => pe,
        }
    }

    /// Paints the marker with the canvas's current paint (fill = the edge's stroke colour).
    pub fn paint(&self, c: &mut Canvas) {
        let Marker {
            kind,
            pe,
            ux,
            uy,
            size,
            sw,
            filled,
            source,
        } = *self;
        let fill_or_stroke = |c: &mut Canvas, filled: bool| {
            if filled {
                c.fill_and_stroke();
            } else {
                c.stroke();
            }
        };
        let (vx, vy) = (ux * (size + sw), uy * (size + sw));
        let (nx, ny) = (ux * (size + sw + 1.0), uy * (size + sw + 1.0));
        c.begin();
        match kind {
            "classic" | "classicThin" | "block" | "blockThin" => {
                let wf = arrow_width_factor(kind);
                let t = self.p(pe.x - ux * sw * ARROW_SW, pe.y - uy * sw * ARROW_SW);
                c.move_to(t.x, t.y);
                c.line_to(t.x - vx - vy / wf, t.y - vy + vx / wf);
                if kind.starts_with("classic") {
                    c.line_to(t.x - vx * 3.0 / 4.0, t.y - vy * 3.0 / 4.0);
                }
                c.line_to(t.x + vy / wf - vx, t.y - vy - vx / wf);
                c.close();
                fill_or_stroke(c, filled);
            }
            "open" | "openThin" => {
                let wf = arrow_width_factor(kind);
                let t = self.p(pe.x - ux * sw * ARROW_SW, pe.y - uy * sw * ARROW_SW);
                c.move_to(t.x - vx - vy / wf, t.y - vy + vx / wf);
                c.line_to(t.x, t.y);
                c.line_to(t.x + vy / wf - vx, t.y - vy - vx / wf);
                c.stroke();
            }
            "oval" => {
                let a = size / 2.0;
                c.ellipse(pe.x - a, pe.y - a, size, size);
                fill_or_stroke(c, filled);
            }
            "diamond" | "diamondThin" => {
                let (f, tk) = if kind == "diamond" {
                    (DIAMOND_SW, 2.0)
                } else {
                    (DIAMOND_THIN_SW, 3.4)
                };
                let t = self.p(pe.x - ux * sw * f, pe.y - uy * sw * f);
                c.move_to(t.x, t.y);
                c.line_to(t.x - vx / 2.0 - vy / tk, t.y + vx / tk - vy / 2.0);
                c.line_to(t.x - vx, t.y - vy);
                c.line_to(t.x - vx / 2.0 + vy / tk, t.y - vy / 2.0 - vx / tk);
                c.close();
                fill_or_stroke(c, filled);
            }
            "baseDash" => {
                c.move_to(pe.x - ny / 2.0, pe.y + nx / 2.0);
                c.line_to(pe.x + ny / 2.0, pe.y - nx / 2.0);
                c.stroke();
            }
            "doubleBlock" => {
                let t = self.p(pe.x - ux * sw * ARROW_SW, pe.y - uy * sw * ARROW_SW);
                c.move_to(t.x, t.y);
                c.line_to(t.x - vx - vy / 2.0, t.y - vy + vx / 2.0);
                c.line_to(t.x + vy / 2.0 - vx, t.y - vy - vx / 2.0);
                c.close();
                c.move_to(t.x - vx, t.y - vy);
                c.line_to(t.x - 2.0 * vx - 0.5 * vy, t.y + 0.5 * vx - 2.0 * vy);
                c.line_to(t.x - 2.0 * vx + 0.5 * vy, t.y - 0.5 * vx - 2.0 * vy);
                c.close();
                fill_or_stroke(c, filled);
            }
            "manyOptional" => {
                let a = size / 2.0;
                c.ellipse(pe.x - 1.5 * nx - a, pe.y - 1.5 * ny - a, 2.0 * a, 2.0 * a);
                fill_or_stroke(c, filled);
                c.begin();
                c.move_to(pe.x, pe.y);
                c.line_to(pe.x - nx, pe.y - ny);
                crow_foot(c, pe, nx, ny);
                c.stroke();
            }
            "dash" => {
                c.move_to(pe.x - nx / 2.0 - ny / 2.0, pe.y - ny / 2.0 + nx / 2.0);
                c.line_to(
                    pe.x + ny / 2.0 - 3.0 * nx / 2.0,
                    pe.y - 3.0 * ny / 2.0 - nx / 2.0,
                );
                c.stroke();
            }
            "box" => {
                let (px, py) = (pe.x + nx / 2.0, pe.y + ny / 2.0);
                c.move_to(px - nx / 2.0 - ny / 2.0, py - ny / 2.0 + nx / 2.0);
                c.line_to(px - nx / 2.0 + ny / 2.0, py - ny / 2.0 - nx / 2.0);
                c.line_to(
                    px + ny / 2.0 - 3.0 * nx / 2.0,
                    py - 3.0 * ny / 2.0 - nx / 2.0,
                );
                c.line_to(
                    px - ny / 2.0 - 3.0 * nx / 2.0,
                    py - 3.0 * ny / 2.0 + nx / 2.0,
                );
                c.close();
                fill_or_stroke(c, filled);
            }
            "cross" => {
                c.move_to(pe.x - nx / 2.0 - ny / 2.0, pe.y - ny / 2.0 + nx / 2.0);
                c.line_to(
                    pe.x + ny / 2.0 - 3.0 * nx / 2.0,
                    pe.y - 3.0 * ny / 2.0 - nx / 2.0,
                );
                c.move_to(pe.x - nx / 2.0 + ny / 2.0, pe.y - ny / 2.0 - nx / 2.0);
                c.line_to(
                    pe.x - ny / 2.0 - 3.0 * nx / 2.0,
                    pe.y - 3.0 * ny / 2.0 + nx / 2.0,
                );
                c.stroke();
            }
            "circle" | "circlePlus" => {
                let r = size + sw;
                let (cx, cy) = (ux * (r + sw), uy * (r + sw));
                c.ellipse(pe.x - cx - r, pe.y - cy - r, 2.0 * r, 2.0 * r);
                fill_or_stroke(c, filled);
                if kind == "circlePlus" {
                    let (px, py) = (ux * (size + 2.0 * sw), uy * (size + 2.0 * sw));
                    c.begin();
                    c.move_to(pe.x - ux * sw, pe.y - uy * sw);
                    c.line_to(pe.x - 2.0 * px + ux * sw, pe.y - 2.0 * py + uy * sw);
                    c.move_to(pe.x - px - py + uy * sw, pe.y - py + px - ux * sw);
                    c.line_to(pe.x + py - px - uy * sw, pe.y - py - px + ux * sw);
                    c.stroke();
                }
            }
            "halfCircle" => {
                let e = self.line_end();
                c.move_to(pe.x - ny, pe.y + nx);
                c.quad_to(e.x - ny, e.y + nx, e.x, e.y);
                c.quad_to(e.x + ny, e.y - nx, pe.x + ny, pe.y - nx);
                c.stroke();
            }
            "async" => {
                let t = self.p(pe.x - ux * sw * ARROW_SW, pe.y - uy * sw * ARROW_SW);
                c.move_to(t.x, t.y);
                if source {
                    c.line_to(t.x - vx - vy / 2.0, t.y - vy + vx / 2.0);
                } else {
                    c.line_to(t.x + vy / 2.0 - vx, t.y - vy - vx / 2.0);
                }
                c.line_to(t.x - vx, t.y - vy);
                c.close();
                fill_or_stroke(c, filled);
            }
            "openAsync" => {
                c.move_to(pe.x, pe.y);
                if source {
                    c.line_to(pe.x - vx - vy / 2.0, pe.y - vy + vx / 2.0);
                } else {
                    c.line_to(pe.x + vy / 2.0 - vx, pe.y - vy - vx / 2.0);
                }
                c.stroke();
            }
            "ERone" => {
                bar(c, pe, nx, ny, 0.5);
                c.stroke();
            }
            "ERmandOne" => {
                bar(c, pe, nx, ny, 0.5);
                bar(c, pe, nx, ny, 1.0);
                c.stroke();
            }
            "ERmany" => {
                crow_foot(c, pe, nx, ny);
                c.stroke();
            }
            "ERoneToMany" => {
                bar(c, pe, nx, ny, 1.0);
                crow_foot(c, pe, nx, ny);
                c.stroke();
            }
            "ERzeroToMany" | "ERzeroToOne" => {
                let a = size / 2.0;
                c.ellipse(pe.x - 1.5 * nx - a, pe.y - 1.5 * ny - a, 2.0 * a, 2.0 * a);
                if filled {
                    // mxER.js fills the circle white, not with the stroke colour.
                    c.save();
                    c.set_fill(Some("#ffffff".to_string()));
                    c.fill_and_stroke();
                    c.restore();
                } else {
                    c.stroke();
                }
                c.begin();
                if kind == "ERzeroToMany" {
                    crow_foot(c, pe, nx, ny);
                } else {
                    bar(c, pe, nx, ny, 0.5);
                }
                if !filled {
                    c.move_to(pe.x - nx, pe.y - ny);
                    c.line_to(pe.x, pe.y);
                }
                c.stroke();
            }
            _ => {}
        }
    }
}

/// A bar across the line, `at` (in units of n) back from the end.
fn bar(c: &mut Canvas, pe: Point, nx: f64, ny: f64, at: f64) {
    c.move_to(pe.x - nx * at - ny / 2.0, pe.y - ny * at + nx / 2.0);
    c.line_to(pe.x - nx * at + ny / 2.0, pe.y - ny * at - nx / 2.0);
}

/// Three prongs spreading from n back to the end (ERmany).
fn crow_foot(c: &mut Canvas, pe: Point, nx: f64, ny: f64) {
    c.move_to(pe.x + ny / 2.0, pe.y - nx / 2.0);
    c.line_to(pe.x - nx, pe.y - ny);
    c.line_to(pe.x - ny / 2.0, pe.y + nx / 2.0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::paint::Paint;
    use crate::style::{Style, Theme};

    fn marker(kind: &str, size: f64, sw: f64, filled: bool) -> Marker<'_> {
        Marker {
            kind,
            pe: Point::new(100.0, 50.0),
            ux: 1.0,
            uy: 0.0,
            size,
            sw,
            filled,
            source: false,
        }
    }

    fn draw(m: &Marker) -> String {
        let mut out = String::new();
        let p = Paint::from_style(
            &Style::parse_raw("strokeColor=#000000;fillColor=#000000"),
            &Theme::light(),
            None,
        );
        let mut c = Canvas::new(&mut out, p);
        m.paint(&mut c);
        out
    }

    fn close(a: Point, x: f64, y: f64) -> bool {
        (a.x - x).abs() < 1e-9 && (a.y - y).abs() < 1e-9
    }

    #[test]
    fn classic_tip_and_notch() {
        // mxMarker createArrow(2): tip 1.118·sw before the end, the line stops at the 3/4 notch.
        let m = marker("classic", 6.0, 1.0, true);
        assert!(close(m.line_end(), 100.0 - 7.0 * 0.75 - 1.118, 50.0));
        let d = draw(&m);
        assert!(
            d.contains("d=\"M98.88 50 L91.88 53.5 L93.63 50 L91.88 46.5 Z\""),
            "{d}"
        );
        assert!(d.contains("fill=\"#000000\""), "{d}");
    }

    #[test]
    fn block_and_thin_widths() {
        assert!(close(
            marker("block", 6.0, 1.0, true).line_end(),
            100.0 - 7.0 - 1.118,
            50.0
        ));
        // Thin arrows are a third as wide as long (widthFactor 3).
        let d = draw(&marker("blockThin", 6.0, 1.0, true));
        assert!(d.contains("L91.88 52.33"), "{d}");
    }

    #[test]
    fn open_arrows_only_stroke() {
        let m = marker("open", 6.0, 2.0, true);
        assert!(close(m.line_end(), 100.0 - 4.0 * 1.118, 50.0));
        let d = draw(&m);
        assert!(d.contains("fill=\"none\""), "{d}");
        assert!(!d.contains(" Z\""), "{d}");
    }

    #[test]
    fn unfilled_markers_are_outlines() {
        let d = draw(&marker("diamond", 6.0, 1.0, false));
        assert!(d.contains("fill=\"none\"") && d.contains(" Z\""), "{d}");
        let f = draw(&marker("diamond", 6.0, 1.0, true));
        assert!(f.contains("fill=\"#000000\""), "{f}");
    }

    #[test]
    fn oval_and_diamond_pull_back() {
        assert!(close(
            marker("oval", 10.0, 1.0, true).line_end(),
            95.0,
            50.0
        ));
        // diamond: size + sw plus 0.7071·sw for the pointed tip.
        assert!(close(
            marker("diamond", 6.0, 1.0, true).line_end(),
            100.0 - 7.0 - DIAMOND_SW,
            50.0
        ));
        assert!(close(
            marker("diamondThin", 6.0, 1.0, true).line_end(),
            100.0 - 7.0 - DIAMOND_THIN_SW,
            50.0
        ));
    }

    #[test]
    fn shapes_js_markers() {
        // dash/cross/ERone/baseDash keep the line end; box/halfCircle pull it back size + sw + 1.
        for k in [
            "dash",
            "cross",
            "ERone",
            "ERmandOne",
            "ERmany",
            "ERoneToMany",
            "baseDash",
            "openAsync",
        ] {
            assert!(
                close(marker(k, 6.0, 1.0, true).line_end(), 100.0, 50.0),
                "{k}"
            );
        }
        assert!(close(marker("box", 6.0, 1.0, true).line_end(), 92.0, 50.0));
        assert!(close(
            marker("halfCircle", 6.0, 1.0, true).line_end(),
            92.0,
            50.0
        ));
        // circle: radius size + sw, centred size + 2·sw back; the line stops at its far side.
        let m = marker("circle", 6.0, 1.0, false);
        assert!(close(m.line_end(), 100.0 - 15.0, 50.0));
        let d = draw(&m);
        assert!(
            d.contains("<ellipse class=\"fl-fg\" cx=\"92\" cy=\"50\" rx=\"7\" ry=\"7\""),
            "{d}"
        );
        // ERmany: prongs from (end - n) to either side of the end.
        let e = draw(&marker("ERmany", 6.0, 1.0, true));
        assert!(e.contains("d=\"M100 46 L92 50 L100 54\""), "{e}");
    }

    #[test]
    fn er_zero_markers() {
        // Filled: a white circle 1.5·n back; the line is not shortened.
        let f = marker("ERzeroToMany", 6.0, 1.0, true);
        assert!(close(f.line_end(), 100.0, 50.0));
        let d = draw(&f);
        assert!(
            d.contains("cx=\"88\" cy=\"50\" rx=\"3\" ry=\"3\" fill=\"#ffffff\""),
            "{d}"
        );
        // Unfilled (draw.io 20+): the line stops at the circle and a stub joins the prongs.
        let o = marker("ERzeroToOne", 6.0, 1.0, false);
        assert!(close(o.line_end(), 100.0 - 16.0 + 0.5, 50.0));
        assert!(draw(&o).contains("M92 50 L100 50"));
    }

    #[test]
    fn async_markers_mirror_at_the_source() {
        let t = draw(&marker("async", 6.0, 1.0, true));
        let mut s = marker("async", 6.0, 1.0, true);
        s.source = true;
        let sd = draw(&s);
        assert!(
            t.contains("L91.88 46.5") && sd.contains("L91.88 53.5"),
            "{t} {sd}"
        );
    }

    #[test]
    fn rotated_direction() {
        // Pointing down: the classic tip is below the line end.
        let m = Marker {
            kind: "classic",
            pe: Point::new(0.0, 100.0),
            ux: 0.0,
            uy: 1.0,
            size: 6.0,
            sw: 1.0,
            filled: true,
            source: false,
        };
        assert!(close(m.line_end(), 0.0, 100.0 - 5.25 - 1.118));
    }

    #[test]
    fn every_known_marker_draws_something() {
        for k in KNOWN {
            assert!(!draw(&marker(k, 6.0, 1.0, true)).is_empty(), "{k}");
            assert!(!draw(&marker(k, 6.0, 1.0, false)).is_empty(), "{k}");
        }
    }
}
