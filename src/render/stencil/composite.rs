//! Library shapes that draw.io codes in JavaScript as a few canvas calls around stencils, drawn
//! the same way (the file and function each one follows are named). The icons themselves always
//! come from the loaded packs.

use super::canvas::Canvas;
use super::{draw_stencil, ShapeCtx};
use crate::geom::Rect;
use crate::render::paint::Paint;
use crate::stencil::{names, Stencil};
use crate::style::Color;

const SHAPES: &[&str] = &[
    "mxgraph.aws4.resourceIcon",
    "mxgraph.aws4.productIcon",
    "mxgraph.aws4.group",
    "mxgraph.aws4.groupCenter",
    "mxgraph.aws4.group2",
    "mxgraph.kubernetes.icon",
    "mxgraph.cisco_safe.compositeIcon",
    "mxgraph.cisco19.rect",
    "mxgraph.gcp2.hexIcon",
    "mxgraph.ibm.box",
];

pub fn is_composite(shape: &str) -> bool {
    SHAPES.contains(&shape)
}

/// A stencil a shape draws by name: `Err` when its pack is not loaded yet (the cell becomes a
/// placeholder, as the whole shape would be wrong), `Ok(None)` when the loaded library has no such
/// stencil (draw.io then draws the shape without it).
fn icon(ctx: &ShapeCtx, name: &str) -> Result<Option<std::sync::Arc<Stencil>>, ()> {
    if name.is_empty() {
        return Ok(None);
    }
    if let Some(s) = ctx.registry.stencil(name) {
        return Ok(Some(s));
    }
    let missing = names::packs_for_stencil(name)
        .iter()
        .any(|p| crate::stencil::is_available(p) && !ctx.registry.is_loaded(p));
    if missing {
        Err(())
    } else {
        Ok(None)
    }
}

/// `mxUtils.getValue(style, key, default)` for a colour, validated for the theme.
fn style_color(c: &Canvas, ctx: &ShapeCtx, key: &str, default: &str) -> Option<String> {
    match ctx.style.get(key) {
        Some(v) => Color::resolve(v, key, c.theme).map(|c| c.as_str().to_string()),
        None => c.color(default),
    }
}

fn square(c: &mut Canvas, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
}

pub fn draw(c: &mut Canvas, shape: &str, ctx: &ShapeCtx, paint: &Paint, b: &Rect) -> bool {
    let (w, h) = (b.width, b.height);
    let get = |k: &str, d: &'static str| ctx.style.get(k).unwrap_or(d).to_string();
    match shape {
        // mxShapeAws4ResourceIcon: the square in the fill colour, the icon in the stroke colour
        // inset by 10%.
        "mxgraph.aws4.resourceIcon" => {
            let Ok(st) = icon(ctx, &get("resIcon", "")) else {
                return false;
            };
            c.translate(b.x, b.y);
            square(c, w, h);
            c.fill();
            if let Some(st) = st {
                let stroke = style_color(c, ctx, "strokeColor", "#000000");
                c.set_fill_paint(stroke);
                c.set_stroke_paint(None);
                draw_stencil(c, &st, ctx, w * 0.1, h * 0.1, w * 0.8, h * 0.8, 1);
            }
        }
        // mxShapeAws4ProductIcon: an outer square in the stroke colour, an inner one (1px in, as wide
        // as the shape) in the fill colour or gradient, and the icon in the stroke colour.
        "mxgraph.aws4.productIcon" => {
            let Ok(st) = icon(ctx, &get("prIcon", "")) else {
                return false;
            };
            c.translate(b.x, b.y);
            let stroke = style_color(c, ctx, "strokeColor", "none");
            c.set_fill_paint(stroke.clone());
            square(c, w, h);
            c.fill();
            let ind = 1.0;
            let fill = if ctx.style.has("fillColor") {
                paint.fill.clone()
            } else {
                c.color("#ffffff")
            };
            c.set_fill_paint(fill);
            c.begin();
            c.move_to(ind, ind);
            c.line_to(w - ind, ind);
            c.line_to(w - ind, w - ind);
            c.line_to(ind, w - ind);
            c.close();
            c.fill();
            if let Some(st) = st {
                c.set_fill_paint(stroke);
                c.set_stroke_paint(None);
                let s = w * 0.7 - 2.0 * ind;
                draw_stencil(c, &st, ctx, ind + w * 0.15, ind + w * 0.15, s, s, 1);
            }
        }
        // mxShapeAws4Group / GroupCenter: the frame (stroked unless grStroke=0) and a 25px icon in
        // the stroke colour at the top-left corner or centred at the top.
        "mxgraph.aws4.group" | "mxgraph.aws4.groupCenter" => {
            let Ok(st) = icon(ctx, &get("grIcon", "")) else {
                return false;
            };
            c.translate(b.x, b.y);
            square(c, w, h);
            if get("grStroke", "1") == "1" {
                c.fill_and_stroke();
            } else {
                c.fill();
            }
            if let Some(st) = st {
                let size = 25.0;
                let stroke = style_color(c, ctx, "strokeColor", "#000000");
                c.set_fill_paint(stroke);
                c.set_stroke_paint(None);
                let x = if shape == "mxgraph.aws4.groupCenter" {
                    (w - size) * 0.5
                } else {
                    0.0
                };
                draw_stencil(c, &st, ctx, x, 0.0, size, size, 1);
            }
        }
        // mxShapeAws4Group2: the frame, a 25px square in the stroke colour, a white icon inside.
        "mxgraph.aws4.group2" => {
            let Ok(st) = icon(ctx, &get("grIcon", "")) else {
                return false;
            };
            c.translate(b.x, b.y);
            square(c, w, h);
            c.fill_and_stroke();
            let size = 25.0;
            let stroke = style_color(c, ctx, "strokeColor", "#000000");
            c.set_fill_paint(stroke);
            square(c, size, size);
            c.fill();
            if let Some(st) = st {
                c.set_fill_color("#ffffff");
                c.set_stroke_paint(None);
                draw_stencil(
                    c,
                    &st,
                    ctx,
                    size * 0.1,
                    size * 0.1,
                    size * 0.8,
                    size * 0.8,
                    1,
                );
            }
        }
        // mxShapeKubernetesIcon: the frame stencil in the stroke colour, again 3% inside in the fill
        // colour, and the icon (`prIcon`) in the stroke colour.
        "mxgraph.kubernetes.icon" => {
            let Ok(Some(frame)) = icon(ctx, "mxgraph.kubernetes.frame") else {
                return false;
            };
            let pr = get("prIcon", "");
            let Ok(st) = icon(ctx, &format!("mxgraph.kubernetes.{}", pr)) else {
                return false;
            };
            let fill = style_color(c, ctx, "fillColor", "#ffffff");
            let stroke = style_color(c, ctx, "strokeColor", "#ffffff");
            c.translate(b.x, b.y);
            c.set_fill_paint(stroke.clone());
            draw_stencil(c, &frame, ctx, 0.0, 0.0, w, h, 1);
            c.set_fill_paint(fill);
            draw_stencil(c, &frame, ctx, w * 0.03, h * 0.03, w * 0.94, h * 0.94, 1);
            if let Some(st) = st {
                c.set_fill_paint(stroke);
                draw_stencil(c, &st, ctx, w * 0.2, h * 0.2, w * 0.6, h * 0.6, 1);
            }
        }
        // mxShapeIBMBox (shapes/mxIBM.js): the box, and the `prType` tag (a 25 px stencil of the
        // IBM library) in the stroke colour at the top-left corner; another prType draws no tag.
        "mxgraph.ibm.box" => {
            let tag = match ctx.style.get("prType").unwrap_or("") {
                t @ ("cloud" | "vpc" | "region" | "zone" | "subnet" | "public" | "enterprise" | "classic") => {
                    format!("mxgraph.ibm.{t}tag")
                }
                _ => String::new(),
            };
            let Ok(st) = icon(ctx, &tag) else {
                return false;
            };
            c.translate(b.x, b.y);
            c.begin();
            c.rect(0.0, 0.0, w, h);
            c.fill_and_stroke();
            if let Some(st) = st {
                let stroke = style_color(c, ctx, "strokeColor", "none");
                c.set_fill_paint(stroke);
                c.set_stroke_paint(None);
                draw_stencil(c, &st, ctx, 0.0, 0.0, 25.0, 25.0, 1);
            }
        }
        "mxgraph.cisco_safe.compositeIcon" => return cisco_safe_composite(c, ctx, b),
        "mxgraph.cisco19.rect" => return cisco19_rect(c, ctx, b),
        "mxgraph.gcp2.hexIcon" => return gcp2_hex_icon(c, ctx, b),
        _ => return false,
    }
    true
}

/// mxShapeCiscoSafeCompositeIcon (shapes/mxCiscoSafe.js): a background (`bgIcon`: an ellipse,
/// one of the threat ellipses, the generic appliance, or a stencil) in the stroke colour, then the
/// `resIcon` stencil in the fill colour.
fn cisco_safe_composite(c: &mut Canvas, ctx: &ShapeCtx, b: &Rect) -> bool {
    let (w, h) = (b.width, b.height);
    let bg = ctx.style.get("bgIcon").unwrap_or("").to_string();
    let Ok(res) = icon(ctx, ctx.style.get("resIcon").unwrap_or("")) else {
        return false;
    };
    let appliance = "mxgraph.cisco_safe.architecture.generic_appliance";
    let stroke = style_color(c, ctx, "strokeColor", "none");
    let fill = style_color(c, ctx, "fillColor", "none");
    let opacity = ctx.style.num("opacity", 100.0);
    c.translate(b.x, b.y);
    if let Some(st) = &res {
        if bg != appliance {
            draw_stencil(c, st, ctx, 0.0, 0.0, w, h, 1);
        }
    }
    c.set_fill_paint(stroke.clone());
    c.set_stroke_paint(None);
    let ellipse = |c: &mut Canvas, fx: f64, fy: f64, fw: f64, fh: f64| {
        c.begin();
        c.ellipse(w * fx, h * fy, w * fw, h * fh);
        c.fill();
    };
    match bg.as_str() {
        "ellipse" => {
            c.begin();
            if w < 100.0 {
                c.ellipse(w * 0.01, h * 0.01, w * 0.98, h * 0.98);
            } else {
                c.ellipse(1.0, 1.0, w - 2.0, h - 2.0);
            }
            c.fill();
        }
        "threat1" => ellipse(c, 0.18, 0.16, 0.66, 0.65),
        "threat2" => ellipse(c, 0.01, 0.01, 0.98, 0.6),
        "threat3" => ellipse(c, 0.18, 0.2, 0.64, 0.79),
        "threat4" => ellipse(c, 0.09, 0.03, 0.82, 0.77),
        "threat5" => ellipse(c, 0.16, 0.01, 0.67, 0.72),
        _ if bg == appliance => {
            let bg_color = ctx.style.get("bgColor").unwrap_or("#C2E0AE").to_string();
            c.set_fill_color(&bg_color);
            c.begin();
            c.move_to(0.0, h * 0.3);
            c.arc_to(w * 0.3, h * 0.3, 0.0, false, true, w * 0.3, 0.0);
            c.line_to(w * 0.7, 0.0);
            c.arc_to(w * 0.3, h * 0.3, 0.0, false, true, w, h * 0.3);
            c.line_to(w, h * 0.7);
            c.arc_to(w * 0.3, h * 0.3, 0.0, false, true, w * 0.7, h);
            c.line_to(w * 0.3, h);
            c.arc_to(w * 0.3, h * 0.3, 0.0, false, true, 0.0, h * 0.7);
            c.close();
            c.fill();
            c.set_fill_paint(stroke.clone());
            let Ok(st) = icon(ctx, appliance) else {
                return false;
            };
            if let Some(st) = st {
                draw_stencil(c, &st, ctx, w * 0.26, h * 0.26, w * 0.48, h * 0.48, 1);
            }
            c.set_alpha(0.5);
            c.set_fill_color("#ffffff");
            for (fx, fy) in [
                (0.105, 0.48),
                (0.855, 0.48),
                (0.48, 0.105),
                (0.48, 0.855),
                (0.17, 0.17),
                (0.79, 0.17),
                (0.79, 0.79),
                (0.17, 0.79),
            ] {
                c.ellipse(w * fx, h * fy, w * 0.04, h * 0.04);
                c.fill();
            }
            c.set_alpha(opacity / 100.0);
        }
        _ => {
            let Ok(st) = icon(ctx, &bg) else { return false };
            if let Some(st) = st {
                if w < 100.0 {
                    draw_stencil(c, &st, ctx, w * 0.01, h * 0.01, w * 0.98, h * 0.98, 1);
                } else {
                    draw_stencil(c, &st, ctx, 1.0, 1.0, w - 2.0, h - 2.0, 1);
                }
            }
        }
    }
    if let Some(st) = &res {
        c.set_fill_paint(fill);
        if bg == appliance {
            draw_stencil(c, st, ctx, w * 0.25, h * 0.25, w * 0.5, h * 0.5, 1);
        } else {
            draw_stencil(c, st, ctx, 0.0, 0.0, w, h, 1);
        }
    }
    true
}

/// mxShapeCisco19Rect (shapes/mxCisco19.js): a background for the `prIcon` (a circle, the ACI frame
/// or one of the `bgN` stencils, chosen by the lists in that file, packed as `#cisco19.bg.<name>`
/// entries) in the fill colour, then the `prIcon` stencil in the stroke colour.
fn cisco19_rect(c: &mut Canvas, ctx: &ShapeCtx, b: &Rect) -> bool {
    let (w, h) = (b.width, b.height);
    let pr = ctx.style.get("prIcon").unwrap_or("l2_switch").to_string();
    let Ok(Some(_)) = icon(ctx, "mxgraph.cisco19.bg1") else {
        return false;
    };
    let rule = ctx
        .registry
        .data(&format!("#cisco19.bg.{}", pr))
        .and_then(|d| std::str::from_utf8(d).ok())
        .unwrap_or("mxgraph.cisco19.bg1")
        .to_string();
    let stroke = style_color(c, ctx, "strokeColor", "#000000");
    c.translate(b.x, b.y);
    if rule == "circle" {
        c.begin();
        if pr == "wireless_router" {
            c.ellipse(0.0, h * 0.17, w, h * 0.83);
        } else {
            c.ellipse(0.0, 0.0, w, h);
        }
        c.fill();
    } else if pr == "aci" {
        if let Ok(Some(frame)) = icon(ctx, "mxgraph.cisco19.acibg") {
            draw_stencil(c, &frame, ctx, w * 0.195, h * 0.195, w * 0.61, h * 0.61, 1);
        }
    } else if let Ok(Some(frame)) = icon(ctx, &rule) {
        draw_stencil(c, &frame, ctx, 0.0, 0.0, w, h, 1);
    }
    c.set_fill_paint(stroke);
    if let Ok(Some(st)) = icon(ctx, &format!("mxgraph.cisco19.{}", pr)) {
        draw_stencil(c, &st, ctx, 0.0, 0.0, w, h, 1);
    }
    true
}

/// mxShapeGCP2HexIcon (shapes/mxGCP2.js): outlines for the instance type (`prType`), the product
/// icon (`mxgraph.gcp2.<prIcon>`) in the fill colour, and a badge with `instNum`.
fn gcp2_hex_icon(c: &mut Canvas, ctx: &ShapeCtx, b: &Rect) -> bool {
    let (w, h) = (b.width, b.height);
    let pr = ctx
        .style
        .get("prIcon")
        .unwrap_or("compute_engine")
        .to_string();
    let Ok(icon_st) = icon(ctx, &format!("mxgraph.gcp2.{}", pr)) else {
        return false;
    };
    let outline = |n: u8| {
        icon(ctx, &format!("mxgraph.gcp2.outline_blank_{}", n))
            .ok()
            .flatten()
    };
    let fill_raw = ctx.style.get("fillColor").unwrap_or("#ffffff").to_string();
    let fill = style_color(c, ctx, "fillColor", "#ffffff");
    let opacity = ctx.style.num("opacity", 100.0);
    let inst = ctx.style.num("instNum", 0.0).trunc();
    let size = w.min(h);
    c.translate(b.x, b.y);
    let draw = |c: &mut Canvas, st: &Option<std::sync::Arc<Stencil>>, r: (f64, f64, f64, f64)| {
        if let Some(st) = st {
            draw_stencil(c, st, ctx, w * r.0, h * r.1, w * r.2, h * r.3, 1);
        }
    };
    // Shared and replica: rings drawn with a stroke of 3.8% of the icon, as mxGCP2.js sets on the style.
    let ring = |c: &mut Canvas| {
        ctx.inherit_width.set(Some(size * 0.038));
        c.set_alpha(opacity * 0.4 / 100.0);
        c.set_stroke_color(&fill_raw);
        c.set_fill_paint(None);
    };
    match ctx.style.get("prType").unwrap_or("") {
        "dynamic" => {
            c.set_alpha(opacity * 0.5 / 100.0);
            c.set_stroke_paint(None);
            draw(c, &outline(2), (0.21, 0.12, 0.58, 0.76));
        }
        "multiple" => {
            c.set_alpha(opacity * 0.5 / 100.0);
            c.set_stroke_paint(None);
            draw(c, &outline(2), (0.21, 0.12, 0.58, 0.76));
            c.set_alpha(opacity * 0.7 / 100.0);
            draw(c, &outline(3), (0.17, 0.13, 0.66, 0.74));
        }
        "shared" => {
            ring(c);
            draw(c, &outline(1), (0.02, 0.0, 0.96, 1.0));
            c.set_alpha(opacity * 0.7 / 100.0);
            draw(c, &outline(2), (0.14, 0.01, 0.72, 0.98));
            c.set_alpha(opacity / 100.0);
            c.set_fill_color("#ffffff");
            draw(c, &outline(1), (0.13, 0.12, 0.74, 0.76));
            ctx.inherit_width.set(None);
        }
        "replica" => {
            ring(c);
            draw(c, &outline(1), (0.02, 0.0, 0.96, 1.0));
            c.set_alpha(opacity * 0.7 / 100.0);
            draw(c, &outline(1), (0.075, 0.06, 0.85, 0.88));
            c.set_alpha(opacity / 100.0);
            c.set_fill_color("#ffffff");
            draw(c, &outline(1), (0.13, 0.12, 0.74, 0.76));
            ctx.inherit_width.set(None);
        }
        "dynamic2" | "dynamic3" => {
            if ctx.style.get("prType") == Some("dynamic2") {
                c.set_alpha(opacity * 0.5 / 100.0);
            }
            c.set_stroke_paint(None);
            draw(c, &outline(2), (0.14, 0.01, 0.72, 0.98));
            ctx.inherit_width.set(Some(size * 0.01));
            c.set_stroke_color(&fill_raw);
            c.set_alpha(opacity / 100.0);
            c.set_fill_color("#ffffff");
            draw(c, &outline(1), (0.13, 0.12, 0.74, 0.76));
            ctx.inherit_width.set(None);
        }
        "highmem" | "highcomp" => {
            let hm = ctx.style.get("prType") == Some("highmem");
            let st = icon(
                ctx,
                if hm {
                    "mxgraph.gcp2.outline_highmem"
                } else {
                    "mxgraph.gcp2.outline_highcomp"
                },
            )
            .ok()
            .flatten();
            c.set_alpha(opacity * 0.5 / 100.0);
            c.set_stroke_paint(None);
            draw(c, &st, (0.0, if hm { 0.56 } else { 0.16 }, 1.0, 0.28));
        }
        "backend" | "input" => {
            c.set_fill_color(if ctx.style.get("prType") == Some("backend") {
                "#FCC64D"
            } else {
                "#A5DA40"
            });
            draw(c, &outline(1), (0.12, 0.11, 0.76, 0.78));
        }
        _ => {}
    }
    c.set_alpha(opacity / 100.0);
    if let Some(st) = icon_st {
        c.set_fill_paint(fill.clone());
        c.set_stroke_paint(None);
        draw_stencil(c, &st, ctx, w * 0.17, h * 0.16, w * 0.66, h * 0.68, 1);
    }
    if inst > 0.0 {
        c.set_fill_color("#ffffff");
        c.set_stroke_color("#ffffff");
        c.set_stroke_width(size * 0.038);
        c.ellipse(w * 0.2, 0.0, w * 0.18, h * 0.22);
        c.fill_and_stroke();
        c.set_alpha(opacity * 0.5 / 100.0);
        c.set_stroke_paint(fill);
        c.ellipse(w * 0.2, 0.0, w * 0.18, h * 0.22);
        c.stroke();
        c.set_alpha(opacity / 100.0);
        c.set_font_color("#4E6B89");
        c.set_font_style(1);
        c.set_font_size(size * 0.1);
        c.text(
            w * 0.29,
            h * 0.11 + 1.0,
            &format!("{}", inst.min(1e9) as i64),
            "center",
            "middle",
            0.0,
        );
    }
    true
}
