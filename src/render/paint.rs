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
                // 10 is the document's (set on the root <svg>, inherited).
                if self.miter_limit != super::ROOT_MITER_LIMIT {
                    let _ = write!(s, " stroke-miterlimit=\"{}\"", num(self.miter_limit));
                }
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
