//! Prints each cell's id, kind, geometry and resolved style: `cargo run --example dump_styles -- FILE [PAGE]`.
use faultline::api::{self, PageSel};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).expect("read");
    let page = args.get(2).and_then(|p| p.parse().ok()).unwrap_or(0);
    let (_, _, model) = api::load_model(&bytes, Some(&PageSel::Index(page))).expect("model");
    for c in &model.cells {
        let g = &c.geometry;
        let kind = if c.is_vertex() {
            "v"
        } else if c.is_edge() {
            "e"
        } else {
            "-"
        };
        println!(
            "{} {} [{} {} {} {}] {}  | {}",
            kind,
            c.id,
            g.x,
            g.y,
            g.width,
            g.height,
            c.style_text,
            c.label.chars().take(40).collect::<String>()
        );
    }
}
