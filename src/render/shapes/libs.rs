//! Code shapes from draw.io's other shape libraries that the corpus uses: BPMN events and
//! gateways (`mxgraph.bpmn.shape`, shapes/bpmn/mxBpmnShape2.js) and the EIP message channel
//! (`mxgraph.eip.messageChannel`, shapes/mxEip.js) and the network bus (`mxgraph.networks.bus`,
//! shapes/mxNetworks.js).

use super::Sh;
use crate::geom::Point;
use crate::render::canvas::Canvas;

/// Id of the fixed #e6e6e6 → #808080 (south) gradient of the EIP message channel.
pub const EIP_CHANNEL_GRADIENT: &str = "fl-eip-channel";

fn pt(x: f64, y: f64) -> Point {
    Point::new(x, y)
}

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    match name {
        "mxgraph.bpmn.shape" => bpmn(c, s, x, y, w, h),
        "mxgraph.eip.messageChannel" => {
            pipe(
                c,
                x,
                y,
                w,
                h,
                Some(format!("url(#{EIP_CHANNEL_GRADIENT})")),
                "#e6e6e6",
            );
            true
        }
        "mxgraph.networks.bus" => {
            pipe(c, x, y, w, h, None, "#ffffff");
            true
        }
        _ => false,
    }
}

/// A pipe seen from the side, 20 px thick, its open end on the right: mxShapeEipMessageChannel
/// (fixed grey gradient, #e6e6e6 end) and mxShapeNetworksBus (the cell's fill, white end).
fn pipe(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64, body: Option<String>, end: &str) {
    c.translate(x, y);
    c.save();
    if let Some(fill) = body {
        c.set_fill(Some(fill));
        c.set_fill_alpha(1.0);
    }
    c.begin();
    c.move_to(8.0, h * 0.5 + 10.0);
    c.arc_to(12.0, 12.0, false, true, 8.0, h * 0.5 - 10.0);
    c.line_to(w - 8.0, h * 0.5 - 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 + 10.0);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(Some(end.to_string()));
    c.begin();
    c.move_to(w - 8.0, h * 0.5 - 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 + 10.0);
    c.arc_to(12.0, 12.0, false, true, w - 8.0, h * 0.5 - 10.0);
    c.fill_and_stroke();
    c.restore();
}

/// Symbols drawn here; a BPMN shape with another symbol is reported as not supported.
const BPMN_SYMBOLS: &[&str] = &[
    "general",
    "message",
    "timer",
    "terminate",
    "exclusiveGw",
    "parallelGw",
];

/// mxBpmnShape: a background (none, or a gateway rhombus), an event outline and a symbol.
fn bpmn(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    let symbol = s.style.get("symbol").filter(|v| !v.is_empty());
    if symbol.is_some_and(|v| !BPMN_SYMBOLS.contains(&v)) {
        return false;
    }
    let bg = s.style.str_or("background", "none");
    let gateway = bg == "gateway";
    let (mut w, mut h) = (w, h);
    c.translate(x, y);
    if gateway {
        c.begin();
        c.add_points(
            &[
                pt(w / 2.0, 0.0),
                pt(w, h / 2.0),
                pt(w / 2.0, h),
                pt(0.0, h / 2.0),
            ],
            false,
            0.0,
            true,
            &[],
        );
        c.fill_and_stroke();
        c.set_shadow(false);
        c.translate(w / 4.0, h / 4.0);
        w /= 2.0;
        h /= 2.0;
    }
    let outline = s.style.str_or("outline", "none");
    let ring = |c: &mut Canvas, dashed: bool| {
        c.save();
        if dashed {
            c.set_dashed(Some(s.dash_pattern()));
        }
        c.ellipse(0.0, 0.0, w, h);
        c.fill_and_stroke();
        c.restore();
    };
    match outline {
        "standard" | "eventInt" => ring(c, false),
        "eventNonint" => ring(c, true),
        "catching" | "boundInt" | "boundNonint" | "throwing" => {
            ring(c, outline == "boundNonint");
            c.set_shadow(false);
            c.save();
            if outline == "boundNonint" {
                c.set_dashed(Some(s.dash_pattern()));
            }
            if outline == "throwing" {
                c.ellipse(
                    w * 0.02 + 2.0,
                    h * 0.02 + 2.0,
                    w * 0.96 - 4.0,
                    h * 0.96 - 4.0,
                );
            } else {
                c.ellipse(2.0, 2.0, w - 4.0, h - 4.0);
            }
            c.stroke();
            c.restore();
        }
        "end" => {
            c.save();
            c.set_stroke_width(s.sw * 3.0);
            c.ellipse(0.0, 0.0, w, h);
            c.fill_and_stroke();
            c.restore();
        }
        _ => {}
    }
    c.set_shadow(false);
    let Some(symbol) = symbol else { return true };
    // Symbols of throwing and end events are drawn inverted (filled with the stroke colour).
    let inverse = outline == "throwing" || outline == "end";
    c.save();
    if inverse {
        let (fill, stroke) = (c.paint.fill.clone(), c.paint.stroke.clone());
        c.set_stroke(fill);
        c.set_fill(stroke);
    }
    let (mut w, mut h) = (w, h);
    let mut inset = |c: &mut Canvas, fx: f64, fy: f64, fw: f64, fh: f64| {
        c.translate(w * fx, h * fy);
        w *= fw;
        h *= fh;
    };
    match symbol {
        "message" => {
            inset(c, 0.15, 0.3, 0.7, 0.4);
            c.rect(0.0, 0.0, w, h);
            c.fill_and_stroke();
            if inverse && s.style.get("fillColor").is_none() {
                c.set_stroke(Some("#ffffff".to_string()));
            }
            c.begin();
            c.move_to(0.0, 0.0);
            c.line_to(w * 0.5, h * 0.5);
            c.line_to(w, 0.0);
            c.stroke();
        }
        "timer" => {
            inset(c, 0.11, 0.11, 0.78, 0.78);
            c.ellipse(0.0, 0.0, w, h);
            c.fill_and_stroke();
            // The twelve ticks and the hands.
            const TICKS: [(f64, f64, f64, f64); 12] = [
                (0.5, 0.0, 0.5, 0.0642),
                (0.7484, 0.0654, 0.7126, 0.1281),
                (0.93, 0.2471, 0.8673, 0.2854),
                (1.0, 0.5, 0.9338, 0.5),
                (0.93, 0.7509, 0.8673, 0.7126),
                (0.7484, 0.9326, 0.7126, 0.8699),
                (0.5, 0.9338, 0.5, 1.0),
                (0.2496, 0.9325, 0.2854, 0.8699),
                (0.068, 0.7509, 0.1307, 0.7126),
                (0.0, 0.5, 0.0642, 0.5),
                (0.068, 0.2471, 0.1307, 0.2854),
                (0.2496, 0.0654, 0.2854, 0.1281),
            ];
            c.begin();
            for (ax, ay, bx, by) in TICKS {
                c.move_to(w * ax, h * ay);
                c.line_to(w * bx, h * by);
            }
            c.move_to(w * 0.5246, h * 0.0706);
            c.line_to(w * 0.5, h * 0.5);
            c.line_to(w * 0.7804, h * 0.5118);
            c.stroke();
        }
        "terminate" => {
            inset(c, 0.05, 0.05, 0.9, 0.9);
            c.ellipse(0.0, 0.0, w, h);
            c.fill_and_stroke();
        }
        "exclusiveGw" | "parallelGw" => {
            // Gateway marks are filled with the stroke colour and outlined with the fill colour.
            let (fill, stroke) = (c.paint.fill.clone(), c.paint.stroke.clone());
            c.set_stroke(fill);
            c.set_fill(stroke);
            let pts: Vec<Point> = if symbol == "exclusiveGw" {
                inset(c, 0.12, 0.0, 0.76, 1.0);
                [
                    (0.105, 0.0),
                    (0.5, 0.38),
                    (0.895, 0.0),
                    (1.0, 0.11),
                    (0.6172, 0.5),
                    (1.0, 0.89),
                    (0.895, 1.0),
                    (0.5, 0.62),
                    (0.105, 1.0),
                    (0.0, 0.89),
                    (0.3808, 0.5),
                    (0.0, 0.11),
                ]
                .iter()
                .map(|&(a, b)| pt(w * a, h * b))
                .collect()
            } else {
                [
                    (0.38, 0.0),
                    (0.62, 0.0),
                    (0.62, 0.38),
                    (1.0, 0.38),
                    (1.0, 0.62),
                    (0.62, 0.62),
                    (0.62, 1.0),
                    (0.38, 1.0),
                    (0.38, 0.62),
                    (0.0, 0.62),
                    (0.0, 0.38),
                    (0.38, 0.38),
                ]
                .iter()
                .map(|&(a, b)| pt(w * a, h * b))
                .collect()
            };
            c.begin();
            c.add_points(&pts, false, 0.0, true, &[]);
            c.fill_and_stroke();
        }
        _ => {}
    }
    c.restore();
    true
}

#[cfg(test)]
mod tests {
    use super::super::{draw_vertex, Drawn, VertexExtra};
    use crate::geom::Rect;
    use crate::render::paint::Paint;
    use crate::style::{Style, Theme};

    fn draw(style: &str) -> (bool, String) {
        let s = Style::parse_raw(style);
        let p = Paint::from_style(&s, &Theme::light(), None);
        let mut out = String::new();
        let ok = matches!(
            draw_vertex(
                &mut out,
                &Rect::new(0.0, 0.0, 40.0, 40.0),
                &s,
                &p,
                &Theme::light(),
                &VertexExtra::default()
            ),
            Drawn::Ok
        );
        (ok, out)
    }

    #[test]
    fn end_event_with_terminate_symbol() {
        // outline=end: a ring three strokes wide; terminate: a disc inset 5 %, filled with the stroke colour.
        let (ok, d) = draw("shape=mxgraph.bpmn.shape;outline=end;symbol=terminate;fillColor=#ffffff;strokeColor=#000000");
        assert!(ok);
        assert!(
            d.contains(
                "rx=\"20\" ry=\"20\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"3\""
            ),
            "{d}"
        );
        assert!(
            d.contains(
                "cx=\"20\" cy=\"20\" rx=\"18\" ry=\"18\" fill=\"#000000\" stroke=\"#ffffff\""
            ),
            "{d}"
        );
    }

    #[test]
    fn gateway_and_unsupported_symbols() {
        let (ok, d) = draw("shape=mxgraph.bpmn.shape;background=gateway;outline=none;symbol=exclusiveGw;fillColor=#ffffff;strokeColor=#000000");
        assert!(ok && d.contains("d=\"M20 0 L40 20 L20 40 L0 20 Z\""), "{d}");
        let (ok, _) = draw("shape=mxgraph.bpmn.shape;outline=standard;symbol=escalation");
        assert!(!ok, "a symbol not drawn is reported");
        let (ok, d) =
            draw("shape=mxgraph.eip.messageChannel;fillColor=#ffffff;strokeColor=#000000");
        assert!(ok && d.contains("url(#fl-eip-channel)"), "{d}");
    }
}
