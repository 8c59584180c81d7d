//! draw.io's built-in vertex shapes: mxGraph's shape classes (mxRectangleShape, mxEllipse,
//! mxCylinder, mxSwimlane, ...) and the ones draw.io adds in js/grapheditor/Shapes.js. Each
//! function is named after what it draws and cites the class whose geometry it follows; all
//! paint east-facing into (x, y, w, h) — `direction` is applied around them by the caller.

use super::Sh;
use crate::geom::Point;
use crate::render::canvas::Canvas;

fn pt(x: f64, y: f64) -> Point {
    Point::new(x, y)
}

/// Draws the shape called `name`; false when it is not one of these.
pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    match name {
        "" | "label" | "rectangle" | "rect" => rectangle(c, s, x, y, w, h),
        "ellipse" => ellipse(c, x, y, w, h),
        "doubleEllipse" => double_ellipse(c, s, x, y, w, h),
        "rhombus" => rhombus(c, s, x, y, w, h),
        "triangle" => triangle(c, s, x, y, w, h),
        "hexagon" => hexagon(c, s, x, y, w, h),
        "cylinder" => cylinder(c, s, x, y, w, h),
        "cloud" => cloud(c, x, y, w, h),
        "actor" => actor(c, x, y, w, h),
        "line" => line(c, x, y, w, h),
        "swimlane" => swimlane(c, s, x, y, w, h),
        "table" | "tableRow" => table(c, s, x, y, w, h, name == "table"),
        "partialRectangle" => partial_rectangle(c, s, x, y, w, h),
        "cube" => cube(c, s, x, y, w, h),
        "isoRectangle" => iso_rectangle(c, x, y, w, h),
        "isoCube" => iso_cube(c, x, y, w, h),
        "isoCube2" => iso_cube2(c, s, x, y, w, h),
        "waypoint" => waypoint(c, s, x, y, w, h),
        "datastore" => datastore(c, s, x, y, w, h),
        "note" | "note2" => note(c, s, x, y, w, h),
        "cylinder2" => cylinder_legacy(c, s, x, y, w, h),
        "cylinder3" => cylinder3(c, s, x, y, w, h),
        "switch" => switch(c, x, y, w, h),
        "folder" => folder(c, s, x, y, w, h),
        "umlState" => uml_state(c, s, x, y, w, h),
        "card" => card(c, s, x, y, w, h),
        "tape" => tape(c, s, x, y, w, h),
        "document" => document(c, s, x, y, w, h),
        "parallelogram" => parallelogram(c, s, x, y, w, h),
        "trapezoid" => trapezoid(c, s, x, y, w, h),
        "curlyBracket" => curly_bracket(c, s, x, y, w, h),
        "parallelMarker" => parallel_marker(c, x, y, w, h),
        "process" | "process2" => process(c, s, x, y, w, h),
        "transparent" => {}
        "callout" => callout(c, s, x, y, w, h),
        "step" => step(c, s, x, y, w, h),
        "plus" => plus(c, s, x, y, w, h),
        "ext" => ext(c, s, x, y, w, h),
        "message" => message(c, x, y, w, h),
        "umlActor" => uml_actor(c, x, y, w, h),
        "umlBoundary" => uml_boundary(c, x, y, w, h),
        "umlEntity" => uml_entity(c, x, y, w, h),
        "umlDestroy" => uml_destroy(c, x, y, w, h),
        "umlControl" => uml_control(c, x, y, w, h),
        "umlLifeline" => uml_lifeline(c, s, x, y, w, h),
        "umlFrame" => uml_frame(c, s, x, y, w, h),
        "lollipop" => lollipop(c, s, x, y, w, h),
        "requires" => requires(c, s, x, y, w, h),
        "requiredInterface" => required_interface(c, x, y, w, h),
        "providedRequiredInterface" => provided_required_interface(c, s, x, y, w, h),
        "module" => module(c, s, x, y, w, h),
        "component" => component(c, s, x, y, w, h),
        "associativeEntity" => associative_entity(c, s, x, y, w, h),
        "endState" => state(c, x, y, w, h, true),
        "startState" => state(c, x, y, w, h, false),
        "manualInput" => manual_input(c, s, x, y, w, h),
        "internalStorage" => internal_storage(c, s, x, y, w, h),
        "corner" => corner(c, s, x, y, w, h),
        "crossbar" => crossbar(c, x, y, w, h),
        "tee" => tee(c, s, x, y, w, h),
        "singleArrow" => single_arrow(c, s, x, y, w, h),
        "doubleArrow" => double_arrow(c, s, x, y, w, h),
        "dataStorage" => data_storage(c, s, x, y, w, h),
        "or" => or(c, x, y, w, h),
        "xor" => xor(c, x, y, w, h),
        "loopLimit" => loop_limit(c, s, x, y, w, h),
        "offPageConnector" => off_page_connector(c, s, x, y, w, h),
        "tapeData" => tape_data(c, x, y, w, h),
        "orEllipse" => or_ellipse(c, x, y, w, h),
        "sumEllipse" => sum_ellipse(c, x, y, w, h),
        "sortShape" => sort_shape(c, s, x, y, w, h),
        "collate" => collate(c, x, y, w, h),
        "dimension" => dimension(c, x, y, w, h),
        "lineEllipse" => line_ellipse(c, s, x, y, w, h),
        "delay" => delay(c, x, y, w, h),
        "cross" => cross(c, s, x, y, w, h),
        "display" => display(c, s, x, y, w, h),
        "mxgraph.flowchart.document2" => flowchart_document2(c, s, x, y, w, h),
        "mxgraph.er.rrect" => {
            // mxShapeERRRect: a rounded rectangle with a fixed radius `rSize`.
            let r = s.num("rSize", 10.0).trunc().max(0.0);
            c.round_rect(x, y, w, h, r);
            c.fill_and_stroke();
        }
        // Shapes that draw nothing: edge-only shapes used on vertices (their classes have no
        // vertex painting), mxgraph.er.anchor.
        "arrow" | "connector" | "flexArrow" | "link" | "filledEdge" | "wire"
        | "mxgraph.er.anchor" => {}
        _ => return false,
    }
    true
}

/// mxRectangleShape: a rectangle, rounded by arcSize (absolute with absoluteArcSize), plus the
/// glass highlight.
fn rectangle(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    rect_background(c, s, x, y, w, h);
    c.set_shadow(false);
    rect_foreground(c, s, x, y, w, h);
}

fn rect_background(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    if s.rounded {
        c.round_rect(x, y, w, h, s.rect_arc(w, h));
    } else {
        c.rect(x, y, w, h);
    }
    c.fill_and_stroke();
}

/// mxRectangleShape.paintForeground: the glass effect when there is a fill.
fn rect_foreground(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    if s.glass && s.filled {
        let arc = s.rect_arc(w + s.sw, h + s.sw);
        glass(c, s, x, y, w, h, arc);
    }
}

/// mxShape.paintGlassEffect: a white highlight over the top 40 % that fades out.
pub(super) fn glass(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64, arc: f64) {
    let sw = (s.sw / 2.0).ceil();
    let size = 0.4;
    c.save();
    c.set_fill(Some(format!("url(#{})", crate::render::GLASS_GRADIENT)));
    c.set_fill_alpha(1.0);
    c.begin();
    if s.rounded {
        let arc = arc + 2.0 * sw;
        c.move_to(x - sw + arc, y - sw);
        c.quad_to(x - sw, y - sw, x - sw, y - sw + arc);
        c.line_to(x - sw, y + h * size);
        c.quad_to(x + w * 0.5, y + h * 0.7, x + w + sw, y + h * size);
        c.line_to(x + w + sw, y - sw + arc);
        c.quad_to(x + w + sw, y - sw, x + w + sw - arc, y - sw);
    } else {
        c.move_to(x - sw, y - sw);
        c.line_to(x - sw, y + h * size);
        c.quad_to(x + w * 0.5, y + h * 0.7, x + w + sw, y + h * size);
        c.line_to(x + w + sw, y - sw);
    }
    c.close();
    c.fill();
    c.restore();
}

/// mxEllipse.
fn ellipse(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.ellipse(x, y, w, h);
    c.fill_and_stroke();
}

/// mxDoubleEllipse: an inner outline `margin` (default min(3 + strokeWidth, w/5, h/5)) inside.
fn double_ellipse(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    c.ellipse(x, y, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let m = s.num("margin", (3.0 + s.sw).min(w / 5.0).min(h / 5.0));
    if w - 2.0 * m > 0.0 && h - 2.0 * m > 0.0 {
        c.ellipse(x + m, y + m, w - 2.0 * m, h - 2.0 * m);
        c.stroke();
    }
}

/// mxRhombus, and draw.io's `double=1` inner copy (margin max(2, strokeWidth + 1)·2 + margin).
fn rhombus(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let outline = |c: &mut Canvas, x: f64, y: f64, w: f64, h: f64| {
        c.begin();
        c.add_points(
            &[
                pt(x + w / 2.0, y),
                pt(x + w, y + h / 2.0),
                pt(x + w / 2.0, y + h),
                pt(x, y + h / 2.0),
            ],
            s.rounded,
            s.line_arc(),
            true,
            &[],
        );
        c.fill_and_stroke();
    };
    outline(c, x, y, w, h);
    if s.flag("double", false) {
        let m = (2f64).max(s.sw + 1.0) * 2.0 + s.num("margin", 0.0);
        if w - 2.0 * m > 0.0 && h - 2.0 * m > 0.0 {
            c.set_shadow(false);
            outline(c, x + m, y + m, w - 2.0 * m, h - 2.0 * m);
        }
    }
}

/// Closes an mxActor-style outline: translate to the corner, draw, fill and stroke.
fn actor_points(c: &mut Canvas, s: &Sh, x: f64, y: f64, pts: &[Point], exclude: &[usize]) {
    c.translate(x, y);
    c.begin();
    c.add_points(pts, s.rounded, s.line_arc(), true, exclude);
    c.fill_and_stroke();
}

/// mxTriangle: pointing east.
fn triangle(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    actor_points(c, s, x, y, &[pt(0.0, 0.0), pt(w, 0.5 * h), pt(0.0, h)], &[]);
}

/// `size` as a fraction of `side` (default `frac`), or px with fixedSize=1 (default `px`,
/// at most `max_px`): the rule of draw.io's Parallelogram/Step/Hexagon shapes.
fn sized(s: &Sh, frac: f64, px: f64, side: f64, max_px: f64) -> f64 {
    if s.flag("fixedSize", false) {
        s.num("size", px).min(max_px).max(0.0)
    } else {
        side * s.num("size", frac).clamp(0.0, 1.0)
    }
}

/// draw.io HexagonShape: the left and right points are `size` in from the sides.
fn hexagon(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = sized(s, 0.25, 20.0, w, w * 0.5);
    actor_points(
        c,
        s,
        x,
        y,
        &[
            pt(d, 0.0),
            pt(w - d, 0.0),
            pt(w, 0.5 * h),
            pt(w - d, h),
            pt(d, h),
            pt(0.0, 0.5 * h),
        ],
        &[],
    );
}

/// mxCylinder with draw.io's getCylinderSize: the rim is `size`·h, else min(40, round(h/5)).
fn cylinder(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dy = match s
        .style
        .get("size")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|v| v.is_finite())
    {
        Some(f) => h * f.clamp(0.0, 1.0),
        None => (h / 5.0).round().min(40.0),
    };
    c.translate(x, y);
    c.begin();
    if !s.filled {
        c.move_to(0.0, dy);
        c.curve_to(0.0, 2.0 * dy, w, 2.0 * dy, w, dy);
        c.stroke();
        c.begin();
    }
    c.move_to(0.0, dy);
    c.curve_to(0.0, -dy / 3.0, w, -dy / 3.0, w, dy);
    c.line_to(w, h - dy);
    c.curve_to(w, h + dy / 3.0, 0.0, h + dy / 3.0, 0.0, h - dy);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    if s.filled {
        c.begin();
        c.move_to(0.0, dy);
        c.curve_to(0.0, 2.0 * dy, w, 2.0 * dy, w, dy);
        c.stroke();
    }
}

/// mxCloud: six cubic arcs through fixed fractions of the bounds.
fn cloud(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.move_to(0.25 * w, 0.25 * h);
    c.curve_to(0.05 * w, 0.25 * h, 0.0, 0.5 * h, 0.16 * w, 0.55 * h);
    c.curve_to(0.0, 0.66 * h, 0.18 * w, 0.9 * h, 0.31 * w, 0.8 * h);
    c.curve_to(0.4 * w, h, 0.7 * w, h, 0.8 * w, 0.8 * h);
    c.curve_to(w, 0.8 * h, w, 0.6 * h, 0.875 * w, 0.5 * h);
    c.curve_to(w, 0.3 * h, 0.8 * w, 0.1 * h, 0.625 * w, 0.2 * h);
    c.curve_to(0.5 * w, 0.05 * h, 0.3 * w, 0.05 * h, 0.25 * w, 0.25 * h);
    c.close();
    c.fill_and_stroke();
}

/// mxActor: head and shoulders.
fn actor(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    let bw = w / 3.0;
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, h);
    c.curve_to(
        0.0,
        3.0 * h / 5.0,
        0.0,
        2.0 * h / 5.0,
        w / 2.0,
        2.0 * h / 5.0,
    );
    c.curve_to(w / 2.0 - bw, 2.0 * h / 5.0, w / 2.0 - bw, 0.0, w / 2.0, 0.0);
    c.curve_to(
        w / 2.0 + bw,
        0.0,
        w / 2.0 + bw,
        2.0 * h / 5.0,
        w / 2.0,
        2.0 * h / 5.0,
    );
    c.curve_to(w, 2.0 * h / 5.0, w, 3.0 * h / 5.0, w, h);
    c.close();
    c.fill_and_stroke();
}

/// mxLine: a horizontal stroke through the middle (vertical via direction).
fn line(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.begin();
    c.move_to(x, y + h / 2.0);
    c.line_to(x + w, y + h / 2.0);
    c.stroke();
}

/// mxSwimlane (draw.io's version with swimlaneHead/swimlaneBody/swimlaneLine): a title strip of
/// `startSize`, an open body filled with swimlaneFillColor, the divider, a dashed separator.
fn swimlane(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let horizontal = s.flag("horizontal", true);
    let start = s
        .num("startSize", 40.0)
        .max(0.0)
        .min(if horizontal { h } else { w });
    c.translate(x, y);
    let r = if s.rounded {
        let r = if s.flag("absoluteArcSize", false) {
            (w / 2.0).min(h / 2.0).min(s.num("arcSize", 20.0) / 2.0)
        } else {
            start * s.num("arcSize", 15.0) / 100.0 * 3.0
        };
        r.min(start)
            .min((if horizontal { h } else { w }) - start)
            .max(0.0)
    } else {
        0.0
    };
    swimlane_parts(c, s, w, h, start, r, horizontal);
    if let Some(sep) = s.color("separatorColor") {
        c.save();
        c.set_shadow(false);
        c.set_stroke(Some(sep));
        c.set_dashed(Some(s.dash_pattern()));
        c.begin();
        if horizontal {
            c.move_to(w, start);
            c.line_to(w, h);
        } else {
            c.move_to(start, 0.0);
            c.line_to(w, 0.0);
        }
        c.stroke();
        c.restore();
    }
    if s.glass && s.filled {
        c.set_shadow(false);
        glass(
            c,
            s,
            0.0,
            0.0,
            if horizontal { w } else { start },
            if horizontal { start } else { h },
            r,
        );
    }
}

/// Title strip, body and divider of a swimlane (paintSwimlane / paintRoundedSwimlane), drawn in
/// local coordinates.
fn swimlane_parts(c: &mut Canvas, s: &Sh, w: f64, h: f64, start: f64, r: f64, horizontal: bool) {
    let lane_fill = s.color("swimlaneFillColor");
    let head = s.flag("swimlaneHead", true);
    let body = s.flag("swimlaneBody", true);
    // The strip and the body are drawn in the lane's frame; a vertical lane is the same drawing
    // with x and y exchanged.
    let p = |a: f64, b: f64| if horizontal { (a, b) } else { (b, a) };
    let (len, depth) = if horizontal { (w, h) } else { (h, w) };
    let rr = r.min(len / 2.0);
    c.begin();
    if r > 0.0 {
        let (x0, y0) = p(len, start);
        c.move_to(x0, y0);
        let q = p(len, r);
        c.line_to(q.0, q.1);
        let (cx, cy) = p(len, 0.0);
        let e = p(len - rr, 0.0);
        c.quad_to(cx, cy, e.0, e.1);
        let q = p(rr, 0.0);
        c.line_to(q.0, q.1);
        let e = p(0.0, r);
        c.quad_to(0.0, 0.0, e.0, e.1);
        let q = p(0.0, start);
        c.line_to(q.0, q.1);
    } else {
        let a = p(0.0, start);
        c.move_to(a.0, a.1);
        c.line_to(0.0, 0.0);
        let b = p(len, 0.0);
        c.line_to(b.0, b.1);
        let d = p(len, start);
        c.line_to(d.0, d.1);
    }
    if head {
        c.fill_and_stroke();
    } else {
        c.fill();
    }
    if start < depth {
        c.save();
        if let Some(f) = &lane_fill {
            c.set_fill(Some(f.clone()));
            c.set_fill_alpha(s.fill_alpha);
        }
        c.begin();
        let a = p(0.0, start);
        c.move_to(a.0, a.1);
        if r > 0.0 {
            let b = p(0.0, depth - r);
            c.line_to(b.0, b.1);
            let (cx, cy) = p(0.0, depth);
            let e = p(rr, depth);
            c.quad_to(cx, cy, e.0, e.1);
            let b = p(len - rr, depth);
            c.line_to(b.0, b.1);
            let (cx, cy) = p(len, depth);
            let e = p(len, depth - r);
            c.quad_to(cx, cy, e.0, e.1);
        } else {
            let b = p(0.0, depth);
            c.line_to(b.0, b.1);
            let b = p(len, depth);
            c.line_to(b.0, b.1);
        }
        let b = p(len, start);
        c.line_to(b.0, b.1);
        match (body, lane_fill.is_some()) {
            (true, false) => c.stroke(),
            (true, true) => c.fill_and_stroke(),
            (false, true) => c.fill(),
            (false, false) => {}
        }
        c.restore();
    }
    if s.flag("swimlaneLine", true) {
        // paintDivider: without a lane fill the divider keeps the shadow.
        if lane_fill.is_some() {
            c.set_shadow(false);
        }
        c.begin();
        let a = p(0.0, start);
        c.move_to(a.0, a.1);
        let b = p(len, start);
        c.line_to(b.0, b.1);
        c.stroke();
    }
}

/// draw.io TableShape / TableRowShape: a swimlane when it has a title, else a partial rectangle;
/// then (tables only) the row and column lines between the child cells.
fn table(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64, lines: bool) {
    let horizontal = s.flag("horizontal", true);
    let start = s.num("startSize", 40.0).max(0.0);
    if start == 0.0 {
        partial_rectangle(c, s, x, y, w, h);
    } else {
        c.save();
        swimlane(c, s, x, y, w, h);
        c.restore();
    }
    let room = if horizontal { start < h } else { start < w };
    let Some(grid) = s.grid.filter(|_| lines && room) else {
        return;
    };
    c.set_shadow(false);
    let (sx, sy, ex, ey) = if horizontal {
        (0.0, start, 0.0, 0.0)
    } else {
        (start, 0.0, 0.0, 0.0)
    };
    c.begin();
    if s.flag("rowLines", true) {
        for &ry in &grid.row_tops {
            c.move_to(x + sx, y + ry);
            c.line_to(x + w - ex, y + ry);
        }
    }
    if s.flag("columnLines", true) {
        for &cx in &grid.col_lefts {
            c.move_to(x + cx + sx, y + sy);
            c.line_to(x + cx + sx, y + h - ey);
        }
    }
    c.stroke();
}

/// draw.io PartialRectangleShape: the fill, then only the sides whose top/right/bottom/left
/// flag is on.
fn partial_rectangle(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    c.rect(x, y, w, h);
    c.fill();
    c.begin();
    c.move_to(x, y);
    let corners = [
        ("top", pt(x + w, y)),
        ("right", pt(x + w, y + h)),
        ("bottom", pt(x, y + h)),
        ("left", pt(x, y)),
    ];
    for (key, p) in corners {
        if s.flag(key, true) {
            c.line_to(p.x, p.y);
        } else {
            c.move_to(p.x, p.y);
        }
    }
    c.stroke();
}

/// draw.io CubeShape: a box with its back edges and optional darkened faces.
fn cube(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 20.0).min(w).min(h).max(0.0);
    let op = s.num("darkOpacity", 0.0).clamp(-1.0, 1.0);
    let op2 = s.num("darkOpacity2", 0.0).clamp(-1.0, 1.0);
    c.translate(x, y);
    c.begin();
    c.add_points(
        &[
            pt(0.0, 0.0),
            pt(w - d, 0.0),
            pt(w, d),
            pt(w, h),
            pt(d, h),
            pt(0.0, h - d),
            pt(0.0, 0.0),
        ],
        false,
        0.0,
        true,
        &[],
    );
    c.fill_and_stroke();
    c.set_shadow(false);
    shade(c, op, &[pt(0.0, 0.0), pt(w - d, 0.0), pt(w, d), pt(d, d)]);
    shade(c, op2, &[pt(0.0, 0.0), pt(d, d), pt(d, h), pt(0.0, h - d)]);
    c.begin();
    c.move_to(d, h);
    c.line_to(d, d);
    c.line_to(0.0, 0.0);
    c.move_to(d, d);
    c.line_to(w, d);
    c.stroke();
}

/// A face darkened (op > 0, black) or lightened (op < 0, white) at |op| opacity.
fn shade(c: &mut Canvas, op: f64, pts: &[Point]) {
    if op == 0.0 {
        return;
    }
    c.save();
    c.set_fill_alpha(op.abs());
    c.set_fill(Some(
        if op < 0.0 { "#ffffff" } else { "#000000" }.to_string(),
    ));
    c.begin();
    c.add_points(pts, false, 0.0, true, &[]);
    c.fill();
    c.restore();
}

const TAN30_DX: f64 = (0.5 - 0.577_350_269_189_625_8) / 2.0;

/// draw.io IsoRectangleShape: a flat isometric tile.
fn iso_rectangle(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    let tan30 = 30f64.to_radians().tan();
    let m = w.min(h / tan30);
    c.translate(x + (w - m) / 2.0, y + (h - m) / 2.0 + m / 4.0);
    c.begin();
    c.move_to(0.0, 0.25 * m);
    c.line_to(0.5 * m, m * TAN30_DX);
    c.line_to(m, 0.25 * m);
    c.line_to(0.5 * m, (0.5 - TAN30_DX) * m);
    c.line_to(0.0, 0.25 * m);
    c.close();
    c.fill_and_stroke();
}

/// draw.io IsoCubeShape: an isometric cube with its three visible edges.
fn iso_cube(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    let tan30 = 30f64.to_radians().tan();
    let m = w.min(h / (0.5 + tan30));
    c.translate(x + (w - m) / 2.0, y + (h - m) / 2.0);
    c.begin();
    c.move_to(0.0, 0.25 * m);
    c.line_to(0.5 * m, m * TAN30_DX);
    c.line_to(m, 0.25 * m);
    c.line_to(m, 0.75 * m);
    c.line_to(0.5 * m, (1.0 - TAN30_DX) * m);
    c.line_to(0.0, 0.75 * m);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, 0.25 * m);
    c.line_to(0.5 * m, (0.5 - TAN30_DX) * m);
    c.line_to(m, 0.25 * m);
    c.move_to(0.5 * m, (0.5 - TAN30_DX) * m);
    c.line_to(0.5 * m, (1.0 - TAN30_DX) * m);
    c.stroke();
}

/// draw.io IsoCubeShape2: a cube whose top face depth follows `isoAngle`.
fn iso_cube2(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let angle = s.num("isoAngle", 15.0).clamp(0.01, 94.0) * std::f64::consts::PI / 200.0;
    let ih = (w * angle.tan()).min(h * 0.5);
    c.translate(x, y);
    c.begin();
    c.add_points(
        &[
            pt(w * 0.5, 0.0),
            pt(w, ih),
            pt(w, h - ih),
            pt(w * 0.5, h),
            pt(0.0, h - ih),
            pt(0.0, ih),
        ],
        false,
        0.0,
        true,
        &[],
    );
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, ih);
    c.line_to(w * 0.5, 2.0 * ih);
    c.line_to(w, ih);
    c.move_to(w * 0.5, 2.0 * ih);
    c.line_to(w * 0.5, h);
    c.stroke();
}

/// draw.io WaypointShape: a dot of `size` filled with the stroke colour.
fn waypoint(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = (s.num("size", 6.0) - 2.0).max(0.0) + 2.0 * s.sw;
    let d = d.min(1e6);
    c.save();
    c.set_fill(s.stroke.clone());
    c.ellipse(x + (w - d) * 0.5, y + (h - d) * 0.5, d, d);
    c.fill();
    c.restore();
}

/// draw.io DataStoreShape: a cylinder with three rims at the top.
fn datastore(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dy = (h / 2.0).min((h / 8.0).round() + s.sw - 1.0).max(0.0);
    let rims = |c: &mut Canvas, separate: bool| {
        for k in 0..3 {
            let o = dy / 2.0 * k as f64;
            c.move_to(0.0, dy + o);
            c.curve_to(0.0, 2.0 * dy + o, w, 2.0 * dy + o, w, dy + o);
            if separate {
                c.stroke();
                c.begin();
            }
        }
    };
    c.translate(x, y);
    c.begin();
    if !s.filled {
        rims(c, true);
    }
    c.move_to(0.0, dy);
    c.curve_to(0.0, -dy / 3.0, w, -dy / 3.0, w, dy);
    c.line_to(w, h - dy);
    c.curve_to(w, h + dy / 3.0, 0.0, h + dy / 3.0, 0.0, h - dy);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    if s.filled {
        c.begin();
        rims(c, false);
        c.stroke();
    }
}

/// draw.io NoteShape: a page with its top-right corner folded by `size`.
fn note(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 30.0).min(w).min(h).max(0.0);
    let op = s.num("darkOpacity", 0.0).clamp(-1.0, 1.0);
    c.translate(x, y);
    c.begin();
    c.add_points(
        &[
            pt(0.0, 0.0),
            pt(w - d, 0.0),
            pt(w, d),
            pt(w, h),
            pt(0.0, h),
            pt(0.0, 0.0),
        ],
        false,
        0.0,
        true,
        &[],
    );
    c.fill_and_stroke();
    c.set_shadow(false);
    shade(c, op, &[pt(w - d, 0.0), pt(w - d, d), pt(w, d)]);
    c.begin();
    c.move_to(w - d, 0.0);
    c.line_to(w - d, d);
    c.line_to(w, d);
    c.stroke();
}

/// draw.io CylinderShape (legacy `cylinder2`): elliptic arcs of height `size` px.
fn cylinder_legacy(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 15.0).min(h * 0.5).max(0.0);
    c.translate(x, y);
    if d == 0.0 {
        c.rect(0.0, 0.0, w, h);
        c.fill_and_stroke();
        return;
    }
    c.begin();
    c.move_to(0.0, d);
    c.arc_to(w * 0.5, d, false, true, w * 0.5, 0.0);
    c.arc_to(w * 0.5, d, false, true, w, d);
    c.line_to(w, h - d);
    c.arc_to(w * 0.5, d, false, true, w * 0.5, h);
    c.arc_to(w * 0.5, d, false, true, 0.0, h - d);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w, d);
    c.arc_to(w * 0.5, d, false, true, w * 0.5, 2.0 * d);
    c.arc_to(w * 0.5, d, false, true, 0.0, d);
    c.stroke();
}

/// draw.io CylinderShape3: like cylinder2, with an optional open top (`lid=0`).
fn cylinder3(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 15.0).min(h * 0.5).max(0.0);
    let lid = s.flag("lid", true);
    c.translate(x, y);
    if d == 0.0 {
        c.rect(0.0, 0.0, w, h);
        c.fill_and_stroke();
        return;
    }
    c.begin();
    if lid {
        c.move_to(0.0, d);
        c.arc_to(w * 0.5, d, false, true, w * 0.5, 0.0);
        c.arc_to(w * 0.5, d, false, true, w, d);
    } else {
        c.move_to(0.0, 0.0);
        c.arc_to(w * 0.5, d, false, false, w * 0.5, d);
        c.arc_to(w * 0.5, d, false, false, w, 0.0);
    }
    c.line_to(w, h - d);
    c.arc_to(w * 0.5, d, false, true, w * 0.5, h);
    c.arc_to(w * 0.5, d, false, true, 0.0, h - d);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    if lid {
        c.begin();
        c.move_to(w, d);
        c.arc_to(w * 0.5, d, false, true, w * 0.5, 2.0 * d);
        c.arc_to(w * 0.5, d, false, true, 0.0, d);
        c.stroke();
    }
}

/// draw.io SwitchShape: four inward-curving sides.
fn switch(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    let k = 0.5;
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, 0.0);
    c.quad_to(w / 2.0, h * k, w, 0.0);
    c.quad_to(w * (1.0 - k), h / 2.0, w, h);
    c.quad_to(w / 2.0, h * (1.0 - k), 0.0, h);
    c.quad_to(w * k, h / 2.0, 0.0, 0.0);
    c.fill_and_stroke();
}

/// Corner radius of draw.io's FolderShape and UMLStateShape: arcSize is a fraction (0.1) of
/// min(w, h), or px with absoluteArcSize.
fn fraction_arc(s: &Sh, w: f64, h: f64) -> f64 {
    let a = s.num("arcSize", 0.1);
    if s.flag("absoluteArcSize", false) {
        a
    } else {
        w.min(h) * a
    }
}

/// draw.io FolderShape: a tab of tabWidth × tabHeight at tabPosition (right by default).
fn folder(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let mut dx = s.num("tabWidth", 60.0).min(w).max(0.0);
    let dy = s.num("tabHeight", 20.0).min(h).max(0.0);
    let left = s.style.str_or("tabPosition", "right") == "left";
    let mut a = fraction_arc(s, w, h).min(w * 0.5).min((h - dy) * 0.5);
    dx = dx.max(a).min(w - a);
    if !s.rounded {
        a = 0.0;
    }
    let a0 = a.max(0.0);
    c.translate(x, y);
    c.begin();
    if left {
        c.move_to(a0, dy);
        c.line_to(a0, 0.0);
        c.line_to(dx, 0.0);
        c.line_to(dx, dy);
    } else {
        c.move_to(w - dx, dy);
        c.line_to(w - dx, 0.0);
        c.line_to(w - a0, 0.0);
        c.line_to(w - a0, dy);
    }
    if s.rounded && a > 0.0 {
        c.move_to(0.0, a + dy);
        c.arc_to(a, a, false, true, a, dy);
        c.line_to(w - a, dy);
        c.arc_to(a, a, false, true, w, a + dy);
        c.line_to(w, h - a);
        c.arc_to(a, a, false, true, w - a, h);
        c.line_to(a, h);
        c.arc_to(a, a, false, true, 0.0, h - a);
    } else {
        c.move_to(0.0, dy);
        c.line_to(w, dy);
        c.line_to(w, h);
        c.line_to(0.0, h);
    }
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    if s.style.get("folderSymbol") == Some("triangle") {
        c.begin();
        c.move_to(w - 30.0, dy + 20.0);
        c.line_to(w - 20.0, dy + 10.0);
        c.line_to(w - 10.0, dy + 20.0);
        c.close();
        c.stroke();
    }
}

/// draw.io UMLStateShape: a (rounded) state box with optional entry/exit point circles.
fn uml_state(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let mut a = fraction_arc(s, w, h).min(w * 0.5).min(h * 0.5).max(0.0);
    if !s.rounded {
        a = 0.0;
    }
    let conn = s.style.get("umlStateConnection");
    let dx = if conn.is_some() { 10.0 } else { 0.0 };
    c.translate(x, y);
    c.begin();
    c.move_to(dx, a);
    c.arc_to(a, a, false, true, dx + a, 0.0);
    c.line_to(w - a, 0.0);
    c.arc_to(a, a, false, true, w, a);
    c.line_to(w, h - a);
    c.arc_to(a, a, false, true, w - a, h);
    c.line_to(dx + a, h);
    c.arc_to(a, a, false, true, dx, h - a);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    if s.style.get("umlStateSymbol") == Some("collapseState") {
        c.round_rect(w - 40.0, h - 20.0, 10.0, 10.0, 3.0);
        c.stroke();
        c.round_rect(w - 20.0, h - 20.0, 10.0, 10.0, 3.0);
        c.stroke();
        c.begin();
        c.move_to(w - 30.0, h - 15.0);
        c.line_to(w - 20.0, h - 15.0);
        c.stroke();
    }
    if matches!(conn, Some("connPointRefEntry") | Some("connPointRefExit")) {
        c.ellipse(0.0, h * 0.5 - 10.0, 20.0, 20.0);
        c.fill_and_stroke();
        if conn == Some("connPointRefExit") {
            c.begin();
            c.move_to(5.0, h * 0.5 - 5.0);
            c.line_to(15.0, h * 0.5 + 5.0);
            c.move_to(15.0, h * 0.5 - 5.0);
            c.line_to(5.0, h * 0.5 + 5.0);
            c.stroke();
        }
    }
}

/// draw.io CardShape: the top-left corner cut by `size`.
fn card(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 30.0).min(w).min(h).max(0.0);
    actor_points(
        c,
        s,
        x,
        y,
        &[pt(d, 0.0), pt(w, 0.0), pt(w, h), pt(0.0, h), pt(0.0, d)],
        &[],
    );
}

/// draw.io TapeShape: waves of height `size`·h at top and bottom.
fn tape(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dy = h * s.num("size", 0.4).clamp(0.0, 1.0);
    let fy = 1.4;
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, dy / 2.0);
    c.quad_to(w / 4.0, dy * fy, w / 2.0, dy / 2.0);
    c.quad_to(w * 3.0 / 4.0, dy * (1.0 - fy), w, dy / 2.0);
    c.line_to(w, h - dy / 2.0);
    c.quad_to(w * 3.0 / 4.0, h - dy * fy, w / 2.0, h - dy / 2.0);
    c.quad_to(w / 4.0, h - dy * (1.0 - fy), 0.0, h - dy / 2.0);
    c.line_to(0.0, dy / 2.0);
    c.close();
    c.fill_and_stroke();
}

/// draw.io DocumentShape: a wave of height `size`·h along the bottom.
fn document(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dy = h * s.num("size", 0.3).clamp(0.0, 1.0);
    let fy = 1.4;
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h - dy / 2.0);
    c.quad_to(w * 3.0 / 4.0, h - dy * fy, w / 2.0, h - dy / 2.0);
    c.quad_to(w / 4.0, h - dy * (1.0 - fy), 0.0, h - dy / 2.0);
    c.line_to(0.0, dy / 2.0);
    c.close();
    c.fill_and_stroke();
}

/// draw.io ParallelogramShape: slanted by `size`·w (or px with fixedSize).
fn parallelogram(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = sized(s, 0.2, 20.0, w, w);
    actor_points(
        c,
        s,
        x,
        y,
        &[pt(0.0, h), pt(d, 0.0), pt(w, 0.0), pt(w - d, h)],
        &[],
    );
}

/// draw.io TrapezoidShape: the top narrowed by `size`·w on each side (at most half).
fn trapezoid(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = if s.flag("fixedSize", false) {
        s.num("size", 20.0).min(w * 0.5).max(0.0)
    } else {
        w * s.num("size", 0.2).clamp(0.0, 0.5)
    };
    actor_points(
        c,
        s,
        x,
        y,
        &[pt(0.0, h), pt(d, 0.0), pt(w - d, 0.0), pt(w, h)],
        &[],
    );
}

/// draw.io CurlyBracketShape: an open bracket whose tip sits at `size`·w.
fn curly_bracket(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = w * s.num("size", 0.5).clamp(0.0, 1.0);
    c.translate(x, y);
    c.begin();
    let pts = [
        pt(w, 0.0),
        pt(d, 0.0),
        pt(d, h / 2.0),
        pt(0.0, h / 2.0),
        pt(d, h / 2.0),
        pt(d, h),
        pt(w, h),
    ];
    c.add_points(&pts, s.rounded, s.line_arc(), false, &[]);
    c.stroke();
}

/// draw.io ParallelMarkerShape: three bars filled with the stroke colour.
fn parallel_marker(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.set_stroke_width(1.0);
    let stroke = c.paint.stroke.clone();
    c.set_fill(stroke);
    let w2 = w / 5.0;
    for k in [0.0, 2.0, 4.0] {
        c.rect(k * w2, 0.0, w2, h);
        c.fill_and_stroke();
    }
}

/// Inset of draw.io's ProcessShape: `size`·w (px with fixedSize), at least the corner radius.
pub(super) fn process_inset(s: &Sh, w: f64, h: f64) -> f64 {
    let mut inset = if s.flag("fixedSize", false) {
        s.num("size", 0.1).min(w).max(0.0)
    } else {
        w * s.num("size", 0.1).clamp(0.0, 1.0)
    };
    if s.rounded {
        let f = s.num("arcSize", 15.0) / 100.0;
        inset = inset.max((w * f).min(h * f));
    }
    inset.round()
}

/// draw.io ProcessShape: a rectangle with two inner vertical bars.
fn process(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    rect_background(c, s, x, y, w, h);
    c.set_shadow(false);
    let inset = process_inset(s, w, h);
    c.begin();
    c.move_to(x + inset, y);
    c.line_to(x + inset, y + h);
    c.move_to(x + w - inset, y);
    c.line_to(x + w - inset, y + h);
    c.stroke();
    rect_foreground(c, s, x, y, w, h);
}

/// draw.io CalloutShape: a speech bubble whose pointer (height `size`, base `base`) starts at
/// `position`·w and points to `position2`·w.
fn callout(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 30.0).min(h).max(0.0);
    let dx = w * s.num("position", 0.5).clamp(0.0, 1.0);
    let dx2 = w * s.num("position2", 0.5).clamp(0.0, 1.0);
    let base = s.num("base", 20.0).min(w).max(0.0);
    let pts = [
        pt(0.0, 0.0),
        pt(w, 0.0),
        pt(w, h - d),
        pt(w.min(dx + base), h - d),
        pt(dx2, h),
        pt(dx.max(0.0), h - d),
        pt(0.0, h - d),
    ];
    actor_points(c, s, x, y, &pts, &[4]);
}

/// draw.io StepShape: a chevron with notch and point `size` deep.
fn step(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = sized(s, 0.2, 20.0, w, w);
    actor_points(
        c,
        s,
        x,
        y,
        &[
            pt(0.0, 0.0),
            pt(w - d, 0.0),
            pt(w, h / 2.0),
            pt(w - d, h),
            pt(0.0, h),
            pt(d, h / 2.0),
        ],
        &[],
    );
}

/// draw.io PlusShape: a rectangle with a centred cross.
fn plus(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    rect_background(c, s, x, y, w, h);
    c.set_shadow(false);
    let b = (w / 5.0).min(h / 5.0) + 1.0;
    c.begin();
    c.move_to(x + w / 2.0, y + b);
    c.line_to(x + w / 2.0, y + h - b);
    c.move_to(x + b, y + h / 2.0);
    c.line_to(x + w - b, y + h / 2.0);
    c.stroke();
    rect_foreground(c, s, x, y, w, h);
}

/// draw.io ExtendedShape: a rectangle, with `double=1` a second one inside.
fn ext(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    rect_background(c, s, x, y, w, h);
    c.set_shadow(false);
    if s.flag("double", false) {
        let m = (2f64).max(s.sw + 1.0) + s.num("margin", 0.0);
        if w - 2.0 * m > 0.0 && h - 2.0 * m > 0.0 {
            rect_background(c, s, x + m, y + m, w - 2.0 * m, h - 2.0 * m);
        }
    }
    rect_foreground(c, s, x, y, w, h);
}

/// draw.io MessageShape: an envelope.
fn message(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.add_points(
        &[pt(0.0, 0.0), pt(w, 0.0), pt(w, h), pt(0.0, h)],
        false,
        0.0,
        true,
        &[],
    );
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w / 2.0, h / 2.0);
    c.line_to(w, 0.0);
    c.stroke();
}

/// draw.io UmlActorShape: a stick figure (head h/4 tall).
fn uml_actor(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.ellipse(w / 4.0, 0.0, w / 2.0, h / 4.0);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w / 2.0, h / 4.0);
    c.line_to(w / 2.0, 2.0 * h / 3.0);
    c.move_to(w / 2.0, h / 3.0);
    c.line_to(0.0, h / 3.0);
    c.move_to(w / 2.0, h / 3.0);
    c.line_to(w, h / 3.0);
    c.move_to(w / 2.0, 2.0 * h / 3.0);
    c.line_to(0.0, h);
    c.move_to(w / 2.0, 2.0 * h / 3.0);
    c.line_to(w, h);
    c.stroke();
}

/// draw.io UmlBoundaryShape: a circle on a T.
fn uml_boundary(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, h / 4.0);
    c.line_to(0.0, h * 3.0 / 4.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, h / 2.0);
    c.line_to(w / 6.0, h / 2.0);
    c.stroke();
    c.ellipse(w / 6.0, 0.0, w * 5.0 / 6.0, h);
    c.fill_and_stroke();
}

/// draw.io UmlEntityShape: a circle standing on a line.
fn uml_entity(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.ellipse(x, y, w, h);
    c.fill_and_stroke();
    c.begin();
    c.move_to(x + w / 8.0, y + h);
    c.line_to(x + w * 7.0 / 8.0, y + h);
    c.stroke();
}

/// draw.io UmlDestroyShape: a cross.
fn uml_destroy(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.move_to(w, 0.0);
    c.line_to(0.0, h);
    c.move_to(0.0, 0.0);
    c.line_to(w, h);
    c.stroke();
}

/// draw.io UmlControlShape: a circle with an arrowhead on top.
fn uml_control(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.move_to(w * 3.0 / 8.0, h / 8.0 * 1.1);
    c.line_to(w * 5.0 / 8.0, 0.0);
    c.stroke();
    c.ellipse(0.0, h / 8.0, w, h * 7.0 / 8.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(w * 3.0 / 8.0, h / 8.0 * 1.1);
    c.line_to(w * 5.0 / 8.0, h / 4.0);
    c.stroke();
}

/// draw.io UmlLifeline: a head box of `size` (or the `participant` shape) and a dashed line down
/// the middle (`lifelineDashed`).
fn uml_lifeline(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 40.0).min(h).max(0.0);
    match s.style.get("participant") {
        None => rect_background(c, s, x, y, w, d),
        // The participant is drawn by its own (built-in) shape; stencils draw nothing here.
        Some(p) if p != "umlLifeline" => {
            c.save();
            paint(p, c, s, x, y, w, d);
            c.restore();
        }
        Some(_) => {}
    }
    if d < h {
        c.save();
        c.set_dashed(if s.flag("lifelineDashed", true) {
            Some(s.dash_pattern())
        } else {
            None
        });
        c.begin();
        c.move_to(x + w / 2.0, y + d);
        c.line_to(x + w / 2.0, y + h);
        c.stroke();
        c.restore();
    }
    c.set_shadow(false);
    rect_foreground(c, s, x, y, w, d);
}

/// draw.io UmlFrame: a frame with the name tab (width × height, corner cut 10) at the top left.
fn uml_frame(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let co: f64 = 10.0;
    let w0 = w.min(co.max(s.num("width", 60.0)));
    let h0 = h.min((co * 1.5).max(s.num("height", 30.0)));
    if let Some(bg) = s.color("swimlaneFillColor") {
        c.save();
        c.set_fill(Some(bg));
        c.rect(x, y, w, h);
        c.fill();
        c.restore();
    }
    c.begin();
    c.move_to(x, y);
    c.line_to(x + w0, y);
    c.line_to(x + w0, y + (h0 - co * 1.5).max(0.0));
    c.line_to(x + (w0 - co).max(0.0), y + h0);
    c.line_to(x, y + h0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(x + w0, y);
    c.line_to(x + w, y);
    c.line_to(x + w, y + h);
    c.line_to(x, y + h);
    c.line_to(x, y + h0);
    c.stroke();
}

/// draw.io LollipopShape: a circle of `size` on a stem.
fn lollipop(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 10.0).clamp(0.0, 1e6);
    c.translate(x, y);
    c.ellipse((w - d) / 2.0, 0.0, d, d);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w / 2.0, d);
    c.line_to(w / 2.0, h);
    c.stroke();
}

/// draw.io RequiresShape: a socket (half circle) on a stem.
fn requires(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 10.0).clamp(0.0, 1e6);
    let inset = s.num("inset", 2.0).clamp(-1e6, 1e6) + s.sw;
    c.translate(x, y);
    c.begin();
    c.move_to(w / 2.0, d + inset);
    c.line_to(w / 2.0, h);
    c.stroke();
    c.begin();
    c.move_to((w - d) / 2.0 - inset, d / 2.0);
    c.quad_to((w - d) / 2.0 - inset, d + inset, w / 2.0, d + inset);
    c.quad_to(
        (w + d) / 2.0 + inset,
        d + inset,
        (w + d) / 2.0 + inset,
        d / 2.0,
    );
    c.stroke();
}

/// draw.io RequiredInterfaceShape: a half-circle socket opening west.
fn required_interface(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, 0.0);
    c.quad_to(w, 0.0, w, h / 2.0);
    c.quad_to(w, h, 0.0, h);
    c.stroke();
}

/// draw.io ProvidedRequiredInterfaceShape: a ball inside a socket.
fn provided_required_interface(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let inset = s.num("inset", 2.0).clamp(-1e6, 1e6) + s.sw;
    c.translate(x, y);
    c.ellipse(0.0, inset, w - 2.0 * inset, h - 2.0 * inset);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w / 2.0, 0.0);
    c.quad_to(w, 0.0, w, h / 2.0);
    c.quad_to(w, h, w / 2.0, h);
    c.stroke();
}

/// The outline of a box with two jetties on its left side (draw.io ModuleShape/ComponentShape),
/// and the jetties' fronts.
fn jetty_box(
    c: &mut Canvas,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    (dx, dy): (f64, f64),
    (y0, y1): (f64, f64),
) {
    let x0 = dx / 2.0;
    let x1 = x0 + dx / 2.0;
    c.translate(x, y);
    c.begin();
    let pts = [
        pt(x0, 0.0),
        pt(w, 0.0),
        pt(w, h),
        pt(x0, h),
        pt(x0, y1 + dy),
        pt(0.0, y1 + dy),
        pt(0.0, y1),
        pt(x0, y1),
        pt(x0, y0 + dy),
        pt(0.0, y0 + dy),
        pt(0.0, y0),
        pt(x0, y0),
    ];
    c.add_points(&pts, false, 0.0, true, &[]);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    for yy in [y0, y1] {
        c.move_to(x0, yy);
        c.line_to(x1, yy);
        c.line_to(x1, yy + dy);
        c.line_to(x0, yy + dy);
    }
    c.stroke();
}

/// draw.io ModuleShape: jetties of jettyWidth × jettyHeight near the top.
fn module(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dx = s.num("jettyWidth", 20.0).clamp(-1e6, 1e6);
    let dy = s.num("jettyHeight", 10.0).clamp(-1e6, 1e6);
    let y0 = dy.min(h - dy);
    let y1 = (y0 + 2.0 * dy).min(h - dy);
    jetty_box(c, x, y, w, h, (dx, dy), (y0, y1));
}

/// draw.io ComponentShape: jetties centred at 30 % and 70 % of the height.
fn component(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dx = s.num("jettyWidth", 32.0).clamp(-1e6, 1e6);
    let dy = s.num("jettyHeight", 12.0).clamp(-1e6, 1e6);
    jetty_box(
        c,
        x,
        y,
        w,
        h,
        (dx, dy),
        (0.3 * h - dy / 2.0, 0.7 * h - dy / 2.0),
    );
}

/// draw.io AssociativeEntity: a rectangle with an inscribed rhombus.
fn associative_entity(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    rect_background(c, s, x, y, w, h);
    c.set_shadow(false);
    c.begin();
    c.add_points(
        &[
            pt(x + w / 2.0, y),
            pt(x + w, y + h / 2.0),
            pt(x + w / 2.0, y + h),
            pt(x, y + h / 2.0),
        ],
        s.rounded,
        s.line_arc(),
        true,
        &[],
    );
    c.stroke();
    rect_foreground(c, s, x, y, w, h);
}

/// draw.io StateShape (endState) and StartStateShape: a disc inset min(4, w/5, h/5), the end state
/// with an outer ring.
fn state(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64, ring: bool) {
    let inset = 4f64.min(w / 5.0).min(h / 5.0);
    if w > 0.0 && h > 0.0 {
        c.ellipse(x + inset, y + inset, w - 2.0 * inset, h - 2.0 * inset);
        c.fill_and_stroke();
    }
    c.set_shadow(false);
    if ring {
        c.ellipse(x, y, w, h);
        c.stroke();
    }
}

/// draw.io ManualInputShape: the top edge rising from `size` at the left.
fn manual_input(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 30.0).min(h);
    actor_points(
        c,
        s,
        x,
        y,
        &[pt(0.0, h), pt(0.0, d), pt(w, 0.0), pt(w, h)],
        &[],
    );
}

/// draw.io InternalStorageShape: a rectangle with a line dy below the top and dx from the left.
fn internal_storage(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    rect_background(c, s, x, y, w, h);
    c.set_shadow(false);
    rect_foreground(c, s, x, y, w, h);
    let inset = if s.rounded {
        let f = s.num("arcSize", 15.0) / 100.0;
        (w * f).min(h * f).max(0.0)
    } else {
        0.0
    };
    let dx = inset.max(s.num("dx", 20.0).min(w));
    let dy = inset.max(s.num("dy", 20.0).min(h));
    c.begin();
    c.move_to(x, y + dy);
    c.line_to(x + w, y + dy);
    c.stroke();
    c.begin();
    c.move_to(x + dx, y);
    c.line_to(x + dx, y + h);
    c.stroke();
}

/// draw.io CornerShape: an L of arm widths dx, dy.
fn corner(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dx = s.num("dx", 20.0).min(w).max(0.0);
    let dy = s.num("dy", 20.0).min(h).max(0.0);
    actor_points(
        c,
        s,
        x,
        y,
        &[
            pt(0.0, 0.0),
            pt(w, 0.0),
            pt(w, dy),
            pt(dx, dy),
            pt(dx, h),
            pt(0.0, h),
        ],
        &[],
    );
}

/// draw.io CrossbarShape: two posts and a bar.
fn crossbar(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, h);
    c.move_to(w, 0.0);
    c.line_to(w, h);
    c.move_to(0.0, h / 2.0);
    c.line_to(w, h / 2.0);
    c.fill_and_stroke();
}

/// draw.io TeeShape: a T with a bar dy high and a stem dx wide.
fn tee(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dx = s.num("dx", 20.0).min(w).max(0.0);
    let dy = s.num("dy", 20.0).min(h).max(0.0);
    let pts = [
        pt(0.0, 0.0),
        pt(w, 0.0),
        pt(w, dy),
        pt((w + dx) / 2.0, dy),
        pt((w + dx) / 2.0, h),
        pt((w - dx) / 2.0, h),
        pt((w - dx) / 2.0, dy),
        pt(0.0, dy),
    ];
    actor_points(c, s, x, y, &pts, &[]);
}

/// arrowWidth (shaft, fraction of h) and arrowSize (head, fraction of w) of draw.io's arrows.
fn arrow_dims(s: &Sh, w: f64, h: f64) -> (f64, f64) {
    (
        h * s.num("arrowWidth", 0.3).clamp(0.0, 1.0),
        w * s.num("arrowSize", 0.2).clamp(0.0, 1.0),
    )
}

/// draw.io SingleArrowShape: a block arrow pointing east.
fn single_arrow(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let (aw, head) = arrow_dims(s, w, h);
    let at = (h - aw) / 2.0;
    let ab = at + aw;
    let pts = [
        pt(0.0, at),
        pt(w - head, at),
        pt(w - head, 0.0),
        pt(w, h / 2.0),
        pt(w - head, h),
        pt(w - head, ab),
        pt(0.0, ab),
    ];
    actor_points(c, s, x, y, &pts, &[]);
}

/// draw.io DoubleArrowShape: a block arrow with heads at both ends.
fn double_arrow(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let (aw, head) = arrow_dims(s, w, h);
    let at = (h - aw) / 2.0;
    let ab = at + aw;
    let pts = [
        pt(0.0, h / 2.0),
        pt(head, 0.0),
        pt(head, at),
        pt(w - head, at),
        pt(w - head, 0.0),
        pt(w, h / 2.0),
        pt(w - head, h),
        pt(w - head, ab),
        pt(head, ab),
        pt(head, h),
    ];
    actor_points(c, s, x, y, &pts, &[]);
}

/// draw.io DataStorageShape: curved left and right sides bulging west.
fn data_storage(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = sized(s, 0.1, 20.0, w, w);
    c.translate(x, y);
    c.begin();
    c.move_to(d, 0.0);
    c.line_to(w, 0.0);
    c.quad_to(w - d * 2.0, h / 2.0, w, h);
    c.line_to(d, h);
    c.quad_to(d - d * 2.0, h / 2.0, d, 0.0);
    c.close();
    c.fill_and_stroke();
}

/// draw.io OrShape: a D-shaped gate.
fn or(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, 0.0);
    c.quad_to(w, 0.0, w, h / 2.0);
    c.quad_to(w, h, 0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// draw.io XorShape: the OR gate with a curved back.
fn xor(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, 0.0);
    c.quad_to(w, 0.0, w, h / 2.0);
    c.quad_to(w, h, 0.0, h);
    c.quad_to(w / 2.0, h / 2.0, 0.0, 0.0);
    c.close();
    c.fill_and_stroke();
}

/// draw.io LoopLimitShape: the top corners cut by `size`.
fn loop_limit(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = s.num("size", 20.0).min(w / 2.0).min(h);
    actor_points(
        c,
        s,
        x,
        y,
        &[
            pt(d, 0.0),
            pt(w - d, 0.0),
            pt(w, d * 0.8),
            pt(w, h),
            pt(0.0, h),
            pt(0.0, d * 0.8),
        ],
        &[],
    );
}

/// draw.io OffPageConnectorShape: a pentagon pointing down, the point `size`·h tall.
fn off_page_connector(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let d = h * s.num("size", 3.0 / 8.0).clamp(0.0, 1.0);
    actor_points(
        c,
        s,
        x,
        y,
        &[
            pt(0.0, 0.0),
            pt(w, 0.0),
            pt(w, h - d),
            pt(w / 2.0, h),
            pt(0.0, h - d),
        ],
        &[],
    );
}

/// draw.io TapeDataShape: a circle with a tail along the bottom right.
fn tape_data(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    ellipse(c, x, y, w, h);
    c.begin();
    c.move_to(x + w / 2.0, y + h);
    c.line_to(x + w, y + h);
    c.stroke();
}

/// draw.io OrEllipseShape: a circle with a plus.
fn or_ellipse(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    ellipse(c, x, y, w, h);
    c.set_shadow(false);
    c.begin();
    c.move_to(x, y + h / 2.0);
    c.line_to(x + w, y + h / 2.0);
    c.stroke();
    c.begin();
    c.move_to(x + w / 2.0, y);
    c.line_to(x + w / 2.0, y + h);
    c.stroke();
}

/// draw.io SumEllipseShape: a circle with a diagonal cross.
fn sum_ellipse(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    ellipse(c, x, y, w, h);
    let k = 0.145;
    c.set_shadow(false);
    c.begin();
    c.move_to(x + w * k, y + h * k);
    c.line_to(x + w * (1.0 - k), y + h * (1.0 - k));
    c.stroke();
    c.begin();
    c.move_to(x + w * (1.0 - k), y + h * k);
    c.line_to(x + w * k, y + h * (1.0 - k));
    c.stroke();
}

/// draw.io SortShape: a rhombus cut in half horizontally.
fn sort_shape(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    c.begin();
    c.add_points(
        &[
            pt(x + w / 2.0, y),
            pt(x + w, y + h / 2.0),
            pt(x + w / 2.0, y + h),
            pt(x, y + h / 2.0),
        ],
        s.rounded,
        s.line_arc(),
        true,
        &[],
    );
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(x, y + h / 2.0);
    c.line_to(x + w, y + h / 2.0);
    c.stroke();
}

/// draw.io CollateShape: an hourglass of two triangles.
fn collate(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.begin();
    c.add_points(
        &[pt(x, y), pt(x + w, y), pt(x + w / 2.0, y + h / 2.0)],
        false,
        0.0,
        true,
        &[],
    );
    c.fill_and_stroke();
    c.begin();
    c.add_points(
        &[pt(x, y + h), pt(x + w, y + h), pt(x + w / 2.0, y + h / 2.0)],
        false,
        0.0,
        true,
        &[],
    );
    c.fill_and_stroke();
}

/// draw.io DimensionShape: a measuring line with arrows 10 px from the bottom.
fn dimension(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    let al = 10.0;
    let cy = y + h - al / 2.0;
    c.begin();
    c.move_to(x, y);
    c.line_to(x, y + h);
    c.move_to(x, cy);
    c.line_to(x + al, cy - al / 2.0);
    c.move_to(x, cy);
    c.line_to(x + al, cy + al / 2.0);
    c.move_to(x, cy);
    c.line_to(x + w, cy);
    c.move_to(x + w, y);
    c.line_to(x + w, y + h);
    c.move_to(x + w, cy);
    c.line_to(x + w - al, cy - al / 2.0);
    c.move_to(x + w, cy);
    c.line_to(x + w - al, cy + al / 2.0);
    c.stroke();
}

/// draw.io LineEllipseShape: a circle split by a horizontal (or `line=vertical`) line.
fn line_ellipse(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    ellipse(c, x, y, w, h);
    c.set_shadow(false);
    c.begin();
    if s.style.get("line") == Some("vertical") {
        c.move_to(x + w / 2.0, y);
        c.line_to(x + w / 2.0, y + h);
    } else {
        c.move_to(x, y + h / 2.0);
        c.line_to(x + w, y + h / 2.0);
    }
    c.stroke();
}

/// draw.io DelayShape: a box with a round east end.
fn delay(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    let dx = w.min(h / 2.0);
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w - dx, 0.0);
    c.quad_to(w, 0.0, w, h / 2.0);
    c.quad_to(w, h, w - dx, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// draw.io CrossShape: a plus sign whose arms are `size`·min(w, h) thick.
fn cross(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let m = w.min(h);
    let d = (m * s.num("size", 0.2)).clamp(0.0, m.max(0.0));
    let t = (h - d) / 2.0;
    let b = t + d;
    let l = (w - d) / 2.0;
    let r = l + d;
    let pts = [
        pt(0.0, t),
        pt(l, t),
        pt(l, 0.0),
        pt(r, 0.0),
        pt(r, t),
        pt(w, t),
        pt(w, b),
        pt(r, b),
        pt(r, h),
        pt(l, h),
        pt(l, b),
        pt(0.0, b),
    ];
    c.translate(x, y);
    c.begin();
    c.add_points(&pts, false, 0.0, true, &[]);
    c.fill_and_stroke();
}

/// draw.io DisplayShape: a pointed west end and a round east end.
fn display(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dx = w.min(h / 2.0);
    let d = (w - dx).min(s.num("size", 0.25).max(0.0) * w);
    c.translate(x, y);
    c.begin();
    c.move_to(0.0, h / 2.0);
    c.line_to(d, 0.0);
    c.line_to(w - dx, 0.0);
    c.quad_to(w, 0.0, w, h / 2.0);
    c.quad_to(w, h, w - dx, h);
    c.line_to(d, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeFlowchartDocument2 (shapes/mxFlowchart.js): a document with round top corners.
fn flowchart_document2(c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) {
    let dy = h * s.num("size", 0.5).clamp(0.0, 1.0);
    let fy = 1.4;
    let r = 5.0;
    c.translate(x, y);
    c.begin();
    c.move_to(w - r, 0.0);
    c.arc_to(r, r, false, true, w, r);
    c.line_to(w, h - dy / 2.0);
    c.quad_to(w * 3.0 / 4.0, h - dy * fy, w / 2.0, h - dy / 2.0);
    c.quad_to(w / 4.0, h - dy * (1.0 - fy), 0.0, h - dy / 2.0);
    c.line_to(0.0, dy / 2.0);
    c.line_to(0.0, r);
    c.arc_to(r, r, false, true, r, 0.0);
    c.close();
    c.fill_and_stroke();
}

#[cfg(test)]
mod tests {
    use super::super::{draw_vertex, Drawn, TableGrid, VertexExtra};
    use crate::geom::Rect;
    use crate::render::paint::Paint;
    use crate::style::{Style, Theme};

    const PAINT: &str = "fillColor=#ffffff;strokeColor=#000000;";

    fn draw_in(style: &str, b: Rect, grid: Option<&TableGrid>) -> String {
        let s = Style::parse_raw(&format!("{PAINT}{style}"));
        let p = Paint::from_style(&s, &Theme::light(), None);
        let mut out = String::new();
        let extra = VertexExtra { grid, sketch: None };
        assert!(
            matches!(
                draw_vertex(&mut out, &b, &s, &p, &Theme::light(), &extra),
                Drawn::Ok
            ),
            "{style}"
        );
        out
    }

    fn draw(style: &str) -> String {
        draw_in(style, Rect::new(0.0, 0.0, 100.0, 60.0), None)
    }

    fn has(out: &str, needle: &str) {
        assert!(out.contains(needle), "missing {needle:?} in {out}");
    }

    #[test]
    fn rectangles() {
        // mxRectangleShape: rx = min(w, h)·arcSize% (15 by default); absoluteArcSize: arcSize/2 px.
        has(
            &draw(""),
            "<rect class=\"fl-shape\" x=\"0\" y=\"0\" width=\"100\" height=\"60\" fill=\"#ffffff\"",
        );
        has(&draw("rounded=1"), "rx=\"9\" ry=\"9\"");
        has(&draw("rounded=1;arcSize=50"), "rx=\"30\" ry=\"30\"");
        has(
            &draw("rounded=1;absoluteArcSize=1;arcSize=24"),
            "rx=\"12\" ry=\"12\"",
        );
        // fillColor=none (deleted) keeps the outline only; nothing at all when both are gone.
        let s = Style::parse_raw("strokeColor=#000000");
        let p = Paint::from_style(&s, &Theme::light(), None);
        let mut out = String::new();
        draw_vertex(
            &mut out,
            &Rect::new(0.0, 0.0, 10.0, 10.0),
            &s,
            &p,
            &Theme::light(),
            &VertexExtra::default(),
        );
        has(&out, "fill=\"none\" stroke=\"#000000\"");
        let t = Style::parse_raw("");
        let mut empty = String::new();
        draw_vertex(
            &mut empty,
            &Rect::new(0.0, 0.0, 10.0, 10.0),
            &t,
            &Paint::from_style(&t, &Theme::light(), None),
            &Theme::light(),
            &VertexExtra::default(),
        );
        assert!(empty.is_empty(), "{empty}");
    }

    #[test]
    fn ellipses() {
        has(
            &draw("shape=ellipse"),
            "<ellipse class=\"fl-shape\" cx=\"50\" cy=\"30\" rx=\"50\" ry=\"30\"",
        );
        // mxDoubleEllipse: inner outline min(3 + strokeWidth, w/5, h/5) = 4 inside.
        has(
            &draw("shape=doubleEllipse"),
            "<ellipse class=\"fl-fg\" cx=\"50\" cy=\"30\" rx=\"46\" ry=\"26\" fill=\"none\"",
        );
        // draw.io StateShape: the end state's disc is inset min(4, w/5, h/5), its ring is stroke only.
        let e = draw("shape=endState");
        has(
            &e,
            "<ellipse class=\"fl-shape\" cx=\"50\" cy=\"30\" rx=\"46\" ry=\"26\"",
        );
        has(
            &e,
            "<ellipse class=\"fl-fg\" cx=\"50\" cy=\"30\" rx=\"50\" ry=\"30\" fill=\"none\"",
        );
        assert!(!draw("shape=startState").contains("rx=\"50\""));
    }

    #[test]
    fn polygons_and_rounding() {
        has(&draw("shape=rhombus"), "d=\"M50 0 L100 30 L50 60 L0 30 Z\"");
        // Rounded polygons cut each corner arcSize/2 (LINE_ARCSIZE 20 → 10) and join with Q.
        has(&draw("shape=rhombus;rounded=1"), "Q100 30");
        has(&draw("shape=triangle"), "d=\"M0 0 L100 30 L0 60 Z\"");
        // HexagonShape: size 0.25 of the width.
        has(
            &draw("shape=hexagon"),
            "d=\"M25 0 L75 0 L100 30 L75 60 L25 60 L0 30 Z\"",
        );
        has(
            &draw("shape=hexagon;fixedSize=1;size=10"),
            "d=\"M10 0 L90 0 L100 30",
        );
        // Parallelogram/trapezoid/step: 0.2 of the width.
        has(
            &draw("shape=parallelogram"),
            "d=\"M0 60 L20 0 L100 0 L80 60 Z\"",
        );
        has(
            &draw("shape=trapezoid"),
            "d=\"M0 60 L20 0 L80 0 L100 60 Z\"",
        );
        has(
            &draw("shape=step"),
            "d=\"M0 0 L80 0 L100 30 L80 60 L0 60 L20 30 Z\"",
        );
        // CalloutShape: pointer 30 deep, base 20 from the middle, never rounded at its tip.
        has(
            &draw("shape=callout"),
            "d=\"M0 0 L100 0 L100 30 L70 30 L50 60 L50 30 L0 30 Z\"",
        );
        has(
            &draw("shape=card"),
            "d=\"M30 0 L100 0 L100 60 L0 60 L0 30 Z\"",
        );
        has(
            &draw("shape=offPageConnector"),
            "L100 37.5 L50 60 L0 37.5 Z\"",
        );
    }

    #[test]
    fn cylinders() {
        // mxCylinder: rim min(40, round(h/5)); the front rim is a separate stroke.
        let c = draw("shape=cylinder");
        has(
            &c,
            "d=\"M0 12 C0 -4 100 -4 100 12 L100 48 C100 64 0 64 0 48 Z\"",
        );
        has(&c, "<path class=\"fl-fg\" d=\"M0 12 C0 24 100 24 100 12\"");
        // cylinder3: elliptic arcs `size` px tall.
        let c3 = draw("shape=cylinder3;size=10");
        has(&c3, "d=\"M0 10 A50 10 0 0 1 50 0 A50 10 0 0 1 100 10 L100 50 A50 10 0 0 1 50 60 A50 10 0 0 1 0 50 Z\"");
        has(
            &c3,
            "<path class=\"fl-fg\" d=\"M100 10 A50 10 0 0 1 50 20 A50 10 0 0 1 0 10\"",
        );
    }

    #[test]
    fn folded_and_tabbed() {
        let n = draw("shape=note;size=20");
        has(&n, "d=\"M0 0 L80 0 L100 20 L100 60 L0 60 L0 0 Z\"");
        has(&n, "d=\"M80 0 L80 20 L100 20\"");
        // FolderShape: the tab (60 × 20) on the right, the body below it.
        let f = draw("shape=folder");
        has(
            &f,
            "d=\"M40 20 L40 0 L100 0 L100 20 M0 20 L100 20 L100 60 L0 60 Z\"",
        );
        let c = draw("shape=cube");
        has(&c, "d=\"M0 0 L80 0 L100 20 L100 60 L20 60 L0 40 L0 0 Z\"");
        has(&c, "d=\"M20 60 L20 20 L0 0 M20 20 L100 20\"");
    }

    #[test]
    fn process_and_friends() {
        // ProcessShape: bars at round(0.1·w) from each side.
        has(&draw("shape=process"), "d=\"M10 0 L10 60 M90 0 L90 60\"");
        has(&draw("shape=internalStorage"), "d=\"M0 20 L100 20\"");
        // PlusShape: a cross min(w, h)/5 + 1 in from the sides.
        has(&draw("shape=plus"), "d=\"M50 13 L50 47 M13 30 L87 30\"");
        // DocumentShape: wave of 0.3·h.
        has(
            &draw("shape=document"),
            "d=\"M0 0 L100 0 L100 51 Q75 34.8 50 51 Q25 67.2 0 51 L0 9 Z\"",
        );
        // ComponentShape: jetties 32 × 12 centred at 30 % and 70 % of the height.
        has(&draw("shape=component"), "M16 12 L32 12 L32 24 L16 24");
    }

    #[test]
    fn uml_shapes() {
        // UmlActorShape: head w/2 × h/4, arms at h/3, legs from 2h/3.
        let a = draw_in("shape=umlActor", Rect::new(0.0, 0.0, 40.0, 80.0), None);
        has(
            &a,
            "<ellipse class=\"fl-shape\" cx=\"20\" cy=\"10\" rx=\"10\" ry=\"10\"",
        );
        has(&a, "M20 20 L20 53.33 M20 26.67 L0 26.67");
        // UmlLifeline: head of `size`, dashed line down the middle.
        let l = draw_in(
            "shape=umlLifeline;size=30",
            Rect::new(0.0, 0.0, 100.0, 200.0),
            None,
        );
        has(
            &l,
            "<rect class=\"fl-shape\" x=\"0\" y=\"0\" width=\"100\" height=\"30\"",
        );
        has(
            &l,
            "d=\"M50 30 L50 200\" fill=\"none\" stroke=\"#000000\" stroke-dasharray=\"3 3\"",
        );
        // UmlFrame: the name tab with its cut corner, then the frame.
        let f = draw_in("shape=umlFrame", Rect::new(0.0, 0.0, 200.0, 100.0), None);
        has(&f, "d=\"M0 0 L60 0 L60 15 L50 30 L0 30 Z\"");
        has(&f, "d=\"M60 0 L200 0 L200 100 L0 100 L0 30\"");
    }

    #[test]
    fn swimlanes() {
        // mxSwimlane: the title strip (startSize), the open body, the divider.
        let s = draw_in(
            "shape=swimlane;startSize=20",
            Rect::new(0.0, 0.0, 100.0, 80.0),
            None,
        );
        has(
            &s,
            "<path class=\"fl-shape\" d=\"M0 20 L0 0 L100 0 L100 20\"",
        );
        has(&s, "d=\"M0 20 L0 80 L100 80 L100 20\" fill=\"none\"");
        has(&s, "d=\"M0 20 L100 20\"");
        // Vertical lanes put the strip on the left; swimlaneFillColor fills the body.
        let v = draw_in(
            "shape=swimlane;startSize=20;horizontal=0;swimlaneFillColor=#eeeeee",
            Rect::new(0.0, 0.0, 100.0, 80.0),
            None,
        );
        has(&v, "d=\"M20 0 L0 0 L0 80 L20 80\"");
        has(&v, "d=\"M20 0 L100 0 L100 80 L20 80\" fill=\"#eeeeee\"");
        // Rounded: radius startSize·arcSize%·3, at most the strip.
        has(
            &draw_in(
                "shape=swimlane;startSize=20;rounded=1",
                Rect::new(0.0, 0.0, 100.0, 80.0),
                None,
            ),
            "Q100 0 91 0",
        );
        // swimlaneLine=0 drops the divider.
        assert!(!draw_in(
            "shape=swimlane;startSize=20;swimlaneLine=0",
            Rect::new(0.0, 0.0, 100.0, 80.0),
            None
        )
        .contains("d=\"M0 20 L100 20\""));
    }

    #[test]
    fn tables_draw_row_and_column_lines() {
        let grid = TableGrid {
            row_tops: vec![60.0, 90.0],
            col_lefts: vec![30.0],
        };
        let t = draw_in(
            "shape=table;startSize=30",
            Rect::new(0.0, 0.0, 250.0, 120.0),
            Some(&grid),
        );
        // Rows at their own y; columns from below the title to the bottom.
        has(&t, "d=\"M0 60 L250 60 M0 90 L250 90 M30 30 L30 120\"");
        let no_rows = draw_in(
            "shape=table;startSize=30;rowLines=0",
            Rect::new(0.0, 0.0, 250.0, 120.0),
            Some(&grid),
        );
        has(&no_rows, "d=\"M30 30 L30 120\"");
        // Without a title the table is a partial rectangle (fill, then the four sides).
        has(
            &draw_in(
                "shape=table;startSize=0",
                Rect::new(0.0, 0.0, 250.0, 120.0),
                Some(&grid),
            ),
            "d=\"M0 0 L250 0 L250 120 L0 120 L0 0\"",
        );
        // Partial rectangle sides follow top/right/bottom/left.
        has(
            &draw("shape=partialRectangle;top=0;bottom=0"),
            "d=\"M0 0 M100 0 L100 60 M0 60 L0 0\"",
        );
    }

    #[test]
    fn direction_turns_the_drawing() {
        // mxShape: north/south paint into swapped bounds about the centre, then rotate.
        let t = draw("shape=triangle;direction=south");
        has(&t, "<g transform=\"rotate(90 50 30)\">");
        has(&t, "d=\"M20 -20 L80 30 L20 80 Z\"");
        has(
            &draw("shape=triangle;direction=west"),
            "<g transform=\"rotate(180 50 30)\">",
        );
        has(
            &draw("shape=triangle;direction=north"),
            "<g transform=\"rotate(270 50 30)\">",
        );
        assert!(!draw("shape=triangle;direction=east").contains("rotate"));
    }

    #[test]
    fn shadow_and_glass() {
        // A shadow copy precedes the filled outline only (details are drawn without shadow).
        let c = draw("shape=cylinder3;size=10;shadow=1");
        assert_eq!(c.matches("fl-shadow").count(), 1, "{c}");
        has(&c, "fill=\"#000000\" stroke=\"#000000\" transform=\"translate(2 3)\" opacity=\"0.25\"/>");
        // Turned cells keep the shadow falling down-right on the page.
        has(
            &draw("shadow=1;rotation=90"),
            "transform=\"translate(3 -2)\"",
        );
        // mxShape.paintGlassEffect: a white highlight over the top 40 %.
        let g = draw("glass=1");
        has(
            &g,
            "d=\"M-1 -1 L-1 24 Q50 42 101 24 L101 -1 Z\" fill=\"url(#fl-glass)\" stroke=\"none\"",
        );
    }

    #[test]
    fn hostile_sizes_stay_finite_and_bounded() {
        for st in [
            "shape=cylinder;size=1e308",
            "shape=cylinder3;size=-1e308",
            "shape=note;size=1e300",
            "shape=folder;tabWidth=1e308;tabHeight=-1e308;rounded=1",
            "shape=callout;size=1e308;position=1e308;base=-5",
            "shape=hexagon;fixedSize=1;size=1e308",
            "shape=waypoint;size=1e308",
            "shape=lollipop;size=1e308",
            "shape=swimlane;startSize=1e308;rounded=1",
            "shape=umlLifeline;size=-1e308;participant=umlLifeline",
            "shape=umlFrame;width=1e308;height=1e308",
            "shape=module;jettyWidth=1e308;jettyHeight=1e308",
            "shape=datastore;strokeWidth=1e308",
        ] {
            for b in [
                Rect::new(0.0, 0.0, 100.0, 60.0),
                Rect::new(0.0, 0.0, 0.0, 0.0),
                Rect::new(1e7, 1e7, 1e7, 1e7),
            ] {
                let d = draw_in(st, b, None);
                assert!(
                    !d.contains("NaN") && !d.contains("inf") && d.len() < 100_000,
                    "{st}: {d}"
                );
            }
        }
    }
}
