//! `faultline-sim --live DIR`: the native side of `scripts/bench/analyze.mjs`. Reads the files the
//! script wrote (diagram, bindings, frames descriptor, value and time buffers), runs the same
//! refreshes through `api::Document` as the panel does in wasm, and prints per-refresh timings
//! as JSON for the script's table.

use crate::api::{Document, RenderOptions};
use serde::Deserialize;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Instant;

#[derive(Deserialize)]
struct Meta {
    now: f64,
    from: f64,
    to: f64,
    runs: usize,
    warmup: usize,
    incidents: usize,
}

fn now_ms() -> f64 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

fn f64s(bytes: &[u8]) -> Vec<f64> {
    bytes
        .chunks_exact(8)
        .map(|c| f64::from_le_bytes(c.try_into().expect("8 bytes")))
        .collect()
}

pub fn run(dir: &Path) -> Result<String, String> {
    let read = |f: &str| std::fs::read(dir.join(f)).map_err(|e| format!("{}: {}", f, e));
    let text = |f: &str| read(f).map(|b| String::from_utf8_lossy(&b).into_owned());
    let meta: Meta =
        serde_json::from_str(&text("meta.json")?).map_err(|e| format!("meta.json: {}", e))?;
    let mut doc = Document::load(&read("diagram.drawio")?, &RenderOptions::default())
        .map_err(|e| e.message)?;
    doc.engine.clock = now_ms;
    doc.live.clock = now_ms;
    let report = doc.set_bindings(&text("bindings.json")?);
    if !report.ok {
        return Err(format!("bindings: {:?}", report.errors));
    }
    let desc = text("desc.json")?;
    let times = f64s(&read("times.f64")?);
    let values: Vec<Vec<f64>> = (0..meta.incidents)
        .map(|k| read(&format!("values-{}.f64", k)).map(|b| f64s(&b)))
        .collect::<Result<_, _>>()?;
    let mut rows = Vec::new();
    for r in 0..meta.warmup + meta.runs {
        let t0 = now_ms();
        doc.update(crate::bind::Input {
            frames: if r == 0 { &desc } else { "" },
            values: values[r % values.len()].clone(),
            times: times.clone(),
            now_ms: meta.now,
            from_ms: meta.from,
            to_ms: meta.to,
        });
        let t1 = now_ms();
        let Document {
            live,
            model,
            layout,
            ..
        } = &mut doc;
        live.overlay(model, layout, r == 0);
        if r >= meta.warmup {
            let t = live.timing;
            rows.push(serde_json::json!({"updateMs": t1 - t0, "statesUs": t.states_us, "analyzeUs": t.analyze_us, "overlayUs": t.overlay_us, "series": t.series, "reused": t.reused, "pagerankPasses": t.pagerank_passes}));
        }
    }
    let last = doc.live.report().ok_or("no analysis after the refreshes")?;
    let out = serde_json::json!({
        "rows": rows,
        "summary": last.summary,
        "top": last.candidates.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
    });
    Ok(out.to_string())
}
