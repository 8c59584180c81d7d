//! Vertex shapes as SVG elements. Geometry rules follow mxGraph's shape classes and
//! draw.io's Shapes.js (named in each function). Unknown shapes return `Unknown`.

use super::paint::Paint;
use super::path::Path;
use super::svg::{esc_attr, num};
use crate::geom::{Point, Rect};
use crate::style::{Style, Theme};
use std::fmt::Write;

pub enum Drawn {
    Ok,
    /// Not drawn: the caller shows a placeholder and reports the shape name.
    Unknown,
}

fn el_path(out: &mut String, class: &str, d: &str, paint: &Paint) {
    let _ = write!(out, "<path class=\"{class}\" d=\"{d}\"{}/>", paint.attrs());
}

fn pt(x: f64, y: f64) -> Point {
    Point::new(x, y)
}

/// Corner radius of a rounded rectangle (mxRectangleShape).
pub fn rect_radius(style: &Style, w: f64, h: f64) -> f64 {
    if style.flag("absoluteArcSize", false) {
        (w / 2.0)
            .min(h / 2.0)
            .min(style.num("arcSize", 20.0) / 2.0)
            .max(0.0)
    } else {
        let f = style.num("arcSize", 15.0) / 100.0;
        (w * f).min(h * f).max(0.0)
    }
}

fn rect(out: &mut String, class: &str, b: &Rect, r: f64, paint: &Paint) {
    let _ = write!(
        out,
        "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
        num(b.x),
        num(b.y),
        num(b.width.max(0.0)),
        num(b.height.max(0.0))
    );
    if r > 0.0 {
        let _ = write!(out, " rx=\"{}\" ry=\"{}\"", num(r), num(r));
    }
    let _ = write!(out, "{}/>", paint.attrs());
}

/// Size parameter that is a fraction of a side unless `fixedSize=1` (then px).
fn size_param(style: &Style, default_frac: f64, default_px: f64, side: f64) -> f64 {
    if style.flag("fixedSize", false) {
        style.num("size", default_px).clamp(0.0, side)
    } else {
        side * style.num("size", default_frac).clamp(0.0, 1.0)
    }
}

/// Only images that cannot carry script into the page: raster/SVG data URIs and http(s) URLs.
pub fn safe_image_href(v: &str) -> Option<String> {
    let v = v.trim();
    let lower = v.get(..32.min(v.len()))?.to_ascii_lowercase();
    let ok_data = [
        "data:image/png",
        "data:image/jpeg",
        "data:image/jpg",
        "data:image/gif",
        "data:image/webp",
        "data:image/bmp",
        "data:image/svg+xml",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    if ok_data {
        // draw.io drops ";base64" because ";" separates style tokens (postProcessCellStyle).
        if let Some((head, data)) = v.split_once(',') {
            if !head.contains(";base64")
                && !head.starts_with("data:image/svg+xml")
                && !data.starts_with('<')
                && !data.starts_with("%3C")
            {
                return Some(format!("{};base64,{}", head, data));
            }
        }
        return Some(v.to_string());
    }
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Some(v.to_string());
    }
    None
}

fn image(out: &mut String, b: &Rect, href: &str, style: &Style) {
    let aspect = if style.flag("imageAspect", true) {
        "xMidYMid meet"
    } else {
        "none"
    };
    let _ = write!(
        out,
        "<image class=\"fl-image\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"{aspect}\" href=\"{}\"/>",
        num(b.x),
        num(b.y),
        num(b.width.max(0.0)),
        num(b.height.max(0.0)),
        esc_attr(href)
    );
}

/// Draws the vertex shape for `style.shape()` into `out`. Returns `Unknown` for shapes not supported.
pub fn draw_vertex(
    out: &mut String,
    b: &Rect,
    style: &Style,
    paint: &Paint,
    theme: &Theme,
) -> Drawn {
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    let rounded = style.flag("rounded", false);
    match style.shape() {
        "" | "label" | "rectangle" | "rect" | "table" => {
            let r = if rounded {
                rect_radius(style, w, h)
            } else {
                0.0
            };
            rect(out, "fl-shape", b, r, paint);
            if let Some(href) = style.get("image").and_then(safe_image_href) {
                // mxLabel: the icon sits at imageAlign/imageVerticalAlign inside the box.
                let iw = style.num("imageWidth", 24.0);
                let ih = style.num("imageHeight", 24.0);
                let sp = style.num("spacing", 2.0) + 5.0;
                let ix = match style.str_or("imageAlign", "left") {
                    "center" => x + (w - iw) / 2.0,
                    "right" => x + w - iw - sp,
                    _ => x + sp,
                };
                let iy = match style.str_or("imageVerticalAlign", "middle") {
                    "top" => y + sp,
                    "bottom" => y + h - ih - sp,
                    _ => y + (h - ih) / 2.0,
                };
                image(out, &Rect::new(ix, iy, iw, ih), &href, style);
            }
        }
        "tableRow" => {}
        "ellipse" => {
            let _ = write!(
                out,
                "<ellipse class=\"fl-shape\" cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{}/>",
                num(x + w / 2.0),
                num(y + h / 2.0),
                num(w.max(0.0) / 2.0),
                num(h.max(0.0) / 2.0),
                paint.attrs()
            );
        }
        "doubleEllipse" => {
            let _ = write!(
                out,
                "<ellipse class=\"fl-shape\" cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{}/>",
                num(x + w / 2.0),
                num(y + h / 2.0),
                num(w / 2.0),
                num(h / 2.0),
                paint.attrs()
            );
            let inset = style.num(
                "margin",
                (3.0 + paint.stroke_width).min(w / 5.0).min(h / 5.0),
            );
            let _ = write!(
                out,
                "<ellipse class=\"fl-fg\" cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{}/>",
                num(x + w / 2.0),
                num(y + h / 2.0),
                num((w / 2.0 - inset).max(0.0)),
                num((h / 2.0 - inset).max(0.0)),
                paint.stroke_only().attrs()
            );
        }
        "rhombus" => {
            let pts = [
                pt(x + w / 2.0, y),
                pt(x + w, y + h / 2.0),
                pt(x + w / 2.0, y + h),
                pt(x, y + h / 2.0),
            ];
            let mut p = Path::new();
            if rounded {
                p.rounded_polygon(&pts, style.num("arcSize", 20.0) / 2.0);
            } else {
                p.polygon(&pts);
            }
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "triangle" => {
            let pts = match style.str_or("direction", "east") {
                "west" => [pt(x + w, y), pt(x, y + h / 2.0), pt(x + w, y + h)],
                "north" => [pt(x, y + h), pt(x + w / 2.0, y), pt(x + w, y + h)],
                "south" => [pt(x, y), pt(x + w / 2.0, y + h), pt(x + w, y)],
                _ => [pt(x, y), pt(x + w, y + h / 2.0), pt(x, y + h)],
            };
            let mut p = Path::new();
            if rounded {
                p.rounded_polygon(&pts, style.num("arcSize", 20.0) / 2.0);
            } else {
                p.polygon(&pts);
            }
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "hexagon" => {
            // draw.io HexagonShape: `size` cuts the left and right points.
            let vertical = matches!(style.str_or("direction", "east"), "north" | "south");
            let pts: Vec<Point> = if vertical {
                let s = size_param(style, 0.25, 20.0, h);
                vec![
                    pt(x + w / 2.0, y),
                    pt(x + w, y + s),
                    pt(x + w, y + h - s),
                    pt(x + w / 2.0, y + h),
                    pt(x, y + h - s),
                    pt(x, y + s),
                ]
            } else {
                let s = size_param(style, 0.25, 20.0, w);
                vec![
                    pt(x + s, y),
                    pt(x + w - s, y),
                    pt(x + w, y + h / 2.0),
                    pt(x + w - s, y + h),
                    pt(x + s, y + h),
                    pt(x, y + h / 2.0),
                ]
            };
            let mut p = Path::new();
            if rounded {
                p.rounded_polygon(&pts, style.num("arcSize", 20.0) / 2.0);
            } else {
                p.polygon(&pts);
            }
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "parallelogram" => {
            let s = size_param(style, 0.2, 20.0, w);
            let mut p = Path::new();
            p.polygon(&[
                pt(x, y + h),
                pt(x + s, y),
                pt(x + w, y),
                pt(x + w - s, y + h),
            ]);
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "trapezoid" => {
            let s = size_param(style, 0.2, 20.0, w);
            let mut p = Path::new();
            p.polygon(&[
                pt(x, y + h),
                pt(x + s, y),
                pt(x + w - s, y),
                pt(x + w, y + h),
            ]);
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "step" => {
            let s = size_param(style, 0.2, 20.0, w);
            let mut p = Path::new();
            p.polygon(&[
                pt(x, y),
                pt(x + w - s, y),
                pt(x + w, y + h / 2.0),
                pt(x + w - s, y + h),
                pt(x, y + h),
                pt(x + s, y + h / 2.0),
            ]);
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "cylinder" => {
            // mxCylinder: rim height min(40, h/5).
            let dy = (h / 5.0).floor().min(40.0);
            let mut p = Path::new();
            p.move_to(x, y + dy)
                .curve_to(x, y - dy / 3.0, x + w, y - dy / 3.0, x + w, y + dy)
                .line_to(x + w, y + h - dy)
                .curve_to(x + w, y + h + dy / 3.0, x, y + h + dy / 3.0, x, y + h - dy)
                .close();
            el_path(out, "fl-shape", &p.finish(), paint);
            let mut f = Path::new();
            f.move_to(x, y + dy)
                .curve_to(x, y + 2.0 * dy, x + w, y + 2.0 * dy, x + w, y + dy);
            el_path(out, "fl-fg", &f.finish(), &paint.stroke_only());
        }
        "cylinder3" | "cylinder2" => {
            let dy = style.num("size", 15.0).clamp(0.0, h / 2.0);
            let mut p = Path::new();
            p.move_to(x, y + dy)
                .arc_to(w / 2.0, dy, false, true, x + w, y + dy)
                .line_to(x + w, y + h - dy)
                .arc_to(w / 2.0, dy, false, true, x, y + h - dy)
                .close();
            el_path(out, "fl-shape", &p.finish(), paint);
            let mut f = Path::new();
            f.move_to(x, y + dy)
                .arc_to(w / 2.0, dy, false, false, x + w, y + dy);
            el_path(out, "fl-fg", &f.finish(), &paint.stroke_only());
        }
        "cloud" => {
            // mxCloud's outline as fractions of the bounds.
            let f = |fx: f64, fy: f64| (x + fx * w, y + fy * h);
            let mut p = Path::new();
            let (mx, my) = f(0.25, 0.25);
            p.move_to(mx, my);
            for seg in [
                [(0.05, 0.25), (0.0, 0.5), (0.16, 0.55)],
                [(0.0, 0.66), (0.18, 0.9), (0.31, 0.8)],
                [(0.4, 1.0), (0.7, 1.0), (0.8, 0.8)],
                [(1.0, 0.8), (1.0, 0.6), (0.875, 0.5)],
                [(1.0, 0.3), (0.8, 0.1), (0.625, 0.2)],
                [(0.5, 0.05), (0.3, 0.05), (0.25, 0.25)],
            ] {
                let (a, b2) = f(seg[0].0, seg[0].1);
                let (c, d) = f(seg[1].0, seg[1].1);
                let (e, g) = f(seg[2].0, seg[2].1);
                p.curve_to(a, b2, c, d, e, g);
            }
            p.close();
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "document" => {
            // draw.io DocumentShape: a wave of height `size`·h at the bottom.
            let dy = h * style.num("size", 0.3).clamp(0.0, 1.0);
            let fy = 1.4;
            let mut p = Path::new();
            p.move_to(x, y)
                .line_to(x + w, y)
                .line_to(x + w, y + h - dy / 2.0)
                .quad_to(
                    x + w * 3.0 / 4.0,
                    y + h - dy * fy,
                    x + w / 2.0,
                    y + h - dy / 2.0,
                )
                .quad_to(x + w / 4.0, y + h - dy * (1.0 - fy), x, y + h - dy / 2.0)
                .close();
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "process" => {
            let s = size_param(style, 0.1, 20.0, w / 2.0 * 2.0).min(w / 2.0);
            let r = if rounded {
                rect_radius(style, w, h)
            } else {
                0.0
            };
            rect(out, "fl-shape", b, r, paint);
            let mut f = Path::new();
            f.move_to(x + s, y)
                .line_to(x + s, y + h)
                .move_to(x + w - s, y)
                .line_to(x + w - s, y + h);
            el_path(out, "fl-fg", &f.finish(), &paint.stroke_only());
        }
        "note" => {
            let s = style.num("size", 30.0).clamp(0.0, w.min(h));
            let mut p = Path::new();
            p.polygon(&[
                pt(x, y),
                pt(x + w - s, y),
                pt(x + w, y + s),
                pt(x + w, y + h),
                pt(x, y + h),
            ]);
            el_path(out, "fl-shape", &p.finish(), paint);
            let mut f = Path::new();
            f.move_to(x + w - s, y)
                .line_to(x + w - s, y + s)
                .line_to(x + w, y + s);
            el_path(out, "fl-fg", &f.finish(), &paint.stroke_only());
        }
        "card" => {
            let s = style.num("size", 30.0).clamp(0.0, w.min(h));
            let mut p = Path::new();
            p.polygon(&[
                pt(x + s, y),
                pt(x + w, y),
                pt(x + w, y + h),
                pt(x, y + h),
                pt(x, y + s),
            ]);
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "actor" => {
            // mxActor: head and shoulders.
            let bw = w / 3.0;
            let mut p = Path::new();
            p.move_to(x, y + h)
                .curve_to(
                    x,
                    y + 3.0 * h / 5.0,
                    x,
                    y + 2.0 * h / 5.0,
                    x + w / 2.0,
                    y + 2.0 * h / 5.0,
                )
                .curve_to(
                    x + w / 2.0 - bw,
                    y + 2.0 * h / 5.0,
                    x + w / 2.0 - bw,
                    y,
                    x + w / 2.0,
                    y,
                )
                .curve_to(
                    x + w / 2.0 + bw,
                    y,
                    x + w / 2.0 + bw,
                    y + 2.0 * h / 5.0,
                    x + w / 2.0,
                    y + 2.0 * h / 5.0,
                )
                .curve_to(
                    x + w,
                    y + 2.0 * h / 5.0,
                    x + w,
                    y + 3.0 * h / 5.0,
                    x + w,
                    y + h,
                )
                .close();
            el_path(out, "fl-shape", &p.finish(), paint);
        }
        "umlActor" => {
            // draw.io UmlActorShape: a stick figure.
            let _ = write!(
                out,
                "<ellipse class=\"fl-shape\" cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{}/>",
                num(x + w / 2.0),
                num(y + h / 8.0),
                num(w / 4.0),
                num(h / 8.0),
                paint.attrs()
            );
            let mut f = Path::new();
            f.move_to(x + w / 2.0, y + h / 4.0)
                .line_to(x + w / 2.0, y + 2.0 * h / 3.0)
                .move_to(x, y + h / 3.0)
                .line_to(x + w, y + h / 3.0)
                .move_to(x + w / 2.0, y + 2.0 * h / 3.0)
                .line_to(x, y + h)
                .move_to(x + w / 2.0, y + 2.0 * h / 3.0)
                .line_to(x + w, y + h);
            el_path(out, "fl-fg", &f.finish(), &paint.stroke_only());
        }
        "line" => {
            let mut f = Path::new();
            if matches!(style.str_or("direction", "east"), "north" | "south") {
                f.move_to(x + w / 2.0, y).line_to(x + w / 2.0, y + h);
            } else {
                f.move_to(x, y + h / 2.0).line_to(x + w, y + h / 2.0);
            }
            el_path(out, "fl-shape", &f.finish(), &paint.stroke_only());
        }
        "partialRectangle" => {
            let mut fill_only = paint.clone();
            fill_only.stroke = None;
            rect(out, "fl-shape", b, 0.0, &fill_only);
            let mut f = Path::new();
            if style.flag("top", true) {
                f.move_to(x, y).line_to(x + w, y);
            }
            if style.flag("right", true) {
                f.move_to(x + w, y).line_to(x + w, y + h);
            }
            if style.flag("bottom", true) {
                f.move_to(x + w, y + h).line_to(x, y + h);
            }
            if style.flag("left", true) {
                f.move_to(x, y + h).line_to(x, y);
            }
            if !f.is_empty() {
                el_path(out, "fl-fg", &f.finish(), &paint.stroke_only());
            }
        }
        "swimlane" => swimlane(out, b, style, paint, theme),
        "image" => {
            if let Some(bg) = style.color("imageBackground", theme) {
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                    num(x),
                    num(y),
                    num(w),
                    num(h),
                    bg.as_str()
                );
            }
            match style.get("image").and_then(safe_image_href) {
                Some(href) => image(out, b, &href, style),
                None => return Drawn::Unknown,
            }
            if let Some(border) = style.color("imageBorder", theme) {
                let _ = write!(out, "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{}\"/>", num(x), num(y), num(w), num(h), border.as_str());
            }
        }
        _ => return Drawn::Unknown,
    }
    Drawn::Ok
}

/// mxSwimlane: a header of `startSize` (top, or left when horizontal=0) and an open body.
fn swimlane(out: &mut String, b: &Rect, style: &Style, paint: &Paint, theme: &Theme) {
    let (x, y, w, h) = (b.x, b.y, b.width, b.height);
    let horizontal = style.flag("horizontal", true);
    let start = style
        .num("startSize", 40.0)
        .max(0.0)
        .min(if horizontal { h } else { w });
    if let Some(body) = style.color("swimlaneFillColor", theme) {
        let _ = write!(out, "<rect class=\"fl-body\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"none\"/>", num(x), num(y), num(w), num(h), body.as_str());
    }
    let mut head = Path::new();
    let mut rest = Path::new();
    if horizontal {
        head.move_to(x, y + start)
            .line_to(x, y)
            .line_to(x + w, y)
            .line_to(x + w, y + start);
        if style.flag("swimlaneLine", true) {
            head.close();
        }
        if start < h {
            rest.move_to(x, y + start)
                .line_to(x, y + h)
                .line_to(x + w, y + h)
                .line_to(x + w, y + start);
        }
    } else {
        head.move_to(x + start, y)
            .line_to(x, y)
            .line_to(x, y + h)
            .line_to(x + start, y + h);
        if style.flag("swimlaneLine", true) {
            head.close();
        }
        if start < w {
            rest.move_to(x + start, y)
                .line_to(x + w, y)
                .line_to(x + w, y + h)
                .line_to(x + start, y + h);
        }
    }
    el_path(out, "fl-shape", &head.finish(), paint);
    if !rest.is_empty() {
        el_path(out, "fl-fg", &rest.finish(), &paint.stroke_only());
    }
}

/// A visible stand-in for a shape not drawn yet: dashed outline, light fill, and the shape's name.
pub fn placeholder(out: &mut String, b: &Rect, name: &str) {
    let short = name.rsplit('.').next().unwrap_or(name);
    let short: String = short.chars().take(40).collect();
    let _ = write!(
        out,
        "<rect class=\"fl-placeholder\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#ff8c00\" fill-opacity=\"0.12\" stroke=\"#ff8c00\" stroke-dasharray=\"4 2\"/>",
        num(b.x),
        num(b.y),
        num(b.width.max(0.0)),
        num(b.height.max(0.0))
    );
    if b.width >= 16.0 && b.height >= 10.0 {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"9\" fill=\"#b35c00\" text-anchor=\"middle\">{}</text>",
            num(b.x + b.width / 2.0),
            num(b.y + 10.0),
            super::svg::esc_text(&short)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_hrefs_are_whitelisted() {
        assert_eq!(
            safe_image_href("data:image/png,iVBOR").as_deref(),
            Some("data:image/png;base64,iVBOR")
        );
        assert_eq!(
            safe_image_href("data:image/png;base64,iVBOR").as_deref(),
            Some("data:image/png;base64,iVBOR")
        );
        assert!(safe_image_href("data:image/svg+xml,%3Csvg")
            .unwrap()
            .starts_with("data:image/svg+xml,%3C"));
        assert!(safe_image_href("javascript:alert(1)").is_none());
        assert!(safe_image_href("data:text/html,<script>").is_none());
        assert!(safe_image_href("img/lib/azure2/x.svg").is_none());
        assert!(safe_image_href("https://example.com/a.png").is_some());
    }

    #[test]
    fn rounded_rect_radius_rules() {
        let s = Style::parse_raw("rounded=1");
        assert!((rect_radius(&s, 120.0, 60.0) - 9.0).abs() < 1e-9);
        let a = Style::parse_raw("rounded=1;absoluteArcSize=1;arcSize=24");
        assert!((rect_radius(&a, 120.0, 60.0) - 12.0).abs() < 1e-9);
    }

    #[test]
    fn unknown_shapes_are_reported() {
        let mut out = String::new();
        let s = Style::parse_raw("shape=mxgraph.aws4.lambda");
        let p = Paint::from_style(&s, &Theme::light(), None);
        assert!(matches!(
            draw_vertex(
                &mut out,
                &Rect::new(0.0, 0.0, 10.0, 10.0),
                &s,
                &p,
                &Theme::light()
            ),
            Drawn::Unknown
        ));
    }
}
