//! Thresholds: a reduced value → a level (and optionally a colour of its own).
//! Kinds: number (N steps, `ge`/`gt`, invert, gradient), text (regex or exact per step, first
//! match wins), age (now − timestamp against durations) and date (timestamp against absolute
//! or now-relative dates).

use super::color;
use super::json::{index, one_line, show, Issues, Obj};
use super::levels::Levels;
use super::pattern;
use super::value::Datum;
use crate::style::{Color, Theme};
use regex_lite::Regex;
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    Text,
    Age,
    Date,
}

#[derive(Debug, Clone)]
enum Test {
    /// Number, age (ms) or date (epoch ms).
    Num(f64),
    /// Date relative to now (ms offset, usually negative).
    Relative(f64),
    Regex(Regex),
    Exact(String),
}

#[derive(Debug, Clone)]
pub struct Step {
    test: Test,
    negate: bool,
    pub level: usize,
    pub color: Option<Color>,
}

#[derive(Debug, Clone)]
pub struct Thresholds {
    pub kind: Kind,
    /// Number/age/date: ordered so that each later step is "further"; text: as written.
    steps: Vec<Step>,
    base_level: usize,
    base_color: Option<Color>,
    /// `gt`: strictly greater (strictly less when inverted).
    strict: bool,
    invert: bool,
    gradient: bool,
}

/// The level a value reaches, with its colour when the step sets one.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub level: usize,
    pub color: Option<Color>,
}

/// "5m", "1.5h", "2d", "1w", "1M" (30 d), "1y" (365 d), or a plain number of ms.
pub fn parse_duration(s: &str) -> Option<f64> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| c.is_ascii_alphabetic()) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "ms"),
    };
    let n: f64 = num.trim().parse().ok().filter(|v: &f64| v.is_finite())?;
    let ms = match unit {
        "ms" => 1.0,
        "s" => 1e3,
        "m" => 6e4,
        "h" => 3.6e6,
        "d" => 8.64e7,
        "w" => 6.048e8,
        "M" => 2.592e9,
        "y" => 3.1536e10,
        _ => return None,
    };
    Some(n * ms)
}

/// ISO 8601 date/time (UTC unless an offset is given) → epoch ms.
pub fn parse_date(s: &str) -> Option<f64> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> { s.get(r)?.parse().ok() };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    let (mut h, mut mi, mut sec, mut rest) = (0, 0, 0.0, &s[10..]);
    if rest.starts_with('T') || rest.starts_with(' ') {
        let t = &rest[1..];
        h = t.get(0..2)?.parse().ok()?;
        mi = t.get(3..5)?.parse().ok()?;
        rest = &t[5..];
        if rest.starts_with(':') {
            let end = rest[1..]
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .map_or(rest.len(), |e| e + 1);
            sec = rest[1..end].parse().ok()?;
            rest = &rest[end..];
        }
    }
    let offset_min = match rest {
        "" | "Z" | "z" => 0,
        r if (r.starts_with('+') || r.starts_with('-')) && r.len() == 6 => {
            let sign = if r.starts_with('-') { -1 } else { 1 };
            sign * (r[1..3].parse::<i64>().ok()? * 60 + r[4..6].parse::<i64>().ok()?)
        }
        _ => return None,
    };
    // Days from civil (proleptic Gregorian).
    let (yy, mm) = if mo <= 2 {
        (y - 1, mo + 9)
    } else {
        (y, mo - 3)
    };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * mm + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 86_400 + h * 3600 + mi * 60 - offset_min * 60) as f64 + sec) * 1000.0)
}

impl Thresholds {
    /// Lower is worse (`invert`).
    pub fn inverted(&self) -> bool {
        self.invert
    }

    pub fn compile(
        v: &Value,
        path: &str,
        levels: &Levels,
        theme: &Theme,
        errs: &mut Issues,
    ) -> Option<Thresholds> {
        let o = Obj::new(
            v,
            path,
            &["type", "steps", "op", "invert", "base", "gradient"],
            errs,
        )?;
        let before = errs.len();
        let kind = match o
            .choice("type", &["number", "text", "age", "date"], errs)
            .unwrap_or("number")
        {
            "text" => Kind::Text,
            "age" => Kind::Age,
            "date" => Kind::Date,
            _ => Kind::Number,
        };
        let strict = o.choice("op", &["ge", "gt"], errs) == Some("gt");
        let invert = o.bool("invert", errs).unwrap_or(false);
        let gradient = o.bool("gradient", errs).unwrap_or(false);
        let (mut base_level, mut base_color) = (levels.ok, None);
        if let Some(b) = o.get("base") {
            let bp = o.at("base");
            if let Some(bo) = Obj::new(b, &bp, &["level", "color"], errs) {
                if let Some(l) = bo.str("level", errs) {
                    base_level = levels.lookup(l, &bo.at("level"), errs).unwrap_or(levels.ok);
                }
                base_color = step_color(&bo, theme, errs);
            }
        }
        let mut steps = Vec::new();
        for (i, s) in o
            .arr("steps", errs)
            .map(|a| a.as_slice())
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .take(256)
        {
            let sp = index(&o.at("steps"), i);
            let Some(so) = Obj::new(
                s,
                &sp,
                &["value", "regex", "level", "color", "negate"],
                errs,
            ) else {
                continue;
            };
            let level = match so.str("level", errs) {
                Some(l) => levels.lookup(l, &so.at("level"), errs),
                None => {
                    errs.push(&sp, "a step needs a level");
                    None
                }
            };
            let step_before = errs.len();
            let test = match kind {
                Kind::Number => so.num("value", errs).map(Test::Num),
                Kind::Age => match so.get("value") {
                    Some(Value::Number(n)) => n.as_f64().map(Test::Num),
                    Some(Value::String(t)) => parse_duration(t).map(Test::Num).or_else(|| {
                        errs.push(
                            &so.at("value"),
                            format!(
                                "\"{}\" is not a duration such as 30s, 5m, 2h, 1d",
                                one_line(t)
                            ),
                        );
                        None
                    }),
                    _ => None,
                },
                Kind::Date => {
                    match so.get("value") {
                        Some(Value::Number(n)) => n.as_f64().map(Test::Num),
                        Some(Value::String(t)) => {
                            let rel = t.trim().strip_prefix("now").unwrap_or(t.trim());
                            if rel.is_empty() {
                                Some(Test::Relative(0.0))
                            } else if let Some(d) = rel.strip_prefix('-').and_then(parse_duration) {
                                Some(Test::Relative(-d))
                            } else if let Some(d) = rel.strip_prefix('+').and_then(parse_duration) {
                                Some(Test::Relative(d))
                            } else if let Some(ms) = parse_date(t) {
                                Some(Test::Num(ms))
                            } else {
                                errs.push(&so.at("value"), format!("\"{}\" is not a date (2024-05-01T12:00:00Z, epoch ms, now-1d)", one_line(t)));
                                None
                            }
                        }
                        _ => None,
                    }
                }
                Kind::Text => {
                    if let Some(r) = so.str("regex", errs) {
                        match pattern::compile(r) {
                            Ok(re) => Some(Test::Regex(re)),
                            Err(e) => {
                                errs.push(&so.at("regex"), e);
                                None
                            }
                        }
                    } else {
                        so.text("value", errs).map(Test::Exact)
                    }
                }
            };
            if test.is_none() && errs.len() == step_before {
                let want = if kind == Kind::Text {
                    "a regex or value"
                } else {
                    "a value"
                };
                errs.push(&sp, format!("a step needs {}", want));
            }
            let color = step_color(&so, theme, errs);
            let negate = so.bool("negate", errs).unwrap_or(false);
            if let (Some(test), Some(level)) = (test, level) {
                steps.push(Step {
                    test,
                    negate,
                    level,
                    color,
                });
            }
        }
        if errs.len() > before {
            return None;
        }
        if kind != Kind::Text {
            // Scan order: ascending (descending when inverted), whatever order they were written in.
            let key = |s: &Step| match s.test {
                Test::Num(v) | Test::Relative(v) => v,
                _ => 0.0,
            };
            steps.sort_by(|a, b| key(a).total_cmp(&key(b)));
            if invert {
                steps.reverse();
            }
        }
        Some(Thresholds {
            kind,
            steps,
            base_level,
            base_color,
            strict,
            invert,
            gradient,
        })
    }

    fn step_value(&self, s: &Step, now: f64) -> f64 {
        match s.test {
            Test::Num(v) => v,
            Test::Relative(d) => now + d,
            _ => f64::NAN,
        }
    }

    fn passes(&self, x: f64, t: f64) -> bool {
        match (self.invert, self.strict) {
            (false, false) => x >= t,
            (false, true) => x > t,
            (true, false) => x <= t,
            (true, true) => x < t,
        }
    }

    /// The level of a value; None when the value is null or not comparable (no data).
    pub fn eval(&self, v: &Datum, now: f64, levels: &Levels) -> Option<Outcome> {
        match self.kind {
            Kind::Text => {
                if v.is_null() {
                    return None;
                }
                let text = v.raw_text();
                for s in &self.steps {
                    let hit = match &s.test {
                        Test::Regex(re) => re.is_match(&text),
                        Test::Exact(e) => *e == text,
                        _ => false,
                    };
                    if hit != s.negate {
                        return Some(Outcome {
                            level: s.level,
                            color: s.color.clone(),
                        });
                    }
                }
                Some(Outcome {
                    level: self.base_level,
                    color: self.base_color.clone(),
                })
            }
            Kind::Number | Kind::Age | Kind::Date => {
                let raw = v.as_num()?;
                let x = if self.kind == Kind::Age {
                    now - raw
                } else {
                    raw
                };
                let mut cur: Option<usize> = None;
                for (i, s) in self.steps.iter().enumerate() {
                    if self.passes(x, self.step_value(s, now)) {
                        cur = Some(i);
                    } else {
                        break;
                    }
                }
                let (level, own) = match cur {
                    Some(i) => (self.steps[i].level, self.steps[i].color.clone()),
                    None => (self.base_level, self.base_color.clone()),
                };
                let mut color = own;
                if self.gradient {
                    color = self.gradient_color(cur, x, now, levels).or(color);
                }
                Some(Outcome { level, color })
            }
        }
    }

    /// Between two steps, blend their colours by where the value sits (Flowcharting's gradient).
    fn gradient_color(
        &self,
        cur: Option<usize>,
        x: f64,
        now: f64,
        levels: &Levels,
    ) -> Option<Color> {
        let i = cur?;
        let next = self.steps.get(i + 1)?;
        let a = &self.steps[i];
        let ca = a.color.clone().or_else(|| levels.color(a.level).cloned())?;
        let cb = next
            .color
            .clone()
            .or_else(|| levels.color(next.level).cloned())?;
        let (va, vb) = (self.step_value(a, now), self.step_value(next, now));
        let t = if vb != va { (x - va) / (vb - va) } else { 0.0 };
        color::mix(&ca, &cb, t)
    }
}

fn step_color(o: &Obj, theme: &Theme, errs: &mut Issues) -> Option<Color> {
    let spec = o.get("color")?;
    match spec {
        Value::String(s) => {
            let c = color::resolve(s, theme);
            if c.is_none() {
                errs.push(
                    &o.at("color"),
                    format!("\"{}\" is not a colour", one_line(s)),
                );
            }
            c
        }
        other => {
            errs.push(
                &o.at("color"),
                format!("expected a colour, found {}", show(other)),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn th(v: Value) -> (Thresholds, Levels) {
        let levels = Levels::default_for(&Theme::light());
        let mut e = Issues::default();
        let t = Thresholds::compile(&v, "t", &levels, &Theme::light(), &mut e);
        assert!(e.is_empty(), "{:?}", e.list);
        (t.unwrap(), levels)
    }
    fn lvl(t: &(Thresholds, Levels), v: Datum) -> Option<String> {
        t.0.eval(&v, 1_000_000.0, &t.1)
            .map(|o| t.1.name(o.level).to_string())
    }

    #[test]
    fn numbers_ge_gt_invert() {
        let t = th(
            json!({"steps": [{"value": 500, "level": "crit"}, {"value": 200, "level": "warn"}]}),
        );
        assert_eq!(lvl(&t, Datum::Num(100.0)).as_deref(), Some("ok"));
        assert_eq!(lvl(&t, Datum::Num(200.0)).as_deref(), Some("warn"));
        assert_eq!(lvl(&t, Datum::Num(900.0)).as_deref(), Some("crit"));
        assert_eq!(lvl(&t, Datum::Null), None);
        let gt = th(json!({"op": "gt", "steps": [{"value": 200, "level": "warn"}]}));
        assert_eq!(lvl(&gt, Datum::Num(200.0)).as_deref(), Some("ok"));
        let inv = th(
            json!({"invert": true, "steps": [{"value": 20, "level": "warn"}, {"value": 10, "level": "crit"}]}),
        );
        assert_eq!(lvl(&inv, Datum::Num(25.0)).as_deref(), Some("ok"));
        assert_eq!(lvl(&inv, Datum::Num(20.0)).as_deref(), Some("warn"));
        assert_eq!(lvl(&inv, Datum::Num(3.0)).as_deref(), Some("crit"));
        // Text that parses as a number is compared as one.
        assert_eq!(lvl(&t, Datum::Str("250".into())).as_deref(), Some("warn"));
    }

    #[test]
    fn text_age_date() {
        let t = th(
            json!({"type": "text", "steps": [{"regex": "/down|error/i", "level": "crit"}, {"value": "degraded", "level": "warn"}, {"regex": "^up$", "negate": true, "level": "warn"}]}),
        );
        assert_eq!(
            lvl(&t, Datum::Str("ERROR 5".into())).as_deref(),
            Some("crit")
        );
        assert_eq!(
            lvl(&t, Datum::Str("degraded".into())).as_deref(),
            Some("warn")
        );
        assert_eq!(lvl(&t, Datum::Str("up".into())).as_deref(), Some("ok"));
        assert_eq!(
            lvl(&t, Datum::Str("unknown".into())).as_deref(),
            Some("warn")
        );
        let age = th(
            json!({"type": "age", "steps": [{"value": "5m", "level": "warn"}, {"value": "15m", "level": "crit"}]}),
        );
        let now = 1_000_000.0;
        assert_eq!(lvl(&age, Datum::Num(now - 60_000.0)).as_deref(), Some("ok"));
        assert_eq!(
            lvl(&age, Datum::Num(now - 400_000.0)).as_deref(),
            Some("warn")
        );
        assert_eq!(lvl(&age, Datum::Num(0.0)).as_deref(), Some("crit"));
        let date = th(
            json!({"type": "date", "invert": true, "steps": [{"value": "now-1d", "level": "warn"}, {"value": "1970-01-01T00:00:00Z", "level": "crit"}]}),
        );
        assert_eq!(lvl(&date, Datum::Num(now)).as_deref(), Some("ok"));
        assert_eq!(lvl(&date, Datum::Num(0.0)).as_deref(), Some("crit"));
        assert_eq!(
            parse_date("2024-05-01T12:00:00Z"),
            Some(1_714_564_800_000.0)
        );
        assert_eq!(
            parse_date("2024-05-01T14:00:00+02:00"),
            Some(1_714_564_800_000.0)
        );
        assert_eq!(parse_duration("1.5h"), Some(5_400_000.0));
    }

    #[test]
    fn step_colours_and_gradient() {
        let t = th(
            json!({"gradient": true, "base": {"level": "ok", "color": "#000000"}, "steps": [{"value": 0, "level": "ok", "color": "#000000"}, {"value": 100, "level": "crit", "color": "#ffffff"}]}),
        );
        let o = t.0.eval(&Datum::Num(50.0), 0.0, &t.1).unwrap();
        assert_eq!(o.color.unwrap().as_str(), "#808080");
    }

    #[test]
    fn errors_have_paths() {
        let levels = Levels::default_for(&Theme::light());
        let mut e = Issues::default();
        let v = json!({"steps": [{"value": 1, "level": "critical"}, {"regex": "(", "level": "crit"}], "type": "text"});
        assert!(Thresholds::compile(
            &v,
            "bindings[0].thresholds",
            &levels,
            &Theme::light(),
            &mut e
        )
        .is_none());
        let msgs: Vec<String> = e.list.iter().map(|i| i.to_string()).collect();
        assert!(
            msgs.iter().any(|m| m
                .starts_with("bindings[0].thresholds.steps[0].level: unknown level \"critical\"")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("bindings[0].thresholds.steps[1].regex: invalid regex")),
            "{msgs:?}"
        );
    }
}
