//! Reading untrusted JSON by hand, so every problem is reported with its JSON path
//! (`bindings[3].thresholds.steps[1].level: unknown level "critical"`) and reading goes on.

use serde::Serialize;
use serde_json::{Map, Value};

/// One finding with the JSON path it is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Collected errors; a reader that fails records here and returns None.
#[derive(Debug, Default)]
pub struct Issues {
    pub list: Vec<Issue>,
}

impl Issues {
    pub fn push(&mut self, path: &str, message: impl Into<String>) {
        // A hostile document could produce millions of findings; the first ones are enough.
        if self.list.len() < 500 {
            self.list.push(Issue {
                path: path.to_string(),
                message: one_line(&message.into()),
            });
        }
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// Messages are one line and bounded, whatever the input holds.
pub fn one_line(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(300)
        .collect();
    if s.chars().count() > 300 {
        out.push('…');
    }
    out
}

/// A short quoted rendering of a JSON value for messages.
pub fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

pub fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        return key.to_string();
    }
    // Built by hand, not format!: compiling bindings makes thousands of these.
    let mut out = String::with_capacity(path.len() + 1 + key.len());
    out.push_str(path);
    out.push('.');
    out.push_str(key);
    out
}

pub fn index(path: &str, i: usize) -> String {
    format!("{}[{}]", path, i)
}

pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An object being read: knows its path and which keys it accepts.
pub struct Obj<'a> {
    pub map: &'a Map<String, Value>,
    pub path: String,
}

impl<'a> Obj<'a> {
    /// `v` must be an object whose keys are all in `known` (keys starting with `$` or `_` are
    /// comments and ignored). Unknown keys are errors.
    pub fn new(v: &'a Value, path: &str, known: &[&str], errs: &mut Issues) -> Option<Obj<'a>> {
        let Value::Object(map) = v else {
            errs.push(path, format!("expected an object, found {}", type_name(v)));
            return None;
        };
        for k in map.keys() {
            if !known.contains(&k.as_str()) && !k.starts_with('$') && !k.starts_with('_') {
                let hint = suggest(k, known)
                    .map(|s| format!(" (did you mean \"{}\"?)", s))
                    .unwrap_or_default();
                errs.push(&child(path, k), format!("unknown key{}", hint));
            }
        }
        Some(Obj {
            map,
            path: path.to_string(),
        })
    }

    pub fn get(&self, k: &str) -> Option<&'a Value> {
        self.map.get(k).filter(|v| !v.is_null())
    }

    pub fn at(&self, k: &str) -> String {
        child(&self.path, k)
    }

    pub fn str(&self, k: &str, errs: &mut Issues) -> Option<&'a str> {
        match self.get(k)? {
            Value::String(s) => Some(s.as_str()),
            v => {
                errs.push(
                    &self.at(k),
                    format!("expected a string, found {}", type_name(v)),
                );
                None
            }
        }
    }

    /// A string, or a number written as such (`"value": 1` for a value mapping).
    pub fn text(&self, k: &str, errs: &mut Issues) -> Option<String> {
        match self.get(k)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            v => {
                errs.push(
                    &self.at(k),
                    format!("expected a string, found {}", type_name(v)),
                );
                None
            }
        }
    }

    pub fn num(&self, k: &str, errs: &mut Issues) -> Option<f64> {
        match self.get(k)? {
            Value::Number(n) => n.as_f64().filter(|f| f.is_finite()),
            Value::String(s) => match s.trim().parse::<f64>() {
                Ok(f) if f.is_finite() => Some(f),
                _ => {
                    errs.push(
                        &self.at(k),
                        format!("expected a number, found \"{}\"", one_line(s)),
                    );
                    None
                }
            },
            v => {
                errs.push(
                    &self.at(k),
                    format!("expected a number, found {}", type_name(v)),
                );
                None
            }
        }
    }

    pub fn bool(&self, k: &str, errs: &mut Issues) -> Option<bool> {
        match self.get(k)? {
            Value::Bool(b) => Some(*b),
            v => {
                errs.push(
                    &self.at(k),
                    format!("expected true or false, found {}", type_name(v)),
                );
                None
            }
        }
    }

    pub fn arr(&self, k: &str, errs: &mut Issues) -> Option<&'a Vec<Value>> {
        match self.get(k)? {
            Value::Array(a) => Some(a),
            v => {
                errs.push(
                    &self.at(k),
                    format!("expected an array, found {}", type_name(v)),
                );
                None
            }
        }
    }

    /// One of `allowed`, else an error listing them.
    pub fn choice(&self, k: &str, allowed: &[&str], errs: &mut Issues) -> Option<&'a str> {
        let s = self.str(k, errs)?;
        if allowed.contains(&s) {
            Some(s)
        } else {
            errs.push(
                &self.at(k),
                format!("\"{}\" is not one of {}", one_line(s), allowed.join(", ")),
            );
            None
        }
    }
}

/// The closest known key by edit distance, for "did you mean".
fn suggest<'k>(k: &str, known: &[&'k str]) -> Option<&'k str> {
    let lower = k.to_ascii_lowercase();
    known
        .iter()
        .map(|c| (distance(&lower, &c.to_ascii_lowercase()), *c))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_have_paths_and_hints() {
        let v: Value = serde_json::json!({"reducr": "last", "$comment": "ok"});
        let mut e = Issues::default();
        Obj::new(&v, "bindings[0]", &["reducer"], &mut e).unwrap();
        assert_eq!(e.list.len(), 1);
        assert_eq!(
            e.list[0].to_string(),
            "bindings[0].reducr: unknown key (did you mean \"reducer\"?)"
        );
    }
}
