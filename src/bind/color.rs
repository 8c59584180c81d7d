//! Colours in bindings: CSS colours (validated by `style::Color`) and Grafana's named palette
//! colours (`green`, `semi-dark-red`, …) resolved for the theme, plus linear interpolation for
//! gradient thresholds.

use crate::style::{Color, Theme};

const HUES: [&str; 6] = ["red", "orange", "yellow", "green", "blue", "purple"];
const SHADES: [&str; 5] = ["super-light-", "light-", "", "semi-dark-", "dark-"];

/// Grafana's visualization palette (createVisualizationColors), by hue then shade.
const DARK: [[&str; 5]; 6] = [
    ["#FFA6B0", "#FF7383", "#F2495C", "#E02F44", "#C4162A"],
    ["#FFCB7D", "#FFB357", "#FF9830", "#FF780A", "#FA6400"],
    ["#FFF899", "#FFEE52", "#FADE2A", "#F2CC0C", "#E0B400"],
    ["#C8F2C2", "#96D98D", "#73BF69", "#56A64B", "#37872D"],
    ["#C0D8FF", "#8AB8FF", "#5794F2", "#3274D9", "#1F60C4"],
    ["#DEB6F2", "#CA95E5", "#B877D9", "#A352CC", "#8F3BB8"],
];
const LIGHT: [[&str; 5]; 6] = [
    ["#FF7383", "#F2495C", "#E02F44", "#C4162A", "#AD0317"],
    ["#FFB357", "#FF9830", "#FF780A", "#FA6400", "#E55400"],
    ["#FFEE52", "#FADE2A", "#F2CC0C", "#E0B400", "#CC9D00"],
    ["#96D98D", "#73BF69", "#56A64B", "#37872D", "#19730E"],
    ["#8AB8FF", "#5794F2", "#3274D9", "#1F60C4", "#1250B0"],
    ["#CA95E5", "#B877D9", "#A352CC", "#8F3BB8", "#7C2EA3"],
];

/// A Grafana palette name → hex for the theme.
fn palette(name: &str, theme: &Theme) -> Option<&'static str> {
    for (h, hue) in HUES.iter().enumerate() {
        for (s, shade) in SHADES.iter().enumerate() {
            if name.len() == shade.len() + hue.len()
                && name.starts_with(shade)
                && name.ends_with(hue)
            {
                return Some(if theme.dark { DARK[h][s] } else { LIGHT[h][s] });
            }
        }
    }
    None
}

/// A colour from a binding: a Grafana palette name or a CSS colour; None when invalid.
pub fn resolve(spec: &str, theme: &Theme) -> Option<Color> {
    let s = spec.trim();
    let named = palette(&s.to_ascii_lowercase(), theme);
    let text = named.unwrap_or(s);
    // `default`/`none` mean "no colour" in draw.io; a binding must name a real one.
    if text.eq_ignore_ascii_case("default") {
        return None;
    }
    Color::parse(text, theme)
}

/// RGBA components of a resolved colour (hex, rgb()/rgba(), a few names).
fn rgba(c: &Color) -> Option<[f64; 4]> {
    if let Some((r, g, b)) = c.rgb() {
        let s = c.as_str();
        let a = if s.len() == 9 {
            u8::from_str_radix(&s[7..9], 16).ok()? as f64 / 255.0
        } else if s.len() == 5 {
            u8::from_str_radix(&s[4..5], 16).ok()? as f64 * 17.0 / 255.0
        } else {
            1.0
        };
        return Some([r as f64, g as f64, b as f64, a]);
    }
    let s = c.as_str();
    let args = s
        .strip_prefix("rgba(")
        .or_else(|| s.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<f64> = args
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.trim_end_matches('%').parse().ok())
        .collect();
    match parts.as_slice() {
        [r, g, b] => Some([*r, *g, *b, 1.0]),
        [r, g, b, a] => Some([*r, *g, *b, *a]),
        _ => None,
    }
}

/// Linear blend from `a` to `b` (t in 0..=1); None when either cannot be decomposed.
pub fn mix(a: &Color, b: &Color, t: f64) -> Option<Color> {
    let (x, y) = (rgba(a)?, rgba(b)?);
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let c: Vec<f64> = (0..4).map(|i| x[i] + (y[i] - x[i]) * t).collect();
    let to = |v: f64| v.round().clamp(0.0, 255.0) as u8;
    let text = if c[3] >= 0.999 {
        format!("#{:02x}{:02x}{:02x}", to(c[0]), to(c[1]), to(c[2]))
    } else {
        format!(
            "rgba({}, {}, {}, {})",
            to(c[0]),
            to(c[1]),
            to(c[2]),
            (c[3] * 100.0).round() / 100.0
        )
    };
    Color::parse(&text, &Theme::light())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palette_names_and_css() {
        let d = Theme::dark();
        assert_eq!(resolve("semi-dark-red", &d).unwrap().as_str(), "#e02f44");
        assert_eq!(
            resolve("green", &Theme::light()).unwrap().as_str(),
            "#56a64b"
        );
        assert_eq!(
            resolve("rgba(245, 54, 54, 0.9)", &d).unwrap().as_str(),
            "rgba(245, 54, 54, 0.9)"
        );
        assert!(resolve("red;x", &d).is_none());
        assert!(resolve("default", &d).is_none());
    }

    #[test]
    fn blends() {
        let t = Theme::light();
        let a = resolve("#000000", &t).unwrap();
        let b = resolve("#ffffff", &t).unwrap();
        assert_eq!(mix(&a, &b, 0.5).unwrap().as_str(), "#808080");
        let c = resolve("rgba(0, 0, 0, 0)", &t).unwrap();
        assert_eq!(
            mix(&c, &b, 0.5).unwrap().as_str(),
            "rgba(128, 128, 128, 0.5)"
        );
    }
}
