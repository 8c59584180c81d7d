//! Model + layout → one SVG document. Every drawn cell is a `<g data-cell-id="…">` holding its
//! shape (`.fl-shape`, plus `.fl-fg` details or `.fl-marker`s) and its label, in draw.io's z-order.

pub mod canvas;
pub mod edges;
pub mod label;
pub mod markers;
pub mod paint;
pub mod path;
pub mod rough;
pub mod shapes;
pub mod stencil;
pub mod svg;

use crate::api::Placeholder;
use crate::geom::Rect;
use crate::layout::Layout;
use crate::model::{CellKind, Model};
use crate::style::{Color, Theme};
use label::LabelInput;
use paint::Paint;
use std::collections::BTreeSet;
use std::fmt::Write;
use svg::{esc_attr, num};

pub const DEFAULT_BORDER: f64 = 10.0;
/// draw.io's stroke-miterlimit, set once on the root `<svg>` (inherited): elements carry it only
/// when they differ.
pub const ROOT_MITER_LIMIT: f64 = 10.0;

/// Id of the white-to-transparent gradient of draw.io's glass effect (mxShape.paintGlassEffect:
/// #ffffff at 0.9 to #ffffff at 0.1), written to <defs> when a shape uses it.
pub const GLASS_GRADIENT: &str = "fl-glass";
const GLASS_DEF: &str = "<linearGradient id=\"fl-glass\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0\" stop-color=\"#ffffff\" stop-opacity=\"0.9\"/><stop offset=\"1\" stop-color=\"#ffffff\" stop-opacity=\"0.1\"/></linearGradient>";

/// mxShapeEipMessageChannel's pipe: #e6e6e6 to #808080, top to bottom.
const EIP_CHANNEL_DEF: &str = "<linearGradient id=\"fl-eip-channel\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0\" stop-color=\"#e6e6e6\"/><stop offset=\"1\" stop-color=\"#808080\"/></linearGradient>";

/// The page shadow of `<mxGraphModel shadow="1">` (draw.io Graph.addSvgShadow: blur 1.7 of the
/// drawing's alpha, moved 3,3, coloured #3D4574 at 0.4, under the drawing).
const PAGE_SHADOW_ID: &str = "fl-page-shadow";
const PAGE_SHADOW_DEF: &str = "<filter id=\"fl-page-shadow\"><feGaussianBlur in=\"SourceAlpha\" stdDeviation=\"1.7\" result=\"blur\"/><feOffset in=\"blur\" dx=\"3\" dy=\"3\" result=\"offsetBlur\"/><feFlood flood-color=\"#3D4574\" flood-opacity=\"0.4\" result=\"offsetColor\"/><feComposite in=\"offsetColor\" in2=\"offsetBlur\" operator=\"in\" result=\"offsetBlur\"/><feBlend in=\"SourceGraphic\" in2=\"offsetBlur\"/></filter>";

/// Row and column lines of a table cell (draw.io TableShape): rows are the table's vertex
/// children, columns the first row's.
fn table_grid(model: &Model, i: usize) -> Option<shapes::TableGrid> {
    let cell = &model.cells[i];
    // A collapsed table shows no lines (TableShape.paintVertexShape).
    if cell.style.shape() != "table" || cell.collapsed {
        return None;
    }
    let vertices = |j: usize| model.cells[j].children.iter().copied().filter(|&k| model.cells[k].kind == CellKind::Vertex && model.cells[k].visible).collect::<Vec<_>>();
    let rows = vertices(i);
    let first = *rows.first()?;
    let row_tops = rows.iter().skip(1).map(|&r| model.cells[r].geometry.y).collect();
    let col_lefts = vertices(first).iter().skip(1).map(|&c| model.cells[c].geometry.x).collect();
    Some(shapes::TableGrid { row_tops, col_lefts })
}

pub struct Rendered {
    pub svg: String,
    pub width: f64,
    pub height: f64,
    pub placeholders: Vec<Placeholder>,
    pub warnings: Vec<String>,
}

/// `transform` for the `rotation` style (degrees about the centre), if any.
fn rotation(style: &crate::style::Style, b: &Rect) -> Option<String> {
    let deg = style.num("rotation", 0.0) % 360.0;
    (deg != 0.0).then(|| {
        let c = b.center();
        format!("rotate({} {} {})", num(deg), num(c.x), num(c.y))
    })
}

/// `transform` mirroring the shape for flipH/flipV (labels are not mirrored).
fn flip(style: &crate::style::Style, b: &Rect) -> Option<String> {
    let h = style.flag("flipH", false);
    let v = style.flag("flipV", false);
    (h || v).then(|| {
        let c = b.center();
        format!(
            "matrix({} 0 0 {} {} {})",
            if h { -1 } else { 1 },
            if v { -1 } else { 1 },
            num(if h { 2.0 * c.x } else { 0.0 }),
            num(if v { 2.0 * c.y } else { 0.0 })
        )
    })
}

/// draw.io moves shapes (not text or images) by half a pixel when the rounded stroke width is odd,
/// so 1 px lines fall on whole pixels (mxShape.getSvgScreenOffset).
fn crisp_offset(stroke_width: f64) -> bool {
    (stroke_width.round().max(1.0) as i64) % 2 == 1
}

/// Bounding box of a rectangle rotated about its centre.
fn rotated_bounds(b: &Rect, deg: f64) -> Rect {
    if deg % 360.0 == 0.0 {
        return *b;
    }
    let (s, c) = deg.to_radians().sin_cos();
    let w = (b.width * c).abs() + (b.height * s).abs();
    let h = (b.width * s).abs() + (b.height * c).abs();
    let ctr = b.center();
    Rect::new(ctr.x - w / 2.0, ctr.y - h / 2.0, w, h)
}

/// Closes the `<g transform>` opened at `at`; when it holds one element without a transform of
/// its own, the element takes the transform instead (one DOM node fewer, same drawing); an empty
/// group is dropped.
fn unwrap_single(body: &mut String, at: usize) {
    let wrapped = &body[at..];
    let Some(open_end) = wrapped.find('>') else {
        body.push_str("</g>");
        return;
    };
    let inner = &wrapped[open_end + 1..];
    // Nothing drawn inside (a text-only cell): no group at all.
    if inner.is_empty() {
        body.truncate(at);
        return;
    }
    let single = inner.starts_with('<')
        && !inner.starts_with("<g")
        && inner.ends_with("/>")
        && inner[1..].find('<').is_none()
        && !inner.contains(" transform=");
    if !single {
        body.push_str("</g>");
        return;
    }
    // `<g transform="…">` → ` transform="…"`
    let attr = wrapped[2..open_end].to_string();
    let element = inner[..inner.len() - 2].to_string();
    body.truncate(at);
    body.push_str(&element);
    body.push_str(&attr);
    body.push_str("/>");
}

/// Whether the page has cells only feature `extended` draws (mockup and ported draw.io library
/// shapes, the sketch style, HTML tables in labels): the common drawing module asks hosts for the
/// extended one for such pages (api::PageNeeds).
pub fn needs_extended(model: &Model) -> bool {
    let has_table = |c: &crate::model::Cell| c.style.flag("html", false) && c.label.as_bytes().windows(6).any(|w| w.eq_ignore_ascii_case(b"<table"));
    model.cells.iter().any(|c| match c.kind {
        CellKind::Vertex => shapes::is_extended_shape(c.style.shape()) || rough::Sketch::wanted(&c.style) || has_table(c),
        CellKind::Edge => rough::Sketch::wanted(&c.style),
        _ => false,
    })
}

pub fn render_svg(model: &Model, layout: &Layout, theme: &Theme, border: f64) -> Rendered {
    render_svg_with(model, layout, theme, border, &crate::stencil::Registry::new())
}

/// `render_svg` with the stencil packs loaded in `stencils` (draw.io's stencil library).
pub fn render_svg_with(model: &Model, layout: &Layout, theme: &Theme, border: f64, stencils: &crate::stencil::Registry) -> Rendered {
    // Sketch shapes depend on draw.io's view translation, known once the extent is: a diagram
    // with any is drawn a second time with it.
    let (r, sketched, origin) = render_pass(model, layout, theme, border, stencils, (0.0, 0.0));
    if sketched && origin != (0.0, 0.0) {
        return render_pass(model, layout, theme, border, stencils, origin).0;
    }
    r
}

/// One drawing of the page; `origin` is draw.io's view translation (floor(border − floor(bounds.x)),
/// the same for y). Returns whether a cell was sketched, and the origin this extent gives.
fn render_pass(model: &Model, layout: &Layout, theme: &Theme, border: f64, stencils: &crate::stencil::Registry, origin: (f64, f64)) -> (Rendered, bool, (f64, f64)) {
    let mut sketched = false;
    let border = if border.is_finite() { border.clamp(0.0, 10_000.0) } else { DEFAULT_BORDER };
    let mut body = String::with_capacity(model.cells.len() * 256);
    let mut defs = String::new();
    let mut extent: Option<Rect> = None;
    let mut placeholders = Vec::new();
    let mut unknown_markers: BTreeSet<String> = BTreeSet::new();
    let mut grow = |r: Rect| extent = Some(extent.map_or(r, |e| e.union(&r)));
    let mut gradients = 0usize;
    let (mut asked_glass, mut asked_eip) = (false, false);
    // Edges drawn so far, for line jumps (draw.io's validEdges: straight, not curved).
    let mut drawn_edges: Vec<edges::Drawn> = Vec::new();

    for i in model.draw_order() {
        let cell = &model.cells[i];
        if !matches!(cell.kind, CellKind::Vertex | CellKind::Edge) || !model.is_shown(i) || model.inside_collapsed(i) {
            continue;
        }
        let style = &cell.style;
        match cell.kind {
            CellKind::Vertex => {
                let Some(b) = layout.bounds[i] else { continue };
                // `image=img/lib/...` from a loaded image pack becomes a data URI.
                let bundled = stencil::with_bundled_image(style, stencils);
                let style = bundled.as_ref().unwrap_or(style);
                // A gradient replaces the flat fill (in <defs>).
                let id = format!("fl-g{}", gradients);
                let fill_def = paint::gradient_def(style, theme, &id);
                let gradient = match fill_def {
                    Some(def) => {
                        defs.push_str(&def);
                        gradients += 1;
                        Some(format!("fl-g{}", gradients - 1))
                    }
                    None => None,
                };
                let paint = Paint::from_style(style, theme, gradient.as_deref());
                asked_glass |= style.flag("glass", false);
                asked_eip |= style.shape().starts_with("mxgraph.eip.");
                // The shape turns with `rotation` and mirrors with the flips; the label is turned by
                // label.rs itself (mxText follows the cell rotation but never the flips).
                let _ = write!(body, "<g data-cell-id=\"{}\" class=\"fl-v\">", esc_attr(&cell.id));
                // Page-space half-pixel shift, then rotation, then the flips (applied right to left).
                let shift = style.shape() != "image" && crisp_offset(paint.stroke_width);
                let parts: Vec<String> = [shift.then(|| "translate(0.5 0.5)".to_string()), rotation(style, &b), flip(style, &b)].into_iter().flatten().collect();
                let wrap_at = body.len();
                if !parts.is_empty() {
                    let _ = write!(body, "<g transform=\"{}\">", parts.join(" "));
                }
                let grid = table_grid(model, i);
                let sketch = rough::Sketch::for_cell(style, &cell.id, origin);
                sketched |= sketch.is_some();
                let extra = shapes::VertexExtra { grid: grid.as_ref(), sketch };
                if matches!(shapes::draw_vertex(&mut body, &b, style, &paint, theme, &extra), shapes::Drawn::Unknown) && !stencil::draw(&mut body, &b, style, &paint, theme, stencils) {
                    let name = if style.shape() == "image" { format!("image {}", style.str_or("image", "")) } else { style.shape().to_string() };
                    shapes::placeholder(&mut body, &b, &name);
                    placeholders.push(Placeholder { cell_id: cell.id.clone(), shape: name.chars().take(120).collect() });
                }
                if !parts.is_empty() {
                    unwrap_single(&mut body, wrap_at);
                }
                let deg = style.num("rotation", 0.0);
                let sw = paint.stroke_width.max(1.0) / 2.0;
                let rb = rotated_bounds(&b, deg);
                let mut sb = Rect::new(rb.x - sw, rb.y - sw, rb.width + 2.0 * sw, rb.height + 2.0 * sw);
                if style.flag("shadow", false) {
                    // mxShape.augmentBoundingBox: the shadow's offset.
                    sb = sb.union(&Rect::new(sb.x + canvas::SHADOW_DX, sb.y + canvas::SHADOW_DY, sb.width, sb.height));
                }
                grow(sb);
                if let Some(lb) = label::render_label(&mut body, &LabelInput { text: &cell.label, html: cell.is_html(), style, bounds: b, is_edge: false, theme }) {
                    grow(lb);
                }
                body.push_str("</g>");
            }
            CellKind::Edge => {
                let Some(route) = &layout.routes[i] else { continue };
                let paint = Paint::from_style(style, theme, None);
                let _ = write!(body, "<g data-cell-id=\"{}\" class=\"fl-e\">", esc_attr(&cell.id));
                let shift = crisp_offset(paint.stroke_width);
                let wrap_at = body.len();
                if shift {
                    body.push_str("<g transform=\"translate(0.5 0.5)\">");
                }
                let sketch = rough::Sketch::for_cell(style, &cell.id, origin);
                sketched |= sketch.is_some();
                let (ext, unknown) = edges::draw_edge(&mut body, route, style, &paint, &drawn_edges, sketch);
                if shift {
                    unwrap_single(&mut body, wrap_at);
                }
                if !style.flag("curved", false) {
                    drawn_edges.push(edges::Drawn { bounds: edges::route_bounds(route), points: route, no_jump: style.flag("noJump", false) });
                }
                unknown_markers.extend(unknown);
                let sw = paint.stroke_width / 2.0;
                grow(Rect::new(ext.x - sw, ext.y - sw, ext.width + 2.0 * sw, ext.height + 2.0 * sw));
                if let Some(at) = layout.label_anchor[i] {
                    let input = LabelInput { text: &cell.label, html: cell.is_html(), style, bounds: Rect::new(at.x, at.y, 0.0, 0.0), is_edge: true, theme };
                    if let Some(lb) = label::render_label(&mut body, &input) {
                        grow(lb);
                    }
                }
                body.push_str("</g>");
            }
            _ => {}
        }
    }

    let e = extent.unwrap_or_default();
    // Whole-pixel origin (draw.io translates by floor(border - floor(bounds.x))), so the half-pixel
    // crisp offsets land 1 px lines on pixels.
    let (x, y) = ((e.x - border).floor(), (e.y - border).floor());
    let (w, h) = (e.right() + border - x, e.bottom() + border - y);
    let mut svg = String::with_capacity(body.len() + defs.len() + 512);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"{} {} {} {}\" data-faultline=\"1\" stroke-miterlimit=\"10\" font-family=\"{}\">",
        num(w.ceil()),
        num(h.ceil()),
        num(x),
        num(y),
        num(w.ceil()),
        num(h.ceil()),
        label::root_font_family()
    );
    // Fixed gradients some shapes paint with, written once when used (the body is searched only
    // when a style asked for one: the search is a pass over the whole drawing).
    for (id, def, asked) in [(GLASS_GRADIENT, GLASS_DEF, asked_glass), (shapes::EIP_CHANNEL_GRADIENT, EIP_CHANNEL_DEF, asked_eip)] {
        if asked && body.contains(id) {
            defs.push_str(def);
        }
    }
    if model.shadow {
        defs.push_str(PAGE_SHADOW_DEF);
    }
    if !defs.is_empty() {
        let _ = write!(svg, "<defs>{}</defs>", defs);
    }
    if let Some(bg) = model.background.as_deref().and_then(|b| Color::resolve(b, "background", theme)) {
        let _ = write!(svg, "<rect class=\"fl-background\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", num(x), num(y), num(w.ceil()), num(h.ceil()), bg.as_str());
    }
    if model.shadow {
        let _ = write!(svg, "<g filter=\"url(#{PAGE_SHADOW_ID})\">{body}</g>");
    } else {
        svg.push_str(&body);
    }
    svg.push_str("</svg>");

    let mut warnings = Vec::new();
    if !unknown_markers.is_empty() {
        let names: Vec<&str> = unknown_markers.iter().map(|s| s.as_str()).collect();
        warnings.push(format!("arrow markers not drawn yet: {}", names.join(", ")));
    }
    if !placeholders.is_empty() {
        let mut kinds: BTreeSet<&str> = BTreeSet::new();
        for p in &placeholders {
            kinds.insert(p.shape.as_str());
        }
        let list: Vec<&str> = kinds.iter().take(12).copied().collect();
        let more = if kinds.len() > 12 { format!(" and {} more", kinds.len() - 12) } else { String::new() };
        warnings.push(format!("{} shape(s) drawn as placeholders, not supported yet: {}{}", placeholders.len(), list.join(", "), more));
    }
    (Rendered { svg, width: w.ceil(), height: h.ceil(), placeholders, warnings }, sketched, (-x, -y))
}

#[cfg(test)]
mod tests {
    use super::unwrap_single;

    #[test]
    fn pages_with_mockups_ported_shapes_or_sketch_need_the_extended_drawing() {
        let needs_with = |style: &str, edge: bool, value: &str| {
            let kind = if edge { r#"edge="1""# } else { r#"vertex="1""# };
            let xml = format!(
                r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="a" value="{value}" style="{style}" {kind} parent="1"><mxGeometry width="80" height="40" as="geometry"/></mxCell></root></mxGraphModel>"#
            );
            let (_, _, model) = crate::api::load_model(xml.as_bytes(), None).unwrap();
            super::needs_extended(&model)
        };
        let needs = |style: &str, edge: bool| needs_with(style, edge, "");
        // HTML tables in labels are laid out by the extended module only.
        assert!(needs_with("html=1", false, "&lt;TABLE border=&quot;1&quot;&gt;&lt;tr&gt;&lt;td&gt;a&lt;/td&gt;&lt;/tr&gt;&lt;/TABLE&gt;"));
        assert!(!needs_with("html=0", false, "&lt;table&gt;"));
        assert!(!needs_with("html=1", false, "a &lt;b&gt;table&lt;/b&gt;"));
        assert!(needs("shape=mxgraph.mockup.buttons.button", false));
        assert!(needs("shape=mxgraph.archimate3.component", false));
        assert!(needs("rounded=1;sketch=1", false));
        assert!(needs("sketch=1;curved=1", true));
        assert!(!needs("rounded=1;sketch=0", false));
        assert!(!needs("sketch=1;sketchStyle=comic", false));
        assert!(!needs("shape=cylinder3", false));
        // A mockup library's stencil (mockup/misc pack), not a code shape.
        assert!(!needs("shape=mxgraph.mockup.misc.help_icon", false));
    }

    #[test]
    fn a_transform_group_around_one_element_becomes_its_attribute() {
        let mut body = String::from("<g data-cell-id=\"a\">");
        let at = body.len();
        body.push_str("<g transform=\"translate(0.5 0.5)\"><rect class=\"fl-shape\" x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#fff\"/>");
        unwrap_single(&mut body, at);
        assert_eq!(body, "<g data-cell-id=\"a\"><rect class=\"fl-shape\" x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#fff\" transform=\"translate(0.5 0.5)\"/>");
        let mut body = String::from("<g data-cell-id=\"t\">");
        let at = body.len();
        body.push_str("<g transform=\"translate(0.5 0.5)\">");
        unwrap_single(&mut body, at);
        assert_eq!(body, "<g data-cell-id=\"t\">");
        // Two elements, an element with its own transform, or a group inside: the group stays.
        for inner in [
            "<rect x=\"1\"/><path d=\"M0 0\"/>",
            "<rect class=\"fl-shadow\" x=\"1\" transform=\"translate(2 3)\"/>",
            "<g class=\"fl-shape fl-stencil\"><rect x=\"1\"/></g>",
            "<text x=\"1\">a</text>",
        ] {
            let mut body = String::new();
            body.push_str("<g transform=\"rotate(90 5 5)\">");
            body.push_str(inner);
            unwrap_single(&mut body, 0);
            assert_eq!(body, format!("<g transform=\"rotate(90 5 5)\">{inner}</g>"));
        }
    }
}
