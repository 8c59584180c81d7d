//! Every real diagram in ../shared/corpus must decode and parse with no error.
//! Skips (with a message) when the shared folder is absent.

use faultline::decode::extract_pages;
use faultline::model::{parse_model, CellKind, Limits, PageContext};
use faultline::style::Stylesheet;
use std::path::PathBuf;
use std::time::Instant;

fn corpus_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

fn corpus_files(dir: &PathBuf) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".drawio")
                || name.ends_with(".xml")
                || name.ends_with(".svg")
                || name.ends_with(".png")
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_corpus_file_decodes_and_parses() {
    let Some(dir) = corpus_dir() else { return };
    let sheet = Stylesheet::default();
    let files = corpus_files(&dir);
    assert!(
        files.len() >= 53,
        "expected the 53 corpus files, found {}",
        files.len()
    );
    let (mut pages_total, mut cells_total, mut failures) = (0, 0, Vec::new());
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(path).unwrap();
        let pages = match extract_pages(&bytes) {
            Ok(p) => p,
            Err(e) => {
                failures.push(format!("{}: {}", name, e));
                continue;
            }
        };
        for (i, page) in pages.iter().enumerate() {
            let ctx = PageContext {
                page_name: page.name.clone(),
                page_number: i + 1,
                page_count: pages.len(),
            };
            match parse_model(&page.xml, &sheet, &ctx, &Limits::default()) {
                Ok(model) => {
                    cells_total += model.cells.len();
                    assert_eq!(model.cells[model.root].kind, CellKind::Root, "{}", name);
                    if !model.warnings.is_empty() {
                        eprintln!("{} page {}: warnings: {:?}", name, i + 1, model.warnings);
                    }
                    println!(
                        "{:55} page {:2} {:5} cells {:2} warnings",
                        name,
                        i + 1,
                        model.cells.len(),
                        model.warnings.len()
                    );
                }
                Err(e) => failures.push(format!(
                    "{} page {} (\"{}\"): {}",
                    name,
                    i + 1,
                    page.name,
                    e
                )),
            }
        }
        pages_total += pages.len();
    }
    println!(
        "corpus: {} files, {} pages, {} cells",
        files.len(),
        pages_total,
        cells_total
    );
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}

#[test]
fn the_largest_flowcharting_diagram_parses_fast() {
    let Some(dir) = corpus_dir() else { return };
    let bytes = std::fs::read(dir.join("flowcharting-large_diagram.drawio")).unwrap();
    let sheet = Stylesheet::default();
    let pages = extract_pages(&bytes).unwrap();
    let ctx = PageContext {
        page_name: pages[0].name.clone(),
        page_number: 1,
        page_count: pages.len(),
    };
    let model = parse_model(&pages[0].xml, &sheet, &ctx, &Limits::default()).unwrap();
    assert!(model.cells.len() > 50, "{} cells", model.cells.len());
    let runs = 20;
    let start = Instant::now();
    for _ in 0..runs {
        let pages = extract_pages(&bytes).unwrap();
        parse_model(&pages[0].xml, &sheet, &ctx, &Limits::default()).unwrap();
    }
    let per_run = start.elapsed() / runs;
    println!(
        "flowcharting-large_diagram.drawio: {} cells, decode+parse {:?} per run",
        model.cells.len(),
        per_run
    );
    // Generous bound for unoptimised test builds on a shared machine.
    assert!(per_run.as_millis() < 500, "{:?}", per_run);
}
