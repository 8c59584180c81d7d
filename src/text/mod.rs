//! Label text: the safe HTML subset, font metrics and line layout.

/// Font of a run of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Font {
    pub family: String,
    pub size: f64,
    pub bold: bool,
    pub italic: bool,
}

/// Advance width of `s` in px (stub: average Helvetica width).
pub fn text_width(s: &str, font: &Font) -> f64 {
    s.chars().count() as f64 * font.size * 0.55
}
