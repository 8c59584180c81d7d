//! Stencil packs for the build. `scripts/build.sh` compiles draw.io's stencils into `build/stencils/`
//! (examples/stencil_pack.rs) and then sets FAULTLINE_STENCILS to that folder for the wasm and CLI
//! builds. This script turns its `manifest.txt` into:
//! - `stencil_manifest.rs` (the library): `AVAILABLE`, the sorted pack names, so the core asks hosts
//!   only for packs that exist;
//! - `stencil_embed.rs` (the CLI): every pack as `include_bytes!`, so the binary needs no extra files.
//!
//! Without FAULTLINE_STENCILS (a plain `cargo build`/`cargo test` on a fresh checkout) both are empty.
//!
//! It also writes `extended_shapes.rs`: the names the code-drawn shape families of feature `extended`
//! draw (mockups and the ported draw.io libraries), read from the arms of their `paint` dispatch, so
//! that the common drawing module knows which pages need the extended one (render::needs_extended).

use std::env;
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=FAULTLINE_STENCILS");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    let mut names: Vec<String> = Vec::new();
    let mut dir = None;
    if let Some(d) = env::var_os("FAULTLINE_STENCILS").filter(|d| !d.is_empty()) {
        let d = PathBuf::from(d);
        let manifest = d.join("manifest.txt");
        println!("cargo:rerun-if-changed={}", manifest.display());
        match fs::read_to_string(&manifest) {
            Ok(text) => {
                names = text
                    .lines()
                    .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                    .filter_map(|l| l.split('\t').next())
                    .map(str::to_string)
                    .collect();
                names.sort();
                names.dedup();
                dir = Some(d);
            }
            Err(e) => println!("cargo:warning=FAULTLINE_STENCILS is set but {} cannot be read ({}): building without stencils", manifest.display(), e),
        }
    }

    let mut manifest_rs = String::from(
        "/// Packs produced by the build step, sorted.\npub const AVAILABLE: &[&str] = &[",
    );
    for n in &names {
        let _ = write!(manifest_rs, "{:?},", n);
    }
    manifest_rs.push_str("];\n");
    fs::write(out.join("stencil_manifest.rs"), manifest_rs).expect("write stencil_manifest.rs");

    let mut embed_rs = String::from(
        "/// Every pack of the build, by name.\npub const EMBEDDED_PACKS: &[(&str, &[u8])] = &[",
    );
    if let Some(d) = &dir {
        for n in &names {
            let file = pack_file(d, n);
            println!("cargo:rerun-if-changed={}", file.display());
            if file.is_file() {
                let _ = write!(
                    embed_rs,
                    "({:?}, include_bytes!({:?})),",
                    n,
                    file.canonicalize().unwrap_or(file.clone())
                );
            } else {
                println!(
                    "cargo:warning=stencil pack {} is listed in the manifest but missing",
                    file.display()
                );
            }
        }
    }
    embed_rs.push_str("];\n");
    fs::write(out.join("stencil_embed.rs"), embed_rs).expect("write stencil_embed.rs");
    extended_shapes(&out);
}

/// `EXTENDED_SHAPES`, sorted: every `"name" =>` arm of the `fn paint` dispatch of these files
/// (the mockup submodules match names without `mxgraph.mockup.`).
fn extended_shapes(out: &Path) {
    let mut names: Vec<String> = Vec::new();
    for file in ["ported", "rack_legacy", "mockup/simple", "mockup/buttons", "mockup/containers", "mockup/graphics", "mockup/misc"] {
        let path = format!("src/render/shapes/{file}.rs");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let body = text
            .lines()
            .skip_while(|l| !l.contains("fn paint("))
            .skip(1)
            .take_while(|l| *l != "}");
        for line in body {
            let Some(rest) = line.trim().strip_prefix('"') else { continue };
            let Some((name, tail)) = rest.split_once('"') else { continue };
            if tail.trim_start().starts_with("=>") {
                names.push(if name.starts_with("mxgraph.") { name.to_string() } else { format!("mxgraph.mockup.{name}") });
            }
        }
    }
    assert!(names.len() > 200, "extended_shapes: only {} names found: has the dispatch in src/render/shapes changed form?", names.len());
    names.sort();
    names.dedup();
    let mut rs = String::from("/// Shapes only the `extended` drawing code draws (build.rs), sorted.\npub const EXTENDED_SHAPES: &[&str] = &[");
    for n in &names {
        let _ = write!(rs, "{:?},", n);
    }
    rs.push_str("];\n");
    fs::write(out.join("extended_shapes.rs"), rs).expect("write extended_shapes.rs");
}

fn pack_file(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{}.pack", name))
}
