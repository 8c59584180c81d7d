//! The panel's queries, run the way Grafana runs them: through Grafana's `/api/ds/query` with a
//! service-account token, or straight against Prometheus's HTTP API. Either way the result is
//! data frames shaped like the ones Grafana hands the panel.

use super::frames::{Field, Frame, FrameSet, Values};
use super::{PanelSpec, Vars};
use serde_json::{json, Value};
use std::time::Duration;

/// Where the data comes from.
pub enum Source {
    /// Grafana's base URL (e.g. `https://grafana.example.com`) and a service-account token.
    Grafana { url: String, token: String },
    /// Prometheus's base URL; every query is sent to it, whatever data source the panel names.
    Prometheus { url: String },
}

#[derive(Debug, Clone, Copy)]
pub struct Range {
    pub from_ms: f64,
    pub to_ms: f64,
}

/// Largest answer read from a server.
const MAX_BODY: u64 = 64 << 20;

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .http_status_as_error(false)
        .build()
        .into()
}

/// The query interval, as Grafana computes it: the range over the panel's data points, at least
/// the panel's min interval, rounded up to whole seconds.
pub fn interval_ms(spec: &PanelSpec, range: Range, width_px: u32) -> f64 {
    let points = spec.max_data_points.unwrap_or(width_px.max(1)).max(1) as f64;
    let min = spec
        .min_interval
        .as_deref()
        .and_then(|s| duration_ms(s.trim_start_matches('>')))
        .unwrap_or(1e3);
    (((range.to_ms - range.from_ms) / points).max(min) / 1e3).ceil() * 1e3
}

/// `15s`, `1m`, `2h` → ms.
fn duration_ms(s: &str) -> Option<f64> {
    let digits = s.find(|c: char| !c.is_ascii_digit() && c != '.')?;
    let n: f64 = s[..digits].parse().ok()?;
    let unit = match &s[digits..] {
        "ms" => 1.0,
        "s" => 1e3,
        "m" => 60e3,
        "h" => 3600e3,
        "d" => 86_400e3,
        _ => return None,
    };
    Some(n * unit)
}

fn fmt_duration(ms: f64) -> String {
    format!("{}s", (ms / 1e3).round().max(1.0) as i64)
}

/// Runs every query of the panel. A query that fails is a note, not a failure: the diagram is still
/// drawn with what arrived, as the panel does.
pub fn fetch(spec: &PanelSpec, source: &Source, range: Range, width_px: u32) -> FrameSet {
    let step = interval_ms(spec, range, width_px);
    let mut vars = spec.vars.clone();
    // Built-ins Grafana's query layer expands before a data source sees the query.
    vars.set("__interval", vec![fmt_duration(step)]);
    vars.set("__interval_ms", vec![format!("{}", step as i64)]);
    vars.set(
        "__rate_interval",
        vec![fmt_duration((step + 15e3).max(60e3))],
    );
    vars.set("__range", vec![fmt_duration(range.to_ms - range.from_ms)]);
    vars.set(
        "__range_s",
        vec![format!(
            "{}",
            ((range.to_ms - range.from_ms) / 1e3).round() as i64
        )],
    );
    let mut set = FrameSet::default();
    if spec.targets.is_empty() {
        set.notes.push(format!(
            "panel {} has no queries: the diagram is drawn without data",
            spec.id
        ));
        return set;
    }
    match source {
        Source::Grafana { url, token } => {
            grafana(spec, url, token, &vars, range, step, width_px, &mut set)
        }
        Source::Prometheus { url } => {
            for t in &spec.targets {
                prometheus(t, url, &vars, range, step, &mut set);
            }
        }
    }
    set
}

fn interpolate_value(v: &Value, vars: &Vars, format: &str) -> Value {
    match v {
        Value::String(s) => Value::String(vars.interpolate(s, format)),
        Value::Array(a) => Value::Array(
            a.iter()
                .map(|x| interpolate_value(x, vars, format))
                .collect(),
        ),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| (k.clone(), interpolate_value(x, vars, format)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn ds_type(t: &Value) -> &str {
    t.pointer("/datasource/type")
        .and_then(Value::as_str)
        .unwrap_or("")
}

#[allow(clippy::too_many_arguments)]
fn grafana(
    spec: &PanelSpec,
    base: &str,
    token: &str,
    vars: &Vars,
    range: Range,
    step: f64,
    width_px: u32,
    set: &mut FrameSet,
) {
    let queries: Vec<Value> = spec
        .targets
        .iter()
        .map(|t| {
            // Prometheus and Loki queries get multi-values as a regex, as their data sources do.
            let format = if matches!(ds_type(t), "prometheus" | "loki") {
                "regex"
            } else {
                "glob"
            };
            let mut q = interpolate_value(t, vars, format);
            if let Some(o) = q.as_object_mut() {
                o.insert("intervalMs".into(), json!(step));
                o.insert(
                    "maxDataPoints".into(),
                    json!(spec.max_data_points.unwrap_or(width_px.max(1))),
                );
            }
            q
        })
        .collect();
    let body = json!({
        "queries": queries,
        "from": format!("{}", range.from_ms as i64),
        "to": format!("{}", range.to_ms as i64),
    });
    let url = format!("{}/api/ds/query", base.trim_end_matches('/'));
    let answer = agent()
        .post(&url)
        .header("Authorization", &format!("Bearer {}", token))
        .header("Content-Type", "application/json")
        .send(body.to_string());
    let text = match read(answer) {
        Ok(t) => t,
        Err(e) => {
            set.notes.push(format!("Grafana {}: {}", url, e));
            return;
        }
    };
    let v: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            set.notes.push(format!(
                "Grafana {} answered something that is not JSON: {}",
                url, e
            ));
            return;
        }
    };
    let Some(results) = v.get("results").and_then(Value::as_object) else {
        let msg = v
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or("no \"results\"");
        set.notes.push(format!("Grafana {}: {}", url, msg));
        return;
    };
    for (ref_id, r) in results {
        if let Some(err) = r
            .get("error")
            .and_then(Value::as_str)
            .filter(|e| !e.is_empty())
        {
            set.notes.push(format!("query {}: {}", ref_id, err));
        }
        for f in r
            .get("frames")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            match grafana_frame(ref_id, f) {
                Ok(frame) => set.frames.push(frame),
                Err(e) => set.notes.push(format!("query {}: {}", ref_id, e)),
            }
        }
    }
}

/// One frame of Grafana's data-frame JSON (`schema` + `data.values`, with `entities` for NaN/±Inf).
fn grafana_frame(ref_id: &str, f: &Value) -> Result<Frame, String> {
    let schema = f.get("schema").ok_or("a frame without a schema")?;
    let name = schema
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let ref_id = schema
        .get("refId")
        .and_then(Value::as_str)
        .unwrap_or(ref_id)
        .to_string();
    let empty = Vec::new();
    let values = f
        .pointer("/data/values")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let entities = f.pointer("/data/entities").and_then(Value::as_array);
    let mut fields = Vec::new();
    for (i, sf) in schema
        .get("fields")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let col = values.get(i).and_then(Value::as_array).unwrap_or(&empty);
        let kind = sf.get("type").and_then(Value::as_str).unwrap_or("");
        let nums = || -> Vec<f64> {
            let mut v: Vec<f64> = col
                .iter()
                .map(|x| match x {
                    Value::Bool(b) => *b as u8 as f64,
                    other => other.as_f64().unwrap_or(f64::NAN),
                })
                .collect();
            if let Some(ent) = entities.and_then(|e| e.get(i)).filter(|e| e.is_object()) {
                for (key, val) in [
                    ("NaN", f64::NAN),
                    ("Inf", f64::INFINITY),
                    ("NegInf", f64::NEG_INFINITY),
                ] {
                    for idx in ent.get(key).and_then(Value::as_array).into_iter().flatten() {
                        if let Some(slot) = idx.as_u64().and_then(|k| v.get_mut(k as usize)) {
                            *slot = val;
                        }
                    }
                }
            }
            v
        };
        let values = match kind {
            "time" => Values::Time(nums()),
            "number" | "boolean" => Values::Number(nums()),
            _ => Values::Text(
                col.iter()
                    .map(|x| match x {
                        Value::Null => None,
                        Value::String(s) => Some(s.clone()),
                        other => Some(other.to_string()),
                    })
                    .collect(),
            ),
        };
        let config = sf.get("config");
        let cfg_str = |k: &str| {
            config
                .and_then(|c| c.get(k))
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let mut labels: Vec<(String, String)> = sf
            .get("labels")
            .and_then(Value::as_object)
            .map(|o| {
                o.iter()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            v.as_str()
                                .map(str::to_string)
                                .unwrap_or_else(|| v.to_string()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        labels.sort();
        fields.push(Field {
            name: sf
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            labels,
            unit: cfg_str("unit"),
            decimals: config
                .and_then(|c| c.get("decimals"))
                .and_then(Value::as_f64),
            display_name: cfg_str("displayName"),
            display_name_from_ds: cfg_str("displayNameFromDS"),
            values,
        });
    }
    Ok(Frame {
        ref_id,
        name,
        fields,
    })
}

fn prometheus(t: &Value, base: &str, vars: &Vars, range: Range, step: f64, set: &mut FrameSet) {
    let ref_id = t
        .get("refId")
        .and_then(Value::as_str)
        .unwrap_or("A")
        .to_string();
    let Some(expr) = t
        .get("expr")
        .and_then(Value::as_str)
        .filter(|e| !e.trim().is_empty())
    else {
        set.notes.push(format!(
            "query {}: not a Prometheus query (no expr; data source type \"{}\"): skipped",
            ref_id,
            ds_type(t)
        ));
        return;
    };
    let expr = vars.interpolate(expr, "regex");
    let legend = vars.interpolate(
        t.get("legendFormat").and_then(Value::as_str).unwrap_or(""),
        "glob",
    );
    let instant = t.get("instant").and_then(Value::as_bool).unwrap_or(false)
        && !t.get("range").and_then(Value::as_bool).unwrap_or(false);
    let enc = |s: &str| {
        percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    let base = base.trim_end_matches('/');
    let url = if instant {
        format!(
            "{}/api/v1/query?query={}&time={}",
            base,
            enc(&expr),
            range.to_ms / 1e3
        )
    } else {
        let step = step.max((range.to_ms - range.from_ms) / 11_000.0);
        format!(
            "{}/api/v1/query_range?query={}&start={}&end={}&step={}",
            base,
            enc(&expr),
            (range.from_ms / 1e3).floor(),
            (range.to_ms / 1e3).ceil(),
            (step / 1e3).ceil()
        )
    };
    let text = match read(agent().get(&url).call()) {
        Ok(t) => t,
        Err(e) => {
            set.notes
                .push(format!("query {}: Prometheus {}: {}", ref_id, base, e));
            return;
        }
    };
    let v: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            set.notes.push(format!(
                "query {}: Prometheus answered something that is not JSON: {}",
                ref_id, e
            ));
            return;
        }
    };
    if v.get("status").and_then(Value::as_str) != Some("success") {
        let err = v
            .get("error")
            .and_then(Value::as_str)
            .unwrap_or("no status");
        set.notes
            .push(format!("query {}: Prometheus: {}", ref_id, err));
        return;
    }
    let kind = v
        .pointer("/data/resultType")
        .and_then(Value::as_str)
        .unwrap_or("");
    let result = v.pointer("/data/result");
    let sample = |p: &Value| -> (f64, f64) {
        let t = p.get(0).and_then(Value::as_f64).unwrap_or(f64::NAN) * 1e3;
        let x = p
            .get(1)
            .and_then(Value::as_str)
            .map(prom_number)
            .unwrap_or(f64::NAN);
        (t, x)
    };
    let series: Vec<(Vec<(String, String)>, Vec<(f64, f64)>)> = match kind {
        "matrix" => result
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|s| {
                (
                    labels_of(s),
                    s.get("values")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .map(sample)
                        .collect(),
                )
            })
            .collect(),
        "vector" => result
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|s| {
                (
                    labels_of(s),
                    s.get("value").map(sample).into_iter().collect(),
                )
            })
            .collect(),
        "scalar" => result
            .map(|r| (Vec::new(), vec![sample(r)]))
            .into_iter()
            .collect(),
        other => {
            set.notes.push(format!(
                "query {}: Prometheus result type \"{}\" is not read",
                ref_id, other
            ));
            return;
        }
    };
    if series.is_empty() {
        set.notes.push(format!("query {}: no series", ref_id));
    }
    for (labels, points) in series {
        let name = legend_name(&legend, &labels, &expr);
        set.frames.push(Frame {
            ref_id: ref_id.clone(),
            name: name.clone(),
            fields: vec![
                Field {
                    name: "Time".into(),
                    labels: Vec::new(),
                    unit: None,
                    decimals: None,
                    display_name: None,
                    display_name_from_ds: None,
                    values: Values::Time(points.iter().map(|p| p.0).collect()),
                },
                Field {
                    name: "Value".into(),
                    labels,
                    unit: None,
                    decimals: None,
                    display_name: None,
                    display_name_from_ds: Some(name),
                    values: Values::Number(points.iter().map(|p| p.1).collect()),
                },
            ],
        });
    }
}

fn labels_of(s: &Value) -> Vec<(String, String)> {
    let mut l: Vec<(String, String)> = s
        .get("metric")
        .and_then(Value::as_object)
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                .collect()
        })
        .unwrap_or_default();
    l.sort();
    l
}

/// Prometheus sample values are strings: numbers, `NaN`, `+Inf`, `-Inf`.
fn prom_number(s: &str) -> f64 {
    match s {
        "+Inf" | "Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        other => other.parse().unwrap_or(f64::NAN),
    }
}

/// Grafana's Prometheus series name: the legend format with `{{label}}` filled in; without one,
/// `name{k="v", …}`; `{}` becomes the query itself.
fn legend_name(legend: &str, labels: &[(String, String)], expr: &str) -> String {
    let get = |k: &str| labels.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if legend == "__auto" {
        return if labels.iter().any(|(k, _)| k != "__name__") {
            String::new()
        } else {
            get("__name__").unwrap_or(expr).to_string()
        };
    }
    if !legend.is_empty() {
        let mut out = String::new();
        let mut rest = legend;
        while let Some(at) = rest.find("{{") {
            out.push_str(&rest[..at]);
            match rest[at + 2..].find("}}") {
                Some(end) => {
                    out.push_str(get(rest[at + 2..at + 2 + end].trim()).unwrap_or(""));
                    rest = &rest[at + 4 + end..];
                }
                None => {
                    out.push_str(&rest[at..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        return out;
    }
    let inner: Vec<String> = labels
        .iter()
        .filter(|(k, _)| k != "__name__")
        .map(|(k, v)| format!("{}=\"{}\"", k, v))
        .collect();
    let s = format!("{}{{{}}}", get("__name__").unwrap_or(""), inner.join(", "));
    if s == "{}" {
        expr.to_string()
    } else {
        s
    }
}

/// The body of a 2xx answer, or a one-line reason (status and the start of the body).
fn read(answer: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Result<String, String> {
    let mut resp = answer.map_err(|e| e.to_string())?;
    let status = resp.status();
    let body = resp
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_string()
        .map_err(|e| format!("HTTP {}: cannot read the answer: {}", status.as_u16(), e))?;
    if !status.is_success() {
        let start: String = body
            .chars()
            .take(200)
            .collect::<String>()
            .replace('\n', " ");
        return Err(format!("HTTP {}: {}", status.as_u16(), start.trim()));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legend_names_like_grafanas_prometheus() {
        let l = vec![
            ("__name__".to_string(), "up".to_string()),
            ("job".to_string(), "api".to_string()),
        ];
        assert_eq!(legend_name("", &l, "up"), "up{job=\"api\"}");
        assert_eq!(legend_name("{{job}} is {{ job }}", &l, "up"), "api is api");
        assert_eq!(legend_name("", &[], "sum(x)"), "sum(x)");
        assert_eq!(prom_number("+Inf"), f64::INFINITY);
        assert!(prom_number("NaN").is_nan());
    }

    #[test]
    fn reads_grafana_frames_with_entities() {
        let f = json!({"schema": {"name": "", "refId": "A", "fields": [
            {"name": "Time", "type": "time"},
            {"name": "Value", "type": "number", "labels": {"service": "cart"}, "config": {"unit": "ms", "displayNameFromDS": "cart p95"}}]},
          "data": {"values": [[1000, 2000, 3000], [1.5, null, null]], "entities": [null, {"Inf": [2]}]}});
        let fr = grafana_frame("A", &f).unwrap();
        assert_eq!(
            fr.fields[0].values,
            Values::Time(vec![1000.0, 2000.0, 3000.0])
        );
        let Values::Number(v) = &fr.fields[1].values else {
            panic!()
        };
        assert_eq!(v[0], 1.5);
        assert!(v[1].is_nan());
        assert_eq!(v[2], f64::INFINITY);
        assert_eq!(fr.fields[1].unit.as_deref(), Some("ms"));
        assert_eq!(
            fr.fields[1].display_name_from_ds.as_deref(),
            Some("cart p95")
        );
    }
}
