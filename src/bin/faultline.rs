//! The native host: `faultline render` (SVG/PNG without a browser) and `faultline analyze`.
//! Parsing arguments and I/O only; the work is in the library.

use faultline::api::{self, PageSel, RenderOptions};
use faultline::stencil::Registry;
use std::path::PathBuf;
use std::process::ExitCode;

// `EMBEDDED_PACKS`: draw.io's stencil library compiled by scripts/build.sh (empty in a plain
// `cargo build`; see build.rs).
include!(concat!(env!("OUT_DIR"), "/stencil_embed.rs"));

/// The embedded packs this diagram needs, added to a registry.
fn stencils_for(input: &[u8], opts: &RenderOptions) -> Registry {
    let mut reg = Registry::new();
    let Ok(needed) = api::required_packs(input, opts, &reg) else { return reg };
    for name in needed {
        if let Some((_, bytes)) = EMBEDDED_PACKS.iter().find(|(n, _)| *n == name) {
            if let Err(e) = reg.add_pack(&name, bytes) {
                eprintln!("faultline: warning: {}", e);
            }
        }
    }
    reg
}

const USAGE: &str = "usage:
  faultline render FILE [--page N|NAME] [--theme light|dark] [--scale S] [--border PX] -o OUT.svg|OUT.png
  faultline render --dashboard DASH.json --panel ID [--grafana URL --token TOKEN | --prometheus URL]
                   [--from TIME --to TIME] [--width PX --height PX] [--theme dark|light] [--var NAME=VALUE]...
                   [--quality 1-100] -o OUT.png|OUT.jpg|OUT.svg
  faultline analyze FILE [--page N|NAME] --state STATE.json [-o OUT.json]
  faultline relay --config relay.toml [--check]
  faultline --version";

/// A one-line failure; printed as `faultline: <reason>` with exit status 1 (2 for usage errors).
struct Fail(u8, String);

fn usage(msg: impl Into<String>) -> Fail {
    Fail(
        2,
        format!("{} (faultline --help shows the usage)", msg.into()),
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(code, msg)) => {
            eprintln!("faultline: {}", msg);
            ExitCode::from(code)
        }
    }
}

fn run(args: &[String]) -> Result<(), Fail> {
    match args.first().map(String::as_str) {
        Some("render") => render(&args[1..]),
        Some("analyze") => analyze(&args[1..]),
        Some("relay") => relay(&args[1..]),
        Some("--version") | Some("-V") => {
            println!("faultline {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("--help") | Some("-h") | None => {
            println!("{}", USAGE);
            Ok(())
        }
        Some(other) => Err(usage(format!("unknown command \"{}\"", other))),
    }
}

/// Flags with values, in order; the rest are positional.
fn split_flags<'a>(
    args: &'a [String],
    with_value: &[&str],
) -> Result<(Vec<(&'a str, &'a str)>, Vec<&'a str>), Fail> {
    let mut flags = Vec::new();
    let mut pos = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some((k, v)) = a.split_once('=').filter(|(k, _)| k.starts_with("--")) {
            if !with_value.contains(&k) {
                return Err(usage(format!("unknown option {}", k)));
            }
            flags.push((k, v));
        } else if a.starts_with('-') && a.len() > 1 {
            if !with_value.contains(&a.as_str()) {
                return Err(usage(format!("unknown option {}", a)));
            }
            let v = it
                .next()
                .ok_or_else(|| usage(format!("{} needs a value", a)))?;
            flags.push((a.as_str(), v.as_str()));
        } else {
            pos.push(a.as_str());
        }
    }
    Ok((flags, pos))
}

fn render(args: &[String]) -> Result<(), Fail> {
    if args.iter().any(|a| a == "--dashboard" || a.starts_with("--dashboard=")) {
        return render_dashboard(args);
    }
    let (flags, pos) = split_flags(args, &["--page", "--theme", "--scale", "--border", "-o", "--output"])?;
    let [file] = pos[..] else {
        return Err(usage("render needs exactly one input FILE"));
    };
    let mut opts = RenderOptions::default();
    let mut scale = 1.0f32;
    let mut out: Option<PathBuf> = None;
    for (k, v) in flags {
        match k {
            "--page" => {
                opts.page = Some(
                    v.parse::<usize>()
                        .map(PageSel::Index)
                        .unwrap_or_else(|_| PageSel::Name(v.to_string())),
                )
            }
            "--theme" => opts.theme = Some(v.to_string()),
            "--scale" => {
                scale = v
                    .parse()
                    .map_err(|_| usage(format!("--scale needs a number, got \"{}\"", v)))?
            }
            "--border" => {
                opts.border = Some(
                    v.parse()
                        .map_err(|_| usage(format!("--border needs a number, got \"{}\"", v)))?,
                )
            }
            _ => out = Some(PathBuf::from(v)),
        }
    }
    let out = out.ok_or_else(|| usage("render needs -o OUT.svg or -o OUT.png"))?;
    let ext = out
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    if ext != "svg" && ext != "png" {
        return Err(usage(format!(
            "cannot tell the output format of \"{}\": use a .svg or .png file name",
            out.display()
        )));
    }
    let input = std::fs::read(file).map_err(|e| Fail(1, format!("cannot read {}: {}", file, e)))?;
    let stencils = stencils_for(&input, &opts);
    let drawn = api::render_with(&input, &opts, &stencils).map_err(|e| Fail(1, format!("{}: {}", file, e)))?;
    for w in &drawn.warnings {
        eprintln!("faultline: warning: {}", w);
    }
    if !drawn.missing_packs.is_empty() {
        let why = if EMBEDDED_PACKS.is_empty() { "this faultline was built without draw.io's stencils (build it with scripts/build.sh)" } else { "not in this build" };
        eprintln!("faultline: warning: stencil libraries {}: {}", why, drawn.missing_packs.join(", "));
    }
    let bytes = if ext == "svg" {
        drawn.svg.into_bytes()
    } else {
        faultline::raster::svg_to_png(&drawn.svg, scale, None).map_err(|e| Fail(1, e.message))?
    };
    std::fs::write(&out, bytes)
        .map_err(|e| Fail(1, format!("cannot write {}: {}", out.display(), e)))?;
    Ok(())
}

/// `render --dashboard`: a live panel, with its data, bindings and overlays, without a browser.
fn render_dashboard(args: &[String]) -> Result<(), Fail> {
    use faultline::dashboard::{query::Source, render};
    let (flags, pos) = split_flags(
        args,
        &["--dashboard", "--panel", "--grafana", "--token", "--prometheus", "--from", "--to", "--width", "--height", "--theme", "--var", "--quality", "-o", "--output"],
    )?;
    if let Some(extra) = pos.first() {
        return Err(usage(format!("render --dashboard takes no input FILE (got \"{}\")", extra)));
    }
    let get = |k: &str| flags.iter().rev().find(|(f, _)| *f == k).map(|(_, v)| *v);
    let dash = get("--dashboard").ok_or_else(|| usage("--dashboard needs DASH.json"))?;
    let panel: u64 = get("--panel")
        .ok_or_else(|| usage("render --dashboard needs --panel ID"))?
        .parse()
        .map_err(|_| usage("--panel needs the panel's numeric id"))?;
    let num = |k: &str, d: u32| -> Result<u32, Fail> {
        get(k).map(|v| v.parse().map_err(|_| usage(format!("{} needs a whole number, got \"{}\"", k, v)))).unwrap_or(Ok(d))
    };
    let (width, height, quality) = (num("--width", 1000)?, num("--height", 600)?, num("--quality", 90)?);
    let theme = get("--theme").unwrap_or("dark").to_string();
    if theme != "light" && theme != "dark" {
        return Err(usage(format!("unknown theme \"{}\": use light or dark", theme)));
    }
    // The token may come from the environment, so that it is not in the process list.
    let token = get("--token").map(str::to_string).or_else(|| std::env::var("FAULTLINE_GRAFANA_TOKEN").ok());
    let source = match (get("--grafana"), get("--prometheus")) {
        (Some(_), Some(_)) => return Err(usage("use either --grafana or --prometheus, not both")),
        (Some(url), None) => Some(Source::Grafana {
            url: url.to_string(),
            token: token.ok_or_else(|| usage("--grafana needs --token TOKEN (or FAULTLINE_GRAFANA_TOKEN): a service-account token"))?,
        }),
        (None, Some(url)) => Some(Source::Prometheus { url: url.to_string() }),
        (None, None) => None,
    };
    let mut vars = Vec::new();
    for (k, v) in &flags {
        if *k == "--var" {
            let (name, value) = v.split_once('=').ok_or_else(|| usage(format!("--var needs NAME=VALUE, got \"{}\"", v)))?;
            vars.push((name.to_string(), value.split(',').map(str::to_string).collect()));
        }
    }
    let out = PathBuf::from(get("-o").or(get("--output")).ok_or_else(|| usage("render needs -o OUT.png, OUT.jpg or OUT.svg"))?);
    let ext = out.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).unwrap_or_default();
    if !matches!(ext.as_str(), "png" | "jpg" | "jpeg" | "svg") {
        return Err(usage(format!("cannot tell the output format of \"{}\": use a .png, .jpg or .svg file name", out.display())));
    }
    let json = std::fs::read_to_string(dash).map_err(|e| Fail(1, format!("cannot read {}: {}", dash, e)))?;
    let now_ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as f64).unwrap_or(0.0);
    let req = render::Request {
        dashboard_json: &json,
        panel_id: panel,
        source,
        from: get("--from").map(str::to_string),
        to: get("--to").map(str::to_string),
        width,
        height,
        theme,
        vars,
        now_ms,
    };
    let drawn = render::draw_panel(&req, &|input: &[u8], opts: &RenderOptions| stencils_for(input, opts)).map_err(|e| Fail(1, format!("{}: {}", dash, e)))?;
    for n in &drawn.notes {
        eprintln!("faultline: warning: {}", n);
    }
    for (i, c) in drawn.causes.iter().enumerate() {
        eprintln!("faultline: root-cause candidate {}: {}", i + 1, c);
    }
    let bytes = match ext.as_str() {
        "svg" => drawn.svg.into_bytes(),
        "png" => faultline::raster::svg_to_png(&drawn.svg, 1.0, Some(drawn.background)).map_err(|e| Fail(1, e.message))?,
        _ => faultline::raster::svg_to_jpeg(&drawn.svg, 1.0, drawn.background, quality.clamp(1, 100) as u8).map_err(|e| Fail(1, e.message))?,
    };
    std::fs::write(&out, bytes).map_err(|e| Fail(1, format!("cannot write {}: {}", out.display(), e)))?;
    Ok(())
}

/// `analyze`: the same dependency analysis as the panel, as JSON for incident tooling.
fn analyze(args: &[String]) -> Result<(), Fail> {
    let (flags, pos) = split_flags(args, &["--page", "--state", "-o", "--output"])?;
    let [file] = pos[..] else {
        return Err(usage("analyze needs exactly one input FILE"));
    };
    let mut page = None;
    let mut state = None;
    let mut out = None;
    for (k, v) in flags {
        match k {
            "--page" => page = Some(v.parse::<usize>().map(PageSel::Index).unwrap_or_else(|_| PageSel::Name(v.to_string()))),
            "--state" => state = Some(v),
            _ => out = Some(PathBuf::from(v)),
        }
    }
    let state = state.ok_or_else(|| usage("analyze needs --state STATE.json (levels, anomaly scores or series per node)"))?;
    let input = std::fs::read(file).map_err(|e| Fail(1, format!("cannot read {}: {}", file, e)))?;
    let state_json = std::fs::read_to_string(state).map_err(|e| Fail(1, format!("cannot read {}: {}", state, e)))?;
    let json = faultline::analyze::cli::analyze_cli(&input, page.as_ref(), &state_json).map_err(|e| Fail(1, format!("{}: {}", file, e)))?;
    match out {
        Some(p) => std::fs::write(&p, json).map_err(|e| Fail(1, format!("cannot write {}: {}", p.display(), e)))?,
        None => println!("{}", json),
    }
    Ok(())
}

/// `relay`: the IM relay for Grafana's webhook contact point (see README "Alert relay").
fn relay(args: &[String]) -> Result<(), Fail> {
    let check = args.iter().any(|a| a == "--check");
    let rest: Vec<String> = args.iter().filter(|a| *a != "--check").cloned().collect();
    let (flags, pos) = split_flags(&rest, &["--config"])?;
    if let Some(p) = pos.first() {
        return Err(usage(format!("relay takes no positional arguments, got \"{}\"", p)));
    }
    let config = flags.iter().find(|(k, _)| *k == "--config").map(|(_, v)| PathBuf::from(v));
    let config = config.ok_or_else(|| usage("relay needs --config relay.toml"))?;
    let msg = faultline::relay::check(&config).map_err(|e| Fail(1, e))?;
    if check {
        println!("{}", msg);
        return Ok(());
    }
    if EMBEDDED_PACKS.is_empty() {
        eprintln!("faultline: warning: built without draw.io's stencils; natively drawn panels show placeholders for stencil shapes");
    }
    faultline::relay::run(&config, stencils_for).map_err(|e| Fail(1, e))
}
