//! Labels (interim: plain centred text; replaced by the full label layout).

use super::svg::{esc_text, num};
use crate::geom::Rect;
use crate::style::{Style, Theme};
use std::fmt::Write;

pub struct LabelInput<'a> {
    pub text: &'a str,
    pub html: bool,
    pub style: &'a Style,
    pub bounds: Rect,
    pub is_edge: bool,
    pub theme: &'a Theme,
}

pub fn render_label(out: &mut String, input: &LabelInput) -> Option<Rect> {
    if input.text.trim().is_empty() || input.style.flag("noLabel", false) {
        return None;
    }
    let c = input.bounds.center();
    let size = input.style.num("fontSize", 12.0);
    let color = input.style.color("fontColor", input.theme).map(|c| c.as_str().to_string()).unwrap_or_else(|| "#000000".into());
    let _ = write!(
        out,
        "<text class=\"fl-label\" x=\"{}\" y=\"{}\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"{}\" fill=\"{}\" text-anchor=\"middle\" dominant-baseline=\"central\">{}</text>",
        num(c.x),
        num(c.y),
        num(size),
        color,
        esc_text(input.text)
    );
    Some(Rect::new(c.x, c.y, 0.0, 0.0))
}
