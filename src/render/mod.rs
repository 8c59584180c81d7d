//! Layout → one SVG document.

pub mod label;
pub mod svg;

use crate::api::Placeholder;
use crate::layout::Layout;
use crate::model::Model;
use crate::style::Theme;

pub const DEFAULT_BORDER: f64 = 10.0;

pub struct Rendered {
    pub svg: String,
    pub width: f64,
    pub height: f64,
    pub placeholders: Vec<Placeholder>,
    pub warnings: Vec<String>,
}

pub fn render_svg(model: &Model, layout: &Layout, theme: &Theme, border: f64) -> Rendered {
    let _ = (model, layout, theme);
    let w = 2.0 * border;
    Rendered {
        svg: format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{w}\"/>"),
        width: w,
        height: w,
        placeholders: vec![],
        warnings: vec![],
    }
}
