//! Corpus census for the renderer: how often each vertex shape, edge shape and arrow marker is
//! used, and which cells end as placeholders. `cargo run --example shape_census -- FILES...`

use faultline::api::{self, PageSel, RenderOptions};
use std::collections::BTreeMap;

fn main() {
    let mut shapes: BTreeMap<String, usize> = BTreeMap::new();
    let mut edge_shapes: BTreeMap<String, usize> = BTreeMap::new();
    let mut markers: BTreeMap<String, usize> = BTreeMap::new();
    let mut placeholders: BTreeMap<String, usize> = BTreeMap::new();
    let mut keys: BTreeMap<String, usize> = BTreeMap::new();
    let mut total_placeholders = 0;
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok((pages, _, _)) = api::load_model(&bytes, None) else {
            continue;
        };
        let mut file_ph = 0;
        for i in 0..pages.len() {
            let Ok((_, _, model)) = api::load_model(&bytes, Some(&PageSel::Index(i))) else {
                continue;
            };
            if model.shadow {
                *keys.entry("model shadow=1".to_string()).or_default() += 1;
            }
            for c in &model.cells {
                let s = &c.style;
                let kind = if c.is_edge() { "edge" } else { "vertex" };
                for k in [
                    "shadow",
                    "glass",
                    "gradientColor",
                    "gradientDirection",
                    "direction",
                    "rotation",
                    "flipH",
                    "flipV",
                    "curved",
                    "dashed",
                    "jumpStyle",
                    "perimeter",
                    "sketch",
                    "comic",
                    "double",
                    "fillOpacity",
                    "strokeOpacity",
                    "opacity",
                    "absoluteArcSize",
                    "arcSize",
                    "edgeStyle",
                ] {
                    if let Some(v) = s.get(k) {
                        if (k == "shadow"
                            || k == "glass"
                            || k == "dashed"
                            || k == "curved"
                            || k == "flipH"
                            || k == "flipV")
                            && v == "0"
                        {
                            continue;
                        }
                        *keys.entry(format!("{kind} {k}={v}")).or_default() += 1;
                    }
                }
                if c.is_vertex() {
                    *shapes.entry(s.shape().to_string()).or_default() += 1;
                } else if c.is_edge() {
                    *edge_shapes.entry(s.shape().to_string()).or_default() += 1;
                    for k in ["startArrow", "endArrow"] {
                        if let Some(m) = s.get(k) {
                            *markers.entry(m.to_string()).or_default() += 1;
                        }
                    }
                }
            }
            let opts = RenderOptions {
                page: Some(PageSel::Index(i)),
                ..Default::default()
            };
            if let Ok(out) = api::render(&bytes, &opts) {
                file_ph += out.placeholders.len();
                for p in out.placeholders {
                    *placeholders.entry(p.shape).or_default() += 1;
                }
            }
        }
        total_placeholders += file_ph;
        println!(
            "file\t{}\t{}",
            file_ph,
            path.rsplit('/').next().unwrap_or(&path)
        );
    }
    for (title, map) in [
        ("shape", &shapes),
        ("edge", &edge_shapes),
        ("marker", &markers),
        ("placeholder", &placeholders),
        ("key", &keys),
    ] {
        let mut v: Vec<_> = map.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (k, n) in v {
            println!("{title}\t{n}\t{k}");
        }
    }
    println!("total placeholders\t{total_placeholders}");
}
