//! Flowcharting (`agenty-flowcharting-panel`, schemas 0.3 → 1.0) panel JSON → a Faultline
//! binding document, the diagram source, and a report of everything not carried over.
//!
//! Read from Flowcharting's documented behaviour (not its code):
//! - a rule's thresholds are a list whose first entry is the base; entry i has level
//!   `n-1-i` (or `i` when inverted), so by default low values are the worst;
//! - number thresholds stop at the first entry the value does not reach; string and date
//!   thresholds take the last entry that matches;
//! - a map's pattern is a regex anchored at both ends unless written `/…/flags`, and an exact
//!   match always counts;
//! - colour/text/link maps apply "always", "warning or critical" (level ≥ 1) or "critical
//!   only" (level ≥ 2); levels 0, 1, 2 become ok, warn, crit here, higher ones extra levels.
//! Each rule becomes one binding per distinct cell selector (and colour condition).

use super::json::one_line;
use super::units::Unit;
use serde::Serialize;
use serde_json::{json, Map, Value};

#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub path: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Import {
    /// A binding document (version 1).
    pub bindings: Value,
    /// The diagram as Flowcharting stored it (draw.io XML, possibly compressed); "" when it
    /// was a CSV or only a URL.
    pub source: String,
    /// Where the diagram comes from when it is a URL (Flowcharting's "download" option).
    pub source_url: Option<String>,
    /// What was not carried over, or carried over differently.
    pub report: Vec<Note>,
    pub schema: String,
    pub rules: usize,
}

struct Ctx {
    notes: Vec<Note>,
    /// Rules with tooltip graph options (reported once).
    tooltip_graphs: usize,
    blink_period: bool,
    /// Extra levels needed beyond crit (Flowcharting level ≥ 3).
    extra_levels: usize,
}

impl Ctx {
    fn note(&mut self, path: &str, msg: impl Into<String>) {
        if self.notes.len() < 1000 {
            self.notes.push(Note {
                path: path.to_string(),
                message: one_line(&msg.into()),
            });
        }
    }
}

fn s<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

fn b(v: &Value, k: &str) -> bool {
    v.get(k).and_then(Value::as_bool).unwrap_or(false)
}

fn arr<'a>(v: &'a Value, k: &str) -> &'a [Value] {
    v.get(k)
        .and_then(Value::as_array)
        .map_or(&[], |a| a.as_slice())
}

fn num_of(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|f: &f64| f.is_finite())
}

/// A level name for a Flowcharting level number.
fn level_name(ctx: &mut Ctx, l: usize) -> String {
    match l {
        0 => "ok".into(),
        1 => "warn".into(),
        2 => "crit".into(),
        n => {
            ctx.extra_levels = ctx.extra_levels.max(n - 2);
            format!("level{}", n)
        }
    }
}

fn is_plain(p: &str) -> bool {
    !p.chars().any(|c| "\\^$.|?*+()[]{}".contains(c))
}

/// A Flowcharting pattern as our regex: `/…/flags` as written, anything else anchored, and
/// an exact match accepted too.
fn fc_regex(p: &str) -> String {
    if p.starts_with('/') && super::pattern::split_js(p).0.len() + 1 < p.len() {
        return p.to_string();
    }
    format!("^(?:{})$|^{}$", p, regex_lite::escape(p))
}

/// Cell selector for a map: by id, label or an attribute, exact or regex.
fn cell_selector(pattern: &str, ident: &str, metadata: &str, regex: bool) -> Option<Value> {
    if pattern.is_empty() {
        return None;
    }
    let exact = !regex || is_plain(pattern);
    Some(match (ident, exact) {
        ("value", true) => json!({ "label": pattern }),
        ("value", false) => json!({ "labelRegex": fc_regex(pattern) }),
        ("metadata", true) if !metadata.is_empty() => json!({ "attr": { metadata: pattern } }),
        ("metadata", false) if !metadata.is_empty() => {
            json!({ "attr": { metadata: { "regex": fc_regex(pattern) } } })
        }
        (_, true) => json!({ "id": pattern }),
        (_, false) => json!({ "idRegex": fc_regex(pattern) }),
    })
}

/// Options of a map kind: identByProp, enableRegEx, metadata (1.0 `mapsDat`, or 0.x flat keys).
fn map_options(rule: &Value, kind: &str, flat: &str) -> (String, bool, String) {
    if let Some(o) = rule
        .get("mapsDat")
        .and_then(|m| m.get(kind))
        .and_then(|m| m.get("options"))
    {
        return (
            s(o, "identByProp").unwrap_or("id").to_string(),
            o.get("enableRegEx")
                .and_then(Value::as_bool)
                .unwrap_or(true),
            s(o, "metadata").unwrap_or("").to_string(),
        );
    }
    let prop = s(rule, &format!("{}Prop", flat))
        .unwrap_or("id")
        .to_string();
    let regex = rule
        .get(format!("{}RegEx", flat))
        .and_then(Value::as_bool)
        .unwrap_or(true);
    (prop, regex, String::new())
}

/// The list of a map kind: 1.0 `mapsDat.<kind>.dataList`, 0.x `<flat>Data`, 0.2 `<flat>Maps`.
fn map_list<'a>(rule: &'a Value, kind: &str, flat: &str) -> (&'a [Value], String) {
    if let Some(l) = rule
        .get("mapsDat")
        .and_then(|m| m.get(kind))
        .and_then(|m| m.get("dataList"))
        .and_then(Value::as_array)
    {
        return (l, format!("mapsDat.{}.dataList", kind));
    }
    for key in [format!("{}Data", flat), format!("{}Maps", flat)] {
        if let Some(l) = rule.get(&key).and_then(Value::as_array) {
            return (l, key);
        }
    }
    (&[], String::new())
}

fn when_of(code: &str) -> Option<&'static str> {
    match code {
        "a" | "wmd" => Some("always"),
        "wc" => Some("notOk"),
        "co" => Some("crit"),
        _ => None,
    }
}

fn reducer_of(agg: &str) -> Option<&'static str> {
    Some(match agg {
        "current" | "current_notnull" => "lastNotNull",
        "first" => "first",
        "first_notnull" => "firstNotNull",
        "min" => "min",
        "max" => "max",
        "total" => "sum",
        "avg" => "mean",
        "count" => "count",
        "delta" => "delta",
        "range" => "range",
        "diff" => "diff",
        "last_time" => "lastTime",
        _ => return None,
    })
}

fn target_of(style: &str) -> Option<&'static str> {
    Some(match style {
        "fillColor" => "fill",
        "strokeColor" => "stroke",
        "gradientColor" => "gradient",
        "fontColor" => "font",
        "labelBackgroundColor" => "labelBackground",
        "labelBorderColor" => "labelBorder",
        "imageBackground" => "imageBackground",
        "imageBorder" => "imageBorder",
        _ => return None,
    })
}

/// One threshold entry: (value, colour, comparator, hidden).
struct Th {
    value: Option<Value>,
    color: String,
    comparator: String,
    hidden: bool,
}

/// Thresholds of a rule for its type, from 1.0 `*THData` or the 0.x `colors` + lists.
fn thresholds_of(rule: &Value, kind: &str) -> Vec<Th> {
    let key = match kind {
        "string" => "stringTHData",
        "date" => "dateTHData",
        _ => "numberTHData",
    };
    let colors: Vec<String> = arr(rule, "colors")
        .iter()
        .filter_map(|c| c.as_str().map(str::to_string))
        .collect();
    let legacy: Vec<Value> = match kind {
        "string" => {
            let mut l: Vec<Value> = arr(rule, "stringThresholds").to_vec();
            if let Some(w) = rule.get("stringWarning") {
                if l.len() < 2 {
                    l.resize(2, Value::Null);
                }
                l[1] = w.clone();
            }
            if let Some(c) = rule.get("stringCritical") {
                if l.is_empty() {
                    l.resize(1, Value::Null);
                }
                l[0] = c.clone();
            }
            l
        }
        "date" => vec![],
        _ => arr(rule, "thresholds").to_vec(),
    };
    if !colors.is_empty()
        && (kind != "date")
        && rule
            .get(key)
            .and_then(Value::as_array)
            .is_none_or(|a| a.is_empty())
    {
        // 0.x: colours[0] is the base, colours[i] goes with thresholds[i-1].
        return colors
            .iter()
            .enumerate()
            .map(|(i, c)| Th {
                value: if i == 0 {
                    None
                } else {
                    legacy.get(i - 1).cloned()
                },
                color: c.clone(),
                comparator: if kind == "string" {
                    "eq".into()
                } else {
                    "ge".into()
                },
                hidden: false,
            })
            .collect();
    }
    let list = arr(rule, key);
    if !list.is_empty() {
        return list
            .iter()
            .map(|t| Th {
                value: t.get("value").cloned().filter(|v| !v.is_null()),
                color: s(t, "color").unwrap_or("").to_string(),
                comparator: s(t, "comparator")
                    .unwrap_or(if kind == "string" { "eq" } else { "ge" })
                    .to_string(),
                hidden: b(t, "hidden"),
            })
            .collect();
    }
    // Flowcharting's defaults when a rule has none.
    let (vals, cmp): (Vec<Value>, &str) = match kind {
        "string" => (
            vec![
                json!("/.*/"),
                json!("/.*warning.*/"),
                json!("/.*(success|ok).*/"),
            ],
            "eq",
        ),
        "date" => (vec![json!("0d"), json!("-1d"), json!("-1w")], "ge"),
        _ => (vec![json!(0), json!(50), json!(80)], "ge"),
    };
    let cols = [
        "rgba(245, 54, 54, 0.9)",
        "rgba(237, 129, 40, 0.89)",
        "rgba(50, 172, 45, 0.97)",
    ];
    vals.into_iter()
        .zip(cols)
        .map(|(v, c)| Th {
            value: Some(v),
            color: c.into(),
            comparator: cmp.into(),
            hidden: false,
        })
        .collect()
}

/// Our thresholds for a rule (None when there are no usable entries).
fn convert_thresholds(ctx: &mut Ctx, rule: &Value, kind: &str, path: &str) -> Option<Value> {
    let ths = thresholds_of(rule, kind);
    if ths.is_empty() {
        return None;
    }
    let n = ths.len();
    let invert = b(rule, "invert");
    let level = |i: usize| if invert { i } else { n - 1 - i };
    let base_level = level_name(ctx, level(0));
    let base = json!({"level": base_level, "color": ths[0].color});
    let mut steps = Vec::new();
    let mut ops: Vec<&str> = Vec::new();
    for (i, t) in ths.iter().enumerate().skip(1) {
        if t.hidden {
            continue;
        }
        let lname = level_name(ctx, level(i));
        match kind {
            "string" => {
                let pat = t.value.as_ref().map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
                let Some(pat) = pat.filter(|p| !p.is_empty()) else {
                    continue;
                };
                let negate = t.comparator == "ne";
                steps.push(json!({"regex": fc_regex(&pat), "negate": negate, "level": lname, "color": t.color}));
            }
            "date" => {
                let v = t
                    .value
                    .as_ref()
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .trim()
                    .to_string();
                let rel = v.strip_prefix('+').unwrap_or(&v);
                let value = if rel.starts_with('-')
                    || rel.chars().next().is_some_and(|c| c.is_ascii_digit())
                        && rel.ends_with(|c: char| "smhdwMy".contains(c))
                {
                    if rel.starts_with('-') {
                        format!("now{}", rel)
                    } else {
                        format!("now+{}", rel)
                    }
                } else {
                    v.clone()
                };
                if t.comparator != "ge" && t.comparator != "gt" {
                    ctx.note(
                        path,
                        format!(
                            "date threshold comparator \"{}\" is not supported; using ≥",
                            t.comparator
                        ),
                    );
                }
                steps.push(json!({"value": value, "level": lname, "color": t.color}));
                ops.push(if t.comparator == "gt" { "gt" } else { "ge" });
            }
            _ => {
                // Flowcharting drops a threshold value of 0 (it reads as "no value", always reached).
                let v = match t.value.as_ref().and_then(num_of) {
                    Some(v) if v != 0.0 => v,
                    Some(_) | None => f64::MIN,
                };
                steps.push(json!({"value": v, "level": lname, "color": t.color}));
                ops.push(if t.comparator == "gt" { "gt" } else { "ge" });
            }
        }
    }
    let mut th = Map::new();
    th.insert(
        "type".into(),
        json!(if kind == "string" {
            "text"
        } else if kind == "date" {
            "date"
        } else {
            "number"
        }),
    );
    th.insert("base".into(), base);
    if kind == "string" {
        // Flowcharting takes the last matching entry; ours takes the first.
        steps.reverse();
    }
    if kind == "date" {
        let sorted = steps.windows(2).all(|w| date_key(&w[0]) <= date_key(&w[1]));
        if !sorted {
            ctx.note(path, "date thresholds are not in ascending date order: Flowcharting took the last one that matched, Faultline the furthest reached; check the levels");
        }
        ctx.note(path, "date thresholds compare to the millisecond (Flowcharting compared at the unit's precision, e.g. whole days)");
    }
    let op = ops.first().copied().unwrap_or("ge");
    if ops.iter().any(|o| *o != op) {
        ctx.note(path, "thresholds mix > and ≥; all use the first one's");
    }
    if op == "gt" {
        th.insert("op".into(), json!("gt"));
    }
    if b(rule, "gradient") && kind == "number" {
        th.insert("gradient".into(), json!(true));
    }
    th.insert("steps".into(), Value::Array(steps));
    Some(Value::Object(th))
}

fn date_key(step: &Value) -> f64 {
    let v = step.get("value").and_then(Value::as_str).unwrap_or("");
    let rel = v.strip_prefix("now").unwrap_or(v);
    if rel.is_empty() {
        return 0.0;
    }
    if let Some(d) = rel
        .strip_prefix('-')
        .and_then(super::threshold::parse_duration)
    {
        return -d;
    }
    if let Some(d) = rel
        .strip_prefix('+')
        .and_then(super::threshold::parse_duration)
    {
        return d;
    }
    super::threshold::parse_date(v).map_or(0.0, |ms| ms - 1.7e12)
}

fn convert_mappings(ctx: &mut Ctx, rule: &Value, path: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for m in arr(rule, "valueData") {
        if b(m, "hidden") {
            continue;
        }
        let value = match m.get("value") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => continue,
        };
        let text = s(m, "text").unwrap_or("");
        if value == "null" {
            out.push(json!({"type": "special", "match": "null", "text": text}));
        } else if !is_plain(&value) || value.starts_with('/') {
            out.push(json!({"type": "regex", "pattern": fc_regex(&value), "text": text}));
        } else {
            out.push(json!({"type": "value", "value": value, "text": text}));
        }
    }
    let mut noted = false;
    for m in arr(rule, "rangeData") {
        if b(m, "hidden") {
            continue;
        }
        let mut o = Map::new();
        o.insert("type".into(), json!("range"));
        if let Some(f) = m.get("from").and_then(num_of) {
            o.insert("from".into(), json!(f));
        }
        if let Some(t) = m.get("to").and_then(num_of) {
            o.insert("to".into(), json!(t));
            if !noted {
                ctx.note(
                    &format!("{}.rangeData", path),
                    "range mappings include their upper bound (Flowcharting excluded it)",
                );
                noted = true;
            }
        }
        o.insert("text".into(), json!(s(m, "text").unwrap_or("")));
        out.push(Value::Object(o));
    }
    out
}

/// Bindings of one rule, keyed by cell selector (+ colour condition).
struct Group {
    key: String,
    cells: Value,
    color_when: Option<&'static str>,
    targets: Vec<&'static str>,
    text: Option<Value>,
    links: Vec<Value>,
    blink: Option<String>,
}

fn group<'a>(
    groups: &'a mut Vec<Group>,
    key: &str,
    cells: &Value,
    fits: impl Fn(&Group) -> bool,
) -> &'a mut Group {
    let pos = groups.iter().position(|g| g.key == key && fits(g));
    match pos {
        Some(p) => &mut groups[p],
        None => {
            groups.push(Group {
                key: key.to_string(),
                cells: cells.clone(),
                color_when: None,
                targets: vec![],
                text: None,
                links: vec![],
                blink: None,
            });
            groups.last_mut().expect("just pushed")
        }
    }
}

fn convert_rule(
    ctx: &mut Ctx,
    rule: &Value,
    ri: usize,
    path: &str,
    used_ids: &mut Vec<String>,
) -> Vec<Value> {
    let alias = s(rule, "alias")
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| format!("rule{}", ri + 1));
    let kind = s(rule, "type").unwrap_or("number");
    let kind = if matches!(kind, "number" | "string" | "date") {
        kind
    } else {
        ctx.note(
            &format!("{}.type", path),
            format!("rule type \"{}\" is unknown; read as number", kind),
        );
        "number"
    };
    // Which series.
    let series = if s(rule, "metricType") == Some("table") {
        let mut o = Map::new();
        if let Some(r) = s(rule, "refId") {
            o.insert("refId".into(), json!(r));
        }
        if let Some(c) = s(rule, "column") {
            o.insert("field".into(), json!(c));
        }
        ctx.note(path, "table rule: each row becomes a series labelled by the table's text columns; Flowcharting reduced the whole column");
        Value::Object(o)
    } else {
        let p = s(rule, "pattern").unwrap_or(".*");
        if is_plain(p) && !p.is_empty() {
            json!({ "displayName": p })
        } else {
            json!({ "displayNameRegex": fc_regex(p) })
        }
    };
    let reducer = match s(rule, "aggregation").unwrap_or("current") {
        a => match reducer_of(a) {
            Some(r) => r,
            None => {
                ctx.note(
                    &format!("{}.aggregation", path),
                    format!("aggregation \"{}\" is unknown; using lastNotNull", a),
                );
                "lastNotNull"
            }
        },
    };
    let thresholds = convert_thresholds(ctx, rule, kind, &format!("{}.thresholds", path));
    let mappings = convert_mappings(ctx, rule, path);
    let unit = match (kind, s(rule, "unit")) {
        ("date", _) => {
            let f = s(rule, "dateFormat").unwrap_or("YYYY-MM-DD HH:mm:ss");
            if f != "YYYY-MM-DD HH:mm:ss" {
                ctx.note(
                    &format!("{}.dateFormat", path),
                    format!("date format \"{}\" is shown as YYYY-MM-DD HH:mm:ss", f),
                );
            }
            Some("dateTimeAsIso".to_string())
        }
        ("string", _) => None,
        (_, Some(u)) if !u.is_empty() => match Unit::parse(u) {
            Ok(_) => Some(u.to_string()),
            Err(e) => {
                ctx.note(
                    &format!("{}.unit", path),
                    format!("{}; shown without a unit", e),
                );
                None
            }
        },
        _ => None,
    };
    let decimals = rule
        .get("decimals")
        .and_then(num_of)
        .filter(|d| (0.0..=20.0).contains(d))
        .map(|d| d as u32);

    let mut groups: Vec<Group> = Vec::new();
    // 0.3–0.6 kept colour/text/link options on the rule itself.
    let rule_style = s(rule, "style");
    let rule_color_on = s(rule, "colorOn");

    let (list, lpath) = map_list(rule, "shapes", "shape");
    let (ident, regex, meta) = map_options(rule, "shapes", "shape");
    for (i, m) in list.iter().enumerate() {
        let mp = format!("{}.{}[{}]", path, lpath, i);
        if b(m, "hidden") {
            ctx.note(&mp, "hidden map skipped");
            continue;
        }
        let pattern = s(m, "pattern").unwrap_or("");
        let Some(cells) = cell_selector(pattern, &ident, &meta, regex) else {
            continue;
        };
        let style = s(m, "style").or(rule_style).unwrap_or("fillColor");
        let Some(target) = target_of(style) else {
            ctx.note(&mp, format!("colour target \"{}\" is not supported", style));
            continue;
        };
        let on = s(m, "colorOn").or(rule_color_on).unwrap_or("a");
        let Some(when) = when_of(on) else {
            if on != "n" {
                ctx.note(&mp, format!("colour condition \"{}\" is unknown", on));
            }
            continue;
        };
        let key = cells.to_string();
        let g = group(&mut groups, &key, &cells, |g| {
            g.color_when.is_none() || g.color_when == Some(when)
        });
        g.color_when = Some(when);
        if !g.targets.contains(&target) {
            g.targets.push(target);
        }
    }

    let (list, lpath) = map_list(rule, "texts", "text");
    let (ident, regex, meta) = map_options(rule, "texts", "text");
    for (i, m) in list.iter().enumerate() {
        let mp = format!("{}.{}[{}]", path, lpath, i);
        if b(m, "hidden") {
            ctx.note(&mp, "hidden map skipped");
            continue;
        }
        let Some(cells) = cell_selector(s(m, "pattern").unwrap_or(""), &ident, &meta, regex) else {
            continue;
        };
        let on = s(m, "textOn").or(s(rule, "textOn")).unwrap_or("wmd");
        let Some(when) = when_of(on) else { continue };
        let mut t = Map::new();
        match s(m, "textReplace")
            .or(s(rule, "textReplace"))
            .unwrap_or("content")
        {
            "pattern" => {
                let p = s(m, "textPattern")
                    .or(s(rule, "textPattern"))
                    .unwrap_or("/.*/");
                t.insert("mode".into(), json!("regex"));
                t.insert("pattern".into(), json!(fc_regex(p)));
            }
            "as" => {
                t.insert("mode".into(), json!("append"));
            }
            "anl" => {
                t.insert("mode".into(), json!("appendLine"));
            }
            _ => {
                t.insert("mode".into(), json!("replace"));
            }
        }
        if when != "always" {
            t.insert("when".into(), json!(when));
        }
        let key = cells.to_string();
        let g = group(&mut groups, &key, &cells, |g| g.text.is_none());
        g.text = Some(Value::Object(t));
    }

    let (list, lpath) = map_list(rule, "links", "link");
    let (ident, regex, meta) = map_options(rule, "links", "link");
    let legacy_link = b(rule, "link");
    for (i, m) in list.iter().enumerate() {
        let mp = format!("{}.{}[{}]", path, lpath, i);
        if b(m, "hidden") {
            ctx.note(&mp, "hidden map skipped");
            continue;
        }
        let Some(cells) = cell_selector(s(m, "pattern").unwrap_or(""), &ident, &meta, regex) else {
            continue;
        };
        let url = s(m, "linkUrl")
            .or(if legacy_link {
                s(rule, "linkUrl")
            } else {
                None
            })
            .unwrap_or("");
        if url.is_empty() {
            continue;
        }
        if !super::links::safe_url(url) && !url.trim_start().starts_with('$') {
            ctx.note(
                &mp,
                format!(
                    "link \"{}\" dropped: only http(s) and relative URLs are allowed",
                    url
                ),
            );
            continue;
        }
        let mut url = url.to_string();
        if m.get("linkParams")
            .or(rule.get("linkParams"))
            .and_then(Value::as_bool)
            .unwrap_or(false)
        {
            // "Append dashboard params": Grafana's time range and variables in the URL.
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str("${__url_time_range}&${__all_variables}");
        }
        let on = s(m, "linkOn").or(s(rule, "linkOn")).unwrap_or("a");
        let mut l =
            json!({"title": url.chars().take(80).collect::<String>(), "url": url, "newTab": true});
        if let Some(w) = when_of(on).filter(|w| *w != "always") {
            l["when"] = json!(w);
        }
        let key = cells.to_string();
        group(&mut groups, &key, &cells, |_| true).links.push(l);
    }

    let (list, lpath) = map_list(rule, "events", "event");
    let (ident, regex, meta) = map_options(rule, "events", "event");
    for (i, m) in list.iter().enumerate() {
        let mp = format!("{}.{}[{}]", path, lpath, i);
        if b(m, "hidden") {
            continue;
        }
        let style = s(m, "style").unwrap_or("");
        if style != "blink" {
            ctx.note(
                &mp,
                format!("event \"{}\" is not carried over (only blink is)", style),
            );
            continue;
        }
        let Some(cells) = cell_selector(s(m, "pattern").unwrap_or(""), &ident, &meta, regex) else {
            continue;
        };
        let on = m.get("eventOn").and_then(Value::as_f64).unwrap_or(2.0);
        let cmp = s(m, "comparator").unwrap_or("ge");
        let level = if on < 0.0 || cmp == "al" {
            "always".to_string()
        } else {
            level_name(ctx, on as usize)
        };
        if !matches!(cmp, "ge" | "al") {
            ctx.note(
                &mp,
                format!(
                    "blink condition \"{}\" becomes \"at level {} or worse\"",
                    cmp, level
                ),
            );
        }
        let key = cells.to_string();
        let g = group(&mut groups, &key, &cells, |g| g.blink.is_none());
        g.blink = Some(level);
        ctx.blink_period = true;
    }

    if b(rule, "overlayIcon") {
        ctx.note(path, "overlay icon is not supported");
    }
    if b(rule, "tpGraph") {
        ctx.tooltip_graphs += 1;
    }

    // Maps that do the same thing to different cells become one binding over all of them.
    let mut merged: Vec<(Vec<Value>, Group)> = Vec::new();
    for g in groups {
        let same = |m: &Group| {
            m.color_when == g.color_when
                && m.targets == g.targets
                && m.text == g.text
                && m.links == g.links
                && m.blink == g.blink
        };
        match merged.iter_mut().find(|(_, m)| same(m)) {
            Some((cells, _)) => cells.push(g.cells.clone()),
            None => merged.push((vec![g.cells.clone()], g)),
        }
    }
    let groups: Vec<Group> = merged
        .into_iter()
        .map(|(cells, mut g)| {
            let ids: Option<Vec<Value>> = cells
                .iter()
                .map(|c| {
                    c.as_object()
                        .filter(|o| o.len() == 1)
                        .and_then(|o| o.get("id"))
                        .cloned()
                })
                .collect();
            g.cells = match (cells.len(), ids) {
                (1, _) => cells.into_iter().next().unwrap_or(Value::Null),
                (_, Some(ids)) => json!({ "id": ids }),
                _ => Value::Array(cells),
            };
            g
        })
        .collect();

    let disabled = b(rule, "hidden");
    let mut out = Vec::new();
    for (gi, g) in groups.into_iter().enumerate() {
        let mut id = if gi == 0 {
            alias.clone()
        } else {
            format!("{}#{}", alias, gi + 1)
        };
        while used_ids.contains(&id) {
            id.push('\'');
        }
        used_ids.push(id.clone());
        let mut o = Map::new();
        o.insert("id".into(), json!(id));
        if disabled {
            o.insert("disabled".into(), json!(true));
        }
        o.insert("cells".into(), g.cells);
        o.insert("series".into(), series.clone());
        o.insert("reducer".into(), json!(reducer));
        if let Some(t) = &thresholds {
            o.insert("thresholds".into(), t.clone());
        }
        if !mappings.is_empty() {
            o.insert("mappings".into(), Value::Array(mappings.clone()));
        }
        if let Some(u) = &unit {
            o.insert("unit".into(), json!(u));
        }
        if let Some(d) = decimals {
            o.insert("decimals".into(), json!(d));
        }
        if let Some(w) = g.color_when {
            o.insert("color".into(), json!({"targets": g.targets, "when": w}));
        }
        if let Some(t) = g.text {
            o.insert("text".into(), t);
        }
        if let Some(l) = g.blink {
            o.insert("blink".into(), json!(l));
        }
        if !g.links.is_empty() {
            o.insert("links".into(), Value::Array(g.links));
        }
        o.insert(
            "tooltip".into(),
            json!(rule.get("tooltip").and_then(Value::as_bool).unwrap_or(true)),
        );
        out.push(Value::Object(o));
    }
    if out.is_empty() {
        ctx.note(
            path,
            format!("rule \"{}\" maps no cell; nothing to import", alias),
        );
    }
    out
}

/// Import a Flowcharting panel (its JSON as stored in the dashboard).
pub fn import(panel_json: &str) -> Import {
    let mut ctx = Ctx {
        notes: Vec::new(),
        extra_levels: 0,
        tooltip_graphs: 0,
        blink_period: false,
    };
    let mut result = Import {
        bindings: json!({"version": 1, "bindings": []}),
        source: String::new(),
        source_url: None,
        report: Vec::new(),
        schema: String::new(),
        rules: 0,
    };
    if panel_json.len() > 64 << 20 {
        ctx.note("", "panel JSON larger than 64 MB");
        result.report = ctx.notes;
        return result;
    }
    let panel: Value = match serde_json::from_str(panel_json) {
        Ok(v) => v,
        Err(e) => {
            ctx.note("", format!("not valid JSON: {}", e));
            result.report = ctx.notes;
            return result;
        }
    };
    if !panel.is_object() {
        ctx.note("", "expected a panel object");
        result.report = ctx.notes;
        return result;
    }
    if let Some(t) = s(&panel, "type").filter(|t| *t != "agenty-flowcharting-panel") {
        ctx.note(
            "type",
            format!(
                "panel type is \"{}\", not agenty-flowcharting-panel; importing anyway",
                t
            ),
        );
    }
    result.schema = s(&panel, "version").unwrap_or("").to_string();

    // Diagram: 0.3 `flowchartsData` is the list, later `{flowcharts: [...]}`.
    let charts = match panel.get("flowchartsData") {
        Some(Value::Array(a)) => a.as_slice(),
        Some(o) => arr(o, "flowcharts"),
        None => &[],
    };
    match charts.first() {
        None => ctx.note("flowchartsData", "no diagram in the panel"),
        Some(fc) => {
            let p = "flowchartsData.flowcharts[0]";
            if b(fc, "download") {
                result.source_url = s(fc, "url").map(str::to_string);
                ctx.note(p, "the diagram was downloaded from a URL at runtime; set it as the panel's source URL");
            }
            match s(fc, "type").unwrap_or("xml") {
                "csv" => ctx.note(p, "CSV diagrams are not supported: import the CSV in draw.io (Arrange > Insert > Advanced > CSV) and paste the result"),
                _ => result.source = s(fc, "xml").unwrap_or("").trim().to_string(),
            }
            if result.source.is_empty() && result.source_url.is_none() {
                ctx.note(p, "the diagram source is empty");
            }
            if fc.get("bgColor").is_some_and(|v| !v.is_null()) {
                ctx.note(
                    &format!("{}.bgColor", p),
                    "the background colour is not carried over",
                );
            }
        }
    }
    for i in 1..charts.len() {
        ctx.note(
            &format!("flowchartsData.flowcharts[{}]", i),
            "only the first diagram of a panel is imported",
        );
    }

    // Rules: 0.3 `rulesData` is the list, later `{rulesData: [...]}`.
    let rules = match panel.get("rulesData") {
        Some(Value::Array(a)) => a.as_slice(),
        Some(o) => arr(o, "rulesData"),
        None => &[],
    };
    let mut order: Vec<(f64, usize)> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                r.get("order").and_then(Value::as_f64).unwrap_or(i as f64),
                i,
            )
        })
        .collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut bindings = Vec::new();
    let mut used = Vec::new();
    for (_, i) in order {
        let path = format!("rulesData[{}]", i);
        if !rules[i].is_object() {
            ctx.note(&path, "not a rule object; skipped");
            continue;
        }
        bindings.extend(convert_rule(&mut ctx, &rules[i], i, &path, &mut used));
    }
    result.rules = rules.len();
    if ctx.tooltip_graphs > 0 {
        ctx.note("rulesData", format!("{} rule(s) set tooltip graph options (type, size, scale); not kept: the tooltip always shows a sparkline over the panel's time range", ctx.tooltip_graphs));
    }
    if ctx.blink_period {
        ctx.note("rulesData", "blink events keep their condition; the blink period is the panel's (Flowcharting's milliseconds are not kept)");
    }
    let mut doc = Map::new();
    doc.insert("version".into(), json!(1));
    if ctx.extra_levels > 0 {
        // Flowcharting rules with more than three thresholds have levels past crit.
        let mut levels = vec![
            json!({"name": "ok", "color": "#56A64B"}),
            json!({"name": "warn", "color": "#FF9830"}),
            json!({"name": "crit", "color": "#E02F44"}),
        ];
        for k in 0..ctx.extra_levels {
            levels.push(json!({"name": format!("level{}", k + 3), "color": "#C4162A"}));
        }
        doc.insert("levels".into(), Value::Array(levels));
    }
    doc.insert("combine".into(), json!("worst"));
    doc.insert("bindings".into(), Value::Array(bindings));
    result.bindings = Value::Object(doc);
    result.report = ctx.notes;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_flowcharting() {
        // 1.0 sample: red ≥0 (base), orange ≥50, green ≥80, not inverted → low values are crit.
        let panel = json!({"type": "agenty-flowcharting-panel", "version": "1.0.0", "flowchartsData": {"flowcharts": [{"type": "xml", "xml": "<mxGraphModel/>"}]},
            "rulesData": {"rulesData": [{"alias": "r", "pattern": "A-series", "type": "number", "aggregation": "current", "unit": "short", "decimals": 1,
              "numberTHData": [{"color": "red", "comparator": "ge", "value": 0}, {"color": "orange", "comparator": "ge", "value": 50}, {"color": "green", "comparator": "ge", "value": 80}],
              "mapsDat": {"shapes": {"options": {"identByProp": "id", "enableRegEx": true}, "dataList": [{"pattern": "32", "style": "fillColor", "colorOn": "wc"}, {"pattern": "32", "style": "strokeColor", "colorOn": "wc"}]},
                          "texts": {"options": {"identByProp": "value", "enableRegEx": false}, "dataList": [{"pattern": "Label", "textOn": "wmd", "textReplace": "anl"}]},
                          "links": {"options": {}, "dataList": [{"pattern": "32", "linkUrl": "javascript:alert(1)"}]},
                          "events": {"options": {}, "dataList": [{"pattern": "32", "style": "rotation", "value": "90"}]}}}]}});
        let r = import(&panel.to_string());
        let b = &r.bindings["bindings"];
        assert_eq!(b.as_array().unwrap().len(), 2, "{b:#}");
        assert_eq!(b[0]["cells"], json!({"id": "32"}));
        assert_eq!(b[0]["series"], json!({"displayName": "A-series"}));
        assert_eq!(b[0]["reducer"], "lastNotNull");
        assert_eq!(
            b[0]["color"],
            json!({"targets": ["fill", "stroke"], "when": "notOk"})
        );
        let th = &b[0]["thresholds"];
        assert_eq!(th["base"]["level"], "crit");
        assert_eq!(
            th["steps"][0],
            json!({"value": 50.0, "level": "warn", "color": "orange"})
        );
        assert_eq!(th["steps"][1]["level"], "ok");
        assert_eq!(b[1]["cells"], json!({"label": "Label"}));
        assert_eq!(b[1]["text"], json!({"mode": "appendLine"}));
        let msgs: Vec<String> = r
            .report
            .iter()
            .map(|n| format!("{}: {}", n.path, n.message))
            .collect();
        assert!(
            msgs.iter()
                .any(|m| m.contains("javascript") && m.contains("dropped")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("event \"rotation\"")),
            "{msgs:?}"
        );
    }

    #[test]
    fn legacy_string_thresholds_reverse_to_first_match() {
        let panel = json!({"version": "0.3.0", "flowchartsData": [{"xml": "x"}], "rulesData": [{"alias": "s", "pattern": "/.*/", "type": "string", "invert": true,
            "colors": ["a", "b", "c"], "stringThresholds": ["/warn/", "/crit/"], "shapeData": [{"pattern": "n.*"}], "shapeProp": "id", "style": "fillColor", "colorOn": "a"}]});
        let r = import(&panel.to_string());
        let b = &r.bindings["bindings"][0];
        assert_eq!(b["cells"], json!({"idRegex": "^(?:n.*)$|^n\\.\\*$"}));
        assert_eq!(b["series"], json!({"displayNameRegex": "/.*/"}));
        let steps = b["thresholds"]["steps"].as_array().unwrap();
        // Inverted: index i has level i; reversed so the last Flowcharting entry is tried first.
        assert_eq!(steps[0]["level"], "crit");
        assert_eq!(steps[0]["regex"], "/crit/");
        assert_eq!(b["thresholds"]["base"]["level"], "ok");
    }

    #[test]
    fn garbage_in_reports_out() {
        assert_eq!(import("{").report[0].path, "");
        assert!(!import("[]").report.is_empty());
        let r = import(r#"{"rulesData": {"rulesData": [1, {"mapsDat": 3}]}}"#);
        assert!(r.report.iter().any(|n| n.message.contains("not a rule")));
    }
}
