//! Fill and stroke attributes from a resolved style (colours validated, numbers sanitized).

use super::svg::num;
use crate::style::{Style, Theme};
use std::fmt::Write;

/// Paint for one shape element.
#[derive(Debug, Clone)]
pub struct Paint {
    pub fill: Option<String>,
    pub stroke: Option<String>,
    pub stroke_width: f64,
    pub dash: Option<String>,
    pub fill_opacity: f64,
    pub stroke_opacity: f64,
    /// stroke-miterlimit (draw.io draws with 10; flexArrow bends use 1.42).
    pub miter_limit: f64,
}

/// Percent style value (0–100) → 0.0–1.0.
fn fraction(style: &Style, key: &str) -> f64 {
    (style.num(key, 100.0) / 100.0).clamp(0.0, 1.0)
}

impl Paint {
    /// `gradient` is the id of a gradient already written to <defs>, used instead of the flat fill.
    pub fn from_style(style: &Style, theme: &Theme, gradient: Option<&str>) -> Paint {
        let opacity = fraction(style, "opacity");
        let stroke_width = style.num("strokeWidth", 1.0).clamp(0.0, 1000.0);
        let dash = style.flag("dashed", false).then(|| dash_array(style, stroke_width));
        Paint {
            fill: match gradient {
                Some(id) => Some(format!("url(#{})", id)),
                None => style.color("fillColor", theme).map(|c| c.as_str().to_string()),
            },
            stroke: style.color("strokeColor", theme).map(|c| c.as_str().to_string()),
            stroke_width,
            dash,
            fill_opacity: opacity * fraction(style, "fillOpacity"),
            stroke_opacity: opacity * fraction(style, "strokeOpacity"),
            miter_limit: 10.0,
        }
    }

    /// The same paint without fill (foreground details such as a cylinder's rim).
    pub fn stroke_only(&self) -> Paint {
        Paint { fill: None, ..self.clone() }
    }

    /// Attributes to append to an element, starting with a space.
    pub fn attrs(&self) -> String {
        let mut s = String::new();
        match &self.fill {
            Some(f) => {
                let _ = write!(s, " fill=\"{}\"", f);
                if self.fill_opacity < 1.0 {
                    let _ = write!(s, " fill-opacity=\"{}\"", num(self.fill_opacity));
                }
            }
            None => s.push_str(" fill=\"none\""),
        }
        match &self.stroke {
            Some(c) => {
                let _ = write!(s, " stroke=\"{}\"", c);
                // mxSvgCanvas2D.getCurrentStrokeWidth: never thinner than 1px.
                let w = self.stroke_width.max(1.0);
                if w != 1.0 {
                    let _ = write!(s, " stroke-width=\"{}\"", num(w));
                }
                if self.stroke_opacity < 1.0 {
                    let _ = write!(s, " stroke-opacity=\"{}\"", num(self.stroke_opacity));
                }
                if let Some(d) = &self.dash {
                    let _ = write!(s, " stroke-dasharray=\"{}\"", d);
                }
                let _ = write!(s, " stroke-miterlimit=\"{}\"", num(self.miter_limit));
            }
            _ => s.push_str(" stroke=\"none\""),
        }
        s
    }
}

/// `dashPattern` is in units of the stroke width unless `fixDash=1`
/// (mxSvgCanvas2D.updateStroke: `createDashPattern((fixDash ? 1 : strokeWidth) * scale)`).
pub fn dash_array(style: &Style, sw: f64) -> String {
    let scale = if style.flag("fixDash", false) { 1.0 } else { sw };
    let parts: Vec<String> = style
        .str_or("dashPattern", "3 3")
        .split_whitespace()
        .filter_map(|p| p.parse::<f64>().ok())
        .filter(|v| v.is_finite() && *v >= 0.0)
        .take(16)
        .map(|v| num(v * scale))
        .collect();
    if parts.is_empty() {
        num(3.0 * scale) + " " + &num(3.0 * scale)
    } else {
        parts.join(" ")
    }
}

/// The gradient from fillColor to gradientColor (mxSvgCanvas2D.createSvgGradient: linear along
/// gradientDirection, or radial from the centre), or None when the style has no gradient.
/// Opacity is not baked into the stops: the element carries `fill-opacity` like draw.io's.
pub fn gradient_def(style: &Style, theme: &Theme, id: &str) -> Option<String> {
    let from = style.color("fillColor", theme)?;
    let to = style.color("gradientColor", theme)?;
    let stops = format!("<stop offset=\"0\" stop-color=\"{}\"/><stop offset=\"1\" stop-color=\"{}\"/>", from.as_str(), to.as_str());
    let dir = style.str_or("gradientDirection", "south");
    if dir == "radial" {
        return Some(format!("<radialGradient id=\"{id}\">{stops}</radialGradient>"));
    }
    let (x1, y1, x2, y2) = match dir {
        "north" => (0, 1, 0, 0),
        "east" => (0, 0, 1, 0),
        "west" => (1, 0, 0, 0),
        _ => (0, 0, 0, 1),
    };
    Some(format!("<linearGradient id=\"{id}\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\">{stops}</linearGradient>"))
}

/// draw.io's sketch style fills shapes with rough.js hachure (fillStyle `auto` = hachure unless the
/// fill is the page colour; explicit `solid` stays flat): lines in the fill colour, `hachureGap`
/// apart (4 × strokeWidth by default), `fillWeight` wide (strokeWidth / 2), slanted at
/// hachureAngle −41° + 90° like rough.js draws them. The jitter of hand drawing is left out.
/// Returns the <pattern> element, or None for flat fills.
pub fn hachure_def(style: &Style, theme: &Theme, id: &str, bounds: &crate::geom::Rect) -> Option<String> {
    if !style.flag("sketch", false) {
        return None;
    }
    let fill = style.color("fillColor", theme)?;
    let page = crate::style::Color::resolve("default", "fillColor", theme);
    match style.str_or("fillStyle", "auto") {
        "solid" => return None,
        "auto" if page.as_ref() == Some(&fill) || fill.as_str() == "#ffffff" || fill.as_str() == "white" => return None,
        _ => {}
    }
    let sw = style.num("strokeWidth", 1.0).clamp(0.0, 1000.0);
    let gap = match style.num("hachureGap", -1.0) {
        g if g < 0.0 => sw * 4.0,
        g => g,
    }
    .clamp(1.0, 1000.0);
    let weight = match style.num("fillWeight", -1.0) {
        w if w < 0.0 => sw / 2.0,
        w => w,
    }
    .clamp(0.1, 1000.0);
    // rough.js turns the outline by hachureAngle + 90°, draws level lines `gap` apart from its
    // lowest point, and turns them back: lines at −(angle + 90°) through the shape's first corner.
    let turn = style.num("hachureAngle", -41.0).clamp(-360.0, 360.0) + 90.0;
    let (sin, cos) = turn.to_radians().sin_cos();
    let (x0, y0) = (bounds.x, bounds.y);
    let (x1, y1) = (bounds.right(), bounds.bottom());
    let v0 = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)].iter().map(|&(x, y)| x * sin + y * cos).fold(f64::INFINITY, f64::min);
    let v0 = if v0.is_finite() { v0 } else { 0.0 };
    let op = fraction(style, "opacity") * fraction(style, "fillOpacity");
    let op_attr = if op < 1.0 { format!(" stroke-opacity=\"{}\"", num(op)) } else { String::new() };
    Some(format!(
        "<pattern id=\"{id}\" patternUnits=\"userSpaceOnUse\" width=\"10\" height=\"{g}\" patternTransform=\"rotate({a}) translate(0 {t})\"><line x1=\"0\" y1=\"{h}\" x2=\"10\" y2=\"{h}\" stroke=\"{c}\" stroke-width=\"{w}\"{op_attr}/></pattern>",
        g = num(gap),
        h = num(gap / 2.0),
        a = num(-turn),
        t = num((v0 - gap / 2.0).rem_euclid(gap)),
        c = fill.as_str(),
        w = num(weight)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashed_pattern_scales_with_width() {
        let s = Style::parse_raw("dashed=1;strokeWidth=2;strokeColor=#ff0000;fillColor=none");
        let p = Paint::from_style(&s, &Theme::light(), None);
        assert_eq!(p.dash.as_deref(), Some("6 6"));
        let a = p.attrs();
        assert!(a.contains("fill=\"none\"") && a.contains("stroke=\"#ff0000\"") && a.contains("stroke-width=\"2\""), "{a}");
        let f = Style::parse_raw("dashed=1;dashPattern=1 4;fixDash=1;strokeWidth=3");
        assert_eq!(Paint::from_style(&f, &Theme::light(), None).dash.as_deref(), Some("1 4"));
        // Thin strokes scale the pattern down but are drawn 1px wide (getCurrentStrokeWidth).
        let t = Style::parse_raw("dashed=1;strokeWidth=0.5;strokeColor=#000000");
        let tp = Paint::from_style(&t, &Theme::light(), None);
        assert_eq!(tp.dash.as_deref(), Some("1.5 1.5"));
        assert!(!tp.attrs().contains("stroke-width"), "{}", tp.attrs());
    }

    #[test]
    fn opacity_multiplies() {
        let s = Style::parse_raw("opacity=50;fillOpacity=50;fillColor=#000000;strokeColor=#000000");
        let p = Paint::from_style(&s, &Theme::light(), None);
        assert!((p.fill_opacity - 0.25).abs() < 1e-9);
        assert!((p.stroke_opacity - 0.5).abs() < 1e-9);
    }

    #[test]
    fn sketch_hachure() {
        let s = Style::parse_raw("sketch=1;fillColor=#ff0000;strokeWidth=2");
        let b = crate::geom::Rect::new(0.0, 0.0, 100.0, 50.0);
        let h = hachure_def(&s, &Theme::light(), "h", &b).unwrap();
        // Gap 4 × strokeWidth, lines strokeWidth / 2 wide in the fill colour.
        assert!(h.contains("height=\"8\"") && h.contains("stroke=\"#ff0000\" stroke-width=\"1\""), "{h}");
        // Lines at −49°, phased so one passes through the top-left corner (v = 0 there).
        assert!(h.contains("patternTransform=\"rotate(-49) translate(0 4)\""), "{h}");
        assert!(hachure_def(&Style::parse_raw("sketch=1;fillColor=#ffffff"), &Theme::light(), "h", &b).is_none());
        assert!(hachure_def(&Style::parse_raw("sketch=1;fillColor=#ff0000;fillStyle=solid"), &Theme::light(), "h", &b).is_none());
        assert!(hachure_def(&Style::parse_raw("fillColor=#ff0000"), &Theme::light(), "h", &b).is_none());
    }

    #[test]
    fn gradient_direction() {
        let s = Style::parse_raw("fillColor=#ffffff;gradientColor=#000000;gradientDirection=east");
        let g = gradient_def(&s, &Theme::light(), "g1").unwrap();
        assert!(g.contains("x2=\"1\" y2=\"0\""), "{g}");
        assert!(gradient_def(&Style::parse_raw("fillColor=#fff"), &Theme::light(), "g").is_none());
        let r = gradient_def(&Style::parse_raw("fillColor=#ffffff;gradientColor=#000000;gradientDirection=radial"), &Theme::light(), "g2").unwrap();
        assert_eq!(r, "<radialGradient id=\"g2\"><stop offset=\"0\" stop-color=\"#ffffff\"/><stop offset=\"1\" stop-color=\"#000000\"/></radialGradient>");
        // Opacity stays on the element (fill-opacity), not in the stops.
        let o = gradient_def(&Style::parse_raw("fillColor=#ffffff;gradientColor=#000000;opacity=50"), &Theme::light(), "g3").unwrap();
        assert!(!o.contains("opacity"), "{o}");
    }
}
