//! Value mappings, Grafana-style: value, range, regex and special (null, NaN, true, false,
//! empty) → display text, colour and/or level. The first mapping that matches wins.

use super::color;
use super::json::{index, one_line, Issues, Obj};
use super::levels::Levels;
use super::pattern;
use super::value::Datum;
use crate::style::{Color, Theme};
use regex_lite::Regex;
use serde_json::Value;

#[derive(Debug, Clone)]
enum Test {
    /// Equal as numbers when both are, else as text.
    Value(String, Option<f64>),
    Range(Option<f64>, Option<f64>),
    Regex(Regex),
    Null,
    True,
    False,
    Empty,
}

#[derive(Debug, Clone)]
pub struct Mapping {
    test: Test,
    /// Display text; regex mappings may use `$1`… from the match.
    text: Option<String>,
    pub color: Option<Color>,
    pub level: Option<usize>,
}

/// What a matching mapping gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapped {
    pub text: Option<String>,
    pub color: Option<Color>,
    pub level: Option<usize>,
}

pub fn compile_all(
    v: &Value,
    path: &str,
    levels: &Levels,
    theme: &Theme,
    errs: &mut Issues,
) -> Option<Vec<Mapping>> {
    let Value::Array(items) = v else {
        errs.push(path, "expected an array of mappings");
        return None;
    };
    let before = errs.len();
    let mut out = Vec::new();
    for (i, m) in items.iter().enumerate().take(1000) {
        if let Some(m) = Mapping::compile(m, &index(path, i), levels, theme, errs) {
            out.push(m);
        }
    }
    (errs.len() == before).then_some(out)
}

impl Mapping {
    fn compile(
        v: &Value,
        path: &str,
        levels: &Levels,
        theme: &Theme,
        errs: &mut Issues,
    ) -> Option<Mapping> {
        let o = Obj::new(
            v,
            path,
            &[
                "type", "value", "from", "to", "pattern", "match", "text", "color", "level",
            ],
            errs,
        )?;
        let before = errs.len();
        let test = match o.choice("type", &["value", "range", "regex", "special"], errs) {
            Some("value") => match o.text("value", errs) {
                Some(s) => {
                    let n = s.trim().parse::<f64>().ok().filter(|f| f.is_finite());
                    Some(Test::Value(s, n))
                }
                None => {
                    errs.push(path, "a value mapping needs a value");
                    None
                }
            },
            Some("range") => {
                let (from, to) = (o.num("from", errs), o.num("to", errs));
                if from.is_none() && to.is_none() && errs.len() == before {
                    errs.push(path, "a range mapping needs from and/or to");
                }
                Some(Test::Range(from, to))
            }
            Some("regex") => match o.str("pattern", errs) {
                Some(p) => match pattern::compile(p) {
                    Ok(re) => Some(Test::Regex(re)),
                    Err(e) => {
                        errs.push(&o.at("pattern"), e);
                        None
                    }
                },
                None => {
                    errs.push(path, "a regex mapping needs a pattern");
                    None
                }
            },
            Some("special") => match o.choice(
                "match",
                &["null", "nan", "null+nan", "true", "false", "empty"],
                errs,
            ) {
                Some("null" | "nan" | "null+nan") => Some(Test::Null),
                Some("true") => Some(Test::True),
                Some("false") => Some(Test::False),
                Some("empty") => Some(Test::Empty),
                _ => {
                    if errs.len() == before {
                        errs.push(
                            path,
                            "a special mapping needs match: null, nan, true, false or empty",
                        );
                    }
                    None
                }
            },
            _ => {
                if errs.len() == before {
                    errs.push(
                        path,
                        "a mapping needs a type: value, range, regex or special",
                    );
                }
                None
            }
        };
        let text = o.text("text", errs);
        let color = match o.str("color", errs) {
            Some(c) => {
                let r = color::resolve(c, theme);
                if r.is_none() {
                    errs.push(
                        &o.at("color"),
                        format!("\"{}\" is not a colour", one_line(c)),
                    );
                }
                r
            }
            None => None,
        };
        let level = o
            .str("level", errs)
            .and_then(|l| levels.lookup(l, &o.at("level"), errs));
        if errs.len() > before {
            return None;
        }
        Some(Mapping {
            test: test?,
            text,
            color,
            level,
        })
    }

    fn apply(&self, v: &Datum) -> Option<Mapped> {
        let hit = |text: Option<String>| {
            Some(Mapped {
                text,
                color: self.color.clone(),
                level: self.level,
            })
        };
        match (&self.test, v) {
            (Test::Null, Datum::Null) => hit(self.text.clone()),
            (Test::Null, _) | (_, Datum::Null) => None,
            (Test::Value(s, n), v) => {
                let eq = match (n, v.as_num()) {
                    (Some(a), Some(b)) => *a == b,
                    _ => *s == v.raw_text(),
                };
                if eq {
                    hit(self.text.clone())
                } else {
                    None
                }
            }
            (Test::Range(from, to), v) => {
                let x = v.as_num()?;
                if from.is_none_or(|f| x >= f) && to.is_none_or(|t| x <= t) {
                    hit(self.text.clone())
                } else {
                    None
                }
            }
            (Test::Regex(re), v) => {
                let raw = v.raw_text();
                if !re.is_match(&raw) {
                    return None;
                }
                let text = self
                    .text
                    .as_ref()
                    .map(|t| pattern::replace(re, &raw, t, false));
                hit(text)
            }
            (Test::True, v) => match v {
                Datum::Num(x) if *x == 1.0 => hit(self.text.clone()),
                Datum::Str(s) if s.eq_ignore_ascii_case("true") => hit(self.text.clone()),
                _ => None,
            },
            (Test::False, v) => match v {
                Datum::Num(x) if *x == 0.0 => hit(self.text.clone()),
                Datum::Str(s) if s.eq_ignore_ascii_case("false") => hit(self.text.clone()),
                _ => None,
            },
            (Test::Empty, Datum::Str(s)) if s.is_empty() => hit(self.text.clone()),
            (Test::Empty, _) => None,
        }
    }
}

/// The first mapping that matches `v`.
pub fn apply(maps: &[Mapping], v: &Datum) -> Option<Mapped> {
    maps.iter().find_map(|m| m.apply(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn maps(v: Value) -> (Vec<Mapping>, Levels) {
        let levels = Levels::default_for(&Theme::light());
        let mut e = Issues::default();
        let m = compile_all(&v, "m", &levels, &Theme::light(), &mut e);
        assert!(e.is_empty(), "{:?}", e.list);
        (m.unwrap(), levels)
    }

    #[test]
    fn every_kind() {
        let (m, levels) = maps(json!([
            {"type": "value", "value": "1", "text": "UP", "color": "green", "level": "ok"},
            {"type": "value", "value": 0, "text": "DOWN", "level": "crit"},
            {"type": "range", "from": 10, "to": 20, "text": "mid"},
            {"type": "range", "from": 100, "text": "high", "color": "red"},
            {"type": "regex", "pattern": "^err(\\d+)", "text": "E$1"},
            {"type": "special", "match": "null", "text": "n/a"},
            {"type": "special", "match": "empty", "text": "(empty)"}
        ]));
        let t = |v: Datum| apply(&m, &v).and_then(|x| x.text);
        assert_eq!(t(Datum::Num(1.0)).as_deref(), Some("UP"));
        assert_eq!(t(Datum::Str("1.0".into())).as_deref(), Some("UP"));
        assert_eq!(
            apply(&m, &Datum::Num(0.0)).unwrap().level,
            levels.find("crit")
        );
        assert_eq!(t(Datum::Num(15.0)).as_deref(), Some("mid"));
        assert_eq!(t(Datum::Num(20.0)).as_deref(), Some("mid"));
        assert_eq!(t(Datum::Num(1e6)).as_deref(), Some("high"));
        assert_eq!(
            t(Datum::Str("err42 boom".into())).as_deref(),
            Some("E42 boom")
        );
        assert_eq!(t(Datum::Null).as_deref(), Some("n/a"));
        assert_eq!(t(Datum::Str(String::new())).as_deref(), Some("(empty)"));
        assert_eq!(t(Datum::Num(5.0)), None);
        assert_eq!(
            apply(&m, &Datum::Num(1.0)).unwrap().color.unwrap().as_str(),
            "#56a64b"
        );
    }

    #[test]
    fn bool_specials() {
        let (m, _) = maps(
            json!([{"type": "special", "match": "true", "text": "yes"}, {"type": "special", "match": "false", "text": "no"}]),
        );
        assert_eq!(
            apply(&m, &Datum::Num(1.0)).unwrap().text.as_deref(),
            Some("yes")
        );
        assert_eq!(
            apply(&m, &Datum::Str("false".into()))
                .unwrap()
                .text
                .as_deref(),
            Some("no")
        );
    }

    #[test]
    fn errors() {
        let levels = Levels::default_for(&Theme::light());
        let mut e = Issues::default();
        assert!(compile_all(
            &json!([{"type": "regex", "pattern": "(x"}, {"type": "sometimes"}]),
            "b.mappings",
            &levels,
            &Theme::light(),
            &mut e
        )
        .is_none());
        assert!(
            e.list[0]
                .to_string()
                .starts_with("b.mappings[0].pattern: invalid regex"),
            "{:?}",
            e.list
        );
        assert!(
            e.list[1]
                .to_string()
                .starts_with("b.mappings[1].type: \"sometimes\" is not one of"),
            "{:?}",
            e.list
        );
    }
}
