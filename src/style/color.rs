//! Colours from diagram text. Untrusted: only syntactically valid CSS colours pass,
//! so nothing from a style can break out of an SVG attribute.

use serde::{Deserialize, Serialize};

/// A CSS colour known to be safe to write into an SVG attribute. Shared text: a refresh clones
/// colours for every bound cell, and a clone is then a count, not an allocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Color(std::sync::Arc<str>);

impl Color {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Accepts `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, CSS colour names, `rgb()/rgba()` with numbers,
    /// and `light-dark(a, b)` (resolved for the theme). Anything else is rejected.
    pub fn parse(v: &str, theme: &Theme) -> Option<Color> {
        let v = v.trim();
        if v.is_empty() || v.eq_ignore_ascii_case("none") || v.eq_ignore_ascii_case("transparent") {
            return None;
        }
        if let Some(inner) = v
            .strip_prefix("light-dark(")
            .and_then(|r| r.strip_suffix(')'))
        {
            let (a, b) = split_top_comma(inner)?;
            return Color::parse(if theme.dark { b } else { a }, theme);
        }
        if let Some(hex) = v.strip_prefix('#') {
            let ok =
                matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit());
            return ok.then(|| Color(v.to_ascii_lowercase().into()));
        }
        let lower = v.to_ascii_lowercase();
        if let Some(args) = lower
            .strip_prefix("rgba(")
            .or_else(|| lower.strip_prefix("rgb("))
            .and_then(|r| r.strip_suffix(')'))
        {
            let ok = args
                .split([',', ' ', '/'])
                .filter(|p| !p.is_empty())
                .all(|p| {
                    let p = p.trim_end_matches('%');
                    !p.is_empty() && p.parse::<f64>().map(|n| n.is_finite()).unwrap_or(false)
                });
            return ok.then_some(Color(lower.into()));
        }
        if lower.len() <= 24 && lower.bytes().all(|b| b.is_ascii_lowercase()) {
            return Some(Color(lower.into()));
        }
        None
    }

    /// Resolve a style value for `key`, substituting draw.io's `default` colour for the theme.
    pub fn resolve(v: &str, key: &str, theme: &Theme) -> Option<Color> {
        if v.trim() == "default" {
            return Some(Color(theme.default_for(key).into()));
        }
        Color::parse(v, theme)
    }

    /// (r, g, b) 0..=255 for hex colours and a few names; used for contrast decisions.
    pub fn rgb(&self) -> Option<(u8, u8, u8)> {
        let h = self.0.strip_prefix('#')?;
        let d = |s: &str| u8::from_str_radix(s, 16).ok();
        match h.len() {
            3 | 4 => Some((d(&h[0..1])? * 17, d(&h[1..2])? * 17, d(&h[2..3])? * 17)),
            6 | 8 => Some((d(&h[0..2])?, d(&h[2..4])?, d(&h[4..6])?)),
            _ => None,
        }
    }
}

fn split_top_comma(s: &str) -> Option<(&str, &str)> {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => return Some((s[..i].trim(), s[i + 1..].trim())),
            _ => {}
        }
    }
    None
}

/// The panel theme: what `default` means and what the page background is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub dark: bool,
    /// Page background behind the diagram.
    pub background: String,
    /// `default` for fills (draw.io shapeBackgroundColor).
    pub shape_background: String,
    /// `default` for strokes and text (draw.io shapeForegroundColor).
    pub shape_foreground: String,
}

impl Theme {
    pub fn light() -> Theme {
        Theme {
            dark: false,
            background: "#ffffff".into(),
            shape_background: "#ffffff".into(),
            shape_foreground: "#000000".into(),
        }
    }

    /// draw.io's dark theme (styles/dark-default.xml) on Grafana's dark panel background.
    pub fn dark() -> Theme {
        Theme {
            dark: true,
            background: "#181b1f".into(),
            shape_background: "#2a2a2a".into(),
            shape_foreground: "#f0f0f0".into(),
        }
    }

    pub fn by_name(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::light()),
            "dark" => Some(Theme::dark()),
            _ => None,
        }
    }

    /// Graph.replaceDefaultColors: background-ish keys take the shape background, the rest the foreground.
    pub fn default_for(&self, key: &str) -> &str {
        match key {
            "fillColor"
            | "labelBackgroundColor"
            | "imageBackground"
            | "swimlaneFillColor"
            | "background" => &self.shape_background,
            _ => &self.shape_foreground,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_attribute_breakouts() {
        let t = Theme::light();
        assert!(Color::parse("red\" onload=\"alert(1)", &t).is_none());
        assert!(Color::parse("url(javascript:alert(1))", &t).is_none());
        assert!(Color::parse("#12345g", &t).is_none());
        assert_eq!(Color::parse("#FFF", &t).unwrap().as_str(), "#fff");
        assert_eq!(Color::parse("Red", &t).unwrap().as_str(), "red");
        assert_eq!(
            Color::parse("rgba(1, 2, 3, 0.5)", &t).unwrap().as_str(),
            "rgba(1, 2, 3, 0.5)"
        );
    }

    #[test]
    fn default_depends_on_key_and_theme() {
        let l = Theme::light();
        let d = Theme::dark();
        assert_eq!(
            Color::resolve("default", "fillColor", &l).unwrap().as_str(),
            "#ffffff"
        );
        assert_eq!(
            Color::resolve("default", "strokeColor", &l)
                .unwrap()
                .as_str(),
            "#000000"
        );
        assert_eq!(
            Color::resolve("default", "fontColor", &d).unwrap().as_str(),
            "#f0f0f0"
        );
        assert_eq!(
            Color::resolve("light-dark(#111111, #eeeeee)", "fillColor", &d)
                .unwrap()
                .as_str(),
            "#eeeeee"
        );
    }
}
