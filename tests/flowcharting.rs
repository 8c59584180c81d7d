//! The Flowcharting importer on every panel of the shared fixtures (skipped when the fixtures
//! are not on this machine): each import must give a diagram that loads and bindings that
//! compile cleanly against it; the 1.0 sample also runs on Flowcharting's own metric sample.
//! `cargo test --test flowcharting -- --nocapture` prints one line per panel.

use faultline::api::{Document, RenderOptions};
use faultline::bind::flowcharting::import;
use faultline::bind::Input;
use serde_json::{json, Value};
use std::path::Path;

const FIXTURES: &str = "../shared/fixtures/flowcharting";

fn fixtures_dir() -> Option<std::path::PathBuf> {
    let candidates = [
        std::env::var("FAULTLINE_FC_FIXTURES").ok(),
        Some(FIXTURES.to_string()),
        Some(format!("/work/shared/fixtures/flowcharting")),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(std::path::PathBuf::from)
        .find(|p| p.is_dir())
}

/// Flowcharting panels anywhere in a dashboard (rows, nested panels) or the panel itself.
fn panels(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(o) => {
            if o.get("type").and_then(Value::as_str) == Some("agenty-flowcharting-panel") {
                out.push(v.clone());
                return;
            }
            for (_, x) in o {
                panels(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| panels(x, out)),
        _ => {}
    }
}

/// Flowcharting's metric sample ([{target, datapoints: [[v, t]]}]) as frames.
fn sample_frames(path: &Path) -> (String, Vec<f64>, Vec<f64>, f64) {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut fields = Vec::new();
    let (mut values, mut times) = (Vec::new(), Vec::new());
    let mut last = 0.0;
    for s in v.as_array().unwrap() {
        let name = s["target"].as_str().unwrap_or("");
        let pts = s["datapoints"].as_array().unwrap();
        let (vo, to) = (values.len(), times.len());
        for p in pts {
            values.push(p[0].as_f64().unwrap_or(f64::NAN));
            let t = p[1].as_f64().unwrap_or(f64::NAN);
            last = t;
            times.push(t);
        }
        fields.push(json!({"refId": "A", "name": "Time", "type": "time", "offset": to, "length": pts.len()}));
        fields.push(json!({"refId": "A", "frame": name, "name": "Value", "displayName": name, "type": "number", "offset": vo, "length": pts.len(), "timeOffset": to}));
    }
    (json!({ "fields": fields }).to_string(), values, times, last)
}

#[test]
fn every_fixture_panel_imports_and_compiles() {
    let Some(dir) = fixtures_dir() else {
        eprintln!("skipped: no Flowcharting fixtures at {}", FIXTURES);
        return;
    };
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    let mut seen = 0;
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        let mut found = Vec::new();
        panels(&v, &mut found);
        for (pi, panel) in found.iter().enumerate() {
            seen += 1;
            let imp = import(&panel.to_string());
            let n = imp.bindings["bindings"].as_array().map_or(0, |a| a.len());
            let doc = if imp.source.is_empty() {
                None
            } else {
                Some(Document::load(
                    imp.source.as_bytes(),
                    &RenderOptions::default(),
                ))
            };
            let name = format!(
                "{} panel {} (schema {})",
                path.file_name().unwrap().to_string_lossy(),
                pi,
                imp.schema
            );
            let (cells, report) = match doc {
                Some(Ok(mut d)) => {
                    let r = d.set_bindings(&imp.bindings.to_string());
                    assert!(
                        r.ok,
                        "{name}: imported bindings must compile: {:#?}",
                        r.errors
                    );
                    let bound = d.engine.bound.len();
                    (format!("{} cells, {} bound", d.model.cells.len(), bound), r)
                }
                Some(Err(e)) => panic!("{name}: imported diagram does not load: {}", e.message),
                None => {
                    // No embedded diagram: compile against an empty one to check the bindings.
                    let mut d = Document::load(br#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="2" vertex="1" parent="1"><mxGeometry width="1" height="1" as="geometry"/></mxCell></root></mxGraphModel>"#, &RenderOptions::default()).unwrap();
                    let r = d.set_bindings(&imp.bindings.to_string());
                    assert!(r.ok, "{name}: {:#?}", r.errors);
                    ("no embedded diagram".to_string(), r)
                }
            };
            println!(
                "{name}: {} rules → {} bindings ({} compiled); {}; {} report notes",
                imp.rules,
                n,
                report.bindings,
                cells,
                imp.report.len()
            );
            for note in &imp.report {
                println!("    {}: {}", note.path, note.message);
            }
        }
    }
    assert!(
        seen >= 7,
        "expected the 7 Flowcharting panels of the fixtures, found {seen}"
    );
}

#[test]
fn sample_metrics_drive_the_1_0_panel() {
    let Some(dir) = fixtures_dir() else { return };
    let panel = std::fs::read_to_string(dir.join("panel-1.0.0.json")).unwrap();
    let imp = import(&panel);
    let mut d = Document::load(imp.source.as_bytes(), &RenderOptions::default()).unwrap();
    assert!(d.set_bindings(&imp.bindings.to_string()).ok);
    let (desc, values, times, last) = sample_frames(&dir.join("metricdatas.json"));
    let p = d.update(Input {
        frames: &desc,
        values,
        times,
        now_ms: last,
        from_ms: last - 3_600_000.0,
        to_ms: last,
    });
    // A-series ends near 13 (< 50): crit under Flowcharting's default (low is bad).
    let lvl = p.levels.get("32").cloned().flatten();
    assert_eq!(lvl.as_deref(), Some("crit"), "{:?}", p.levels);
    assert!(!p.ops.is_empty());
    let s = d.state("35").unwrap();
    assert!(s.bindings.iter().any(|b| !b.series.is_empty()), "{s:?}");
}
