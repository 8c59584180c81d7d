//! The stencil packs the build writes (build/stencils/, scripts/build-stencils.mjs): they exist, list
//! draw.io's libraries, load, agree with draw.io's library map, and draw the corpus's AWS diagrams
//! with no placeholder. Skips (with a message) when the packs or ../shared are absent.

use faultline::api::{self, RenderOptions};
use faultline::stencil::{names, Registry};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn packs_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("build/stencils");
    if dir.join("manifest.txt").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: {} has no manifest.txt (run node scripts/build-stencils.mjs)",
            dir.display()
        );
        None
    }
}

/// name → (kind, entries, pack bytes)
fn manifest(dir: &Path) -> BTreeMap<String, (String, usize, u64)> {
    let text = std::fs::read_to_string(dir.join("manifest.txt")).unwrap();
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                f[0].to_string(),
                (
                    f[1].to_string(),
                    f[2].parse().unwrap(),
                    f[4].parse().unwrap(),
                ),
            )
        })
        .collect()
}

fn load(dir: &Path, reg: &mut Registry, name: &str) {
    let bytes = std::fs::read(dir.join(format!("{}.pack", name))).unwrap();
    reg.add_pack(name, &bytes).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn packs_exist_and_list_the_libraries() {
    let Some(dir) = packs_dir() else { return };
    let m = manifest(&dir);
    for lib in [
        "aws4",
        "aws3",
        "azure",
        "gcp2",
        "kubernetes",
        "cisco19",
        "cisco/routers",
        "networks",
        "rack/general",
        "mscae/cloud",
        "cisco_safe/design",
    ] {
        assert_eq!(
            m.get(lib).map(|e| e.0.as_str()),
            Some("stencils"),
            "stencil library {lib} in the manifest"
        );
    }
    for img in [
        "img/lib/mscae",
        "img/lib/ibm/applications",
        "img/lib/azure2/compute",
        "img/lib/clip_art/computers/Netbook_128x128.png",
    ] {
        assert_eq!(
            m.get(img).map(|e| e.0.as_str()),
            Some("images"),
            "image pack {img} in the manifest"
        );
    }
    let stencils: usize = m.values().filter(|e| e.0 == "stencils").map(|e| e.1).sum();
    assert!(stencils > 7000, "{stencils} stencils");
    // Every pack loads, and its size is what the manifest says.
    let mut reg = Registry::new();
    for (name, (_, entries, bytes)) in &m {
        let file = dir.join(format!("{}.pack", name));
        assert_eq!(std::fs::metadata(&file).unwrap().len(), *bytes, "{name}");
        let before = reg.loaded().len();
        let bytes = std::fs::read(&file).unwrap();
        assert_eq!(reg.add_pack(name, &bytes).unwrap(), *entries, "{name}");
        assert_eq!(reg.loaded().len(), before + 1);
    }
    assert!(reg.stencil("mxgraph.aws4.lambda_function").is_some());
    assert!(reg.stencil("mxgraph.cisco.routers.router").is_some());
    assert!(reg
        .image("img/lib/ibm/applications/microservice.svg")
        .is_some());
    assert!(
        reg.data("#cisco19.bg.l2_switch_with_dual_supervisor")
            .is_some(),
        "cisco19 background rules packed"
    );
    // The library map of the core is draw.io's (js/diagramly/Editor.js, read by the pack builder).
    let libs = std::fs::read_to_string(dir.join("libraries.txt")).unwrap();
    let from_editor: Vec<(String, Vec<String>)> = libs
        .lines()
        .map(|l| {
            let (k, v) = l.split_once('\t').unwrap();
            (
                k.to_string(),
                v.split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            )
        })
        .collect();
    let ours: Vec<(String, Vec<String>)> = names::LIBRARIES
        .iter()
        .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
        .collect();
    assert_eq!(
        ours, from_editor,
        "stencil::names::LIBRARIES must match mxStencilRegistry.libraries"
    );
    // Every file the map names was packed.
    for (_, files) in &from_editor {
        for f in files {
            assert!(m.contains_key(f), "{f} listed by Editor.js but not packed");
        }
    }
}

#[test]
fn aws_corpus_diagrams_draw_without_placeholders() {
    let Some(dir) = packs_dir() else { return };
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!("skipped: {} is absent", corpus.display());
        return;
    }
    for name in [
        "drawio-cloud-aws_4.drawio",
        "drawio-cloud-aws_10.drawio",
        "flowcharting-cloud1.drawio",
        "flowcharting-cloud3.drawio",
    ] {
        let input = std::fs::read(corpus.join(name)).unwrap();
        let opts = RenderOptions::default();
        let mut reg = Registry::new();
        let before = api::render_with(&input, &opts, &reg).unwrap();
        assert!(
            !before.placeholders.is_empty(),
            "{name}: placeholders without packs"
        );
        let needed = api::required_packs(&input, &opts, &reg).unwrap();
        assert_eq!(
            needed,
            vec!["aws4".to_string()],
            "{name}: only the aws4 library"
        );
        assert_eq!(before.missing_packs, needed);
        for p in &needed {
            load(&dir, &mut reg, p);
        }
        assert!(api::required_packs(&input, &opts, &reg).unwrap().is_empty());
        let after = api::render_with(&input, &opts, &reg).unwrap();
        assert!(
            after.placeholders.is_empty(),
            "{name}: {:?}",
            after.placeholders
        );
        assert!(after.missing_packs.is_empty());
        assert!(after.svg.contains("fl-stencil"));
    }
}
