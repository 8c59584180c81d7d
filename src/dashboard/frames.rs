//! Data frames fetched natively → the binding engine's input: the frames descriptor and the two
//! flat buffers (docs/bindings-contract.md §2), the same shape the panel's shim builds from
//! @grafana/data frames. Display names follow @grafana/data's `getFieldDisplayName`.

use serde_json::{json, Map, Value};

#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    Time(Vec<f64>),
    /// NaN for null.
    Number(Vec<f64>),
    Text(Vec<Option<String>>),
}

#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    /// Sorted by key (Grafana's backend serializes Go maps sorted).
    pub labels: Vec<(String, String)>,
    pub unit: Option<String>,
    pub decimals: Option<f64>,
    pub display_name: Option<String>,
    pub display_name_from_ds: Option<String>,
    pub values: Values,
}

#[derive(Debug, Clone)]
pub struct Frame {
    pub ref_id: String,
    pub name: String,
    pub fields: Vec<Field>,
}

/// The frames of one refresh, and what went wrong per query (shown as warnings).
#[derive(Debug, Default)]
pub struct FrameSet {
    pub frames: Vec<Frame>,
    pub notes: Vec<String>,
}

/// What `Document::update` takes.
#[derive(Debug, Default)]
pub struct Encoded {
    pub descriptor: String,
    pub values: Vec<f64>,
    pub times: Vec<f64>,
}

impl FrameSet {
    pub fn series_count(&self) -> usize {
        self.frames
            .iter()
            .flat_map(|f| &f.fields)
            .filter(|f| !matches!(f.values, Values::Time(_)))
            .count()
    }

    pub fn encode(&self) -> Encoded {
        let single_label = single_label_name(&self.frames);
        let names_differ = self.frames.windows(2).any(|w| w[0].name != w[1].name);
        let mut out = Encoded::default();
        let mut fields = Vec::new();
        for (fi, frame) in self.frames.iter().enumerate() {
            // The frame's first time field; every field of the frame is read against it.
            let frame_time = frame
                .fields
                .iter()
                .find_map(|f| match &f.values {
                    Values::Time(t) => Some(t),
                    _ => None,
                })
                .map(|t| {
                    let at = out.times.len();
                    out.times.extend_from_slice(t);
                    at as f64
                })
                .unwrap_or(-1.0);
            for field in &frame.fields {
                let mut d = Map::new();
                d.insert("refId".into(), json!(frame.ref_id));
                d.insert("frame".into(), json!(frame.name));
                d.insert("frameIndex".into(), json!(fi));
                d.insert("name".into(), json!(field.name));
                d.insert(
                    "displayName".into(),
                    json!(display_name(
                        field,
                        frame,
                        names_differ,
                        single_label.as_deref()
                    )),
                );
                d.insert(
                    "labels".into(),
                    Value::Object(
                        field
                            .labels
                            .iter()
                            .map(|(k, v)| (k.clone(), json!(v)))
                            .collect(),
                    ),
                );
                if let Some(u) = &field.unit {
                    d.insert("unit".into(), json!(u));
                }
                if let Some(dec) = field.decimals {
                    d.insert("decimals".into(), json!(dec));
                }
                d.insert("timeOffset".into(), json!(frame_time));
                match &field.values {
                    Values::Time(t) => {
                        d.insert("type".into(), json!("time"));
                        d.insert("offset".into(), json!(frame_time));
                        d.insert("length".into(), json!(t.len()));
                    }
                    Values::Number(v) => {
                        d.insert("type".into(), json!("number"));
                        d.insert("offset".into(), json!(out.values.len()));
                        d.insert("length".into(), json!(v.len()));
                        out.values.extend_from_slice(v);
                    }
                    Values::Text(s) => {
                        d.insert("type".into(), json!("string"));
                        d.insert("offset".into(), json!(0));
                        d.insert("length".into(), json!(s.len()));
                        d.insert("strings".into(), json!(s));
                    }
                }
                fields.push(Value::Object(d));
            }
        }
        out.descriptor = json!({ "fields": fields }).to_string();
        out
    }
}

/// The one label key every labelled field shares, if there is exactly one.
fn single_label_name(frames: &[Frame]) -> Option<String> {
    let mut single: Option<&str> = None;
    for f in frames.iter().flat_map(|f| &f.fields) {
        for (k, _) in &f.labels {
            match single {
                None => single = Some(k),
                Some(s) if s != k => return None,
                _ => {}
            }
        }
    }
    single.map(str::to_string)
}

/// @grafana/data `calculateFieldDisplayName`.
fn display_name(
    field: &Field,
    frame: &Frame,
    names_differ: bool,
    single_label: Option<&str>,
) -> String {
    if let Some(d) = field.display_name.as_deref().filter(|d| !d.is_empty()) {
        return d.to_string();
    }
    if let Some(d) = field
        .display_name_from_ds
        .as_deref()
        .filter(|d| !d.is_empty())
    {
        return d.to_string();
    }
    if matches!(field.values, Values::Time(_)) && field.labels.is_empty() {
        return if field.name.is_empty() {
            "Time".into()
        } else {
            field.name.clone()
        };
    }
    let mut parts: Vec<String> = Vec::new();
    let mut frame_added = false;
    let mut labels_added = false;
    if names_differ && !frame.name.is_empty() {
        parts.push(frame.name.clone());
        frame_added = true;
    }
    if !field.name.is_empty() && field.name != "Value" {
        parts.push(field.name.clone());
    }
    if !field.labels.is_empty() {
        match single_label {
            None => {
                let all: Vec<String> = field
                    .labels
                    .iter()
                    .map(|(k, v)| format!("{}=\"{}\"", k, v))
                    .collect();
                parts.push(format!("{{{}}}", all.join(", ")));
                labels_added = true;
            }
            Some(key) => {
                if let Some((_, v)) = field.labels.iter().find(|(k, _)| k == key) {
                    parts.push(v.clone());
                    labels_added = true;
                }
            }
        }
    }
    if !frame_added && !labels_added && field.name == "Value" && !frame.name.is_empty() {
        parts.push(frame.name.clone());
    }
    if !parts.is_empty() {
        parts.join(" ")
    } else if !field.name.is_empty() {
        field.name.clone()
    } else {
        "Value".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(name: &str, labels: &[(&str, &str)], v: Vec<f64>) -> Field {
        Field {
            name: name.into(),
            labels: labels
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            unit: None,
            decimals: None,
            display_name: None,
            display_name_from_ds: None,
            values: Values::Number(v),
        }
    }
    fn time(v: Vec<f64>) -> Field {
        Field {
            values: Values::Time(v),
            ..num("Time", &[], vec![])
        }
    }

    #[test]
    fn display_names_follow_grafana() {
        let f = |fields| Frame {
            ref_id: "A".into(),
            name: String::new(),
            fields,
        };
        let set = FrameSet {
            frames: vec![
                f(vec![
                    time(vec![1.0, 2.0]),
                    num("Value", &[("service", "cart")], vec![3.0, 4.0]),
                ]),
                f(vec![
                    time(vec![1.0]),
                    num("Value", &[("service", "checkout")], vec![5.0]),
                ]),
            ],
            notes: vec![],
        };
        let e = set.encode();
        let d: Value = serde_json::from_str(&e.descriptor).unwrap();
        let names: Vec<&str> = d["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["displayName"].as_str().unwrap())
            .collect();
        // One shared label key: the label's value alone.
        assert_eq!(names, ["Time", "cart", "Time", "checkout"]);
        assert_eq!(e.values, [3.0, 4.0, 5.0]);
        assert_eq!(e.times, [1.0, 2.0, 1.0]);
        assert_eq!(d["fields"][3]["offset"], 2);
        assert_eq!(d["fields"][3]["timeOffset"], 2.0);

        let two = FrameSet {
            frames: vec![f(vec![
                time(vec![1.0]),
                num("Value", &[("instance", "a"), ("job", "j")], vec![1.0]),
            ])],
            notes: vec![],
        };
        let d: Value = serde_json::from_str(&two.encode().descriptor).unwrap();
        assert_eq!(d["fields"][1]["displayName"], "{instance=\"a\", job=\"j\"}");
    }
}
