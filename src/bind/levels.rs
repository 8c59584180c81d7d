//! Levels (ok, warn, crit and custom ones, ordered best to worst) and the `when` conditions
//! that gate colours, text, blinking and links on a level.

use super::color;
use super::json::{index, Issues, Obj};
use crate::style::{Color, Theme};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Level {
    pub name: String,
    pub color: Color,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Levels {
    pub list: Vec<Level>,
    /// Index of `ok` (the first level when there is none named so).
    pub ok: usize,
    /// Index of `crit` (the last level when there is none named so).
    pub crit: usize,
}

impl Levels {
    pub fn default_for(theme: &Theme) -> Levels {
        let mk = |n: &str, c: &str| Level {
            name: n.into(),
            color: color::resolve(c, theme)
                .unwrap_or_else(|| Color::parse("#808080", theme).expect("static colour")),
        };
        Levels {
            list: vec![
                mk("ok", "#56A64B"),
                mk("warn", "#FF9830"),
                mk("crit", "#E02F44"),
            ],
            ok: 0,
            crit: 2,
        }
    }

    /// `levels`: the full ordered list, best first. Missing entries keep the defaults.
    pub fn compile(v: Option<&Value>, theme: &Theme, errs: &mut Issues) -> Levels {
        let Some(v) = v else {
            return Levels::default_for(theme);
        };
        let Value::Array(items) = v else {
            errs.push("levels", "expected an array of {name, color}");
            return Levels::default_for(theme);
        };
        let mut list: Vec<Level> = Vec::new();
        for (i, item) in items.iter().enumerate().take(64) {
            let p = index("levels", i);
            let Some(o) = Obj::new(item, &p, &["name", "color"], errs) else {
                continue;
            };
            let Some(name) = o.str("name", errs) else {
                errs.push(&p, "a level needs a name");
                continue;
            };
            if name.is_empty() || name.len() > 64 {
                errs.push(&o.at("name"), "a level name is 1 to 64 characters");
                continue;
            }
            if list.iter().any(|l| l.name == name) {
                errs.push(&o.at("name"), format!("level \"{}\" is listed twice", name));
                continue;
            }
            let spec = o.str("color", errs).unwrap_or("#808080");
            let Some(c) = color::resolve(spec, theme) else {
                errs.push(
                    &o.at("color"),
                    format!("\"{}\" is not a colour", super::json::one_line(spec)),
                );
                continue;
            };
            list.push(Level {
                name: name.to_string(),
                color: c,
            });
        }
        if list.is_empty() {
            errs.push(
                "levels",
                "no usable level; the defaults ok, warn, crit apply",
            );
            return Levels::default_for(theme);
        }
        let ok = list.iter().position(|l| l.name == "ok").unwrap_or(0);
        let crit = list
            .iter()
            .position(|l| l.name == "crit")
            .unwrap_or(list.len() - 1);
        Levels { list, ok, crit }
    }

    pub fn find(&self, name: &str) -> Option<usize> {
        self.list.iter().position(|l| l.name == name)
    }

    /// A level by name, or an error listing the known ones.
    pub fn lookup(&self, name: &str, path: &str, errs: &mut Issues) -> Option<usize> {
        let found = self.find(name);
        if found.is_none() {
            let names: Vec<&str> = self.list.iter().map(|l| l.name.as_str()).collect();
            errs.push(
                path,
                format!(
                    "unknown level \"{}\" (levels: {})",
                    super::json::one_line(name),
                    names.join(", ")
                ),
            );
        }
        found
    }

    pub fn name(&self, i: usize) -> &str {
        self.list.get(i).map_or("", |l| l.name.as_str())
    }

    pub fn color(&self, i: usize) -> Option<&Color> {
        self.list.get(i).map(|l| &l.color)
    }
}

/// When a colour, text, blink or link applies, by the binding's level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// Worse than ok.
    NotOk,
    /// At this level index or worse (`crit` is the level named so).
    AtLeast(usize),
    Never,
}

impl When {
    /// `always` | `notOk` | `crit` | a level name (that level or worse) | false.
    pub fn compile(v: &Value, path: &str, levels: &Levels, errs: &mut Issues) -> Option<When> {
        match v {
            Value::Bool(false) => Some(When::Never),
            Value::Bool(true) => Some(When::Always),
            Value::String(s) => match s.as_str() {
                "always" => Some(When::Always),
                "notOk" => Some(When::NotOk),
                "never" => Some(When::Never),
                "crit" => Some(When::AtLeast(levels.crit)),
                name => match levels.find(name) {
                    Some(i) => Some(When::AtLeast(i)),
                    None => {
                        errs.push(
                            path,
                            format!(
                                "\"{}\" is not always, notOk, crit, never or a level name",
                                super::json::one_line(name)
                            ),
                        );
                        None
                    }
                },
            },
            other => {
                errs.push(
                    path,
                    format!(
                        "expected always, notOk, crit or a level name, found {}",
                        super::json::type_name(other)
                    ),
                );
                None
            }
        }
    }

    /// Whether it applies at `level` (None = no data: nothing applies but `always` text).
    pub fn applies(&self, level: Option<usize>, levels: &Levels) -> bool {
        match (self, level) {
            (When::Never, _) => false,
            (When::Always, _) => true,
            (_, None) => false,
            (When::NotOk, Some(l)) => l > levels.ok,
            (When::AtLeast(t), Some(l)) => l >= *t,
        }
    }
}
