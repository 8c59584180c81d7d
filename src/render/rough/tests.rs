//! The port against rough.js itself: `facts.json` is what draw.io's bundled rough.js generates
//! for the same calls (regenerate with `node scripts/bench/rough-facts.cjs`).

use super::*;

fn facts() -> serde_json::Value {
    serde_json::from_str(include_str!("facts.json")).expect("facts.json")
}

/// The options of facts.json's `base()`: draw.io's getStyle for a 2 px stroke, red fill.
fn base() -> Options {
    Options {
        stroke_width: 2.0,
        seed: seed_for("cell-1"),
        preserve_vertices: true,
        fill: true,
        ..Options::default()
    }
}

fn dump(sets: &[OpSet]) -> Vec<String> {
    sets.iter()
        .map(|s| {
            let kind = match s.kind {
                SetKind::Path => "path",
                SetKind::FillPath => "fillPath",
                SetKind::FillSketch => "fillSketch",
            };
            let ops: Vec<String> = s
                .ops
                .iter()
                .map(|o| {
                    let (c, d): (char, Vec<f64>) = match *o {
                        Op::Move(x, y) => ('m', vec![x, y]),
                        Op::Line(x, y) => ('l', vec![x, y]),
                        Op::Curve(a, b, c, d, e, f) => ('b', vec![a, b, c, d, e, f]),
                    };
                    format!("{c}{}", d.iter().map(|v| format!("{v:.6}")).collect::<Vec<_>>().join(","))
                })
                .collect();
            format!("{kind}:{}", ops.join(" "))
        })
        .collect()
}

/// Compares op by op, numbers to 1e-5 (the facts are printed to 6 decimals).
fn check(name: &str, got: &[OpSet]) {
    let f = facts();
    let want: Vec<String> = f[name].as_array().unwrap_or_else(|| panic!("no fact {name}")).iter().map(|v| v.as_str().unwrap().to_string()).collect();
    let got = dump(got);
    assert_eq!(got.len(), want.len(), "{name}: sets {got:?}");
    for (g, w) in got.iter().zip(&want) {
        let (gk, gops) = g.split_once(':').unwrap();
        let (wk, wops) = w.split_once(':').unwrap();
        assert_eq!(gk, wk, "{name}");
        let gv: Vec<&str> = gops.split(' ').filter(|s| !s.is_empty()).collect();
        let wv: Vec<&str> = wops.split(' ').filter(|s| !s.is_empty()).collect();
        assert_eq!(gv.len(), wv.len(), "{name} {gk}: op count\n got {gops}\nwant {wops}");
        for (i, (a, b)) in gv.iter().zip(&wv).enumerate() {
            assert_eq!(a[..1], b[..1], "{name} {gk} op {i}");
            let an: Vec<f64> = a[1..].split(',').map(|x| x.parse().unwrap()).collect();
            let bn: Vec<f64> = b[1..].split(',').map(|x| x.parse().unwrap()).collect();
            assert_eq!(an.len(), bn.len());
            for (x, y) in an.iter().zip(&bn) {
                assert!((x - y).abs() < 1e-5, "{name} {gk} op {i}: got {a} want {b}");
            }
        }
    }
}

#[test]
fn seed_is_javas_string_hash_from_one() {
    let f = facts();
    assert_eq!(seed_for("cell-1") as i64, f["seed"][0].as_i64().unwrap());
    assert_eq!(seed_for("_5mSTuPxr-ZiKRkBDSY7-3") as i64, f["seed"][1].as_i64().unwrap());
    assert_eq!(seed_for(""), 1);
}

#[test]
fn random_stream_matches() {
    let f = facts();
    let mut r = Random::new(seed_for("cell-1"));
    for i in 0..3 {
        assert_eq!(r.next(), f["random"][i].as_f64().unwrap());
    }
}

#[test]
fn rectangle_hachure() {
    check("rect", &rectangle(10.0, 20.0, 100.0, 50.0, &mut base()));
}

#[test]
fn rectangle_solid() {
    let mut o = base();
    o.fill_style = FillStyle::Solid;
    check("rectSolid", &rectangle(10.0, 20.0, 30.0, 15.0, &mut o));
}

#[test]
fn ellipse_outline_and_hachure() {
    let mut o = base();
    o.fill = false;
    check("ellipse", &ellipse(60.0, 40.0, 80.0, 50.0, &mut o));
    check("ellipseHach", &ellipse(60.0, 40.0, 40.0, 30.0, &mut base()));
}

#[test]
fn path_with_style_strings() {
    let mut o = base();
    o.hachure_gap = JsVal::Str("8".into());
    o.fill_weight = JsVal::Str("1".into());
    o.disable_multi_stroke = true;
    let segs = [Seg::M(10.0, 10.0), Seg::L(90.0, 10.0), Seg::Q(100.0, 10.0, 100.0, 20.0), Seg::L(100.0, 60.0), Seg::C(100.0, 70.0, 90.0, 70.0, 80.0, 70.0), Seg::Z];
    check("path", &path(&segs, &mut o));
    let mut s = base();
    s.fill_style = FillStyle::Solid;
    check("pathArc", &path(&[Seg::M(10.0, 50.0), Seg::A(40.0, 30.0, 0.0, false, true, 90.0, 50.0), Seg::Z], &mut s));
}

#[test]
fn other_fillers() {
    let with = |f: FillStyle| {
        let mut o = base();
        o.fill_style = f;
        o
    };
    check("cross", &rectangle(0.0, 0.0, 40.0, 30.0, &mut with(FillStyle::CrossHatch)));
    check("zigzag", &polygon(&[[0.0, 0.0], [60.0, 10.0], [30.0, 50.0]], &mut with(FillStyle::Zigzag)));
    check("dots", &rectangle(0.0, 0.0, 30.0, 20.0, &mut with(FillStyle::Dots)));
    let mut d = with(FillStyle::Dashed);
    d.hachure_gap = JsVal::Str("6".into());
    d.dash_gap = JsVal::Str("6".into());
    d.dash_offset = JsVal::Str("6".into());
    check("dashed", &rectangle(0.0, 0.0, 40.0, 30.0, &mut d));
    check("zigzagLine", &rectangle(0.0, 0.0, 40.0, 30.0, &mut with(FillStyle::ZigzagLine)));
}

#[test]
fn hachure_angle_from_a_style_concatenates() {
    // "30" + 90 = "3090" degrees in rough.js.
    let mut o = base();
    o.hachure_angle = JsVal::Str("30".into());
    o.stroke = false;
    check("angleStr", &rectangle(0.0, 0.0, 40.0, 30.0, &mut o));
}

#[test]
fn js_rounding_rules() {
    assert_eq!(js_round(-2.5), -2.0);
    assert_eq!(js_round(2.5), 3.0);
    assert_eq!(format2(0.125), 0.13);
    assert_eq!(format2(-0.125), -0.13);
    assert_eq!(format2(1.005), 1.0); // 1.005 is 1.00499999... in binary
}
