//! draw.io's mockup (wireframe) shapes, `mxgraph.mockup.*`: code-drawn shapes from
//! shapes/mockup/mxMockup*.js, one submodule per file. Each follows its JS paintVertexShape:
//! same geometry, same style keys and defaults (colours default only when the key is absent;
//! `none` stays unpainted), texts through mxSvgCanvas2D's plain text (`Canvas::text`).

mod buttons;
mod containers;
mod graphics;
mod misc;
mod simple;

use super::Sh;
use crate::render::canvas::{Canvas, CanvasFont};

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, x: f64, y: f64, w: f64, h: f64) -> bool {
    let Some(rest) = name.strip_prefix("mxgraph.mockup.") else {
        return false;
    };
    c.translate(x, y);
    simple::paint(name, c, s, w, h)
        || buttons::paint(rest, c, s, w, h)
        || containers::paint(rest, c, s, w, h)
        || graphics::paint(rest, c, s, w, h)
        || misc::paint(rest, c, s, w, h)
}

/// `mxUtils.getValue(style, key, default)` for a colour: the default only when the key is
/// absent; a present value resolves as any colour (`none` → not painted).
pub(super) fn color_or(s: &Sh, key: &str, default: &str) -> Option<String> {
    match s.style.get(key) {
        None => Some(default.to_string()),
        Some(_) => s.color(key),
    }
}

/// A string style value with its default when absent (`mainText=` stays empty).
pub(super) fn text_or<'a>(s: &'a Sh, key: &str, default: &'a str) -> &'a str {
    s.style.str_or(key, default)
}

/// Element `i` of a comma-separated number list from the style (`shadingCols=0.1,0.3`,
/// `.toString().split(',')` in draw.io), falling back to the default list's element when the
/// style's list is shorter or that element is not a number.
pub(super) fn list_num(s: &Sh, key: &str, default: &str, i: usize) -> f64 {
    let pick = |list: &str| list.split(',').nth(i).and_then(|v| v.trim().parse::<f64>().ok()).filter(|v| v.is_finite());
    s.style.get(key).and_then(pick).or_else(|| pick(default)).unwrap_or(1.0)
}

/// The canvas font after `setFontSize`/`setFontColor`/`setFontStyle`.
pub(super) fn font(size: f64, color: Option<String>, style: u32) -> CanvasFont {
    CanvasFont {
        size,
        color: color.unwrap_or_else(|| "none".into()),
        style,
        family: None,
    }
}

/// `c.text(x, y, 0, 0, str, align, valign, …)` unless the font colour is none.
pub(super) fn text(c: &mut Canvas, x: f64, y: f64, s: &str, f: &CanvasFont, align: &str, valign: &str) {
    if f.color != "none" {
        c.text(x, y, s, f, align, valign);
    }
}

/// Text width as mxUtils.getSizeForString measures it (default font family).
fn text_width(s: &str, size: f64, bold: bool) -> f64 {
    crate::text::text_width(
        s,
        &crate::text::Font {
            family: "Arial,Helvetica".into(),
            size,
            bold,
            italic: false,
        },
    )
    .ceil()
}

/// A rectangle outline as four moves/lines and a close (what many mockups draw by hand).
fn rect_path(c: &mut Canvas, x: f64, y: f64, w: f64, h: f64) {
    c.begin();
    c.move_to(x, y);
    c.line_to(x + w, y);
    c.line_to(x + w, y + h);
    c.line_to(x, y + h);
    c.close();
}

#[cfg(test)]
mod tests;
