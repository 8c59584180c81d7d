//! The binding model (versioned JSON) → compiled bindings, once per change of bindings, theme
//! or diagram. Cell selectors are resolved here; regexes, units, thresholds and mappings are
//! compiled here. A binding with errors is skipped and reported; the others apply.

use super::json::{child, index, one_line, Issue, Issues, Obj};
use super::levels::{Levels, When};
use super::links::{self, LinkTemplate};
use super::mapping::{self, Mapping};
use super::reduce::Reducer;
use super::select::{select_cells, Cells, SeriesSpec};
use super::text::{self, TextRule};
use super::threshold::Thresholds;
use super::units::Unit;
use crate::model::{CellKind, Model};
use crate::style::Theme;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

pub const MODEL_VERSION: u64 = 1;
/// Largest binding document accepted.
pub const MAX_JSON: usize = 16 << 20;
const MAX_BINDINGS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combine {
    Worst,
    Best,
    First,
    Last,
}

/// What a colour rule paints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Fill,
    Stroke,
    Font,
    LabelBackground,
    LabelBorder,
    Gradient,
    ImageBackground,
    ImageBorder,
}

pub const TARGETS: &[(&str, Target)] = &[
    ("fill", Target::Fill),
    ("stroke", Target::Stroke),
    ("font", Target::Font),
    ("labelBackground", Target::LabelBackground),
    ("labelBorder", Target::LabelBorder),
    ("gradient", Target::Gradient),
    ("imageBackground", Target::ImageBackground),
    ("imageBorder", Target::ImageBorder),
];

#[derive(Debug, Clone)]
pub struct ColorRule {
    pub targets: Vec<Target>,
    pub when: When,
}

/// A linear map from a value range to an output range, clamped.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub from: f64,
    pub to: f64,
    pub min: f64,
    pub max: f64,
}

impl Scale {
    pub fn map(&self, v: f64) -> f64 {
        let t = if self.to != self.from {
            ((v - self.from) / (self.to - self.from)).clamp(0.0, 1.0)
        } else {
            1.0
        };
        self.min + (self.max - self.min) * t
    }
}

#[derive(Debug, Clone)]
pub struct EdgeRule {
    /// Colour the line and arrows by level.
    pub color: bool,
    pub width: Option<Scale>,
    /// |value| → speed in px/s; the sign gives the direction.
    pub flow: Option<Scale>,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub id: String,
    pub cells: Vec<usize>,
    /// None: a binding with no data (links only).
    pub series: Option<SeriesSpec>,
    pub reducer: Reducer,
    pub thresholds: Option<Thresholds>,
    pub mappings: Vec<Mapping>,
    pub color: Option<ColorRule>,
    pub text: Option<TextRule>,
    pub edge: Option<EdgeRule>,
    pub blink: When,
    pub links: Vec<LinkTemplate>,
    pub tooltip: bool,
    /// Level when no series or no value (None: the cell shows as drawn).
    pub no_data: Option<usize>,
    pub unit: Option<Unit>,
    pub decimals: Option<u32>,
    /// Whether its series count toward the node's anomaly score (dependency analysis).
    pub anomaly: super::anomaly::AnomalyRule,
}

#[derive(Debug, Clone)]
pub struct Traces {
    pub datasource_uid: String,
    pub kind: String,
    pub service_attr: Option<String>,
    pub label_map: HashMap<String, String>,
}

/// The result of compiling a binding document.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub levels: Levels,
    pub combine: Combine,
    pub bindings: Vec<Binding>,
    pub cell_links: HashMap<usize, Vec<LinkTemplate>>,
    pub traces: Option<Traces>,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

/// What `setBindings` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub ok: bool,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
    /// Bindings that compiled and apply.
    pub bindings: usize,
    /// Bindings skipped because of errors.
    pub skipped: usize,
}

impl Compiled {
    pub fn empty(theme: &Theme) -> Compiled {
        Compiled {
            levels: Levels::default_for(theme),
            combine: Combine::Worst,
            bindings: Vec::new(),
            cell_links: HashMap::new(),
            traces: None,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    pub fn report(&self, skipped: usize) -> Report {
        Report {
            ok: self.errors.is_empty(),
            errors: self.errors.clone(),
            warnings: self.warnings.clone(),
            bindings: self.bindings.len(),
            skipped,
        }
    }
}

const TOP_KEYS: &[&str] = &[
    "version",
    "levels",
    "combine",
    "bindings",
    "cellLinks",
    "traces",
];
const BINDING_KEYS: &[&str] = &[
    "id",
    "disabled",
    "cells",
    "series",
    "reducer",
    "thresholds",
    "mappings",
    "color",
    "text",
    "edge",
    "blink",
    "links",
    "tooltip",
    "noData",
    "unit",
    "decimals",
    "anomaly",
];

/// Compile a binding document against a diagram. Returns the compiled set and how many
/// bindings were skipped.
pub fn compile(
    json: &str,
    model: &Model,
    ids: &HashMap<String, usize>,
    theme: &Theme,
) -> (Compiled, usize) {
    let mut out = Compiled::empty(theme);
    let mut errs = Issues::default();
    let mut warns = Issues::default();
    if json.len() > MAX_JSON {
        errs.push(
            "",
            format!("the bindings are larger than {} MB", MAX_JSON >> 20),
        );
        out.errors = errs.list;
        return (out, 0);
    }
    let doc: Value = if json.trim().is_empty() {
        Value::Object(Default::default())
    } else {
        match serde_json::from_str(json) {
            Ok(v) => v,
            Err(e) => {
                errs.push("", format!("not valid JSON: {}", one_line(&e.to_string())));
                out.errors = errs.list;
                return (out, 0);
            }
        }
    };
    let Some(top) = Obj::new(&doc, "", TOP_KEYS, &mut errs) else {
        out.errors = errs.list;
        return (out, 0);
    };
    match top.get("version") {
        None => warns.push("version", format!("missing; assuming {}", MODEL_VERSION)),
        Some(Value::Number(n)) if n.as_u64() == Some(MODEL_VERSION) => {}
        Some(v) => errs.push(
            "version",
            format!(
                "unsupported version {} (this core reads version {})",
                super::json::show(v),
                MODEL_VERSION
            ),
        ),
    }
    out.levels = Levels::compile(top.get("levels"), theme, &mut errs);
    out.combine = match top.choice("combine", &["worst", "best", "first", "last"], &mut errs) {
        Some("best") => Combine::Best,
        Some("first") => Combine::First,
        Some("last") => Combine::Last,
        _ => Combine::Worst,
    };

    let mut skipped = 0;
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut cells = Cells::new(model, ids);
    let empty = Vec::new();
    let list = top.arr("bindings", &mut errs).unwrap_or(&empty);
    if list.len() > MAX_BINDINGS {
        errs.push(
            "bindings",
            format!("more than {} bindings; the rest are ignored", MAX_BINDINGS),
        );
    }
    for (i, b) in list.iter().enumerate().take(MAX_BINDINGS) {
        let path = index("bindings", i);
        let before = errs.len();
        // Ids are unique across all bindings, compiled or not.
        let id = match b.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => format!("binding-{}", i + 1),
        };
        if let Some(&first) = seen.get(&id) {
            errs.push(
                &child(&path, "id"),
                format!(
                    "id \"{}\" is already used by bindings[{}]",
                    one_line(&id),
                    first
                ),
            );
            skipped += 1;
            continue;
        }
        seen.insert(id, i);
        let compiled = compile_binding(
            b,
            &path,
            i,
            &mut cells,
            theme,
            &out.levels,
            &mut errs,
            &mut warns,
        );
        match compiled {
            Some(Some(binding)) if errs.len() == before => {
                // Check per-cell series templates now: a missing attribute is worth a warning.
                if let Some(spec) = &binding.series {
                    if spec.per_cell() {
                        let missing: Vec<&str> = binding
                            .cells
                            .iter()
                            .filter(|&&c| spec.check_cell(model, c).is_err())
                            .map(|&c| model.cells[c].id.as_str())
                            .take(5)
                            .collect();
                        if !missing.is_empty() {
                            warns.push(&child(&path, "series"), format!("some cells lack a variable the series selector uses (e.g. {}); they get no data", missing.join(", ")));
                        }
                    }
                }
                out.bindings.push(binding);
            }
            Some(None) => {} // disabled
            _ => skipped += 1,
        }
    }

    if let Some(cl) = top.get("cellLinks") {
        let p = "cellLinks";
        match cl {
            Value::Object(map) => {
                for (id, links) in map {
                    let lp = child(p, id);
                    let Some(&cell) = ids.get(id) else {
                        warns.push(&lp, format!("no cell has id \"{}\"", one_line(id)));
                        continue;
                    };
                    if let Some(l) = links::compile_all(links, &lp, &out.levels, &mut errs) {
                        out.cell_links.entry(cell).or_default().extend(l);
                    }
                }
            }
            _ => errs.push(p, "expected an object: cell id → links"),
        }
    }
    if let Some(t) = top.get("traces") {
        out.traces = compile_traces(t, &mut errs);
    }
    out.errors = errs.list;
    out.warnings = warns.list;
    (out, skipped)
}

fn compile_traces(v: &Value, errs: &mut Issues) -> Option<Traces> {
    let o = Obj::new(
        v,
        "traces",
        &["datasourceUid", "type", "serviceAttr", "labelMap"],
        errs,
    )?;
    let kind = o
        .choice("type", &["tempo", "jaeger", "zipkin"], errs)
        .unwrap_or("tempo")
        .to_string();
    let Some(uid) = o.str("datasourceUid", errs) else {
        errs.push("traces", "traces needs a datasourceUid");
        return None;
    };
    let mut label_map = HashMap::new();
    if let Some(m) = o.get("labelMap") {
        match m {
            Value::Object(map) => {
                for (k, v) in map {
                    match v {
                        Value::String(s) => {
                            label_map.insert(k.clone(), s.clone());
                        }
                        _ => errs.push(&child("traces.labelMap", k), "expected a service name"),
                    }
                }
            }
            _ => errs.push(
                "traces.labelMap",
                "expected an object: cell label or id → service name",
            ),
        }
    }
    Some(Traces {
        datasource_uid: uid.to_string(),
        kind,
        service_attr: o.str("serviceAttr", errs).map(str::to_string),
        label_map,
    })
}

fn parse_targets(v: &Value, path: &str, errs: &mut Issues) -> Vec<Target> {
    let names: Vec<(String, String)> = match v {
        Value::String(s) => vec![(s.clone(), path.to_string())],
        Value::Array(a) => a
            .iter()
            .enumerate()
            .filter_map(|(i, x)| match x {
                Value::String(s) => Some((s.clone(), index(path, i))),
                _ => {
                    errs.push(&index(path, i), "expected a target name");
                    None
                }
            })
            .collect(),
        _ => {
            errs.push(path, "expected a target name or an array of them");
            vec![]
        }
    };
    let mut out = Vec::new();
    for (n, p) in names {
        match TARGETS.iter().find(|(k, _)| *k == n) {
            Some((_, t)) if !out.contains(t) => out.push(*t),
            Some(_) => {}
            None => {
                let all: Vec<&str> = TARGETS.iter().map(|(k, _)| *k).collect();
                errs.push(
                    &p,
                    format!(
                        "unknown colour target \"{}\" (targets: {})",
                        one_line(&n),
                        all.join(", ")
                    ),
                );
            }
        }
    }
    out
}

fn compile_scale(
    v: &Value,
    path: &str,
    keys: [&str; 4],
    defaults: [f64; 4],
    errs: &mut Issues,
) -> Option<Scale> {
    let o = Obj::new(v, path, &keys, errs)?;
    let g = |k: &str, d: f64, errs: &mut Issues| o.num(k, errs).unwrap_or(d);
    let s = Scale {
        from: g(keys[0], defaults[0], errs),
        to: g(keys[1], defaults[1], errs),
        min: g(keys[2], defaults[2], errs),
        max: g(keys[3], defaults[3], errs),
    };
    if s.min < 0.0 || s.max < 0.0 {
        errs.push(path, "sizes and speeds must not be negative");
        return None;
    }
    Some(s)
}

/// Some(None): disabled binding.
#[allow(clippy::too_many_arguments)]
fn compile_binding(
    v: &Value,
    path: &str,
    i: usize,
    sel: &mut Cells,
    theme: &Theme,
    levels: &Levels,
    errs: &mut Issues,
    warns: &mut Issues,
) -> Option<Option<Binding>> {
    let model = sel.model;
    let o = Obj::new(v, path, BINDING_KEYS, errs)?;
    let id = o
        .text("id", errs)
        .unwrap_or_else(|| format!("binding-{}", i + 1));
    if o.bool("disabled", errs) == Some(true) {
        return Some(None);
    }
    let cells = match o.get("cells") {
        Some(c) => select_cells(c, &o.at("cells"), sel, errs).unwrap_or_default(),
        None => {
            errs.push(path, "a binding needs cells (an id or a selector)");
            vec![]
        }
    };
    if cells.is_empty() && o.get("cells").is_some() {
        warns.push(&o.at("cells"), "matches no cell in this diagram");
    }
    let series = o
        .get("series")
        .and_then(|s| SeriesSpec::compile(s, &o.at("series"), errs));
    let reducer = match o.str("reducer", errs) {
        Some(r) => Reducer::parse(r)
            .map_err(|e| errs.push(&o.at("reducer"), e))
            .ok()?,
        None => Reducer::LastNotNull,
    };
    let thresholds = o
        .get("thresholds")
        .and_then(|t| Thresholds::compile(t, &o.at("thresholds"), levels, theme, errs));
    let mappings = o
        .get("mappings")
        .and_then(|m| mapping::compile_all(m, &o.at("mappings"), levels, theme, errs))
        .unwrap_or_default();
    let color = o.get("color").and_then(|c| {
        let cp = o.at("color");
        match c {
            Value::String(_) | Value::Array(_) => Some(ColorRule {
                targets: parse_targets(c, &cp, errs),
                when: When::Always,
            }),
            _ => {
                let co = Obj::new(c, &cp, &["targets", "when"], errs)?;
                let targets = match co.get("targets") {
                    Some(t) => parse_targets(t, &co.at("targets"), errs),
                    None => vec![Target::Fill],
                };
                let when = co
                    .get("when")
                    .and_then(|w| When::compile(w, &co.at("when"), levels, errs))
                    .unwrap_or(When::Always);
                Some(ColorRule { targets, when })
            }
        }
    });
    let text = o
        .get("text")
        .and_then(|t| TextRule::compile(t, &o.at("text"), levels, errs));
    let edge = o.get("edge").and_then(|e| {
        let ep = o.at("edge");
        let eo = Obj::new(e, &ep, &["color", "width", "flow"], errs)?;
        let width = eo.get("width").and_then(|w| {
            compile_scale(
                w,
                &eo.at("width"),
                ["from", "to", "min", "max"],
                [0.0, 100.0, 1.0, 6.0],
                errs,
            )
        });
        let flow = eo.get("flow").and_then(|f| {
            compile_scale(
                f,
                &eo.at("flow"),
                ["speedFrom", "speedTo", "minSpeed", "maxSpeed"],
                [0.0, 100.0, 10.0, 120.0],
                errs,
            )
        });
        Some(EdgeRule {
            color: eo.bool("color", errs).unwrap_or(false),
            width,
            flow,
        })
    });
    if edge.is_some()
        && !cells.is_empty()
        && cells.iter().all(|&c| model.cells[c].kind != CellKind::Edge)
    {
        warns.push(
            &o.at("edge"),
            "edge settings, but the binding matches no edge",
        );
    }
    let blink = o
        .get("blink")
        .and_then(|b| When::compile(b, &o.at("blink"), levels, errs))
        .unwrap_or(When::Never);
    let links = o
        .get("links")
        .and_then(|l| links::compile_all(l, &o.at("links"), levels, errs))
        .unwrap_or_default();
    let no_data = o
        .str("noData", errs)
        .and_then(|l| levels.lookup(l, &o.at("noData"), errs));
    let unit = text::unit(&o, errs);
    let decimals = text::decimals(&o, errs);
    let tooltip = o.bool("tooltip", errs).unwrap_or(true);
    let anomaly = super::anomaly::AnomalyRule::compile(o.get("anomaly"), &o.at("anomaly"), thresholds.as_ref(), errs);
    if series.is_none()
        && o.get("series").is_none()
        && (thresholds.is_some() || text.is_some() || color.is_some())
    {
        warns.push(path, "no series selector: this binding never gets data");
    }
    Some(Some(Binding {
        id,
        cells,
        series,
        reducer,
        thresholds,
        mappings,
        color,
        text,
        edge,
        blink,
        links,
        tooltip,
        no_data,
        unit,
        decimals,
        anomaly,
    }))
}

/// A diagram for tests of the binding compiler and selectors, with its id map.
#[cfg(test)]
pub(crate) fn test_model(xml: &str) -> (Model, HashMap<String, usize>) {
    let m = crate::model::parse_model(
        xml,
        &crate::style::Stylesheet::default(),
        &crate::model::PageContext::default(),
        &crate::model::Limits::default(),
    )
    .unwrap();
    let ids = m
        .cells
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.clone(), i))
        .collect();
    (m, ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> (Model, HashMap<String, usize>) {
        test_model(
            r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
            <UserObject id="svc" label="Checkout" service="checkout" tags="web critical"><mxCell style="rounded=1" vertex="1" parent="1"><mxGeometry x="0" y="0" width="80" height="40" as="geometry"/></mxCell></UserObject>
            <mxCell id="db" value="DB" style="shape=cylinder" vertex="1" parent="1"><mxGeometry x="200" y="0" width="60" height="60" as="geometry"/></mxCell>
            <mxCell id="e1" edge="1" source="svc" target="db" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
            </root></mxGraphModel>"#,
        )
    }

    fn errors(json: &str) -> Vec<String> {
        let (m, ids) = model();
        compile(json, &m, &ids, &Theme::light())
            .0
            .errors
            .iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn compile_errors_name_their_path() {
        let e = errors(
            r#"{"version": 1, "bindings": [
            {"id": "a", "cells": "svc", "series": {"refId": "A"}, "reducer": "avrage"},
            {"id": "b", "cells": {"labelRegex": "("}, "series": {}},
            {"id": "c", "cells": "svc", "series": {"nameRegex": "x"}, "color": {"targets": ["fil"]}, "text": {"unit": "msecs"}},
            {"id": "a", "cells": "db", "series": {}},
            {"id": "d", "cells": "db", "series": {}, "thresholds": {"steps": [{"value": 1, "level": "critical"}]}, "links": [{"url": "javascript:x"}]},
            {"id": "e", "cells": "db", "bogus": 1}
        ]}"#,
        );
        let want = [
            "bindings[0].reducer: unknown reducer \"avrage\"",
            "bindings[1].cells.labelRegex: invalid regex",
            "bindings[2].color.targets[0]: unknown colour target \"fil\"",
            "bindings[2].text.unit: unknown unit \"msecs\"",
            "bindings[3].id: id \"a\" is already used by bindings[0]",
            "bindings[4].thresholds.steps[0].level: unknown level \"critical\"",
            "bindings[4].links[0].url: only http(s) and relative URLs are allowed",
            "bindings[5].bogus: unknown key",
        ];
        for w in want {
            assert!(
                e.iter().any(|x| x.starts_with(w)),
                "missing {w:?} in {e:#?}"
            );
        }
    }

    #[test]
    fn selects_cells_by_every_selector() {
        let (m, ids) = model();
        let n = |sel: &str| {
            let (c, _) = compile(
                &format!(r#"{{"version":1,"bindings":[{{"cells":{}}}]}}"#, sel),
                &m,
                &ids,
                &Theme::light(),
            );
            assert!(c.errors.is_empty(), "{:?}", c.errors);
            c.bindings[0]
                .cells
                .iter()
                .map(|&i| m.cells[i].id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(n(r#""svc""#), ["svc"]);
        assert_eq!(n(r#"{"id": ["db", "nope"]}"#), ["db"]);
        assert_eq!(n(r#"{"label": "Checkout"}"#), ["svc"]);
        assert_eq!(n(r#"{"labelRegex": "^D"}"#), ["db"]);
        assert_eq!(n(r#"{"attr": {"service": "*"}}"#), ["svc"]);
        assert_eq!(n(r#"{"attr": {"service": {"regex": "^check"}}}"#), ["svc"]);
        assert_eq!(n(r#"{"tag": "critical"}"#), ["svc"]);
        assert_eq!(n(r#"{"kind": "edge"}"#), ["e1"]);
        assert_eq!(n(r#"{"container": "1"}"#), ["svc", "db", "e1"]);
        assert_eq!(n(r#"[{"id": "db"}, {"kind": "edge"}]"#), ["db", "e1"]);
    }

    #[test]
    fn bad_json_and_versions() {
        assert!(errors("{").iter().any(|e| e.starts_with("not valid JSON")));
        assert!(errors(r#"{"version": 2}"#)
            .iter()
            .any(|e| e.starts_with("version: unsupported version 2")));
        assert!(errors(r#"[]"#)
            .iter()
            .any(|e| e.contains("expected an object")));
        assert!(errors(
            r##"{"version":1,"levels":[{"name":"ok","color":"#0f0"},{"name":"ok","color":"red"}]}"##
        )
        .iter()
        .any(|e| e.contains("listed twice")));
    }
}
