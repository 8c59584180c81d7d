//! draw.io style strings: parsing, the stylesheet (default vertex/edge and named styles),
//! and typed reads. Resolution follows mxStylesheet.getCellStyle: a leading `;` drops the
//! base style, `key=none` deletes a key, a bare token merges the named style.

mod color;
mod sheet;

pub use color::{Color, Theme};
pub use sheet::Stylesheet;

use std::collections::BTreeMap;

/// A resolved cell style. Values are kept as written; typed getters parse on read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Style {
    map: BTreeMap<String, String>,
}

impl Style {
    pub fn new() -> Self {
        Style::default()
    }

    /// Parse a style string without any base or stylesheet (tokens only, `none` kept as a value).
    pub fn parse_raw(s: &str) -> Style {
        let mut st = Style::new();
        for tok in s.split(';') {
            if let Some((k, v)) = tok.split_once('=') {
                let k = k.trim();
                if !k.is_empty() {
                    st.set(k, v);
                }
            }
        }
        st
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.map.get(key).map(|s| s.as_str())
    }

    pub fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    pub fn set(&mut self, key: &str, value: &str) {
        self.map.insert(key.to_string(), value.to_string());
    }

    pub fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.map.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// String value, or the default when absent.
    pub fn str_or<'a>(&'a self, key: &str, default: &'a str) -> &'a str {
        self.get(key).unwrap_or(default)
    }

    /// Numeric value; absent or unparsable or non-finite gives the default.
    pub fn num(&self, key: &str, default: f64) -> f64 {
        match self.get(key).and_then(|v| v.trim().parse::<f64>().ok()) {
            Some(v) if v.is_finite() => v,
            _ => default,
        }
    }

    /// draw.io boolean flag: `1`/`true` is on.
    pub fn flag(&self, key: &str, default: bool) -> bool {
        match self.get(key).map(str::trim) {
            Some("1") | Some("true") => true,
            Some("0") | Some("false") => false,
            Some(v) => v.parse::<f64>().map(|n| n != 0.0).unwrap_or(default),
            None => default,
        }
    }

    /// A colour key after `default` substitution for the theme. `None` = not painted.
    pub fn color(&self, key: &str, theme: &Theme) -> Option<Color> {
        let v = self.get(key)?;
        Color::resolve(v, key, theme)
    }

    /// The shape name, as drawn (draw.io's `label` shape is a rectangle with an optional image).
    pub fn shape(&self) -> &str {
        self.str_or("shape", "")
    }
}
