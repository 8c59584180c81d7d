//! Binding speed: 1,500 cells, 350 bindings, 5,000 series × 360 points (issue 4 §8).
//! `cargo run --release --example bind_bench [refreshes] [--cpu] [--no-naive]` prints the first bind, the refresh
//! median/p95 (data in → patch out) for the compiled engine, and beside it a naive run that
//! matches every rule's selector (regexes included) against every series on every refresh.

use faultline::api::{Document, RenderOptions};
use faultline::bind::Input;
use std::fmt::Write;
use std::time::Instant;

const VERTICES: usize = 1000;
const EDGES: usize = 500;
const SERIES: usize = 5000;
const POINTS: usize = 360;
const METRICS: [&str; 5] = ["latency", "errors", "rps", "cpu", "mem"];

/// A diagram of 1,000 services (UserObjects with a `service` attribute) and 500 edges.
fn diagram() -> String {
    let mut x =
        String::from("<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>");
    for i in 0..VERTICES {
        let (cx, cy) = ((i % 40) as f64 * 140.0, (i / 40) as f64 * 90.0);
        let html = if i % 3 == 0 { "html=1;" } else { "" };
        let label = if i % 3 == 0 {
            format!("&lt;b&gt;svc {}&lt;/b&gt;", i)
        } else {
            format!("svc {}", i)
        };
        let _ = write!(
            x,
            "<UserObject id=\"v{i}\" label=\"{label}\" service=\"svc-{i}\" tags=\"tier{}\"><mxCell style=\"rounded=1;whiteSpace=wrap;{html}fillColor=#dae8fc;strokeColor=#6c8ebf\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"{cx}\" y=\"{cy}\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell></UserObject>",
            i % 4
        );
    }
    for e in 0..EDGES {
        let (s, t) = (e * 2 % VERTICES, (e * 2 + 1) % VERTICES);
        let _ = write!(x, "<mxCell id=\"e{e}\" style=\"endArrow=block;endFill=1\" edge=\"1\" source=\"v{s}\" target=\"v{t}\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>");
    }
    x.push_str("</root></mxGraphModel>");
    x
}

/// 350 bindings: 300 on groups of ~3 services (exact labels, regexes, templates), 40 on
/// edges (flow, width, colour), 10 templated over a whole tier.
fn bindings() -> String {
    let mut b = Vec::new();
    for k in 0..300 {
        let ids: Vec<String> = (0..3)
            .map(|j| format!("\"v{}\"", (k * 3 + j) % VERTICES))
            .collect();
        let metric = METRICS[k % 2];
        // A third by exact label templates (indexed), a third by display-name regex, a third by name regex.
        let series = match k % 3 {
            0 => {
                format!(r#"{{"labels": {{"service": "${{cell.service}}", "metric": "{metric}"}}}}"#)
            }
            1 => format!(r#"{{"displayNameRegex": "^${{cell.service}} {metric}$"}}"#),
            _ => format!(
                r#"{{"nameRegex": "^(svc-{}|svc-{}|svc-{})-{metric}$"}}"#,
                k * 3 % VERTICES,
                (k * 3 + 1) % VERTICES,
                (k * 3 + 2) % VERTICES
            ),
        };
        b.push(format!(
            r#"{{"id": "b{k}", "cells": {{"id": [{}]}}, "series": {series}, "reducer": "{}",
              "thresholds": {{"steps": [{{"value": 60, "level": "warn"}}, {{"value": 85, "level": "crit"}}]}},
              "color": {{"targets": ["fill", "stroke"], "when": "always"}},
              "text": {{"mode": "appendLine", "unit": "ms", "decimals": 0}}, "blink": "crit",
              "links": [{{"title": "Runbook", "url": "https://wiki.example/${{__cell.service}}?from=${{__from}}"}}]}}"#,
            ids.join(","),
            if k % 5 == 0 { "mean" } else { "lastNotNull" }
        ));
    }
    for k in 0..40 {
        b.push(format!(
            r#"{{"id": "edges{k}", "cells": {{"idRegex": "^e{k}(\\d)?$"}}, "series": {{"displayNameRegex": "^svc-{k}\\d* rps$"}}, "reducer": "last",
              "thresholds": {{"steps": [{{"value": 70, "level": "warn"}}]}},
              "edge": {{"color": true, "width": {{"from": 0, "to": 100, "min": 1, "max": 5}}, "flow": {{"speedFrom": 0, "speedTo": 100}}}}}}"#
        ));
    }
    for k in 0..10 {
        b.push(format!(
            r#"{{"id": "tier{k}", "cells": {{"tag": "tier{}", "attr": {{"service": {{"regex": "{}$"}}}}}}, "series": {{"labels": {{"service": "${{cell.service}}", "metric": "cpu"}}}},
              "thresholds": {{"steps": [{{"value": 90, "level": "crit"}}]}}, "color": {{"targets": ["labelBorder"], "when": "crit"}}}}"#,
            k % 4,
            k
        ));
    }
    format!(
        r#"{{"version": 1, "combine": "worst", "bindings": [{}]}}"#,
        b.join(",")
    )
}

/// Deterministic pseudo-random numbers (no dependency).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The descriptor and one shared time column for 5,000 series.
fn descriptor() -> String {
    let mut d = String::from(
        r#"{"fields": [{"refId": "A", "name": "Time", "type": "time", "offset": 0, "length": 360}"#,
    );
    for s in 0..SERIES {
        let svc = s % VERTICES;
        let metric = METRICS[s / VERTICES];
        let _ = write!(
            d,
            r#",{{"refId": "A", "frame": "svc-{svc}-{metric}", "name": "Value", "displayName": "svc-{svc} {metric}", "labels": {{"service": "svc-{svc}", "metric": "{metric}", "env": "prod"}}, "unit": "ms", "type": "number", "offset": {}, "length": {POINTS}, "timeOffset": 0}}"#,
            s * POINTS
        );
    }
    d.push_str("]}");
    d
}

/// Values of one refresh: a random walk per series around 50, moving a little each refresh.
fn values(base: &mut [f64], rng: &mut Rng) -> Vec<f64> {
    for v in base.iter_mut() {
        *v = (*v + (rng.next() - 0.5) * 6.0).clamp(0.0, 120.0);
    }
    let mut out = Vec::with_capacity(SERIES * POINTS);
    for &b in base.iter() {
        for p in 0..POINTS {
            out.push(b + ((p as f64) * 0.1).sin());
        }
    }
    out
}

/// The engine's clock (ms since start) for its own phase timings. With `--cpu` (Linux), this
/// thread's CPU time instead: on a shared, loaded machine wall time mostly measures waiting.
fn clock() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    static CPU: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *CPU.get_or_init(|| std::env::args().any(|a| a == "--cpu")) {
        if let Some(t) = thread_cpu_ms() {
            return t;
        }
    }
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

#[cfg(target_os = "linux")]
fn thread_cpu_ms() -> Option<f64> {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec into `t`.
    (unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0)
        .then(|| t.sec as f64 * 1e3 + t.nsec as f64 / 1e6)
}

#[cfg(not(target_os = "linux"))]
fn thread_cpu_ms() -> Option<f64> {
    None
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() - 1) as f64 * p).round() as usize]
}

struct Run {
    first_bind: f64,
    compile: f64,
    first_update: f64,
    median: f64,
    p95: f64,
    median_cached_desc: f64,
    median_prepared: f64,
    ops: f64,
}

fn run(xml: &str, binds: &str, desc: &str, times: &[f64], frames: &[Vec<f64>], naive: bool) -> Run {
    let mut d = Document::load(xml.as_bytes(), &RenderOptions::default()).expect("diagram");
    d.engine.naive = naive;
    d.engine.clock = clock;
    d.live.clock = clock;
    let now = times[POINTS - 1];
    let t0 = Instant::now();
    let report = d.set_bindings(binds);
    let t1 = Instant::now();
    assert!(report.ok, "{:?}", report.errors);
    let p = d.update(Input {
        frames: desc,
        values: frames[0].clone(),
        times: times.to_vec(),
        now_ms: now,
        from_ms: times[0],
        to_ms: now,
    });
    let t2 = Instant::now();
    assert!(
        p.ops.len() > 1000,
        "first patch paints the diagram: {} ops",
        p.ops.len()
    );
    let tm = &p.timing;
    println!("{}first update phases: ingest {:.1} ms, match {:.1} ms, evaluate {:.1} ms, patch {:.1} ms ({} ops)", if naive { "naive " } else { "" }, tm.ingest_us / 1e3, tm.match_us / 1e3, tm.eval_us / 1e3, tm.patch_us / 1e3, p.ops.len());
    let (mut full, mut cached, mut prepared, mut ops) =
        (Vec::new(), Vec::new(), Vec::new(), 0usize);
    let mut phases = [0.0f64; 4];
    let mut mins = [f64::INFINITY; 4];
    let (mut live_states, mut live_analyze) = (0.0f64, 0.0f64);
    let (mut to_json, mut json_bytes) = (0.0f64, 0usize);
    for (i, f) in frames.iter().enumerate().skip(1) {
        // Data in (descriptor + buffers copied in, as wasm-bindgen does) → patch out.
        let t = Instant::now();
        let p = d.update(Input {
            frames: desc,
            values: f.clone(),
            times: times.to_vec(),
            now_ms: now,
            from_ms: times[0],
            to_ms: now,
        });
        full.push(ms(t.elapsed()));
        ops += p.ops.len();
        // Unchanged descriptor passed as "".
        let t = Instant::now();
        let p = d.update(Input {
            frames: "",
            values: frames[(i + 1) % frames.len()].clone(),
            times: times.to_vec(),
            now_ms: now,
            from_ms: times[0],
            to_ms: now,
        });
        cached.push(ms(t.elapsed()));
        ops += p.ops.len();
        // Zero-copy: the host filled the core's buffers (outside the timing, as JS does).
        let (v, t_) = d.prepare(f.len(), times.len());
        v.copy_from_slice(f);
        t_.copy_from_slice(times);
        let t = Instant::now();
        let p = d.update_prepared("", now, times[0], now);
        prepared.push(ms(t.elapsed()));
        ops += p.ops.len();
        // What the wasm host then does with the patch: JSON text for JSON.parse on the JS side.
        let t = Instant::now();
        let json = serde_json::to_string(&p).unwrap_or_default();
        to_json += ms(t.elapsed());
        json_bytes = json.len();
        live_states += d.live.timing.states_us / 1e3;
        live_analyze += d.live.timing.analyze_us / 1e3;
        for ((a, m), b) in phases.iter_mut().zip(mins.iter_mut()).zip([
            p.timing.ingest_us,
            p.timing.match_us,
            p.timing.eval_us,
            p.timing.patch_us,
        ]) {
            *a += b / 1e3;
            *m = m.min(b / 1e3);
        }
    }
    let n = full.len().max(1) as f64;
    println!("{}refresh phases (prepared, mean): ingest {:.2} ms, match {:.2} ms, evaluate {:.2} ms, patch {:.2} ms", if naive { "naive " } else { "" }, phases[0] / n, phases[1] / n, phases[2] / n, phases[3] / n);
    println!("{}live analysis after each refresh (mean): node states {:.2} ms ({} series scored), blast radius + ranking {:.2} ms", if naive { "naive " } else { "" }, live_states / n, d.live.timing.series, live_analyze / n);
    println!(
        "{}patch → JSON text (mean): {:.2} ms, {} bytes",
        if naive { "naive " } else { "" },
        to_json / n,
        json_bytes
    );
    // Minimum per phase: what a refresh costs when the machine is not busy elsewhere.
    println!("{}refresh phases (prepared, min): ingest {:.2} ms, match {:.2} ms, evaluate {:.2} ms, patch {:.2} ms", if naive { "naive " } else { "" }, mins[0], mins[1], mins[2], mins[3]);
    Run {
        first_bind: ms(t2 - t0),
        compile: ms(t1 - t0),
        first_update: ms(t2 - t1),
        median: pct(&mut full.clone(), 0.5),
        p95: pct(&mut full, 0.95),
        median_cached_desc: pct(&mut cached, 0.5),
        median_prepared: pct(&mut prepared, 0.5),
        ops: ops as f64 / (3.0 * n),
    }
}

fn main() {
    let refreshes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(30);
    let xml = diagram();
    let binds = bindings();
    let desc = descriptor();
    let times: Vec<f64> = (0..POINTS).map(|i| 1.7e12 + i as f64 * 10_000.0).collect();
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let mut base: Vec<f64> = (0..SERIES).map(|_| 20.0 + rng.next() * 70.0).collect();
    let frames: Vec<Vec<f64>> = (0..refreshes + 1)
        .map(|_| values(&mut base, &mut rng))
        .collect();

    let t = Instant::now();
    let d = Document::load(xml.as_bytes(), &RenderOptions::default()).expect("diagram");
    let load = ms(t.elapsed());
    let cells = d
        .model
        .cells
        .iter()
        .filter(|c| c.is_vertex() || c.is_edge())
        .count();
    drop(d);
    println!("workload: {} cells ({} vertices, {} edges), 350 bindings, {} series × {} points, descriptor {} KB, {} refreshes", cells, VERTICES, EDGES, SERIES, POINTS, desc.len() / 1024, refreshes);
    println!(
        "diagram load (parse, layout, draw): {:.1} ms (not part of binding)",
        load
    );

    let fast = run(&xml, &binds, &desc, &times, &frames, false);
    // `--no-naive` (profiling the compiled path): the naive columns repeat the compiled ones.
    let naive = if std::env::args().any(|a| a == "--no-naive") {
        run(&xml, &binds, &desc, &times, &frames[..2], false)
    } else {
        run(
            &xml,
            &binds,
            &desc,
            &times,
            &frames[..frames.len().min(6)],
            true,
        )
    };
    println!();
    println!("{:<44} {:>12} {:>12}", "", "compiled", "naive");
    println!(
        "{:<44} {:>12.2} {:>12.2}",
        "first bind (setBindings + first update), ms", fast.first_bind, naive.first_bind
    );
    println!(
        "{:<44} {:>12.2} {:>12.2}",
        "  compile, ms", fast.compile, naive.compile
    );
    println!(
        "{:<44} {:>12.2} {:>12.2}",
        "  first update, ms", fast.first_update, naive.first_update
    );
    println!(
        "{:<44} {:>12.2} {:>12.2}",
        "refresh median (descriptor + copy in), ms", fast.median, naive.median
    );
    println!(
        "{:<44} {:>12.2} {:>12.2}",
        "refresh p95 (descriptor + copy in), ms", fast.p95, naive.p95
    );
    println!(
        "{:<44} {:>12.2} {:>12.2}",
        "refresh median (descriptor unchanged \"\"), ms",
        fast.median_cached_desc,
        naive.median_cached_desc
    );
    println!(
        "{:<44} {:>12.2} {:>12.2}",
        "refresh median (prepared buffers), ms", fast.median_prepared, naive.median_prepared
    );
    println!(
        "{:<44} {:>12.0} {:>12.0}",
        "ops per refresh (mean)", fast.ops, naive.ops
    );
    println!("naive = every rule's series selector (regexes included) tested against every series for every cell on every refresh, no index, no cache; {} refreshes", frames.len().min(6) - 1);
}
