//! Binding engine end to end through `api::Document`: compile, refresh, patch, tooltip, links,
//! inspector, bad data.

use faultline::api::{Document, RenderOptions};
use faultline::bind::{Input, Op, Patch};
use serde_json::{json, Value};

const DIAGRAM: &str = r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<UserObject id="checkout" label="Checkout" service="checkout" tooltip="Payment &lt;front&gt; door" tags="web"><mxCell style="rounded=1;fillColor=#dae8fc;strokeColor=#6c8ebf" vertex="1" parent="1"><mxGeometry x="0" y="0" width="120" height="60" as="geometry"/></mxCell></UserObject>
<UserObject id="cart" label="&lt;b&gt;Cart&lt;/b&gt;" service="cart"><mxCell style="html=1;fillColor=#ffffff" vertex="1" parent="1"><mxGeometry x="200" y="0" width="120" height="60" as="geometry"/></mxCell></UserObject>
<mxCell id="db" value="DB" style="shape=cylinder;gradientColor=#ffffff;fillColor=#cccccc" vertex="1" parent="1"><mxGeometry x="400" y="0" width="60" height="80" as="geometry"/></mxCell>
<mxCell id="e1" value="" style="endArrow=block;endFill=1" edge="1" source="checkout" target="cart" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="free" value="Unbound" style="" vertex="1" parent="1"><mxGeometry x="0" y="200" width="80" height="40" as="geometry"/></mxCell>
</root></mxGraphModel>"#;

fn doc() -> Document {
    Document::load(DIAGRAM.as_bytes(), &RenderOptions::default()).expect("diagram loads")
}

/// A descriptor and buffers for simple series: (refId, name, labels, values), one shared time column.
fn frames(series: &[(&str, &str, Value, Vec<f64>)]) -> (String, Vec<f64>, Vec<f64>) {
    let n = series.iter().map(|s| s.3.len()).max().unwrap_or(0);
    let times: Vec<f64> = (0..n).map(|i| 1_000_000.0 + i as f64 * 1000.0).collect();
    let mut values = Vec::new();
    let mut fields =
        vec![json!({"refId": "A", "name": "Time", "type": "time", "offset": 0, "length": n})];
    for (r, name, labels, v) in series {
        fields.push(json!({"refId": r, "frame": name, "name": "Value", "displayName": name, "labels": labels, "type": "number", "offset": values.len(), "length": v.len(), "timeOffset": 0}));
        values.extend(v);
    }
    (json!({ "fields": fields }).to_string(), values, times)
}

fn update(d: &mut Document, f: &(String, Vec<f64>, Vec<f64>)) -> Patch {
    d.update(Input {
        frames: &f.0,
        values: f.1.clone(),
        times: f.2.clone(),
        now_ms: 1_010_000.0,
        from_ms: 1_000_000.0,
        to_ms: 1_010_000.0,
    })
}

fn ops_for<'a>(p: &'a Patch, id: &str) -> Vec<&'a Op> {
    p.ops
        .iter()
        .filter(|o| match o {
            Op::Attr { id: i, .. }
            | Op::Html { id: i, .. }
            | Op::Class { id: i, .. }
            | Op::Text { id: i, .. } => i == id,
        })
        .collect()
}

fn attr<'a>(p: &'a Patch, id: &str, want: &str) -> Option<Option<&'a str>> {
    ops_for(p, id).into_iter().find_map(|o| match o {
        Op::Attr { attr, value, .. } if *attr == want => Some(value.as_deref()),
        _ => None,
    })
}

/// The label fragment a patch sends, or for a text-only change its new text nodes, each as
/// `>text<` with the text escaped (what the fragment would hold).
fn label_html(p: &Patch, id: &str) -> Option<String> {
    use faultline::bind::patch::Sel;
    ops_for(p, id).into_iter().find_map(|o| match o {
        Op::Html { sel: Sel::Label, html, .. } => Some(html.clone()),
        Op::Text { sel: Sel::Label, texts, .. } => Some(
            texts
                .iter()
                .map(|(_, t)| format!(">{}<", t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")))
                .collect(),
        ),
        _ => None,
    })
}

const LATENCY: &str = r##"{"version": 1, "bindings": [{
    "id": "latency",
    "cells": {"attr": {"service": "*"}},
    "series": {"labels": {"service": "${cell.service}"}},
    "reducer": "last",
    "thresholds": {"steps": [{"value": 200, "level": "warn"}, {"value": 500, "level": "crit"}]},
    "color": {"targets": ["fill", "stroke"], "when": "always"},
    "text": {"mode": "appendLine", "unit": "ms", "decimals": 0},
    "blink": "crit",
    "links": [{"title": "Runbook ${__cell.label}", "url": "https://wiki.example/${__cell.service}?from=${__from}&v=${__value.raw}&env=${env}", "newTab": true}]
}], "traces": {"datasourceUid": "tempo-1", "type": "tempo", "serviceAttr": "service"}}"##;

#[test]
fn refresh_patches_only_what_changed() {
    let mut d = doc();
    let r = d.set_bindings(LATENCY);
    assert!(r.ok, "{:?}", r.errors);
    assert_eq!(r.bindings, 1);
    let f1 = frames(&[
        (
            "A",
            "checkout",
            json!({"service": "checkout"}),
            vec![100.0, 120.0],
        ),
        ("A", "cart", json!({"service": "cart"}), vec![300.0, 250.0]),
    ]);
    let p = update(&mut d, &f1);
    assert!(p.rematched);
    assert_eq!(attr(&p, "checkout", "fill"), Some(Some("#56a64b")));
    assert_eq!(attr(&p, "checkout", "data-level"), Some(Some("ok")));
    assert_eq!(attr(&p, "cart", "fill"), Some(Some("#ff9830")));
    assert!(
        label_html(&p, "checkout").unwrap().contains(">120 ms<"),
        "{:?}",
        label_html(&p, "checkout")
    );
    // HTML label: the value goes after a <br>, escaped.
    assert!(label_html(&p, "cart").unwrap().contains("250 ms"));
    assert!(ops_for(&p, "free").is_empty() && ops_for(&p, "db").is_empty());
    assert_eq!(
        p.levels.get("cart").cloned().flatten().as_deref(),
        Some("warn")
    );

    // Same data again: nothing to do.
    let p2 = update(&mut d, &f1);
    assert!(p2.ops.is_empty(), "{:?}", p2.ops);
    assert!(!p2.rematched);

    // Only cart changes (to crit): ops only for cart, and no rematch (same series set).
    let f3 = frames(&[
        (
            "A",
            "checkout",
            json!({"service": "checkout"}),
            vec![100.0, 120.0],
        ),
        ("A", "cart", json!({"service": "cart"}), vec![300.0, 900.0]),
    ]);
    let p3 = update(&mut d, &f3);
    assert!(!p3.rematched);
    assert!(ops_for(&p3, "checkout").is_empty(), "{:?}", p3.ops);
    assert_eq!(attr(&p3, "cart", "fill"), Some(Some("#e02f44")));
    assert!(ops_for(&p3, "cart").iter().any(|o| matches!(
        o,
        Op::Class {
            class: "fl-blink",
            on: true,
            ..
        }
    )));

    // The patch as JSON, as the panel receives it.
    let j = serde_json::to_value(&p3).unwrap();
    assert!(
        j["ops"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["sel"] == "root" && o["class"] == "fl-blink" && o["on"] == true),
        "{j}"
    );
}

#[test]
fn removing_bindings_restores_cells() {
    let mut d = doc();
    d.set_bindings(LATENCY);
    let f = frames(&[("A", "checkout", json!({"service": "checkout"}), vec![600.0])]);
    update(&mut d, &f);
    d.set_bindings(r#"{"version": 1, "bindings": []}"#);
    let p = update(&mut d, &f);
    assert_eq!(
        attr(&p, "checkout", "fill"),
        Some(None),
        "restore the drawn fill: {:?}",
        p.ops
    );
    assert_eq!(attr(&p, "checkout", "data-level"), Some(None));
    assert!(ops_for(&p, "checkout")
        .iter()
        .any(|o| matches!(o, Op::Class { on: false, .. })));
    let restored = label_html(&p, "checkout").unwrap();
    assert!(
        restored.contains(">Checkout<") && !restored.contains("ms"),
        "{restored}"
    );
}

#[test]
fn tooltip_links_trace_state() {
    let mut d = doc();
    d.set_bindings(LATENCY);
    let f = frames(&[(
        "A",
        "checkout",
        json!({"service": "checkout"}),
        vec![100.0, 150.0, 700.0],
    )]);
    update(&mut d, &f);
    let t = d.tooltip("checkout");
    assert!(
        t.starts_with("<svg") && t.contains("class=\"fl-spark\""),
        "{t}"
    );
    assert!(
        t.contains("Payment &lt;front&gt; door"),
        "draw.io tooltip attribute, escaped: {t}"
    );
    assert!(t.contains("700 ms · crit"), "{t}");
    assert_eq!(d.tooltip("nope"), "");
    let (links, dropped) = d.links("checkout");
    assert!(dropped.is_empty());
    assert_eq!(links.len(), 1);
    assert_eq!(
        links[0].url,
        "https://wiki.example/checkout?from=1000000&v=700&env=${env}"
    );
    assert_eq!(links[0].title, "Runbook Checkout");
    let tr = d.trace("checkout").unwrap();
    assert_eq!(
        (
            tr.datasource_uid.as_str(),
            tr.kind.as_str(),
            tr.service.as_str()
        ),
        ("tempo-1", "tempo", "checkout")
    );
    assert!(d.trace("db").is_none());
    let s = d.state("checkout").unwrap();
    assert_eq!(s.level.as_deref(), Some("crit"));
    assert_eq!(s.bindings[0].series[0].value.as_deref(), Some("700 ms"));
    let ins = d.inspect();
    assert!(ins.unmapped_cells.contains(&"free".to_string()));
    assert!(ins
        .cells
        .iter()
        .any(|c| c.id == "cart" && c.bindings[0].note.as_deref() == Some("no matching series")));
}

#[test]
fn bad_data_never_panics_and_is_reported() {
    let mut d = doc();
    d.set_bindings(LATENCY);
    // NaN-only, +Inf, empty.
    let f = frames(&[
        (
            "A",
            "checkout",
            json!({"service": "checkout"}),
            vec![f64::NAN, f64::NAN],
        ),
        ("A", "cart", json!({"service": "cart"}), vec![f64::INFINITY]),
    ]);
    let p = update(&mut d, &f);
    assert_eq!(attr(&p, "cart", "data-level"), Some(Some("crit")));
    assert!(label_html(&p, "cart").unwrap().contains("∞"));
    assert!(ops_for(&p, "checkout").is_empty(), "no value: drawn as is");
    assert_eq!(
        d.state("checkout").unwrap().bindings[0].note.as_deref(),
        Some("no value (null, NaN or empty)")
    );

    // Ranges outside the buffers, mismatched time length, bad JSON, garbage types.
    let desc = json!({"fields": [
        {"refId": "A", "name": "Time", "type": "time", "offset": 0, "length": 5},
        {"refId": "A", "name": "Value", "labels": {"service": "checkout"}, "offset": 0, "length": 3, "timeOffset": 0},
        {"refId": "A", "name": "Value", "labels": {"service": "cart"}, "offset": 2, "length": 99, "timeOffset": 0},
        {"refId": "A", "name": "Value", "offset": -5, "length": "x"},
        {"refId": "A", "name": "Empty", "offset": 0, "length": 0, "timeOffset": 0}
    ]})
    .to_string();
    let p = d.update(Input {
        frames: &desc,
        values: vec![1.0, 2.0, 3.0],
        times: vec![1.0, 2.0],
        now_ms: f64::NAN,
        from_ms: f64::INFINITY,
        to_ms: 0.0,
    });
    let _ = p;
    let ins = d.inspect();
    assert!(
        ins.data
            .iter()
            .any(|m| m.contains("outside the values buffer")),
        "{:?}",
        ins.data
    );
    assert!(
        ins.data.iter().any(|m| m.contains("time field has 5")),
        "{:?}",
        ins.data
    );
    assert!(
        ins.data.iter().any(|m| m.contains("empty field")),
        "{:?}",
        ins.data
    );
    let p = d.update(Input {
        frames: "{\"fields\": [",
        values: vec![],
        times: vec![],
        now_ms: 0.0,
        from_ms: 0.0,
        to_ms: 0.0,
    });
    assert!(p.problems > 0);
    assert!(d.inspect().data[0].starts_with("frames descriptor is not valid JSON"));
    // A series disappears: the cell goes back to no data and the inspector says which.
    let f1 = frames(&[
        ("A", "checkout", json!({"service": "checkout"}), vec![100.0]),
        ("A", "cart", json!({"service": "cart"}), vec![100.0]),
    ]);
    update(&mut d, &f1);
    let f2 = frames(&[("A", "checkout", json!({"service": "checkout"}), vec![100.0])]);
    let p = update(&mut d, &f2);
    assert!(p.rematched);
    assert_eq!(attr(&p, "cart", "fill"), Some(None));
    assert!(
        d.inspect().disappeared.iter().any(|s| s == "cart"),
        "{:?}",
        d.inspect().disappeared
    );
}

#[test]
fn unchanged_descriptor_can_be_omitted() {
    let mut d = doc();
    d.set_bindings(LATENCY);
    let f = frames(&[("A", "checkout", json!({"service": "checkout"}), vec![100.0])]);
    update(&mut d, &f);
    let p = d.update(Input {
        frames: "",
        values: vec![900.0],
        times: f.2.clone(),
        now_ms: 0.0,
        from_ms: 0.0,
        to_ms: 0.0,
    });
    assert!(!p.rematched);
    assert_eq!(attr(&p, "checkout", "data-level"), Some(Some("crit")));
}

#[test]
fn edges_width_flow_colour_and_render_mode() {
    let bindings = r##"{"version": 1, "bindings": [{
        "id": "traffic", "cells": "e1", "series": {"name": "rps"},
        "thresholds": {"steps": [{"value": 100, "level": "warn"}]},
        "edge": {"color": true, "width": {"from": 0, "to": 200, "min": 1, "max": 5}, "flow": {"speedFrom": 0, "speedTo": 200, "minSpeed": 10, "maxSpeed": 50}},
        "blink": "warn"
    }]}"##;
    let mut d = doc();
    assert!(d.set_bindings(bindings).ok);
    let p = update(&mut d, &frames(&[("A", "rps", json!({}), vec![-100.0])]));
    assert_eq!(attr(&p, "e1", "stroke-width"), Some(Some("1")));
    assert_eq!(
        attr(&p, "e1", "data-flow"),
        Some(Some("-30")),
        "reverse flow for a negative rate: {:?}",
        p.ops
    );
    let p = update(&mut d, &frames(&[("A", "rps", json!({}), vec![150.0])]));
    assert_eq!(attr(&p, "e1", "stroke-width"), Some(Some("4")));
    assert_eq!(attr(&p, "e1", "data-flow"), Some(Some("40")));
    assert_eq!(attr(&p, "e1", "stroke"), Some(Some("#ff9830")));
    assert!(ops_for(&p, "e1").iter().any(|o| matches!(
        o,
        Op::Attr {
            sel: faultline::bind::patch::Sel::Marker,
            attr: "fill",
            painted: true,
            ..
        }
    )));
    // Render mode: nothing animated.
    d.engine.animations = false;
    let p = update(&mut d, &frames(&[("A", "rps", json!({}), vec![160.0])]));
    assert_eq!(attr(&p, "e1", "data-flow"), Some(None));
    assert!(ops_for(&p, "e1")
        .iter()
        .any(|o| matches!(o, Op::Class { on: false, .. })));
}

#[test]
fn several_bindings_on_one_cell_worst_wins() {
    let b = r##"{"version": 1, "combine": "worst", "bindings": [
        {"id": "a", "cells": "db", "series": {"name": "a"}, "thresholds": {"steps": [{"value": 10, "level": "warn"}]}, "color": ["fill"]},
        {"id": "b", "cells": "db", "series": {"name": "b"}, "thresholds": {"steps": [{"value": 10, "level": "crit"}]}, "color": ["fill", "gradient"]}
    ]}"##;
    let mut d = doc();
    assert!(d.set_bindings(b).ok);
    let p = update(
        &mut d,
        &frames(&[
            ("A", "a", json!({}), vec![20.0]),
            ("A", "b", json!({}), vec![5.0]),
        ]),
    );
    assert_eq!(attr(&p, "db", "data-level"), Some(Some("warn")));
    assert_eq!(attr(&p, "db", "fill"), Some(Some("#ff9830")));
    let p = update(
        &mut d,
        &frames(&[
            ("A", "a", json!({}), vec![20.0]),
            ("A", "b", json!({}), vec![50.0]),
        ]),
    );
    assert_eq!(attr(&p, "db", "data-level"), Some(Some("crit")));
    assert_eq!(attr(&p, "db", "fill"), Some(Some("#e02f44")));
    // db draws a gradient: the gradient target patches its end stop.
    assert_eq!(attr(&p, "db", "stop-color"), Some(Some("#e02f44")));
    // combine=best picks the better one.
    d.set_bindings(&b.replace("\"worst\"", "\"best\""));
    let p = update(
        &mut d,
        &frames(&[
            ("A", "a", json!({}), vec![20.0]),
            ("A", "b", json!({}), vec![50.0]),
        ]),
    );
    assert_eq!(attr(&p, "db", "data-level"), Some(Some("warn")));
}

#[test]
fn text_and_mappings_end_to_end() {
    let b = r##"{"version": 1, "bindings": [
        {"id": "status", "cells": "free", "series": {"name": "up"},
         "mappings": [{"type": "value", "value": 1, "text": "UP", "level": "ok"}, {"type": "value", "value": 0, "text": "DOWN <!>", "level": "crit", "color": "purple"}],
         "color": {"targets": ["font", "labelBackground"], "when": "notOk"},
         "text": {"mode": "replace", "format": "${__cell.label}: ${__value}"}}
    ]}"##;
    let mut d = doc();
    assert!(d.set_bindings(b).ok);
    let p = update(&mut d, &frames(&[("A", "up", json!({}), vec![1.0])]));
    let h = label_html(&p, "free").unwrap();
    assert!(
        h.contains(">Unbound&#58; UP<") || h.contains(">Unbound: UP<"),
        "{h}"
    );
    let p = update(&mut d, &frames(&[("A", "up", json!({}), vec![0.0])]));
    let h = label_html(&p, "free").unwrap();
    assert!(h.contains("DOWN &lt;!&gt;"), "escaped: {h}");
    assert!(
        h.contains("#b877d9") || h.contains("#a352cc"),
        "mapping colour on font/background: {h}"
    );
}

#[test]
fn bound_svg_for_static_render() {
    let mut d = doc();
    d.set_bindings(LATENCY);
    update(
        &mut d,
        &frames(&[("A", "checkout", json!({"service": "checkout"}), vec![900.0])]),
    );
    let svg = d.bound_svg(&faultline::stencil::Registry::new());
    assert!(
        svg.contains("#e02f44") && svg.contains("900 ms"),
        "static render carries the bound state"
    );
    assert!(!svg.contains("fl-blink") && !svg.contains("data-flow"));
    assert!(d.drawn.svg.contains("class=\"fl-label\""));
}

/// Data first, bindings after (a dashboard whose queries return before the panel is edited): the
/// core matches at compile time, so the host knows which fields to copy before the first update,
/// and that update gives the same patch as when the bindings came first.
#[test]
fn bindings_after_data_match_at_compile() {
    let f = frames(&[
        ("A", "checkout", json!({"service": "checkout"}), vec![100.0, 120.0]),
        ("A", "other", json!({"service": "nobody"}), vec![1.0, 2.0]),
        ("A", "cart", json!({"service": "cart"}), vec![300.0, 250.0]),
    ]);
    let mut first = doc();
    assert!(first.set_bindings(LATENCY).ok);
    assert!(first.engine.needed_fields().is_empty(), "no series yet");
    let want = update(&mut first, &f);

    let mut later = doc();
    update(&mut later, &f);
    assert!(later.set_bindings(LATENCY).ok);
    // Descriptor fields 1 (checkout) and 3 (cart); 2 (other) is read by no binding.
    assert_eq!(later.engine.needed_fields(), vec![1, 3]);
    let got = update(&mut later, &f);
    assert!(!got.rematched, "matched already");
    assert_eq!(got.ops, want.ops);
    assert_eq!(got.levels, want.levels);
}
