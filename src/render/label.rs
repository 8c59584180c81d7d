//! Labels as SVG text: draw.io's label box rules (mxCellRenderer.getLabelBounds / rotateLabelBounds,
//! mxGraphView.updateVertexLabelOffset, mxText.getSpacing), then the text placed the way
//! mxSvgCanvas2D draws it — HTML labels as its foreignObject CSS would lay them out, plain labels
//! like its SVG `plainText` — but always as `<text>`, so resvg renders the same SVG as a browser.

use super::svg::{esc_attr, esc_text, num};
use crate::geom::{Point, Rect};
use crate::style::{Color, Style, Theme};
use crate::text::html::{self, Align, Doc, SpanStyle};
use crate::text::layout::{layout_doc, Block, PlacedRun};
use crate::text::{classify, font_extent, text_width};

pub struct LabelInput<'a> {
    pub text: &'a str,
    pub html: bool,
    pub style: &'a Style,
    /// Vertex: absolute unrotated bounds. Edge: a rect at the label anchor (size = geometry size, usually 0).
    pub bounds: Rect,
    pub is_edge: bool,
    pub theme: &'a Theme,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VAlign {
    Top,
    Middle,
    Bottom,
}

fn valign(v: &str) -> VAlign {
    match v.trim() {
        "top" => VAlign::Top,
        "bottom" => VAlign::Bottom,
        _ => VAlign::Middle,
    }
}

fn halign(v: &str) -> Align {
    match v.trim() {
        "left" => Align::Left,
        "right" => Align::Right,
        _ => Align::Center,
    }
}

/// mxUtils.getAlignmentAsPoint.
fn margin(a: Align, v: VAlign) -> (f64, f64) {
    let mx = match a {
        Align::Left => 0.0,
        Align::Center => -0.5,
        Align::Right => -1.0,
    };
    let my = match v {
        VAlign::Top => 0.0,
        VAlign::Middle => -0.5,
        VAlign::Bottom => -1.0,
    };
    (mx, my)
}

/// JavaScript's parseInt on a style number (draw.io parses spacings as integers).
fn int_of(style: &Style, key: &str, default: f64) -> f64 {
    let v = style.num(key, default).trunc();
    v.clamp(-100_000.0, 100_000.0)
}

/// Where the text goes: the anchor (alignment point) and box size, before rotation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Rotation in degrees about `center`.
    pub rotation: f64,
    pub center: Point,
}

struct Spacing {
    top: f64,
    right: f64,
    bottom: f64,
    left: f64,
}

fn spacing(style: &Style) -> Spacing {
    let s = int_of(style, "spacing", 2.0);
    Spacing {
        top: int_of(style, "spacingTop", 0.0) + s,
        right: int_of(style, "spacingRight", 0.0) + s,
        bottom: int_of(style, "spacingBottom", 0.0) + s,
        left: int_of(style, "spacingLeft", 0.0) + s,
    }
}

/// mxText.getSpacing with draw.io's baseSpacingTop = 5, baseSpacingBottom = 1 (Graph.js).
fn spacing_offset(sp: &Spacing, a: Align, v: VAlign) -> (f64, f64) {
    let dx = match a {
        Align::Center => (sp.left - sp.right) / 2.0,
        Align::Right => -sp.right,
        Align::Left => sp.left,
    };
    let dy = match v {
        VAlign::Middle => (sp.top - sp.bottom) / 2.0,
        VAlign::Bottom => -sp.bottom - 1.0,
        VAlign::Top => sp.top + 5.0,
    };
    (dx, dy)
}

/// Shape-specific label bounds for centred labels (mxShape.getLabelBounds overrides).
fn shape_label_bounds(style: &Style, r: Rect) -> Rect {
    let shape = style.shape();
    match shape {
        "swimlane" | "table" => {
            let title = style.num("startSize", 40.0).max(0.0);
            if shape == "table" && title == 0.0 {
                return r;
            }
            // mxSwimlane.getLabelBounds: the title strip of the (possibly inverted) bounds.
            let dir = style.str_or("direction", "east");
            let ns = dir == "north" || dir == "south";
            let sw = dir == "south" || dir == "west";
            let c = style.flag("horizontal", true) == !ns;
            let flip = if c {
                style.flag("flipV", false) != sw
            } else {
                style.flag("flipH", false) != sw
            };
            let mut r = r;
            if ns {
                let b = r.width.min(title);
                if flip {
                    r.x += r.width - b;
                }
                r.width = b;
            } else {
                let b = r.height.min(title);
                if flip {
                    r.y += r.height - b;
                }
                r.height = b;
            }
            r
        }
        "process" => {
            let dir = style.str_or("direction", "east");
            if style.flag("horizontal", true) != (dir == "east" || dir == "west") {
                return r;
            }
            let mut inset = r.width * style.num("size", 0.1).clamp(0.0, 1.0);
            if style.flag("rounded", false) {
                let f = style.num("arcSize", 15.0) / 100.0;
                inset = inset.max((r.width * f).min(r.height * f));
            }
            Rect::new(
                r.x + inset.round(),
                r.y,
                r.width - (2.0 * inset).round(),
                r.height,
            )
        }
        "doubleEllipse" => {
            let sw = style.num("strokeWidth", 1.0);
            let m = style.num(
                "margin",
                (3.0 + sw).min((r.width / 5.0).min(r.height / 5.0)),
            );
            Rect::new(r.x + m, r.y + m, r.width - 2.0 * m, r.height - 2.0 * m)
        }
        _ => r,
    }
}

/// The label anchor and box of a cell (draw.io's rules), before any text is measured.
pub fn label_box(style: &Style, bounds: Rect, is_edge: bool) -> LabelBox {
    let align = halign(style.str_or("align", "center"));
    let va = valign(style.str_or("verticalAlign", "middle"));
    let sp = spacing(style);
    let horizontal = style.flag("horizontal", true);
    let text_rot = if horizontal { 0.0 } else { -90.0 };
    let fin = |v: f64| if v.is_finite() { v } else { 0.0 };
    let bounds = Rect::new(
        fin(bounds.x),
        fin(bounds.y),
        fin(bounds.width),
        fin(bounds.height),
    );
    if is_edge {
        // getLabelBounds for edges: the anchor plus the full spacing, sized by the geometry.
        let (dx, dy) = spacing_offset(&sp, align, va);
        let (x, y) = (bounds.x + dx, bounds.y + dy);
        return LabelBox {
            x,
            y,
            width: bounds.width.max(0.0),
            height: bounds.height.max(0.0),
            rotation: text_rot,
            center: Point::new(x, y),
        };
    }
    let lp = halign(style.str_or("labelPosition", "center"));
    let vlp = valign(style.str_or("verticalLabelPosition", "middle"));
    let label_width = style
        .get("labelWidth")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|v| v.is_finite());
    let (w, h) = (bounds.width, bounds.height);

    // updateVertexLabelOffset
    let mut ox = 0.0;
    let mut oy = 0.0;
    match lp {
        Align::Left => ox -= label_width.unwrap_or(w),
        Align::Right => ox += w,
        Align::Center => {
            if let Some(lw) = label_width {
                let d = match align {
                    Align::Center => 0.5,
                    Align::Right => 1.0,
                    Align::Left => 0.0,
                };
                ox -= (lw - w) * d;
            }
        }
    }
    match vlp {
        VAlign::Top => oy -= h,
        VAlign::Bottom => oy += h,
        VAlign::Middle => {}
    }

    // getLabelBounds: vertical (horizontal=0) labels are laid out in bounds turned about the centre.
    let inverted = !horizontal;
    let (ox, oy) = if inverted { (oy, ox) } else { (ox, oy) };
    let mut e = Rect::new(bounds.x + ox, bounds.y + oy, w.max(1.0), h.max(1.0));
    if inverted {
        let b = (w - h) / 2.0;
        e.x += b;
        e.y -= b;
        std::mem::swap(&mut e.width, &mut e.height);
    }
    if lp == Align::Center && vlp == VAlign::Middle {
        e = shape_label_bounds(style, e);
    }
    if let Some(lw) = label_width {
        e.width = lw;
    }

    // rotateLabelBounds: anchor at the alignment point, spacing applied (not for overflow fill/width:
    // mxCellRenderer.legacySpacing).
    let (mx, my) = margin(align, va);
    e.x -= mx * e.width;
    e.y -= my * e.height;
    let overflow = style.str_or("overflow", "visible");
    if overflow != "fill" && overflow != "width" {
        let (dx, dy) = spacing_offset(&sp, align, va);
        e.x += dx;
        e.y += dy;
        if lp == Align::Center && label_width.is_none() {
            e.width = (e.width - sp.left - sp.right).max(0.0);
        }
        if vlp == VAlign::Middle {
            e.height = (e.height - sp.top - sp.bottom).max(0.0);
        }
    }
    let rotation = style.num("rotation", 0.0) + text_rot;
    LabelBox {
        x: e.x,
        y: e.y,
        width: e.width,
        height: e.height,
        rotation,
        center: bounds.center(),
    }
}

/// Font family attribute: the author's names first (filtered), then metric-compatible bundled ones.
fn family_attr(family: &str) -> String {
    let mut names: Vec<String> = html::sanitize_family(family)
        .map(|f| f.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    for fb in classify(family).fallbacks() {
        if !names.iter().any(|n| n.eq_ignore_ascii_case(fb)) {
            names.push((*fb).to_string());
        }
    }
    let quoted: Vec<String> = names
        .iter()
        .map(|n| {
            if n.contains(' ') || n.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                format!("'{n}'")
            } else {
                n.clone()
            }
        })
        .collect();
    esc_attr(&quoted.join(","))
}

/// Font attributes of `s` that differ from `base` (all of them when `base` is None).
fn font_attrs(out: &mut String, s: &SpanStyle, base: Option<&SpanStyle>, label_color: &str) {
    let differs = |f: &dyn Fn(&SpanStyle) -> bool| base.is_none_or(|b| f(b) != f(s));
    if base.is_none_or(|b| b.font.family != s.font.family) {
        out.push_str(&format!(" font-family=\"{}\"", family_attr(&s.font.family)));
    }
    if base.is_none_or(|b| b.font.size != s.font.size) {
        out.push_str(&format!(" font-size=\"{}px\"", num(s.font.size)));
    }
    if differs(&|x| x.font.bold) {
        out.push_str(if s.font.bold {
            " font-weight=\"bold\""
        } else {
            " font-weight=\"normal\""
        });
    }
    if differs(&|x| x.font.italic) {
        out.push_str(if s.font.italic {
            " font-style=\"italic\""
        } else {
            " font-style=\"normal\""
        });
    }
    if differs(&|x| x.underline) || differs(&|x| x.strike) {
        let mut d = Vec::new();
        if s.underline {
            d.push("underline");
        }
        if s.strike {
            d.push("line-through");
        }
        if d.is_empty() {
            d.push("none");
        }
        out.push_str(&format!(" text-decoration=\"{}\"", d.join(" ")));
    }
    let color = |x: &SpanStyle| {
        x.color
            .as_ref()
            .map(|c| c.as_str().to_string())
            .unwrap_or_else(|| label_color.to_string())
    };
    if base.is_none_or(|b| color(b) != color(s)) {
        out.push_str(&format!(" fill=\"{}\"", esc_attr(&color(s))));
    }
}

/// Emit one line as `<text>` with tspans for runs whose style differs from the label's.
/// `x` is the line's alignment point, `anchor` the matching text-anchor.
fn emit_line(
    out: &mut String,
    x: f64,
    baseline: f64,
    anchor: &str,
    runs: &[PlacedRun],
    base: &SpanStyle,
    label_color: &str,
) {
    if runs
        .iter()
        .all(|r| r.text.trim().is_empty() && !r.text.contains('\u{A0}'))
    {
        return;
    }
    out.push_str(&format!("<text x=\"{}\" y=\"{}\"", num(x), num(baseline)));
    if anchor != "start" {
        out.push_str(&format!(" text-anchor=\"{anchor}\""));
    }
    out.push_str(" xml:space=\"preserve\">");
    let mut shift = 0.0;
    for r in runs {
        let dy = r.style.shift - shift;
        shift = r.style.shift;
        let mut attrs = String::new();
        font_attrs(&mut attrs, &r.style, Some(base), label_color);
        if dy.abs() > 1e-9 {
            attrs.push_str(&format!(" dy=\"{}\"", num(dy)));
        }
        if attrs.is_empty() {
            out.push_str(&esc_text(&r.text));
        } else {
            out.push_str(&format!("<tspan{attrs}>{}</tspan>", esc_text(&r.text)));
        }
    }
    out.push_str("</text>");
}

fn rect_svg(out: &mut String, r: Rect, fill: Option<&Color>, stroke: Option<&Color>) {
    let fill = fill.map(|c| c.as_str()).unwrap_or("none");
    out.push_str(&format!(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"",
        num(r.x),
        num(r.y),
        num(r.width.max(0.0)),
        num(r.height.max(0.0)),
        esc_attr(fill)
    ));
    if let Some(s) = stroke {
        out.push_str(&format!(
            " stroke=\"{}\" stroke-width=\"1\"",
            esc_attr(s.as_str())
        ));
    }
    out.push_str("/>");
}

/// Bounding box of `r` rotated by `deg` about `c`.
fn rotated_bbox(r: Rect, deg: f64, c: Point) -> Rect {
    if deg.rem_euclid(360.0) == 0.0 {
        return r;
    }
    let (s, co) = deg.to_radians().sin_cos();
    let pts = [
        (r.x, r.y),
        (r.right(), r.y),
        (r.x, r.bottom()),
        (r.right(), r.bottom()),
    ];
    let mut minx = f64::INFINITY;
    let mut miny = f64::INFINITY;
    let mut maxx = f64::NEG_INFINITY;
    let mut maxy = f64::NEG_INFINITY;
    for (x, y) in pts {
        let (dx, dy) = (x - c.x, y - c.y);
        let (px, py) = (c.x + dx * co - dy * s, c.y + dx * s + dy * co);
        minx = minx.min(px);
        miny = miny.min(py);
        maxx = maxx.max(px);
        maxy = maxy.max(py);
    }
    Rect::new(minx, miny, maxx - minx, maxy - miny)
}

/// JavaScript Math.round.
fn js_round(v: f64) -> f64 {
    (v + 0.5).floor()
}

/// Appends the label's SVG (a `<g>` with optional background/border rect and `<text>`s) to `out`;
/// returns the drawn extent (for the document's viewBox), or None when nothing was drawn.
pub fn render_label(out: &mut String, input: &LabelInput) -> Option<Rect> {
    let style = input.style;
    if style.flag("noLabel", false) || input.text.trim().is_empty() {
        return None;
    }
    let size = style.num("fontSize", 11.0);
    if !(size > 0.0) {
        return None;
    }
    let family = style.str_or("fontFamily", "Arial,Helvetica");
    let font_style = style.num("fontStyle", 0.0).clamp(0.0, 1e9) as i64;
    let base = html::base_style(family, size, font_style);
    let label_color = style
        .color("fontColor", input.theme)
        .or_else(|| Color::parse(&input.theme.shape_foreground, input.theme))
        .map(|c| c.as_str().to_string())
        .unwrap_or_else(|| "#000000".into());
    let align = halign(style.str_or("align", "center"));
    let va = valign(style.str_or("verticalAlign", "middle"));
    let wrap = style.str_or("whiteSpace", "") == "wrap";
    let overflow = style.str_or("overflow", "visible");
    let clipped = overflow == "hidden";
    let bg = style.color("labelBackgroundColor", input.theme);
    let border = style.color("labelBorderColor", input.theme);
    let lb = label_box(style, input.bounds, input.is_edge);

    let mut body = String::new();
    // draw.io renders html labels and wrapped plain labels as HTML (Graph.isHtmlLabel).
    let extent = if input.html || wrap {
        let doc = if input.html {
            html::parse_html(input.text, &base, align, input.theme)
        } else {
            html::plain_doc(input.text, &base, align, false)
        };
        if doc.is_blank() {
            return None;
        }
        html_label(
            &mut body,
            &doc,
            &lb,
            &base,
            &label_color,
            align,
            va,
            wrap,
            overflow,
            clipped,
            bg.as_ref(),
            border.as_ref(),
        )
    } else {
        plain_label(
            &mut body,
            input.text,
            &lb,
            &base,
            &label_color,
            align,
            va,
            clipped,
            bg.as_ref(),
            border.as_ref(),
        )?
    };

    out.push_str("<g");
    let opacity = style.num("textOpacity", 100.0).clamp(0.0, 100.0);
    if opacity < 100.0 {
        out.push_str(&format!(" opacity=\"{}\"", num(opacity / 100.0)));
    }
    if lb.rotation.rem_euclid(360.0) != 0.0 {
        out.push_str(&format!(
            " transform=\"rotate({} {} {})\"",
            num(lb.rotation),
            num(lb.center.x),
            num(lb.center.y)
        ));
    }
    out.push_str(&format!(
        " font-family=\"{}\" font-size=\"{}px\" fill=\"{}\"",
        family_attr(&base.font.family),
        num(base.font.size),
        esc_attr(&label_color)
    ));
    if base.font.bold {
        out.push_str(" font-weight=\"bold\"");
    }
    if base.font.italic {
        out.push_str(" font-style=\"italic\"");
    }
    if base.underline || base.strike {
        let d = match (base.underline, base.strike) {
            (true, true) => "underline line-through",
            (true, false) => "underline",
            _ => "line-through",
        };
        out.push_str(&format!(" text-decoration=\"{d}\""));
    }
    out.push('>');
    out.push_str(&body);
    out.push_str("</g>");
    Some(rotated_bbox(extent, lb.rotation, lb.center))
}

/// Wrap `inner` in a nested viewport that clips to `r` (no ids or url() needed).
fn clip_open(out: &mut String, r: Rect) {
    out.push_str(&format!(
        "<svg x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" viewBox=\"{x} {y} {w} {h}\" overflow=\"hidden\">",
        x = num(r.x),
        y = num(r.y),
        w = num(r.width.max(0.0)),
        h = num(r.height.max(0.0))
    ));
}

/// An HTML label: the block laid out as mxSvgCanvas2D.createCss + updateTextNodes position it.
#[allow(clippy::too_many_arguments)]
fn html_label(
    out: &mut String,
    doc: &Doc,
    lb: &LabelBox,
    base: &SpanStyle,
    label_color: &str,
    align: Align,
    va: VAlign,
    wrap: bool,
    overflow: &str,
    clipped: bool,
    bg: Option<&Color>,
    border: Option<&Color>,
) -> Rect {
    let bw = if border.is_some() { 1.0 } else { 0.0 };
    // createCss gets the box width + 2; fixed widths are rounded.
    let a = lb.width + 2.0;
    let (mx, my) = margin(align, va);
    let fill = overflow == "fill";
    let width_ov = overflow == "width";
    // Outer flex box (left, top, width, height) and whether its width is fixed.
    let fixed_w = wrap || clipped || fill || width_ov;
    let ow = if width_ov {
        js_round(a - 2.0)
    } else if fixed_w {
        js_round(a)
    } else {
        1.0
    };
    let x_off = if fixed_w { mx * a } else { 0.0 };
    let y_off = if fill { my * lb.height } else { 0.0 };
    let ox = js_round(lb.x + x_off);
    let oy = js_round(lb.y + y_off);
    let oh = if fill { js_round(lb.height) } else { 1.0 };

    // Width the text may use: the middle div's, minus the inline-block's border.
    let item_w_fixed = if fill || width_ov {
        Some(js_round(a - 2.0))
    } else {
        None
    };
    let avail = item_w_fixed.unwrap_or(ow) - 2.0 * bw;
    let block: Block = layout_doc(
        doc,
        if wrap || fill || width_ov {
            Some(avail.max(0.0))
        } else {
            None
        },
        align,
    );
    let cw = block.width + 2.0 * bw;
    let ch = block.height + 2.0 * bw;

    // Flex item (middle div) size.
    let max_h = if clipped || (width_ov && lb.height > 0.0) {
        Some(js_round(lb.height))
    } else {
        None
    };
    let iw = match item_w_fixed {
        Some(w) => w,
        None if clipped => cw.min(ow),
        None => cw,
    };
    let ih = if fill {
        js_round(lb.height)
    } else {
        max_h.map_or(ch, |m| ch.min(m))
    };
    let ix = match align {
        Align::Left => ox,
        Align::Center => ox + (ow - iw) / 2.0,
        Align::Right => ox + ow - iw,
    };
    let iy = match va {
        VAlign::Top => oy,
        VAlign::Middle => oy + (oh - ih) / 2.0,
        VAlign::Bottom => oy + oh - ih,
    };
    // The inline-block inside the middle div (text-align; start-aligned when it overflows).
    let cx = match align {
        _ if cw >= iw => ix,
        Align::Left => ix,
        Align::Center => ix + (iw - cw) / 2.0,
        Align::Right => ix + iw - cw,
    };
    let cy = iy;
    let item = Rect::new(ix, iy, iw, ih);
    let content = Rect::new(cx, cy, cw, ch);

    let clip = (clipped || fill || width_ov).then_some(item);
    if let Some(c) = clip {
        clip_open(out, c);
    }
    // Background and border: on the inline-block, or on the middle div for fill/width.
    let bg_rect = if fill || width_ov { item } else { content };
    if bg.is_some() || border.is_some() {
        let r = if border.is_some() {
            Rect::new(
                bg_rect.x + 0.5,
                bg_rect.y + 0.5,
                bg_rect.width - 1.0,
                bg_rect.height - 1.0,
            )
        } else {
            bg_rect
        };
        rect_svg(out, r, bg, border);
    }
    let (tx, ty) = (cx + bw, cy + bw);
    for line in &block.lines {
        if line.rule {
            out.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"2\" fill=\"none\" stroke=\"#808080\" stroke-width=\"1\" opacity=\"0.6\"/>",
                num(tx + line.left + 0.5),
                num(ty + line.top + 0.5),
                num((line.width - 1.0).max(0.0))
            ));
            continue;
        }
        // Run backgrounds (span background-color) behind the text.
        for r in line.runs.iter().filter(|r| r.style.background.is_some()) {
            let (fa, fd) = font_extent(&r.style.font);
            let top = ty + line.baseline + r.style.shift - fa.round();
            rect_svg(
                out,
                Rect::new(tx + r.x, top, r.width, fa.round() + fd.round()),
                r.style.background.as_ref(),
                None,
            );
        }
        if let Some((mk, mx, ms)) = &line.marker {
            let run = PlacedRun {
                x: 0.0,
                width: 0.0,
                text: mk.clone(),
                style: ms.clone(),
            };
            emit_line(
                out,
                tx + mx,
                ty + line.baseline,
                "start",
                std::slice::from_ref(&run),
                base,
                label_color,
            );
        }
        let (x, anchor) = match line.align {
            Align::Left => (tx + line.left, "start"),
            Align::Center => (tx + line.left + line.width / 2.0, "middle"),
            Align::Right => (tx + line.left + line.width, "end"),
        };
        emit_line(
            out,
            x,
            ty + line.baseline,
            anchor,
            &line.runs,
            base,
            label_color,
        );
    }
    if clip.is_some() {
        out.push_str("</svg>");
    }
    match clip {
        Some(c) => c,
        None => content,
    }
}

/// A plain, unwrapped label: mxSvgCanvas2D.plainText (one `<text>` per line, fixed line pitch).
#[allow(clippy::too_many_arguments)]
fn plain_label(
    out: &mut String,
    text: &str,
    lb: &LabelBox,
    base: &SpanStyle,
    label_color: &str,
    align: Align,
    va: VAlign,
    clipped: bool,
    bg: Option<&Color>,
    border: Option<&Color>,
) -> Option<Rect> {
    let (text, truncated) = html::cap_len(text);
    let mut lines: Vec<String> = text
        .split('\n')
        .map(|l| {
            // SVG text collapses and trims spaces (xml:space default).
            let mut s = String::with_capacity(l.len());
            for w in l.split([' ', '\t', '\r']).filter(|w| !w.is_empty()) {
                if !s.is_empty() {
                    s.push(' ');
                }
                s.push_str(w);
            }
            s
        })
        .collect();
    if truncated {
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    if lines.iter().all(|l| l.is_empty()) {
        return None;
    }
    let size = base.font.size;
    let pitch = js_round(size * 1.2);
    let total = size + (lines.len() as f64 - 1.0) * pitch;
    let mut y = lb.y + size - 1.0;
    match va {
        VAlign::Middle => y -= total / 2.0,
        VAlign::Bottom => y -= total + 1.0,
        VAlign::Top => {}
    }
    let anchor = match align {
        Align::Left => "start",
        Align::Center => "middle",
        Align::Right => "end",
    };
    let (asc, desc) = font_extent(&base.font);
    let mut ink: Option<Rect> = None;
    let mut texts = String::new();
    for line in &lines {
        if !line.is_empty() {
            let w = text_width(line, &base.font);
            let x0 = match align {
                Align::Left => lb.x,
                Align::Center => lb.x - w / 2.0,
                Align::Right => lb.x - w,
            };
            let r = Rect::new(x0, y - asc, w, asc + desc);
            ink = Some(ink.map_or(r, |i| i.union(&r)));
            let run = PlacedRun {
                x: 0.0,
                width: w,
                text: line.clone(),
                style: base.clone(),
            };
            emit_line(
                &mut texts,
                lb.x,
                y,
                anchor,
                std::slice::from_ref(&run),
                base,
                label_color,
            );
        }
        y += pitch;
    }
    let ink = ink?;
    let clip = (clipped && lb.width > 0.0 && lb.height > 0.0).then(|| {
        let (mx, my) = margin(align, va);
        Rect::new(
            lb.x + mx * lb.width - 2.0,
            lb.y + my * lb.height - 2.0,
            lb.width + 4.0,
            lb.height + 4.0,
        )
    });
    if let Some(c) = clip {
        clip_open(out, c);
    }
    let mut extent = ink;
    if bg.is_some() || border.is_some() {
        // addTextBackground: the text's bbox (moved down 1px), grown 1px left/right, snapped outwards.
        let r = Rect::new(
            (ink.x - 1.0).floor(),
            ink.y.floor(),
            (ink.width + 2.0).ceil(),
            ink.height.ceil(),
        );
        let r = if border.is_some() {
            Rect::new(r.x + 0.5, r.y + 0.5, r.width, r.height)
        } else {
            r
        };
        rect_svg(out, r, bg, border);
        extent = extent.union(&r);
    }
    out.push_str(&texts);
    if clip.is_some() {
        out.push_str("</svg>");
    }
    Some(clip.map_or(extent, |c| Rect::new(c.x, c.y, c.width, c.height)))
}
