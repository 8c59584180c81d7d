//! A Grafana dashboard's Faultline panel, outside Grafana: which panel, its options and queries,
//! the dashboard's variables and time range. `query` fetches the panel's data (from Grafana's
//! `/api/ds/query` or straight from Prometheus) into the frames the binding engine reads.
//! Native only: the browser gets all of this from Grafana itself.

pub mod frames;
pub mod query;
pub mod render;
pub mod time;

use serde_json::Value;

/// The Faultline panel's plugin id, and Flowcharting's (imported on the fly, as in the panel).
pub const PANEL_TYPE: &str = "faultline-diagram-panel";

/// One panel of a dashboard, with what is needed to draw it.
#[derive(Debug, Clone)]
pub struct PanelSpec {
    pub id: u64,
    pub title: String,
    pub options: Value,
    /// The panel's queries, hidden ones removed, each with its data source resolved.
    pub targets: Vec<Value>,
    pub max_data_points: Option<u32>,
    pub min_interval: Option<String>,
    /// The dashboard's time range (`from`, `to`, Grafana syntax) and variables.
    pub time: (String, String),
    pub vars: Vars,
    pub dashboard_uid: String,
}

/// Dashboard variables: name → current values.
#[derive(Debug, Clone, Default)]
pub struct Vars(pub Vec<(String, Vec<String>)>);

/// Reads a dashboard (the JSON model, or the `{"dashboard": …}` answer of Grafana's
/// `/api/dashboards/uid/…`) and picks the panel `id`.
pub fn load_panel(json: &str, id: u64) -> Result<PanelSpec, String> {
    let root: Value =
        serde_json::from_str(json).map_err(|e| format!("dashboard is not valid JSON: {}", e))?;
    let dash = root
        .get("dashboard")
        .filter(|d| d.is_object())
        .unwrap_or(&root);
    if !dash.is_object() {
        return Err("dashboard JSON is not an object".into());
    }
    let panel = find_panel(dash, id).cloned().ok_or_else(|| {
        let ids = panel_ids(dash);
        format!(
            "dashboard has no panel with id {} (panel ids: {})",
            id,
            if ids.is_empty() { "none".to_string() } else { ids.iter().map(u64::to_string).collect::<Vec<_>>().join(", ") }
        )
    })?;
    let kind = panel.get("type").and_then(Value::as_str).unwrap_or("");
    if kind != PANEL_TYPE {
        return Err(format!(
            "panel {} is a \"{}\" panel, not a Faultline panel ({})",
            id, kind, PANEL_TYPE
        ));
    }
    let panel_ds = panel.get("datasource").cloned().unwrap_or(Value::Null);
    let targets = panel
        .get("targets")
        .and_then(Value::as_array)
        .map(|ts| {
            ts.iter()
                .filter(|t| !t.get("hide").and_then(Value::as_bool).unwrap_or(false))
                .map(|t| {
                    let mut t = t.clone();
                    let own = t.get("datasource").filter(|d| !d.is_null()).cloned();
                    // A query without its own data source uses the panel's (as Grafana does).
                    if let (Some(obj), None) = (t.as_object_mut(), own) {
                        obj.insert("datasource".into(), panel_ds.clone());
                    }
                    t
                })
                .collect()
        })
        .unwrap_or_default();
    let time = dash.get("time");
    let tstr = |k: &str, d: &str| {
        time.and_then(|t| t.get(k))
            .and_then(Value::as_str)
            .unwrap_or(d)
            .to_string()
    };
    Ok(PanelSpec {
        id,
        title: panel
            .get("title")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        options: panel.get("options").cloned().unwrap_or(Value::Null),
        targets,
        max_data_points: panel
            .get("maxDataPoints")
            .and_then(Value::as_u64)
            .map(|n| n.min(100_000) as u32),
        min_interval: panel
            .get("interval")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        time: (tstr("from", "now-6h"), tstr("to", "now")),
        vars: Vars::from_dashboard(dash),
        dashboard_uid: dash
            .get("uid")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
    })
}

/// Every panel: top level, inside collapsed rows (`panels[].panels`) and old `rows[].panels`.
pub fn panels(dash: &Value) -> Vec<&Value> {
    fn walk<'a>(list: Option<&'a Value>, out: &mut Vec<&'a Value>) {
        for p in list.and_then(Value::as_array).into_iter().flatten() {
            out.push(p);
            walk(p.get("panels"), out);
        }
    }
    let mut out = Vec::new();
    walk(dash.get("panels"), &mut out);
    for row in dash.get("rows").and_then(Value::as_array).into_iter().flatten() {
        walk(row.get("panels"), &mut out);
    }
    out
}

pub fn find_panel(dash: &Value, id: u64) -> Option<&Value> {
    panels(dash).into_iter().find(|p| p.get("id").and_then(Value::as_u64) == Some(id))
}

/// Panel ids, sorted (for messages naming what exists).
pub fn panel_ids(dash: &Value) -> Vec<u64> {
    let mut ids: Vec<u64> = panels(dash).iter().filter_map(|p| p.get("id").and_then(Value::as_u64)).collect();
    ids.sort_unstable();
    ids
}

impl Vars {
    /// `templating.list[].current`: the values the dashboard was saved with.
    pub fn from_dashboard(dash: &Value) -> Vars {
        let mut out = Vec::new();
        for v in dash
            .pointer("/templating/list")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(name) = v.get("name").and_then(Value::as_str) else {
                continue;
            };
            let cur = v.pointer("/current/value").or_else(|| v.get("query"));
            let values = match cur {
                Some(Value::Array(a)) => a.iter().map(scalar).collect(),
                Some(other) => vec![scalar(other)],
                None => Vec::new(),
            };
            out.push((name.to_string(), values));
        }
        Vars(out)
    }

    /// Sets (or adds) a variable, e.g. from `--var name=value`.
    pub fn set(&mut self, name: &str, values: Vec<String>) {
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = values,
            None => self.0.push((name.to_string(), values)),
        }
    }

    fn get(&self, name: &str) -> Option<&[String]> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }

    /// Grafana's variable syntax: `$name`, `${name}`, `${name:format}`, `[[name]]`. Several values
    /// are joined per format: `regex` → `(a|b)` (what Prometheus queries get), `pipe`, `csv`,
    /// `raw` and the default glob `{a,b}`. `$__all`/`All` stand for every value (`.*` in regex).
    /// Unknown names stay as written, as in Grafana.
    pub fn interpolate(&self, text: &str, default_format: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find(['$', '[']) {
            out.push_str(&rest[..at]);
            let tail = &rest[at..];
            let (name, format, used) = if let Some(body) = tail.strip_prefix("${") {
                match body.find('}') {
                    Some(end) => {
                        let inner = &body[..end];
                        let (n, f) = inner.split_once(':').unwrap_or((inner, ""));
                        (n, f, end + 3)
                    }
                    None => ("", "", 0),
                }
            } else if let Some(body) = tail.strip_prefix("[[") {
                match body.find("]]") {
                    Some(end) => {
                        let inner = &body[..end];
                        let (n, f) = inner.split_once(':').unwrap_or((inner, ""));
                        (n, f, end + 4)
                    }
                    None => ("", "", 0),
                }
            } else if let Some(body) = tail.strip_prefix('$') {
                let len = body
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(body.len());
                (&body[..len], "", len + 1)
            } else {
                ("", "", 0)
            };
            match (used, self.get(name)) {
                (n, Some(values)) if n > 0 && !name.is_empty() => {
                    let format = if format.is_empty() {
                        default_format
                    } else {
                        format
                    };
                    out.push_str(&format_values(values, format));
                    rest = &tail[used..];
                }
                _ => {
                    let ch = tail.chars().next().map(char::len_utf8).unwrap_or(1);
                    out.push_str(&tail[..ch]);
                    rest = &tail[ch..];
                }
            }
        }
        out.push_str(rest);
        out
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn format_values(values: &[String], format: &str) -> String {
    let all = values.iter().any(|v| v == "$__all" || v == "All");
    match format {
        "regex" => {
            if all {
                return ".*".into();
            }
            let esc: Vec<String> = values.iter().map(|v| regex_escape(v)).collect();
            if esc.len() == 1 {
                esc[0].clone()
            } else {
                format!("({})", esc.join("|"))
            }
        }
        "pipe" => values.join("|"),
        "csv" => values.join(","),
        "raw" => values.join(","),
        _ => {
            if values.len() == 1 {
                values[0].clone()
            } else {
                format!("{{{}}}", values.join(","))
            }
        }
    }
}

fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\^$.|?*+()[]{}/-".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DASH: &str = r#"{"dashboard": {"uid": "d1", "time": {"from": "now-1h", "to": "now"},
      "templating": {"list": [{"name": "env", "current": {"value": "prod"}},
                               {"name": "svc", "current": {"value": ["checkout", "cart.v2"]}}]},
      "panels": [{"id": 1, "type": "timeseries"},
                 {"id": 9, "type": "row", "collapsed": true, "panels": [
                    {"id": 4, "type": "faultline-diagram-panel", "title": "Shop",
                     "datasource": {"type": "prometheus", "uid": "prom"},
                     "options": {"source": {"kind": "text", "text": "<mxGraphModel/>"}},
                     "targets": [{"refId": "A", "expr": "up"}, {"refId": "B", "expr": "x", "hide": true},
                                 {"refId": "C", "expr": "y", "datasource": {"type": "loki", "uid": "l"}}]}]}]}}"#;

    #[test]
    fn finds_a_panel_inside_a_collapsed_row_with_its_queries() {
        let p = load_panel(DASH, 4).unwrap();
        assert_eq!(p.title, "Shop");
        assert_eq!(p.dashboard_uid, "d1");
        assert_eq!(p.time, ("now-1h".to_string(), "now".to_string()));
        assert_eq!(p.targets.len(), 2, "the hidden query is dropped");
        assert_eq!(
            p.targets[0]["datasource"]["uid"], "prom",
            "inherits the panel's data source"
        );
        assert_eq!(p.targets[1]["datasource"]["uid"], "l", "keeps its own");
    }

    #[test]
    fn names_the_problem_with_a_wrong_panel() {
        assert_eq!(
            load_panel(DASH, 7).unwrap_err(),
            "dashboard has no panel with id 7 (panel ids: 1, 4, 9)"
        );
        assert!(load_panel(DASH, 1)
            .unwrap_err()
            .contains("\"timeseries\" panel, not a Faultline panel"));
        assert!(load_panel("{", 1)
            .unwrap_err()
            .starts_with("dashboard is not valid JSON"));
    }

    #[test]
    fn interpolates_variables_like_grafana() {
        let p = load_panel(DASH, 4).unwrap();
        let v = &p.vars;
        assert_eq!(
            v.interpolate("up{env=\"$env\"}", "regex"),
            "up{env=\"prod\"}"
        );
        assert_eq!(
            v.interpolate("rate(x{svc=~\"${svc}\"}[5m])", "regex"),
            "rate(x{svc=~\"(checkout|cart\\.v2)\"}[5m])"
        );
        assert_eq!(
            v.interpolate("/d/[[env]]?s=${svc:csv}", "glob"),
            "/d/prod?s=checkout,cart.v2"
        );
        assert_eq!(v.interpolate("${svc}", "glob"), "{checkout,cart.v2}");
        assert_eq!(
            v.interpolate("$unknown and $ alone, ${open", "glob"),
            "$unknown and $ alone, ${open"
        );
        let mut v = v.clone();
        v.set("env", vec!["$__all".into()]);
        assert_eq!(v.interpolate("$env", "regex"), ".*");
    }
}
