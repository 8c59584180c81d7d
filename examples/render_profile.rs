//! In-process render timing (for profilers: no process start, no I/O in the loop).
//!   cargo run --release --example render_profile -- FILE... [--runs N]
//! Stencil packs are read from build/stencils (scripts/build.sh) when present.
use faultline::api::{self, RenderOptions};
use faultline::stencil::Registry;
use std::time::Instant;

fn main() {
    let mut files = Vec::new();
    let mut runs = 50usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--runs" {
            runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N");
        } else {
            files.push(a);
        }
    }
    let opts = RenderOptions::default();
    for file in files {
        let input = std::fs::read(&file).expect("read");
        let mut reg = Registry::new();
        for name in api::required_packs(&input, &opts, &reg).unwrap_or_default() {
            if let Ok(bytes) = std::fs::read(format!("build/stencils/{}.pack", name)) {
                let _ = reg.add_pack(&name, &bytes);
            }
        }
        let mut times = Vec::with_capacity(runs);
        let mut len = 0;
        for _ in 0..runs {
            let t = Instant::now();
            len = api::render_with(&input, &opts, &reg).map(|o| o.svg.len()).unwrap_or(0);
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(|a, b| a.total_cmp(b));
        println!("{:50} median {:7.2} ms  min {:7.2} ms  svg {} B", file.rsplit('/').next().unwrap(), times[runs / 2], times[0], len);
    }
}
