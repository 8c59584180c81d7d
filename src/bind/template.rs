//! `${…}` templates, parsed once: cell variables (`${__cell.id}`, `${__cell.label}`,
//! `${__cell.<attr>}`, also spelt `${cell.…}`), value variables (`${__value}`, `${__value.raw}`,
//! `${__level}`, `${__series}`), the time range (`${__from}`, `${__to}`). Anything else —
//! Grafana's own `$var`/`${var}` — is left as written for the panel's replaceVariables.

use crate::model::{Cell, Model};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Var {
    CellId,
    CellLabel,
    CellAttr(String),
    Value,
    ValueRaw,
    Level,
    Series,
    Binding,
    From,
    To,
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Lit(String),
    /// A variable, its optional `:format`, and the source text to keep when it has no value.
    Var(Var, Option<String>, String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    parts: Vec<Part>,
}

fn var_of(name: &str) -> Option<Var> {
    let cell = name
        .strip_prefix("__cell.")
        .or_else(|| name.strip_prefix("cell."));
    if let Some(c) = cell {
        return Some(match c {
            "id" => Var::CellId,
            "label" => Var::CellLabel,
            a if !a.is_empty() => Var::CellAttr(a.to_string()),
            _ => return None,
        });
    }
    Some(match name {
        "__value" | "__value.text" | "__value.formatted" => Var::Value,
        "__value.raw" | "__value.numeric" => Var::ValueRaw,
        "__level" => Var::Level,
        "__series" | "__series.name" => Var::Series,
        "__binding" => Var::Binding,
        "__from" => Var::From,
        "__to" => Var::To,
        _ => return None,
    })
}

impl Template {
    pub fn parse(src: &str) -> Template {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut rest = src;
        while let Some(start) = rest.find("${") {
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            let inner = &rest[start + 2..start + end];
            let (name, fmt) = match inner.split_once(':') {
                Some((n, f)) => (n.trim(), Some(f.trim().to_string())),
                None => (inner.trim(), None),
            };
            lit.push_str(&rest[..start]);
            match var_of(name) {
                Some(v) => {
                    if !lit.is_empty() {
                        parts.push(Part::Lit(std::mem::take(&mut lit)));
                    }
                    parts.push(Part::Var(v, fmt, rest[start..start + end + 1].to_string()));
                }
                None => lit.push_str(&rest[start..start + end + 1]),
            }
            rest = &rest[start + end + 1..];
        }
        lit.push_str(rest);
        if !lit.is_empty() {
            parts.push(Part::Lit(lit));
        }
        Template { parts }
    }

    /// True when expanding needs the cell (a different result per cell).
    pub fn uses_cell(&self) -> bool {
        self.parts.iter().any(|p| {
            matches!(
                p,
                Part::Var(Var::CellId | Var::CellLabel | Var::CellAttr(_), _, _)
            )
        })
    }

    pub fn is_plain(&self) -> bool {
        self.parts.iter().all(|p| matches!(p, Part::Lit(_)))
    }

    /// Expand; `lookup` gives a variable's text (None keeps the `${…}` as written), `escape`
    /// post-processes each value (regex escaping, URL encoding) unless its format is `raw`.
    pub fn expand(
        &self,
        lookup: &dyn Fn(&Var) -> Option<String>,
        escape: &dyn Fn(&str) -> String,
    ) -> String {
        let mut out = String::new();
        for p in &self.parts {
            match p {
                Part::Lit(s) => out.push_str(s),
                Part::Var(v, fmt, src) => match lookup(v) {
                    Some(val) if fmt.as_deref() == Some("raw") => out.push_str(&val),
                    Some(val) => out.push_str(&escape(&val)),
                    None => out.push_str(src),
                },
            }
        }
        out
    }
}

/// Label text without markup, for `${__cell.label}`, selectors and tooltips.
pub fn plain_label(cell: &Cell) -> String {
    if !cell.is_html() {
        return cell.label.clone();
    }
    strip_html(&cell.label)
}

/// Tags removed (`<br>` and block ends become spaces), entities decoded, spaces collapsed.
pub fn strip_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        match rest[lt..].find('>') {
            Some(gt) => {
                let tag = rest[lt + 1..lt + gt]
                    .trim_start_matches('/')
                    .to_ascii_lowercase();
                if tag.starts_with("br")
                    || tag.starts_with("div")
                    || tag.starts_with('p')
                    || tag.starts_with("li")
                {
                    out.push(' ');
                }
                rest = &rest[lt + gt + 1..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    let decoded = crate::text::entities::decode(&out);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A cell variable's value.
pub fn cell_var(model: &Model, cell: usize, v: &Var) -> Option<String> {
    let c = model.cells.get(cell)?;
    match v {
        Var::CellId => Some(c.id.clone()),
        Var::CellLabel => Some(plain_label(c)),
        Var::CellAttr(a) => c.attr(a).map(str::to_string),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_keeps_unknown_vars() {
        let t = Template::parse(
            "/d/x?var-svc=${__cell.service}&from=${__from}&env=${env}&$host ${cell.id:raw}",
        );
        assert!(t.uses_cell());
        let out = t.expand(
            &|v| match v {
                Var::CellAttr(a) if a == "service" => Some("a b".into()),
                Var::CellId => Some("x/y".into()),
                Var::From => Some("1000".into()),
                _ => None,
            },
            &|s| s.replace(' ', "%20").replace('/', "%2F"),
        );
        assert_eq!(out, "/d/x?var-svc=a%20b&from=1000&env=${env}&$host x/y");
        assert!(Template::parse("plain ${unknown}").is_plain());
    }

    #[test]
    fn strips_markup() {
        assert_eq!(
            strip_html("<b>Check</b>out<br>svc&amp;co"),
            "Checkout svc&co"
        );
    }
}
