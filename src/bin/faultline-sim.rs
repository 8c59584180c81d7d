//! Evaluation and timing of the root-cause ranking: prints markdown tables.
//!
//! faultline-sim [--seed N] [--cases N] [--large-cases N] [--quick] [--standard]
//!               [--setting SPEC]... [--config JSON] [--timing] [--out FILE]
//! faultline-sim --live DIR   (used by scripts/bench/analyze.mjs)

use faultline::analyze::sim;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut opts = sim::Options::default();
    let mut custom = Vec::new();
    let mut timing = false;
    let mut out = None;
    let mut live: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{} needs a value", name));
        let r: Result<(), String> = (|| {
            match a.as_str() {
                "--seed" => {
                    opts.seed = value("--seed")?
                        .parse()
                        .map_err(|_| "--seed takes an integer".to_string())?
                }
                "--cases" => {
                    opts.cases = value("--cases")?
                        .parse()
                        .map_err(|_| "--cases takes an integer".to_string())?
                }
                "--large-cases" => {
                    opts.large_cases = value("--large-cases")?
                        .parse()
                        .map_err(|_| "--large-cases takes an integer".to_string())?
                }
                "--quick" => {
                    opts.cases = 30;
                    opts.large_cases = 5;
                }
                "--standard" => opts.settings.truncate(1),
                "--setting" => custom.push(sim::parse_setting(&value("--setting")?)?),
                "--timing" => timing = true,
                "--live" => live = Some(value("--live")?),
                "--out" => out = Some(value("--out")?),
                "--config" => {
                    opts.config = serde_json::from_str(&value("--config")?)
                        .map_err(|e| format!("--config: {}", e))?
                }
                "-h" | "--help" => {
                    println!("faultline-sim [--seed N] [--cases N] [--large-cases N] [--quick] [--standard] [--setting SPEC]... [--config JSON] [--timing] [--out FILE]");
                    println!("SPEC: m=4,q=0.5,noise=0.07,sustained=1,missing=0.05,late=1,lag=2,decay=0.6-0.9 (on top of the standard setting)");
                    std::process::exit(0);
                }
                other => return Err(format!("unknown argument {}", other)),
            }
            Ok(())
        })();
        if let Err(e) = r {
            eprintln!("faultline-sim: {}", e);
            return ExitCode::from(2);
        }
    }
    if !custom.is_empty() {
        opts.settings = custom;
    }
    // The native side of scripts/bench/analyze.mjs (timings of the live analysis, as JSON).
    if let Some(dir) = live {
        return match sim::live::run(std::path::Path::new(&dir)) {
            Ok(json) => {
                println!("{}", json);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("faultline-sim: --live {}: {}", dir, e);
                ExitCode::from(1)
            }
        };
    }
    let text = if timing {
        let mut s = String::new();
        for n in [500, 5000] {
            s.push_str(&sim::timing(n, opts.seed, 200));
            s.push('\n');
        }
        s
    } else {
        let rows = sim::run(&opts);
        sim::markdown(&rows, &opts)
    };
    print!("{}", text);
    if let Some(path) = out {
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("faultline-sim: writing {}: {}", path, e);
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
