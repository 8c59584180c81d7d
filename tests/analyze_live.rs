//! The dependency analysis on a live diagram, through `api::Document` as both hosts use it:
//! bindings refresh → node levels and anomaly scores → blast radius, ranking → overlay and
//! what-if. Exact outcomes on a hand-built shop.

use faultline::analyze::live::level_of;
use faultline::analyze::Level;
use faultline::api::{Document, RenderOptions};
use faultline::bind::{Input, Op};
use serde_json::{json, Value};

/// web → api → {pay, db (2 of 3 replicas)}, web ⇢ ads (dashed: soft), a legend text, an edge to
/// the legend and a dangling edge (both ignored with a note).
const SHOP: &str = r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<object id="web" label="Web" service="web"><mxCell style="rounded=1" vertex="1" parent="1"><mxGeometry x="0" y="0" width="120" height="60" as="geometry"/></mxCell></object>
<object id="api" label="API" service="api"><mxCell style="rounded=1" vertex="1" parent="1"><mxGeometry x="200" y="0" width="120" height="60" as="geometry"/></mxCell></object>
<object id="pay" label="Payments" service="pay"><mxCell style="rounded=1" vertex="1" parent="1"><mxGeometry x="400" y="0" width="120" height="60" as="geometry"/></mxCell></object>
<object id="ads" label="Ads" service="ads"><mxCell style="rounded=1" vertex="1" parent="1"><mxGeometry x="0" y="200" width="120" height="60" as="geometry"/></mxCell></object>
<object id="db" label="Orders DB" redundancy="2/3"><mxCell style="swimlane;container=1" vertex="1" parent="1"><mxGeometry x="200" y="200" width="400" height="120" as="geometry"/></mxCell></object>
<object id="db1" label="db-1" service="db1"><mxCell style="" vertex="1" parent="db"><mxGeometry x="10" y="40" width="100" height="50" as="geometry"/></mxCell></object>
<object id="db2" label="db-2" service="db2"><mxCell style="" vertex="1" parent="db"><mxGeometry x="140" y="40" width="100" height="50" as="geometry"/></mxCell></object>
<object id="db3" label="db-3" service="db3"><mxCell style="" vertex="1" parent="db"><mxGeometry x="270" y="40" width="100" height="50" as="geometry"/></mxCell></object>
<mxCell id="legend" value="Legend" style="text;html=1" vertex="1" parent="1"><mxGeometry x="0" y="400" width="100" height="30" as="geometry"/></mxCell>
<mxCell id="e1" style="endArrow=block" edge="1" source="web" target="api" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e2" style="endArrow=block" edge="1" source="api" target="pay" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e3" style="endArrow=block" edge="1" source="api" target="db" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e4" style="endArrow=block;dashed=1" edge="1" source="web" target="ads" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e-legend" style="endArrow=block" edge="1" source="ads" target="legend" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e-dangling" style="endArrow=block" edge="1" source="pay" parent="1"><mxGeometry relative="1" as="geometry"><mxPoint x="700" y="30" as="targetPoint"/></mxGeometry></mxCell>
</root></mxGraphModel>"#;

fn bindings(anomaly: Option<Value>) -> String {
    let mut b = json!({
        "id": "latency",
        "cells": {"attr": {"service": "*"}},
        "series": {"labels": {"service": "${cell.service}"}},
        "reducer": "last",
        "thresholds": {"steps": [{"value": 200, "level": "warn"}, {"value": 500, "level": "crit"}]},
        "color": {"targets": ["fill"], "when": "always"}
    });
    if let Some(a) = anomaly {
        b["anomaly"] = a;
    }
    json!({"version": 1, "bindings": [b]}).to_string()
}

const N: usize = 40;

/// 40 points of about `base` ms (±2), the last `tail` of them at `to`.
fn series(base: f64, to: f64, tail: usize) -> Vec<f64> {
    (0..N)
        .map(|i| {
            if i >= N - tail {
                to + (i % 3) as f64
            } else {
                base + if i % 2 == 0 { 2.0 } else { -2.0 }
            }
        })
        .collect()
}

/// Descriptor and buffers: one series per service, one shared time column (1 s apart).
fn frames(series: &[(&str, Vec<f64>)]) -> (String, Vec<f64>, Vec<f64>) {
    let times: Vec<f64> = (0..N).map(|i| 1_000_000.0 + i as f64 * 1000.0).collect();
    let mut values = Vec::new();
    let mut fields =
        vec![json!({"refId": "A", "name": "Time", "type": "time", "offset": 0, "length": N})];
    for (svc, v) in series {
        fields.push(json!({"refId": "A", "frame": format!("latency {}", svc), "name": "Value", "displayName": format!("latency {}", svc),
            "labels": {"service": svc}, "type": "number", "offset": values.len(), "length": v.len(), "timeOffset": 0}));
        values.extend(v);
    }
    (json!({ "fields": fields }).to_string(), values, times)
}

/// Payments breaks (900 ms for the last 6 points), the API follows (600 ms, last 4), the web
/// gets slow (300 ms, last 3); the rest is calm.
fn incident() -> (String, Vec<f64>, Vec<f64>) {
    frames(&[
        ("web", series(50.0, 300.0, 3)),
        ("api", series(40.0, 600.0, 4)),
        ("pay", series(100.0, 900.0, 6)),
        ("ads", series(30.0, 30.0, 0)),
        ("db1", series(5.0, 5.0, 0)),
        ("db2", series(5.0, 5.0, 0)),
        ("db3", series(5.0, 5.0, 0)),
    ])
}

fn update(d: &mut Document, f: &(String, Vec<f64>, Vec<f64>)) {
    d.update(Input {
        frames: &f.0,
        values: f.1.clone(),
        times: f.2.clone(),
        now_ms: 1_039_000.0,
        from_ms: 1_000_000.0,
        to_ms: 1_039_000.0,
    });
}

fn loaded(anomaly: Option<Value>) -> Document {
    let mut d = Document::load(SHOP.as_bytes(), &RenderOptions::default()).expect("diagram loads");
    let r = d.set_bindings(&bindings(anomaly));
    assert!(r.ok, "{:?}", r.errors);
    d
}

fn report(d: &Document) -> Value {
    serde_json::to_value(d.live.report().expect("a report after a refresh")).unwrap()
}

fn lit_ops(ops: &[Op]) -> Vec<(String, bool)> {
    let mut v: Vec<(String, bool)> = ops
        .iter()
        .filter_map(|o| match o {
            Op::Class { id, class, on, .. } if *class == "fl-an-lit" => Some((id.clone(), *on)),
            _ => None,
        })
        .collect();
    v.sort();
    v
}

fn overlay(d: &mut Document, fresh: bool) -> Option<faultline::analyze::overlay::OverlayUpdate> {
    let Document {
        live,
        model,
        layout,
        ..
    } = d;
    live.overlay(model, layout, fresh)
}

#[test]
fn incident_ranks_the_root_and_explains_it() {
    let mut d = loaded(None);
    update(&mut d, &incident());
    let r = report(&d);
    assert_eq!(r["summary"]["alerting"], 3, "{r}");
    assert_eq!(r["summary"]["failing"], 2); // api and pay are crit, web warn
    let top = &r["candidates"][0];
    assert_eq!(top["id"], "pay");
    assert_eq!(top["rank"], 1);
    assert_eq!(top["explains"], 3);
    assert_eq!(top["alerts"], 3);
    assert_eq!(top["explained"], json!(["pay", "api", "web"]));
    assert_eq!(top["localRoot"], true);
    assert!(
        top["summary"]
            .as_str()
            .unwrap()
            .contains("explains 3 of 3 alerts"),
        "{}",
        top["summary"]
    );
    // The explanation names the series that scored, and the terms add up to the score.
    let signals = top["signals"].as_array().unwrap();
    let own = signals.iter().find(|s| s["kind"] == "own").unwrap();
    assert!(
        own["detail"].as_str().unwrap().contains("latency pay"),
        "{}",
        own["detail"]
    );
    let sum: f64 = signals
        .iter()
        .map(|s| s["contribution"].as_f64().unwrap())
        .sum();
    assert!((sum - top["score"].as_f64().unwrap()).abs() < 0.01);
    assert_eq!(r["candidates"][1]["id"], "api");
    // Blast radius: the likeliest cause first, with exact counts.
    assert_eq!(
        r["blast"],
        json!([{"id": "pay", "label": "Payments", "count": 2}, {"id": "api", "label": "API", "count": 1}])
    );
    // Anomaly scores from the bound raw series, with the onset at the first shifted point.
    let v = d.live.graph(&d.model).find("pay").unwrap() as usize;
    let st = &d.live.states[v];
    assert_eq!(st.level, Level::Crit);
    assert!(st.anomaly.unwrap() > 20.0, "{:?}", st);
    assert_eq!(st.onset, Some(1_000_000.0 + (N - 6) as f64 * 1000.0));
    assert_eq!(d.live.timing.series, 7);
}

#[test]
fn overlay_draws_halos_counts_badges_and_dims_the_rest_once() {
    let mut d = loaded(None);
    update(&mut d, &incident());
    let o = overlay(&mut d, true).expect("an overlay during an incident");
    assert_eq!(o.mode, "incident");
    assert!(o.dim);
    let svg = o.svg.as_deref().unwrap();
    assert!(
        svg.contains(r#"class="fl-an-ring fl-an-fail" data-for="pay""#),
        "{svg}"
    );
    assert!(svg.contains(r#"class="fl-an-ring fl-an-fail" data-for="api""#));
    assert!(svg.contains(r#"class="fl-an-ring fl-an-impact" data-for="web""#));
    assert!(!svg.contains(r#"data-for="ads""#) && !svg.contains(r#"data-for="db""#));
    assert!(svg.contains(r#"class="fl-an-count" data-for="pay" data-count="2""#));
    assert!(svg.contains(r#"class="fl-an-badge" data-for="pay" data-rank="1""#));
    assert!(svg.contains(r#"data-for="api" data-rank="2""#));
    // Badges only on candidates that explain an alert.
    assert!(!svg.contains(r#"data-rank="4""#));
    // Bright: the involved nodes and the edges between them; everything else dims.
    assert_eq!(
        lit_ops(&o.ops),
        ["api", "e1", "e2", "pay", "web"]
            .iter()
            .map(|s| (s.to_string(), true))
            .collect::<Vec<_>>()
    );
    assert!(!d.live.timing.reused);
    assert!(d.live.timing.pagerank_passes >= 1);
    let before = report(&d);
    // Nothing changed: nothing to send, the next refresh with the same data neither; the same
    // states keep the same analysis without running it again.
    assert!(overlay(&mut d, false).is_none());
    update(&mut d, &incident());
    assert!(d.live.timing.reused);
    assert_eq!(report(&d)["candidates"], before["candidates"]);
    assert_eq!(report(&d)["blast"], before["blast"]);
    assert!(overlay(&mut d, false).is_none());
    // Recovery: the layer empties, the lit classes go, dimming stops.
    update(
        &mut d,
        &frames(&[
            ("web", series(50.0, 50.0, 0)),
            ("api", series(40.0, 40.0, 0)),
            ("pay", series(100.0, 100.0, 0)),
        ]),
    );
    assert!(!d.live.timing.reused, "changed states are analyzed again");
    let o = overlay(&mut d, false).expect("the overlay clears");
    assert_eq!(o.svg.as_deref(), Some(""));
    assert!(!o.dim);
    assert_eq!(o.mode, "none");
    assert!(lit_ops(&o.ops).iter().all(|(_, on)| !on));
    assert_eq!(lit_ops(&o.ops).len(), 5);
}

#[test]
fn what_if_on_healthy_nodes_respects_redundancy_and_soft_edges() {
    let mut d = loaded(None);
    update(&mut d, &incident());
    let Document { live, model, .. } = &mut d;
    // One replica of three: masked.
    let w = live.set_what_if(model, "db1").unwrap().unwrap();
    assert_eq!((w.id.as_str(), w.count), ("db1", 0));
    // Ads sits behind a dashed (soft) edge: nothing breaks.
    assert_eq!(live.set_what_if(model, "ads").unwrap().unwrap().count, 0);
    // The group itself: the API, then the web.
    let w = live.set_what_if(model, "db").unwrap().unwrap();
    let ids: Vec<(&str, u32)> = w.impacted.iter().map(|i| (i.id.as_str(), i.hops)).collect();
    assert_eq!(ids, [("api", 1), ("web", 2)]);
    let o = overlay(&mut d, true).unwrap();
    assert_eq!(o.mode, "whatIf");
    let svg = o.svg.unwrap();
    assert!(
        svg.contains(r#"class="fl-an-ring fl-an-whatif" data-for="db""#),
        "{svg}"
    );
    assert!(svg.contains(r#"class="fl-an-count" data-for="db" data-count="2""#));
    // The alerting nodes stay bright whatever the what-if shows.
    let lit = lit_ops(&o.ops);
    for id in ["pay", "api", "web", "db"] {
        assert!(
            lit.contains(&(id.to_string(), true)),
            "{id} not lit: {lit:?}"
        );
    }
    // The report carries it; the next refresh recomputes it on the new data.
    assert_eq!(report(&d)["whatIf"]["count"], 2);
    update(&mut d, &incident());
    assert_eq!(report(&d)["whatIf"]["id"], "db");
    // Not a node: a clear message. "" clears.
    let Document { live, model, .. } = &mut d;
    let e = live.set_what_if(model, "legend").unwrap_err();
    assert!(e.contains("not a node"), "{e}");
    assert!(live.set_what_if(model, "e1").is_err());
    assert!(live.set_what_if(model, "").unwrap().is_none());
    assert_eq!(overlay(&mut d, false).unwrap().mode, "incident");
}

#[test]
fn what_if_works_without_any_data() {
    let mut d = Document::load(SHOP.as_bytes(), &RenderOptions::default()).unwrap();
    let Document { live, model, .. } = &mut d;
    let w = live.set_what_if(model, "api").unwrap().unwrap();
    assert_eq!(w.count, 1);
    assert_eq!(w.impacted[0].id, "web");
    let o = overlay(&mut d, true).unwrap();
    assert_eq!(o.mode, "whatIf");
    assert!(o.svg.unwrap().contains(r#"data-for="web""#));
}

#[test]
fn options_direction_toggles_and_errors() {
    let mut d = loaded(None);
    update(&mut d, &incident());
    // Data-flow reading: api → pay now means pay depends on api.
    d.live
        .set_options(r#"{"arrow": "feeds"}"#, &d.model)
        .unwrap();
    let r = report(&d);
    let pay = r["blast"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "pay")
        .unwrap();
    assert_eq!(pay["count"], 0);
    let api = r["blast"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "api")
        .unwrap();
    // Only pay: the db group now also depends on the API, but it needs 2 of its dependencies
    // and its three replicas stand.
    assert_eq!(api["count"], 1);
    // Toggles: no halos, no counts; badges still.
    d.live
        .set_options(r#"{"blastRadius": false}"#, &d.model)
        .unwrap();
    let svg = overlay(&mut d, true).unwrap().svg.unwrap();
    assert!(!svg.contains("fl-an-ring") && !svg.contains("fl-an-count"));
    assert!(svg.contains("fl-an-badge"));
    d.live
        .set_options(r#"{"rankBadges": false, "blastRadius": false}"#, &d.model)
        .unwrap();
    let o = overlay(&mut d, false).unwrap();
    assert_eq!(o.svg.as_deref(), Some(""));
    assert!(!o.dim);
    // Off: no report, nothing drawn.
    d.live
        .set_options(r#"{"enabled": false}"#, &d.model)
        .unwrap();
    assert!(d.live.report().is_none());
    update(&mut d, &incident());
    assert!(d.live.report().is_none());
    // Bad options: one line naming the field.
    let e = d
        .live
        .set_options(r#"{"arow": "feeds"}"#, &d.model)
        .unwrap_err();
    assert!(
        e.starts_with("analysis options:") && e.contains("arow"),
        "{e}"
    );
    let e = d
        .live
        .set_options(r#"{"arrow": "sideways"}"#, &d.model)
        .unwrap_err();
    assert!(e.contains("sideways"), "{e}");
}

#[test]
fn the_binding_chooses_which_series_count() {
    // anomaly: false — levels still count, no scores.
    let mut d = loaded(Some(json!(false)));
    update(&mut d, &incident());
    assert_eq!(d.live.timing.series, 0);
    assert!(d.live.states.iter().all(|s| s.anomaly.is_none()));
    assert_eq!(report(&d)["candidates"][0]["id"], "pay");
    // Lower is worse: a drop scores, a rise does not.
    let mut d = loaded(Some(json!({"polarity": "down", "recent": 5})));
    update(
        &mut d,
        &frames(&[
            ("web", series(500.0, 100.0, 3)),
            ("api", series(40.0, 900.0, 3)),
        ]),
    );
    let g = d.live.graph(&d.model);
    let (web, api) = (
        g.find("web").unwrap() as usize,
        g.find("api").unwrap() as usize,
    );
    assert!(d.live.states[web].anomaly.unwrap() > 20.0);
    assert!(d.live.states[api].anomaly.unwrap() < 1.0);
    // Without thresholds a binding's series do not count unless it says so.
    let no_thresholds = json!({"version": 1, "bindings": [{"id": "t", "cells": {"attr": {"service": "*"}},
        "series": {"labels": {"service": "${cell.service}"}}, "text": {"mode": "append"}}]});
    let mut d = Document::load(SHOP.as_bytes(), &RenderOptions::default()).unwrap();
    d.set_bindings(&no_thresholds.to_string());
    update(&mut d, &incident());
    assert_eq!(d.live.timing.series, 0);
    let mut with = no_thresholds.clone();
    with["bindings"][0]["anomaly"] = json!(true);
    d.set_bindings(&with.to_string());
    update(&mut d, &incident());
    assert_eq!(d.live.timing.series, 7);
    // Bad values are compile errors with a path.
    for (bad, want) in [
        (json!({"recent": 0}), "bindings[0].anomaly.recent"),
        (
            json!({"polarity": "sideways"}),
            "bindings[0].anomaly.polarity",
        ),
        (json!({"window": 3}), "bindings[0].anomaly"),
        (json!("yes"), "bindings[0].anomaly"),
    ] {
        let mut d = Document::load(SHOP.as_bytes(), &RenderOptions::default()).unwrap();
        let r = d.set_bindings(&bindings(Some(bad.clone())));
        assert!(!r.ok, "{bad} accepted");
        assert!(
            r.errors.iter().any(|e| e.path.starts_with(want)),
            "{bad}: {:?}",
            r.errors
        );
    }
}

#[test]
fn notes_list_ignored_edges() {
    let mut d = loaded(None);
    let notes = d.live.notes(&d.model);
    let ignored: Vec<&str> = notes
        .iter()
        .filter(|n| n.code == "edge-ignored")
        .filter_map(|n| n.cell.as_deref())
        .collect();
    assert_eq!(ignored, ["e-legend", "e-dangling"]);
}

#[test]
fn custom_levels_map_to_the_analysis_levels() {
    let theme = faultline::style::Theme::by_name("light").unwrap();
    let mut errs = Default::default();
    let v = json!([{"name": "fine", "color": "green"}, {"name": "ok", "color": "green"}, {"name": "degraded", "color": "yellow"},
        {"name": "crit", "color": "red"}, {"name": "down", "color": "black"}]);
    let l = faultline::bind::levels::Levels::compile(Some(&v), &theme, &mut errs);
    let got: Vec<Level> = (0..5).map(|i| level_of(&l, i)).collect();
    assert_eq!(
        got,
        [Level::Ok, Level::Ok, Level::Warn, Level::Crit, Level::Crit]
    );
}

/// An interactive host defers the analysis (`set_defer_live`): `update` leaves it, the next
/// `catch_up_live` runs it once on the last update's data, with the same outcome as running it
/// in every update.
#[test]
fn deferred_analysis_catches_up_on_the_last_update() {
    let calm = frames(&[
        ("web", series(50.0, 50.0, 0)),
        ("api", series(40.0, 40.0, 0)),
        ("pay", series(100.0, 100.0, 0)),
    ]);
    let mut eager = loaded(None);
    update(&mut eager, &calm);
    update(&mut eager, &incident());
    let want = report(&eager);

    let mut lazy = loaded(None);
    lazy.set_defer_live(true);
    update(&mut lazy, &calm);
    assert!(lazy.live.report().is_none(), "left for later");
    update(&mut lazy, &incident());
    lazy.catch_up_live();
    let mut got = report(&lazy);
    got["timing"] = want["timing"].clone();
    assert_eq!(got, want);
    assert_eq!(lazy.live.timing.series, eager.live.timing.series);
    // Caught up: asking again runs nothing (a second run on the same states would say `reused`).
    assert!(!lazy.live.timing.reused);
    lazy.catch_up_live();
    assert!(!lazy.live.timing.reused, "not run again");
    // Turning deferral off catches up too.
    update(&mut lazy, &calm);
    lazy.set_defer_live(false);
    update(&mut eager, &calm);
    assert_eq!(report(&lazy)["summary"], report(&eager)["summary"]);
}
