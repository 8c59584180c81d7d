//! Where a shape keeps its centred label: draw.io's getLabelBounds overrides and getLabelMargins
//! hooks (Shapes.js), applied through mxShape.getLabelBounds (margins turned with `direction`
//! and the flips by mxUtils.getDirectedBounds).

use crate::geom::Rect;
use crate::layout::perimeter::{directed_bounds, Direction};
use crate::style::Style;

/// The label box of a centred label of `style`'s shape, given the box the cell offers (`r`,
/// already turned for vertical text). Shapes without a rule return `r`.
pub fn label_bounds(style: &Style, r: Rect) -> Rect {
    let num = |k: &str, d: f64| style.num(k, d).clamp(-1e7, 1e7);
    let vertical_text = !style.flag("horizontal", true);
    match style.shape() {
        // Whole-box overrides (no direction handling in draw.io either).
        "umlLifeline" => {
            return Rect::new(r.x, r.y, r.width, num("size", 40.0).min(r.height).max(0.0))
        }
        "umlControl" => return Rect::new(r.x, r.y + r.height / 8.0, r.width, r.height * 7.0 / 8.0),
        "tape" if style.flag("boundedLbl", false) => {
            let size = num("size", 0.4);
            return if matches!(style.str_or("direction", "east"), "east" | "west") {
                let dy = r.height * size;
                Rect::new(r.x, r.y + dy, r.width, r.height - 2.0 * dy)
            } else {
                let dx = r.width * size;
                Rect::new(r.x + dx, r.y, r.width - 2.0 * dx, r.height)
            };
        }
        "rhombus" | "ext" if style.flag("double", false) => {
            let sw = num("strokeWidth", 1.0);
            let k = if style.shape() == "rhombus" { 2.0 } else { 1.0 };
            let m = (2f64).max(sw + 1.0) * k + num("margin", 0.0);
            return Rect::new(r.x + m, r.y + m, r.width - 2.0 * m, r.height - 2.0 * m);
        }
        _ => {}
    }
    let d = style.str_or("direction", "east");
    // getLabelMargins sees the box turned back for vertical text on east/west shapes.
    let probe = if vertical_text && d != "south" && d != "north" {
        Rect::new(r.x, r.y, r.height, r.width)
    } else {
        r
    };
    let Some(mut m) = label_margins(style, probe) else {
        return r;
    };
    let (mut flip_h, mut flip_v) = (style.flag("flipH", false), style.flag("flipV", false));
    if vertical_text {
        m = [m[3], m[0], m[1], m[2]];
        std::mem::swap(&mut flip_h, &mut flip_v);
    }
    directed_bounds(&r, m, Direction::parse(d), flip_h, flip_v)
}

/// getLabelMargins of draw.io's shapes: [left, top, right, bottom] for the east-facing shape.
fn label_margins(style: &Style, r: Rect) -> Option<[f64; 4]> {
    let num = |k: &str, d: f64| style.num(k, d).clamp(-1e7, 1e7);
    let bounded = style.flag("boundedLbl", false);
    let (w, h) = (r.width, r.height);
    Some(match style.shape() {
        // CalloutShape: the pointer is never part of the label.
        "callout" => [0.0, 0.0, 0.0, num("size", 30.0)],
        // UmlFrame: the label sits in the name tab.
        "umlFrame" => [0.0, 0.0, w - num("width", 60.0), h - num("height", 30.0)],
        // UmlBoundaryShape: right of the T.
        "umlBoundary" => [w / 6.0, 0.0, 0.0, 0.0],
        // DataStoreShape: below the three rims.
        "datastore" => {
            let sw = num("strokeWidth", 1.0);
            [
                0.0,
                2.5 * (h / 2.0).min((h / 8.0).round() + sw - 1.0),
                0.0,
                0.0,
            ]
        }
        "document" if bounded => [0.0, 0.0, 0.0, num("size", 0.3) * h],
        "cube" if bounded => {
            let s = num("size", 20.0);
            [s, s, 0.0, 0.0]
        }
        // mxCylinder: below the rim (size 0.15 of the height, doubled; at most 40).
        "cylinder" if bounded => [0.0, 40f64.min(h * num("size", 0.15) * 2.0), 0.0, 0.0],
        "cylinder3" if bounded => {
            let mut size = num("size", 15.0);
            if !style.flag("lid", true) {
                size /= 2.0;
            }
            [0.0, h.min(size * 2.0), 0.0, (size * 0.3).max(0.0)]
        }
        "note2" if bounded => {
            let size = num("size", 15.0);
            [0.0, h.min(size), 0.0, size.max(0.0)]
        }
        "folder" if bounded => {
            let tab_h = num("tabHeight", 15.0);
            if style.flag("labelInHeader", false) {
                let tab_w = num("tabWidth", 15.0);
                let mut a = num("arcSize", 0.1);
                if !style.flag("absoluteArcSize", false) {
                    a *= w.min(h);
                }
                a = a.min(w * 0.5).min((h - tab_h) * 0.5);
                if !style.flag("rounded", false) {
                    a = 0.0;
                }
                if style.str_or("tabPosition", "right") == "left" {
                    [a, 0.0, w.min(w - tab_w), h.min(h - tab_h)]
                } else {
                    [w.min(w - tab_w), 0.0, a, h.min(h - tab_h)]
                }
            } else {
                [0.0, h.min(tab_h), 0.0, 0.0]
            }
        }
        "umlState" if bounded && style.has("umlStateConnection") => [10.0, 0.0, 0.0, 0.0],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lb(style: &str, r: Rect) -> Rect {
        label_bounds(&Style::parse_raw(style), r)
    }

    #[test]
    fn lifeline_and_frame_labels() {
        let r = Rect::new(0.0, 0.0, 100.0, 300.0);
        assert_eq!(lb("shape=umlLifeline", r), Rect::new(0.0, 0.0, 100.0, 40.0));
        assert_eq!(
            lb("shape=umlLifeline;size=25", r),
            Rect::new(0.0, 0.0, 100.0, 25.0)
        );
        // UmlFrame: the 60 × 30 name tab.
        assert_eq!(
            lb("shape=umlFrame", Rect::new(10.0, 20.0, 300.0, 200.0)),
            Rect::new(10.0, 20.0, 60.0, 30.0)
        );
    }

    #[test]
    fn callout_margin_turns_with_direction() {
        let r = Rect::new(0.0, 0.0, 120.0, 80.0);
        assert_eq!(lb("shape=callout", r), Rect::new(0.0, 0.0, 120.0, 50.0));
        assert_eq!(
            lb("shape=callout;direction=west", r),
            Rect::new(0.0, 30.0, 120.0, 50.0)
        );
        assert_eq!(
            lb("shape=callout;flipV=1", r),
            Rect::new(0.0, 30.0, 120.0, 50.0)
        );
    }

    #[test]
    fn bounded_labels_only_when_asked() {
        let r = Rect::new(0.0, 0.0, 100.0, 100.0);
        assert_eq!(lb("shape=cylinder3;size=15", r), r);
        assert_eq!(
            lb("shape=cylinder3;size=15;boundedLbl=1", r),
            Rect::new(0.0, 30.0, 100.0, 65.0)
        );
        assert_eq!(
            lb("shape=cube;boundedLbl=1", r),
            Rect::new(20.0, 20.0, 80.0, 80.0)
        );
        assert_eq!(
            lb("shape=document;boundedLbl=1", r),
            Rect::new(0.0, 0.0, 100.0, 70.0)
        );
        assert_eq!(
            lb("shape=tape;boundedLbl=1", r),
            Rect::new(0.0, 40.0, 100.0, 20.0)
        );
        // datastore always keeps the label below its rims: 2.5 × (round(h/8) + sw - 1).
        assert_eq!(lb("shape=datastore", r), Rect::new(0.0, 33.0, 100.0, 67.0));
    }

    #[test]
    fn double_rhombus_insets_its_label() {
        let r = Rect::new(0.0, 0.0, 100.0, 60.0);
        assert_eq!(
            lb("shape=rhombus;double=1", r),
            Rect::new(4.0, 4.0, 92.0, 52.0)
        );
        assert_eq!(lb("shape=rhombus", r), r);
    }
}
