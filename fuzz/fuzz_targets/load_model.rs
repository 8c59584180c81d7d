//! Any bytes → decoded pages → models, through the public entry point and page by page.
#![no_main]

use faultline::model::{parse_model, CellKind, Limits, PageContext};
use faultline::style::Stylesheet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = faultline::api::load_model(data, None);
    let Ok(pages) = faultline::decode::extract_pages(data) else {
        return;
    };
    let sheet = Stylesheet::default();
    for (i, page) in pages.iter().enumerate().take(4) {
        let ctx = PageContext {
            page_name: page.name.clone(),
            page_number: i + 1,
            page_count: pages.len(),
        };
        let Ok(model) = parse_model(&page.xml, &sheet, &ctx, &Limits::default()) else {
            continue;
        };
        // Invariants the later stages rely on.
        assert_eq!(model.cells[model.root].kind, CellKind::Root);
        assert_eq!(model.draw_order().len(), model.cells.len());
        for (index, cell) in model.cells.iter().enumerate() {
            if let Some(p) = cell.parent {
                assert!(model.cells[p].children.contains(&index));
            } else {
                assert_eq!(index, model.root);
            }
            for end in [cell.source, cell.target].into_iter().flatten() {
                assert!(end < model.cells.len());
            }
            let g = &cell.geometry;
            for v in [g.x, g.y, g.width, g.height] {
                assert!(v.is_finite() && v.abs() <= faultline::model::MAX_COORDINATE);
            }
            for p in g
                .points
                .iter()
                .chain(&g.source_point)
                .chain(&g.target_point)
                .chain(&g.offset)
            {
                assert!(p.x.is_finite() && p.y.is_finite());
            }
        }
    }
});
