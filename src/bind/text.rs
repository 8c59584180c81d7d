//! Label text from data: replace the whole label, replace a regex match, or append after a
//! space or on a new line. The value is formatted by the binding's unit (Grafana value formats)
//! and put through the `format` template first.

use super::json::{one_line, Issues, Obj};
use super::levels::{Levels, When};
use super::pattern;
use super::template::Template;
use super::units::Unit;
use regex_lite::Regex;
use serde_json::Value;

#[derive(Debug, Clone)]
pub enum Mode {
    Replace,
    /// Replace the first match (every match with the JS `g` flag).
    Regex(Regex, bool),
    Append,
    AppendLine,
}

#[derive(Debug, Clone)]
pub struct TextRule {
    pub mode: Mode,
    pub format: Template,
    pub unit: Option<Unit>,
    pub decimals: Option<u32>,
    pub when: When,
    /// Shown when there is no value (else the label is left as drawn).
    pub null_text: Option<String>,
}

pub const KEYS: &[&str] = &[
    "mode", "pattern", "format", "unit", "decimals", "when", "nullText",
];

/// `decimals`: 0..=20.
pub fn decimals(o: &Obj, errs: &mut Issues) -> Option<u32> {
    let d = o.num("decimals", errs)?;
    if (0.0..=20.0).contains(&d) && d.fract() == 0.0 {
        Some(d as u32)
    } else {
        errs.push(
            &o.at("decimals"),
            "decimals must be a whole number from 0 to 20",
        );
        None
    }
}

/// `unit`: a Grafana unit id known to the core.
pub fn unit(o: &Obj, errs: &mut Issues) -> Option<Unit> {
    let u = o.str("unit", errs)?;
    match Unit::parse(u) {
        Ok(u) => Some(u),
        Err(e) => {
            errs.push(&o.at("unit"), e);
            None
        }
    }
}

impl TextRule {
    pub fn compile(v: &Value, path: &str, levels: &Levels, errs: &mut Issues) -> Option<TextRule> {
        let o = Obj::new(v, path, KEYS, errs)?;
        let before = errs.len();
        let mode = match o
            .choice("mode", &["replace", "regex", "append", "appendLine"], errs)
            .unwrap_or("replace")
        {
            "regex" => match o.str("pattern", errs) {
                Some(p) => match pattern::compile(p) {
                    Ok(re) => Mode::Regex(re, pattern::split_js(p).1.contains('g')),
                    Err(e) => {
                        errs.push(&o.at("pattern"), e);
                        Mode::Replace
                    }
                },
                None => {
                    errs.push(path, "mode regex needs a pattern");
                    Mode::Replace
                }
            },
            "append" => Mode::Append,
            "appendLine" => Mode::AppendLine,
            _ => Mode::Replace,
        };
        let format = Template::parse(o.str("format", errs).unwrap_or("${__value}"));
        let when = o
            .get("when")
            .and_then(|w| When::compile(w, &o.at("when"), levels, errs))
            .unwrap_or(When::Always);
        let rule = TextRule {
            mode,
            format,
            unit: unit(&o, errs),
            decimals: decimals(&o, errs),
            when,
            null_text: o.text("nullText", errs).map(|s| one_line(&s)),
        };
        (errs.len() == before).then_some(rule)
    }

    /// The new label from the drawn one. `html`: the label is HTML (html=1), so the inserted
    /// text is escaped and line breaks become `<br>`.
    pub fn apply(&self, label: &str, html: bool, text: &str) -> String {
        let text: String = text.chars().take(2000).collect();
        let ins = if html { html_escape(&text) } else { text };
        let nl = if html { "<br>" } else { "\n" };
        match &self.mode {
            Mode::Replace => ins,
            Mode::Regex(re, global) => {
                let mut out = String::with_capacity(label.len() + ins.len());
                let mut last = 0;
                for m in re
                    .find_iter(label)
                    .take(if *global { usize::MAX } else { 1 })
                {
                    out.push_str(&label[last..m.start()]);
                    out.push_str(&ins);
                    last = m.end();
                }
                out.push_str(&label[last..]);
                out
            }
            Mode::Append if label.is_empty() => ins,
            Mode::Append => format!("{} {}", label, ins),
            Mode::AppendLine if label.is_empty() => ins,
            Mode::AppendLine => format!("{}{}{}", label, nl, ins),
        }
    }
}

/// Text made safe to splice into an HTML label (newlines become `<br>`).
pub fn html_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\n' => o.push_str("<br>"),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Theme;
    use serde_json::json;

    fn rule(v: Value) -> TextRule {
        let mut e = Issues::default();
        let r = TextRule::compile(&v, "t", &Levels::default_for(&Theme::light()), &mut e);
        assert!(e.is_empty(), "{:?}", e.list);
        r.unwrap()
    }

    #[test]
    fn every_mode() {
        assert_eq!(
            rule(json!({"mode": "replace"})).apply("Checkout", false, "12 ms"),
            "12 ms"
        );
        assert_eq!(
            rule(json!({"mode": "regex", "pattern": "\\d+"})).apply("lat: 10 / 20", false, "$5"),
            "lat: $5 / 20"
        );
        assert_eq!(
            rule(json!({"mode": "regex", "pattern": "/\\d+/g"})).apply("10 / 20", false, "x"),
            "x / x"
        );
        assert_eq!(
            rule(json!({"mode": "append"})).apply("Checkout", false, "12 ms"),
            "Checkout 12 ms"
        );
        assert_eq!(
            rule(json!({"mode": "appendLine"})).apply("Checkout", false, "12 ms"),
            "Checkout\n12 ms"
        );
        assert_eq!(
            rule(json!({"mode": "appendLine"})).apply("<b>Checkout</b>", true, "<1 ms"),
            "<b>Checkout</b><br>&lt;1 ms"
        );
    }

    #[test]
    fn errors() {
        let mut e = Issues::default();
        let v = json!({"mode": "regex", "pattern": "(", "unit": "msec", "decimals": 42});
        assert!(TextRule::compile(
            &v,
            "bindings[1].text",
            &Levels::default_for(&Theme::light()),
            &mut e
        )
        .is_none());
        let m: Vec<String> = e.list.iter().map(|i| i.to_string()).collect();
        assert!(
            m.contains(&"bindings[1].text.unit: unknown unit \"msec\"".to_string()),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|x| x.starts_with("bindings[1].text.pattern: invalid regex")),
            "{m:?}"
        );
        assert!(
            m.iter().any(|x| x.starts_with("bindings[1].text.decimals")),
            "{m:?}"
        );
    }
}
