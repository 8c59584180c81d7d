//! Labels as SVG text: draw.io's label box rules (mxCellRenderer.getLabelBounds / rotateLabelBounds,
//! mxGraphView.updateVertexLabelOffset, mxText.getSpacing), then the text placed the way
//! mxSvgCanvas2D draws it — HTML labels as its foreignObject CSS would lay them out, plain labels
//! like its SVG `plainText` — but always as `<text>`, so resvg renders the same SVG as a browser.

use super::svg::{esc_attr, esc_text, num, push_num};
use crate::geom::{Point, Rect};
use crate::style::{Color, Style, Theme};
use crate::text::html::{self, Align, Doc, SpanStyle};
use crate::text::layout::{layout_doc_filled, layout_doc_in, Block, PlacedRun};
use crate::text::{classify, font_extent, text_width};

pub struct LabelInput<'a> {
    pub text: &'a str,
    /// The style's `html=1`.
    pub html: bool,
    pub style: &'a Style,
    /// Vertex: absolute unrotated bounds, moved by the geometry's `offset` if it has one (draw.io
    /// adds the offset to the label only, which is the same thing). Edge: a rect at the label
    /// anchor, sized like the edge geometry (usually 0×0; a width makes `whiteSpace=wrap` wrap).
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
            let c = style.flag("horizontal", true) != ns;
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
        // Every other shape's rule (label margins, lifeline heads, ...) lives with the shapes.
        _ => super::shapes::label_bounds(style, r),
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
/// The font-family of a label in Helvetica (what draw.io's shapes set, by far the commonest),
/// set once on the root `<svg>` (inherited): labels with it leave it out.
pub fn root_font_family() -> &'static str {
    static ROOT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ROOT.get_or_init(|| family_attr("Helvetica"))
}

fn family_attr(family: &str) -> String {
    // Same few families over and over (a refresh re-lays out hundreds of labels).
    thread_local! {
        static SEEN: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(a) = SEEN.with(|s| {
        s.borrow()
            .iter()
            .find(|(f, _)| f == family)
            .map(|x| x.1.clone())
    }) {
        return a;
    }
    let a = family_attr_uncached(family);
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= 8 {
            s.remove(0);
        }
        s.push((family.to_string(), a.clone()));
    });
    a
}

fn family_attr_uncached(family: &str) -> String {
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
    fn color<'a>(x: &'a SpanStyle, label_color: &'a str) -> &'a str {
        x.color.as_ref().map_or(label_color, |c| c.as_str())
    }
    let differs_color = base.is_none_or(|b| color(b, label_color) != color(s, label_color));
    if differs_color {
        out.push_str(&format!(" fill=\"{}\"", esc_attr(color(s, label_color))));
    }
}

/// Escaped text content. `:` is written as a character reference too, so label text such as
/// "javascript:…" never appears verbatim to a naive filter downstream; renderers show it unchanged.
fn text_content(s: &str) -> String {
    esc_text(s).replace(':', "&#58;")
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
    out.push_str("<text x=\"");
    push_num(out, x);
    out.push_str("\" y=\"");
    push_num(out, baseline);
    out.push('"');
    if anchor != "start" {
        out.push_str(" text-anchor=\"");
        out.push_str(anchor);
        out.push('"');
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
            out.push_str(&text_content(&r.text));
        } else {
            out.push_str(&format!("<tspan{attrs}>{}</tspan>", text_content(&r.text)));
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
/// In the dark theme, `default` text is light; on a light fill the author chose explicitly
/// (a pastel box, a white container) it would vanish, so such labels keep dark text.
/// This is Faultline's rule, not draw.io's: draw.io has no dark panel to adapt to.
fn dark_theme_contrast(style: &Style, input: &LabelInput) -> Option<&'static str> {
    if !input.theme.dark || !matches!(style.get("fontColor"), None | Some("default")) {
        return None;
    }
    let explicit = |key: &str| {
        style
            .get(key)
            .filter(|v| *v != "default")
            .and_then(|v| Color::parse(v, input.theme))
    };
    let inside = style.str_or("labelPosition", "center") == "center"
        && style.str_or("verticalLabelPosition", "middle") == "middle";
    let backdrop = explicit("labelBackgroundColor").or_else(|| {
        if inside && !input.is_edge {
            explicit("fillColor")
        } else {
            None
        }
    })?;
    let (r, g, b) = backdrop
        .rgb()
        .or_else(|| (backdrop.as_str() == "white").then_some((255, 255, 255)))?;
    let luminance = (0.2126 * r as f64 + 0.7152 * g as f64 + 0.0722 * b as f64) / 255.0;
    (luminance > 0.6).then_some("#000000")
}

pub fn render_label(out: &mut String, input: &LabelInput) -> Option<Rect> {
    let style = input.style;
    if style.flag("noLabel", false) || input.text.trim().is_empty() {
        return None;
    }
    let size = style.num("fontSize", 11.0);
    // mxCellRenderer.createLabel: no label unless fontSize > 0.
    if size.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
        return None;
    }
    let family = style.str_or("fontFamily", "Arial,Helvetica");
    let font_style = style.num("fontStyle", 0.0).clamp(0.0, 1e9) as i64;
    let base = html::base_style(family, size, font_style);
    let label_color = dark_theme_contrast(style, input)
        .map(str::to_string)
        .or_else(|| {
            style
                .color("fontColor", input.theme)
                .map(|c| c.as_str().to_string())
        })
        .or_else(|| {
            Color::parse(&input.theme.shape_foreground, input.theme).map(|c| c.as_str().to_string())
        })
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
            html::plain_doc(input.text, &base, align)
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

    // A stable class so a refresh can replace this label alone (bind::patch).
    let start = out.len();
    out.push_str("<g class=\"fl-label\"");
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
    let family = family_attr(&base.font.family);
    if family != root_font_family() {
        out.push_str(&format!(" font-family=\"{}\"", family));
    }
    out.push_str(&format!(
        " font-size=\"{}px\" fill=\"{}\"",
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
    // One <text> alone needs no group: the label is that element (one DOM node fewer).
    let group_attrs = &out[start + "<g".len()..];
    match single_text(&body) {
        Some((attrs, rest)) if !shares_attribute(group_attrs, attrs) => {
            let group_attrs = group_attrs.to_string();
            out.truncate(start);
            out.push_str("<text");
            out.push_str(&group_attrs);
            out.push_str(attrs);
            out.push_str(rest);
        }
        _ => {
            out.push('>');
            out.push_str(&body);
            out.push_str("</g>");
        }
    }
    Some(rotated_bbox(extent, lb.rotation, lb.center))
}

/// `body` as `(attributes, rest)` when it is exactly one `<text …>…</text>` element:
/// attributes with their leading space, rest from the `>` on.
fn single_text(body: &str) -> Option<(&str, &str)> {
    let inner = body.strip_prefix("<text")?;
    if !inner.starts_with(' ') || body.find("</text>") != Some(body.len() - "</text>".len()) || inner.contains("<text") {
        return None;
    }
    // Attribute values are escaped: the first `>` ends the start tag.
    let end = inner.find('>')?;
    Some((&inner[..end], &inner[end..]))
}

/// Whether two attribute lists (` name="value"` …) name the same attribute.
fn shares_attribute(a: &str, b: &str) -> bool {
    let names = |s: &str| -> Vec<String> {
        s.split('"')
            .step_by(2)
            .filter_map(|p| p.trim().strip_suffix('=').map(str::to_string))
            .collect()
    };
    let an = names(a);
    names(b).iter().any(|n| an.contains(n))
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
    // What `height: 100%` (a table filling its shape) is of.
    let fill_h = fill.then(|| (js_round(lb.height) - 2.0 * bw).max(0.0));
    let block: Block = if fill || width_ov {
        layout_doc_filled(doc, avail.max(0.0), wrap, fill_h, align)
    } else {
        layout_doc_in(doc, wrap.then_some(avail.max(0.0)), fill_h, align)
    };
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
    // Table, row and cell boxes.
    for b in &block.boxes {
        let r = Rect::new(tx + b.x, ty + b.y, b.width, b.height);
        match &b.stroke {
            None => rect_svg(out, r, b.fill.as_ref(), None),
            Some((w, c)) => out.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"/>",
                num(r.x),
                num(r.y),
                num(r.width.max(0.0)),
                num(r.height.max(0.0)),
                esc_attr(c.as_ref().map_or(label_color, |c| c.as_str())),
                num(*w)
            )),
        }
    }
    for line in &block.lines {
        if line.rule {
            // Blink's <hr>: a 1px inset border in `gray`, painted (Chromium 156, observed) as a
            // #9a9a9a top edge and an #eeeeee bottom edge, snapped to whole pixels; `size="1"`
            // has no bottom edge. Both edges stay visible on a dark panel too.
            let (x, y, w) = (tx + line.left, (ty + line.top).round(), line.width.max(0.0));
            let edges = [(y, "#9a9a9a"), (y + line.height.round() - 1.0, "#eeeeee")];
            for (ey, fill) in edges.iter().take(if line.height >= 2.0 { 2 } else { 1 }) {
                out.push_str(&format!("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"1\" fill=\"{fill}\"/>", num(x), num(*ey), num(w)));
            }
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

#[cfg(test)]
mod dark_contrast_tests {
    use super::*;

    fn color_of(style: &str, theme: &Theme) -> String {
        let st = Style::parse_raw(style);
        let mut out = String::new();
        render_label(
            &mut out,
            &LabelInput {
                text: "x",
                html: false,
                style: &st,
                bounds: Rect::new(0.0, 0.0, 80.0, 40.0),
                is_edge: false,
                theme,
            },
        );
        let i = out.find("fill=\"").expect("a fill");
        out[i + 6..i + 13].to_string()
    }

    #[test]
    fn default_text_on_light_fill_stays_dark_in_dark_theme() {
        let dark = Theme::dark();
        assert_eq!(
            color_of("fontColor=default;fillColor=#dae8fc;fontSize=12", &dark),
            "#000000"
        );
        // No explicit fill: the theme's light text.
        assert_eq!(
            color_of("fontColor=default;fillColor=default;fontSize=12", &dark),
            "#f0f0f0"
        );
        // Explicit text colour always wins.
        assert_eq!(
            color_of("fontColor=#ff0000;fillColor=#ffffff;fontSize=12", &dark),
            "#ff0000"
        );
        // Light theme: unchanged draw.io behaviour.
        assert_eq!(
            color_of(
                "fontColor=default;fillColor=#dae8fc;fontSize=12",
                &Theme::light()
            ),
            "#000000"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Stylesheet;
    use crate::text::Font;

    const B: Rect = Rect::new(100.0, 200.0, 120.0, 60.0);

    fn vstyle(s: &str) -> Style {
        Stylesheet::default().resolve(s, false)
    }

    fn lbox(s: &str, b: Rect) -> (f64, f64, f64, f64, f64) {
        let l = label_box(&vstyle(s), b, false);
        (l.x, l.y, l.width, l.height, l.rotation)
    }

    /// Label anchors and boxes for the position/alignment combinations. Rules (draw.io's mxGraph):
    /// updateVertexLabelOffset moves the box by a shape width/height for labelPosition left/right and
    /// verticalLabelPosition top/bottom; rotateLabelBounds puts the anchor at the alignment point
    /// (x − margin.x·w, margin from getAlignmentAsPoint) and adds mxText.getSpacing (left: spacingLeft,
    /// right: −spacingRight, center: (l−r)/2; top: spacingTop + baseSpacingTop 5, bottom:
    /// −spacingBottom − baseSpacingBottom 1, middle: (t−b)/2), each spacing = spacing (2) + spacingX;
    /// the width loses spacingLeft+Right only for labelPosition=center, the height loses
    /// spacingTop+Bottom only for verticalLabelPosition=middle.
    #[test]
    fn label_box_positions() {
        type Case = (&'static str, (f64, f64, f64, f64));
        let cases: &[Case] = &[
            ("", (160.0, 230.0, 116.0, 56.0)),
            ("align=left;verticalAlign=top", (102.0, 207.0, 116.0, 56.0)),
            (
                "align=right;verticalAlign=bottom",
                (218.0, 257.0, 116.0, 56.0),
            ),
            (
                "align=left;verticalAlign=bottom",
                (102.0, 257.0, 116.0, 56.0),
            ),
            ("align=right;verticalAlign=top", (218.0, 207.0, 116.0, 56.0)),
            ("align=left", (102.0, 230.0, 116.0, 56.0)),
            ("align=right", (218.0, 230.0, 116.0, 56.0)),
            ("verticalAlign=top", (160.0, 207.0, 116.0, 56.0)),
            ("verticalAlign=bottom", (160.0, 257.0, 116.0, 56.0)),
            // Outside the shape: the box is a copy of the bounds beside it, full size on that axis.
            ("labelPosition=left;align=right", (98.0, 230.0, 120.0, 56.0)),
            (
                "labelPosition=right;align=left",
                (222.0, 230.0, 120.0, 56.0),
            ),
            (
                "labelPosition=left;align=center",
                (40.0, 230.0, 120.0, 56.0),
            ),
            (
                "verticalLabelPosition=top;verticalAlign=bottom",
                (160.0, 197.0, 116.0, 60.0),
            ),
            (
                "verticalLabelPosition=bottom;verticalAlign=top",
                (160.0, 267.0, 116.0, 60.0),
            ),
            (
                "verticalLabelPosition=bottom;verticalAlign=middle",
                (160.0, 290.0, 116.0, 60.0),
            ),
            (
                "labelPosition=right;verticalLabelPosition=top;align=left;verticalAlign=bottom",
                (222.0, 197.0, 120.0, 60.0),
            ),
            (
                "labelPosition=left;verticalLabelPosition=bottom;align=right;verticalAlign=top",
                (98.0, 267.0, 120.0, 60.0),
            ),
            // Diagonal placements with the label centred in its box.
            (
                "labelPosition=left;verticalLabelPosition=top",
                (40.0, 170.0, 120.0, 60.0),
            ),
            (
                "labelPosition=right;verticalLabelPosition=bottom",
                (280.0, 290.0, 120.0, 60.0),
            ),
            // Spacings: left 4+10, right 4, top 4+3, bottom 4.
            (
                "spacing=4;spacingLeft=10;spacingTop=3;align=left;verticalAlign=top",
                (114.0, 212.0, 102.0, 49.0),
            ),
            (
                "spacing=4;spacingLeft=10;spacingTop=3",
                (165.0, 231.5, 102.0, 49.0),
            ),
            // parseInt: fractional spacings truncate.
            // spacingBottom = 2 + (−4) = −2: y = 260 + 2 − 1, height = 60 − (2 − 2).
            (
                "spacing=2.9;spacingBottom=-4.7;verticalAlign=bottom",
                (160.0, 261.0, 116.0, 60.0),
            ),
            // labelWidth widens the box about the alignment (updateVertexLabelOffset) and is kept whole.
            ("labelWidth=200", (160.0, 230.0, 200.0, 56.0)),
            ("labelWidth=200;align=left", (102.0, 230.0, 200.0, 56.0)),
            // legacySpacing: no spacing for overflow=fill/width.
            (
                "overflow=fill;align=left;verticalAlign=top",
                (100.0, 200.0, 120.0, 60.0),
            ),
            // shape=process insets the box by round(0.1·w) each side.
            ("shape=process", (160.0, 230.0, 92.0, 56.0)),
        ];
        for (style, expect) in cases {
            let (x, y, w, h, _) = lbox(style, B);
            assert_eq!((x, y, w, h), *expect, "{style}");
        }
    }

    #[test]
    fn vertical_and_rotated_labels() {
        // horizontal=0: laid out in the bounds turned about their centre (isPaintBoundsInverted),
        // then rotated −90° about the centre.
        let l = label_box(&vstyle("horizontal=0"), B, false);
        assert_eq!(
            (l.x, l.y, l.width, l.height, l.rotation),
            (160.0, 230.0, 56.0, 116.0, -90.0)
        );
        assert_eq!(l.center, Point::new(160.0, 230.0));
        let l = label_box(&vstyle("rotation=30;align=left"), B, false);
        assert_eq!(
            (l.x, l.rotation, l.center),
            (102.0, 30.0, Point::new(160.0, 230.0))
        );
        let l = label_box(&vstyle("rotation=30;horizontal=0"), B, false);
        assert_eq!(l.rotation, -60.0);
    }

    #[test]
    fn swimlane_titles() {
        // mxSwimlane.getLabelBounds: the label box is the startSize strip.
        let (x, y, w, h, r) = lbox("swimlane;startSize=23", B);
        assert_eq!((x, y, w, h, r), (160.0, 211.5, 116.0, 19.0, 0.0));
        // Default startSize is mxConstants.DEFAULT_STARTSIZE = 40 when no named style sets it.
        let (_, y, _, h, _) = lbox("shape=swimlane", B);
        assert_eq!((y, h), (220.0, 36.0));
        // Vertical lane: the strip is at the top of the turned bounds = the left edge once rotated.
        let b = Rect::new(100.0, 200.0, 160.0, 100.0);
        let l = label_box(&vstyle("swimlane;horizontal=0;startSize=30"), b, false);
        assert_eq!(
            (l.x, l.y, l.width, l.height, l.rotation),
            (180.0, 185.0, 96.0, 26.0, -90.0)
        );
        let p = rotated_bbox(Rect::new(l.x, l.y, 0.0, 0.0), l.rotation, l.center);
        assert!(
            (p.x - 115.0).abs() < 1e-9 && (p.y - 250.0).abs() < 1e-9,
            "{p:?}"
        );
        // Tables with a title behave like swimlanes; without one the whole shape is the box.
        assert_eq!(lbox("shape=table;startSize=30", B).1, 215.0);
        assert_eq!(lbox("shape=table;startSize=0", B).1, 230.0);
    }

    #[test]
    fn edge_label_anchor() {
        let es = Stylesheet::default().resolve("", true);
        let l = label_box(&es, Rect::new(50.0, 80.0, 0.0, 0.0), true);
        assert_eq!(
            (l.x, l.y, l.width, l.height, l.rotation),
            (50.0, 80.0, 0.0, 0.0, 0.0)
        );
        let es = Stylesheet::default().resolve("verticalAlign=top;align=left;horizontal=0", true);
        let l = label_box(&es, Rect::new(50.0, 80.0, 0.0, 0.0), true);
        assert_eq!(
            (l.x, l.y, l.rotation, l.center),
            (52.0, 87.0, -90.0, Point::new(52.0, 87.0))
        );
    }

    fn render(text: &str, html: bool, style: &str) -> (String, Option<Rect>) {
        let st = vstyle(style);
        let theme = Theme::light();
        let mut out = String::new();
        let e = render_label(
            &mut out,
            &LabelInput {
                text,
                html,
                style: &st,
                bounds: B,
                is_edge: false,
                theme: &theme,
            },
        );
        (out, e)
    }

    #[test]
    fn html_label_position_matches_drawio() {
        // Centred, unwrapped: flex box of 1px at (round(160), round(230)); the block (14.39px high)
        // is centred on it; its baseline is 11 below its top (Blink floors the 0.195 px
        // half-leading above the baseline).
        let (svg, e) = render("Hello", true, "html=1");
        assert!(svg.contains(" x=\"160.5\" y=\"234.3\" text-anchor=\"middle\" xml:space=\"preserve\">Hello</text>"), "{svg}");
        let w = text_width(
            "Hello",
            &Font {
                family: "Helvetica".into(),
                size: 12.0,
                bold: false,
                italic: false,
            },
        );
        let e = e.unwrap();
        assert!((e.width - w).abs() < 1e-9 && (e.height - 14.390625).abs() < 1e-9);
        assert!((e.x - (160.5 - w / 2.0)).abs() < 1e-9);
        // Left/top: starts at round(102), top at round(207), baseline 11 below.
        let (svg, _) = render("Hello", true, "html=1;align=left;verticalAlign=top");
        assert!(svg.contains(" x=\"102\" y=\"218\""), "{svg}");
        // Right/bottom: block ends at round(218)+1, bottom at round(257)+1.
        let (svg, _) = render("Hello", true, "html=1;align=right;verticalAlign=bottom");
        assert!(
            svg.contains(" x=\"219\" y=\"254.61\" text-anchor=\"end\""),
            "{svg}"
        );
    }

    #[test]
    fn plain_label_follows_svg_text_rules() {
        // mxSvgCanvas2D.plainText: first baseline at y + size − 1 − total/2, fixed pitch round(1.2·size).
        let (svg, _) = render("a\nb", false, "");
        assert!(
            svg.contains(
                " x=\"160\" y=\"228\" text-anchor=\"middle\" xml:space=\"preserve\">a</text>"
            ),
            "{svg}"
        );
        assert!(
            svg.contains(
                " x=\"160\" y=\"242\" text-anchor=\"middle\" xml:space=\"preserve\">b</text>"
            ),
            "{svg}"
        );
        let (svg, _) = render("a  b", false, "align=left;verticalAlign=top");
        assert!(
            svg.contains(" x=\"102\" y=\"218\" xml:space=\"preserve\">a b</text>"),
            "{svg}"
        );
        // An empty middle line still takes its pitch.
        let (svg, _) = render("a\n\nb", false, "verticalAlign=bottom");
        assert_eq!(svg.matches("<text").count(), 2);
        // Bottom: 257 + 12 − 1 − (12 + 2·14) − 1 = 227, then 227 + 28 for "b".
        assert!(
            svg.contains("y=\"227\"") && svg.contains("y=\"255\""),
            "{svg}"
        );
    }

    #[test]
    fn wrapping_uses_box_width_plus_two() {
        // 120px shape: box 116px, wrap width round(116 + 2) = 118.
        let words = "aaaa bbbb cccc dddd eeee ffff gggg hhhh";
        let f = Font {
            family: "Helvetica".into(),
            size: 12.0,
            bold: false,
            italic: false,
        };
        let (svg, e) = render(words, true, "html=1;whiteSpace=wrap");
        let lines = svg.matches("<text").count();
        assert!(lines >= 2);
        let e = e.unwrap();
        assert!(e.width <= 118.0 + 1e-9 && e.width > 100.0, "{e:?}");
        assert!(text_width(words, &f) > 118.0);
        // Without whiteSpace=wrap nothing wraps.
        let (svg, _) = render(words, true, "html=1");
        assert_eq!(svg.matches("<text").count(), 1);
        // A wrapped plain label is laid out as HTML: it wraps too, and collapses spaces.
        let (svg, _) = render(words, false, "whiteSpace=wrap");
        assert_eq!(svg.matches("<text").count(), lines);
    }

    #[test]
    fn one_text_is_the_label_element_and_more_keep_the_group() {
        // Helvetica is the root <svg>'s font: left out; one line: the <text> is the label.
        let (svg, _) = render("Hello", false, "fontFamily=Helvetica;fontSize=12");
        assert_eq!(svg, "<text class=\"fl-label\" font-size=\"12px\" fill=\"#000000\" x=\"160\" y=\"235\" text-anchor=\"middle\" xml:space=\"preserve\">Hello</text>");
        // Two lines: a group around two <text>s; another font is written.
        let (svg, _) = render("a\nb", false, "fontFamily=Verdana");
        assert!(svg.starts_with("<g class=\"fl-label\" font-family=\"Verdana\""), "{svg}");
        assert_eq!(svg.matches("<text ").count(), 2, "{svg}");
        // A background box: group kept.
        let (svg, _) = render("x", false, "labelBackgroundColor=#ffff00");
        assert!(svg.starts_with("<g class=\"fl-label\"") && svg.contains("<rect"), "{svg}");
        assert!(single_text("<text x=\"1\">a</text><text x=\"2\">b</text>").is_none());
        assert!(shares_attribute(" fill=\"#000\" x=\"1\"", " x=\"2\""));
        assert!(!shares_attribute(" fill=\"#000\"", " x=\"2\" font-fill=\"a\""));
    }

    #[test]
    fn hr_edges_as_blink_paints_them_in_whole_pixels() {
        let hr = |src: &str, theme: &Theme| {
            let st = vstyle("html=1");
            let mut out = String::new();
            render_label(&mut out, &LabelInput { text: src, html: true, style: &st, bounds: B, is_edge: false, theme });
            let fills: Vec<String> = out.split("height=\"1\" fill=\"").skip(1).map(|t| t[..7].to_string()).collect();
            fills
        };
        // Blink: a #9a9a9a top edge, an #eeeeee bottom edge; size="1" keeps the top edge only.
        assert_eq!(hr("a<hr>b", &Theme::light()), ["#9a9a9a", "#eeeeee"]);
        assert_eq!(hr("a<hr size=\"1\">b", &Theme::light()), ["#9a9a9a"]);
        assert_eq!(hr("a<hr>b", &Theme::dark()), ["#9a9a9a", "#eeeeee"]);
        // Snapped to whole pixels, as Blink paints borders.
        let st = vstyle("html=1");
        let mut out = String::new();
        render_label(&mut out, &LabelInput { text: "a<hr>b", html: true, style: &st, bounds: B, is_edge: false, theme: &Theme::light() });
        for y in out.split("<rect").skip(1).map(|r| r.split(" y=\"").nth(1).unwrap().split('"').next().unwrap()) {
            assert!(!y.contains('.'), "{y} in {out}");
        }
    }

    /// mxSvgCanvas2D.createCss gives the text block of an `overflow=fill` (or `width`) label
    /// `width: 100%`, wrapping only with whiteSpace=wrap: draw.io's UML class boxes (no wrap)
    /// centre their title in the whole box and draw their rules across it.
    #[test]
    fn filled_labels_are_as_wide_as_their_box_and_wrap_only_when_asked() {
        let (svg, _) = render("<p style=\"text-align:center\">Title</p><hr size=\"1\"><p>+ field: Type</p>", true, "html=1;overflow=fill;align=left;verticalAlign=top");
        // B is 120 wide from x = 100: the title centred at 160, the rule 120 wide.
        assert!(svg.contains("x=\"160\"") && svg.contains("text-anchor=\"middle\""), "{svg}");
        assert!(svg.contains("<rect x=\"100\" y=\"") && svg.contains("width=\"120\" height=\"1\""), "{svg}");
        let long = "a long line of words that is much wider than the box";
        let lines = |style: &str| render(long, true, style).0.matches("<text").count();
        assert_eq!(lines("html=1;overflow=fill"), 1, "white-space: nowrap");
        assert!(lines("html=1;overflow=fill;whiteSpace=wrap") > 2, "wrapped at the box");
    }

    #[test]
    fn style_attributes() {
        let (svg, _) = render(
            "x",
            true,
            "html=1;fontStyle=15;fontColor=#ff0000;fontFamily=Verdana;fontSize=14;textOpacity=40",
        );
        // One line: the label is the <text> itself.
        assert!(svg.starts_with("<text class=\"fl-label\" opacity=\"0.4\" font-family=\"Verdana\" font-size=\"14px\" fill=\"#ff0000\" font-weight=\"bold\" font-style=\"italic\" text-decoration=\"underline line-through\" x="), "{svg}");
        // Theme default colour; invalid colours fall back to it.
        let theme = Theme::dark();
        let st = vstyle("fontColor=url(x)");
        let mut out = String::new();
        render_label(
            &mut out,
            &LabelInput {
                text: "x",
                html: false,
                style: &st,
                bounds: B,
                is_edge: false,
                theme: &theme,
            },
        );
        assert!(out.contains("fill=\"#f0f0f0\""), "{out}");
        // Runs that differ get tspans; sub/sup shift with dy and shift back.
        let (svg, _) = render("a<b>b</b>c<sub>2</sub>d", true, "html=1");
        assert!(
            svg.contains("<tspan font-weight=\"bold\">b</tspan>"),
            "{svg}"
        );
        assert!(
            svg.contains(
                "<tspan font-size=\"10px\" dy=\"3.4\">2</tspan><tspan dy=\"-3.4\">d</tspan>"
            ),
            "{svg}"
        );
        // Rotation about the shape centre.
        let (svg, _) = render("x", true, "html=1;rotation=45");
        assert!(svg.contains("transform=\"rotate(45 160 230)\""), "{svg}");
        let (svg, _) = render("x", true, "html=1;horizontal=0");
        assert!(svg.contains("transform=\"rotate(-90 160 230)\""), "{svg}");
    }

    #[test]
    fn background_border_and_clipping() {
        let (svg, e) = render(
            "Hello",
            true,
            "html=1;labelBackgroundColor=#ffff00;labelBorderColor=#0000ff",
        );
        let e = e.unwrap();
        // The inline-block with a 1px border: text box + 2 each way, stroke drawn inside it.
        assert!(
            svg.contains("<rect x=")
                && svg.contains("fill=\"#ffff00\" stroke=\"#0000ff\" stroke-width=\"1\"/>"),
            "{svg}"
        );
        assert!((e.height - (14.390625 + 2.0)).abs() < 1e-9, "{e:?}");
        let (svg, e) = render(
            "one two three four five six seven eight nine ten",
            true,
            "html=1;whiteSpace=wrap;overflow=hidden",
        );
        assert!(
            svg.contains("<svg x=") && svg.contains("overflow=\"hidden\""),
            "{svg}"
        );
        let e = e.unwrap();
        assert!(e.height <= 56.0 && e.width <= 118.0, "{e:?}");
        // A plain label's background hugs the text bbox (addTextBackground).
        let (svg, _) = render("Hi", false, "labelBackgroundColor=#eeeeee");
        assert!(svg.contains("fill=\"#eeeeee\"/>"), "{svg}");
    }

    #[test]
    fn nothing_drawn() {
        assert_eq!(render("", true, "html=1").1, None);
        assert_eq!(render("   ", false, "").1, None);
        assert_eq!(render("<div><br></div>", true, "html=1").1, None);
        assert_eq!(render("<script>x</script>", true, "html=1").1, None);
        assert_eq!(render("x", true, "html=1;noLabel=1").1, None);
        assert_eq!(render("x", true, "html=1;fontSize=0").1, None);
        let (out, e) = render("", false, "");
        assert!(out.is_empty() && e.is_none());
    }

    #[test]
    fn hostile_numbers_and_huge_labels() {
        let (svg, e) = render(
            "x",
            true,
            "html=1;fontSize=1e308;spacing=NaN;rotation=inf;labelWidth=-5",
        );
        assert!(e.is_some() && !svg.contains("NaN") && !svg.contains("inf"));
        let huge = "word ".repeat(50_000);
        let (svg, e) = render(&huge, true, "html=1;whiteSpace=wrap");
        assert!(e.is_some() && svg.contains('…'));
        let (svg, _) = render(&"y\n".repeat(50_000), false, "");
        assert!(svg.matches("<text").count() <= html::MAX_LABEL_CHARS);
    }

    /// Every element and attribute the label writes, checked by parsing the output as XML.
    /// Substrings are checked on all of it for html labels; a plain label shows its text verbatim
    /// (escaped), so there only markup is checked.
    fn assert_safe(svg: &str, payload: &str, html: bool) {
        let lower = svg.to_ascii_lowercase();
        for bad in [
            "<script",
            "<foreignobject",
            "<style",
            "<img",
            "<iframe",
            "<a ",
            "<math",
            "<object",
            "javascript:",
        ] {
            assert!(
                !lower.contains(bad),
                "{bad} in output for {payload:?}: {svg}"
            );
        }
        if html {
            for bad in [
                "url(",
                "href",
                "onerror",
                "onload",
                "onclick",
                "onmouseover",
                "expression(",
            ] {
                assert!(
                    !lower.contains(bad),
                    "{bad} in output for {payload:?}: {svg}"
                );
            }
        }
        let wrapped = format!("<root>{svg}</root>");
        let mut reader = quick_xml::Reader::from_str(&wrapped);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Start(e)) | Ok(quick_xml::events::Event::Empty(e)) => {
                    let name = e.name().into_inner().to_string();
                    assert!(
                        ["root", "g", "text", "tspan", "rect", "svg"].contains(&name.as_str()),
                        "element {name} for {payload:?}"
                    );
                    for a in e.attributes() {
                        let a = a.expect("well-formed attribute");
                        let key = a.key.into_inner().to_string();
                        assert!(!key.starts_with("on"), "attribute {key} for {payload:?}");
                        // The only class is the panel's fixed hook for label patches.
                        if key == "class" {
                            assert_eq!(a.value, "fl-label", "class for {payload:?}");
                            continue;
                        }
                        assert!(
                            [
                                "x",
                                "y",
                                "dy",
                                "width",
                                "height",
                                "viewBox",
                                "overflow",
                                "fill",
                                "stroke",
                                "stroke-width",
                                "opacity",
                                "transform",
                                "font-family",
                                "font-size",
                                "font-weight",
                                "font-style",
                                "text-decoration",
                                "text-anchor",
                                "xml:space"
                            ]
                            .contains(&key.as_str()),
                            "attribute {key} for {payload:?}"
                        );
                    }
                }
                Ok(_) => {}
                Err(e) => panic!("output is not well-formed XML for {payload:?}: {e}: {svg}"),
            }
        }
    }

    #[test]
    fn xss_payloads_stay_text() {
        let payloads = [
            "<script>alert(1)</script>visible",
            "<img src=x onerror=alert(1)>img",
            "<svg onload=alert(1)><circle/></svg>svg",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"&#106;avascript:alert(1)\">entity link</a>",
            "&#106;avascript:alert(1)",
            "<style>*{background:url(http://evil/x.png)}</style>styled",
            "<span style=\"background:url(javascript:alert(1));color:expression(alert(1));font-family:x' onload='y\">css</span>",
            "<font color=\"red\" onmouseover=\"alert(1)\" face=\"a&quot; onload=&quot;x\">font</font>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<div style=\"color: red\" onclick=\"alert(1)\">div</div><iframe src=\"javascript:alert(1)\"></iframe>",
            "<math><mtext><script>alert(1)</script></mtext></math>m",
            "<template><script>alert(1)</script></template>t<object data=\"x.swf\">o</object>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>n",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "\"><svg/onload=alert(1)>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">data</a>",
            "<foreignObject><div>fo</div></foreignObject>",
            "]]><![CDATA[<script>x</script>]]>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>after",
        ];
        for p in payloads {
            for style in [
                "html=1",
                "html=1;whiteSpace=wrap;labelBackgroundColor=#fff",
                "",
                "whiteSpace=wrap",
            ] {
                let html = style.contains("html=1");
                let (svg, _) = render(p, html, style);
                assert_safe(&svg, p, html);
            }
        }
        // Escaped markup in an html label is shown as literal text.
        let (svg, _) = render("&lt;script&gt;alert(1)&lt;/script&gt;", true, "html=1");
        assert!(
            svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{svg}"
        );
        // Plain labels show markup as text.
        let (svg, _) = render("<b>not bold</b>", false, "");
        assert!(
            svg.contains("&lt;b&gt;not bold&lt;/b&gt;") && !svg.contains("font-weight"),
            "{svg}"
        );
        // The entity-built scheme is text (its colon encoded), not an attribute.
        let (svg, _) = render("&#106;avascript:alert(1)", true, "html=1");
        assert!(svg.contains("javascript&#58;alert(1)"), "{svg}");
    }
}
