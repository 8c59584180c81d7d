//! A live panel drawn without a browser: the dashboard's panel, its data, the same bindings,
//! overlays and SVG as in Grafana, fitted into an image of a chosen size.

use super::frames::FrameSet;
use super::query::{self, Range, Source};
use super::{load_panel, time, PanelSpec};
use crate::api::{Document, PageSel, RenderOptions};
use crate::stencil::Registry;
use serde_json::Value;

pub struct Request<'a> {
    pub dashboard_json: &'a str,
    pub panel_id: u64,
    pub source: Option<Source>,
    /// Grafana time expressions; the dashboard's range when absent.
    pub from: Option<String>,
    pub to: Option<String>,
    pub width: u32,
    pub height: u32,
    pub theme: String,
    /// `name=value` overrides of dashboard variables.
    pub vars: Vec<(String, Vec<String>)>,
    pub now_ms: f64,
}

pub struct Drawn {
    pub svg: String,
    pub background: [u8; 3],
    /// Data and binding problems (the panel shows these in its inspector).
    pub notes: Vec<String>,
    pub series: usize,
    /// The root-cause candidates badged on the drawing (those explaining an alert), best first:
    /// "label (explains N of M alerts)".
    pub causes: Vec<String>,
}

/// Largest diagram fetched from a URL.
const MAX_SOURCE: u64 = 64 << 20;

pub fn draw_panel(req: &Request, stencils_for: &dyn Fn(&[u8], &RenderOptions) -> Registry) -> Result<Drawn, String> {
    if !(16..=8192).contains(&req.width) || !(16..=8192).contains(&req.height) {
        return Err(format!("image size {}x{} is out of range: use 16 to 8192 px per side", req.width, req.height));
    }
    let mut spec = load_panel(req.dashboard_json, req.panel_id)?;
    for (k, v) in &req.vars {
        spec.vars.set(k, v.clone());
    }
    let from = time::parse(req.from.as_deref().unwrap_or(&spec.time.0), req.now_ms, false)?;
    let to = time::parse(req.to.as_deref().unwrap_or(&spec.time.1), req.now_ms, true)?;
    if !(from < to) {
        return Err(format!("time range is empty: from {} is not before to {}", from, to));
    }
    let range = Range { from_ms: from, to_ms: to };
    let mut notes = Vec::new();
    let (source, bindings) = diagram_of(&spec, &mut notes)?;
    let page = match spec.options.get("page") {
        Some(Value::Number(n)) => n.as_u64().map(|i| PageSel::Index(i as usize)),
        Some(Value::String(s)) if !s.is_empty() => Some(s.parse().map(PageSel::Index).unwrap_or_else(|_| PageSel::Name(s.clone()))),
        _ => None,
    };
    let opts = RenderOptions { page, theme: Some(req.theme.clone()), ..RenderOptions::default() };
    let stencils = stencils_for(&source, &opts);
    let mut doc = Document::load_with(&source, &opts, &stencils).map_err(|e| format!("panel {} diagram: {}", spec.id, e))?;
    if let Some(b) = bindings {
        let report = doc.set_bindings(&b.to_string());
        notes.extend(report.errors.iter().map(|e| format!("bindings: {}", e)));
    }
    // The panel's analysis options (blast radius, badges, dimming), as the panel applies them.
    let analysis = spec.options.get("analysis").filter(|a| a.is_object()).map(Value::to_string).unwrap_or_default();
    if let Err(e) = doc.live.set_options(&analysis, &doc.model) {
        notes.push(e);
    }
    let frames: FrameSet = match &req.source {
        Some(src) => query::fetch(&spec, src, range, req.width),
        None => {
            notes.push("no data source given (--grafana or --prometheus): drawn without data".into());
            FrameSet::default()
        }
    };
    notes.extend(frames.notes.iter().cloned());
    let enc = frames.encode();
    doc.update(crate::bind::Input {
        frames: &enc.descriptor,
        values: enc.values,
        times: enc.times,
        now_ms: req.now_ms,
        from_ms: from,
        to_ms: to,
    });
    let background = if req.theme == "dark" { [0x18, 0x1b, 0x1f] } else { [0xff, 0xff, 0xff] };
    let svg = fit(&doc.live_svg(&stencils), req.width, req.height, background);
    let causes = doc
        .live
        .report()
        .map(|r| r.candidates.iter().filter(|c| c.explains > 0).map(|c| format!("{} (explains {} of {} alerts)", c.label, c.explains, c.alerts)).collect())
        .unwrap_or_default();
    Ok(Drawn { svg, background, notes, series: frames.series_count(), causes })
}

/// The diagram source and binding document of the panel's options (docs: README "Panel options").
fn diagram_of(spec: &PanelSpec, notes: &mut Vec<String>) -> Result<(Vec<u8>, Option<Value>), String> {
    let o = &spec.options;
    // A Flowcharting panel not yet opened in Grafana since the switch: import it the same way.
    if let Some(pending) = o.pointer("/migration/pending").filter(|p| p.is_object()) {
        let imp = crate::bind::flowcharting::import(&pending.to_string());
        notes.extend(imp.report.iter().map(|n| format!("Flowcharting import: {}: {}", n.path, n.message)));
        if !imp.source.is_empty() {
            return Ok((imp.source.into_bytes(), Some(imp.bindings)));
        }
        if let Some(url) = imp.source_url {
            return Ok((fetch_source(&spec.vars.interpolate(&url, "glob"))?, Some(imp.bindings)));
        }
        return Err(format!("panel {}: the Flowcharting panel holds no diagram", spec.id));
    }
    let bindings = o.get("bindings").filter(|b| b.is_object()).cloned();
    let src = o.get("source").ok_or_else(|| format!("panel {} has no diagram source (options.source)", spec.id))?;
    let kind = src.get("kind").and_then(Value::as_str).unwrap_or("text");
    let bytes = match kind {
        "text" => src.get("text").and_then(Value::as_str).unwrap_or("").as_bytes().to_vec(),
        "file" => src.pointer("/file/content").and_then(Value::as_str).unwrap_or("").as_bytes().to_vec(),
        "url" => {
            let url = src.get("url").and_then(Value::as_str).unwrap_or("");
            fetch_source(&spec.vars.interpolate(url, "glob"))?
        }
        other => return Err(format!("panel {}: unknown diagram source kind \"{}\"", spec.id, other)),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(format!("panel {} has an empty diagram source", spec.id));
    }
    Ok((bytes, bindings))
}

fn fetch_source(url: &str) -> Result<Vec<u8>, String> {
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(format!("diagram URL \"{}\" is not http(s)", url));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(30)))
        .build()
        .into();
    let mut resp = agent.get(url).call().map_err(|e| format!("diagram URL {}: {}", url, e))?;
    resp.body_mut()
        .with_config()
        .limit(MAX_SOURCE)
        .read_to_vec()
        .map_err(|e| format!("diagram URL {}: {}", url, e))
}

/// The drawn SVG scaled to fit `w`×`h` (aspect kept, centred) on the theme's background, as the
/// panel does with fit "both".
pub fn fit(svg: &str, w: u32, h: u32, bg: [u8; 3]) -> String {
    let attr = |name: &str| -> Option<f64> {
        let head = &svg[..svg.find('>').unwrap_or(0)];
        let at = head.find(&format!(" {}=\"", name))? + name.len() + 3;
        head[at..].split('"').next()?.parse().ok()
    };
    let (sw, sh) = (attr("width").unwrap_or(w as f64).max(1.0), attr("height").unwrap_or(h as f64).max(1.0));
    let scale = (w as f64 / sw).min(h as f64 / sh);
    let (dw, dh) = (sw * scale, sh * scale);
    let (dx, dy) = ((w as f64 - dw) / 2.0, (h as f64 - dh) / 2.0);
    // The inner document keeps its viewBox; only its box on the page changes.
    let body = svg.strip_prefix("<svg").unwrap_or(svg);
    let body = replace_attr(&replace_attr(body, "width", &format!("{:.2}", dw)), "height", &format!("{:.2}", dh));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"><rect width=\"{w}\" height=\"{h}\" fill=\"#{:02x}{:02x}{:02x}\"/><svg x=\"{dx:.2}\" y=\"{dy:.2}\"{body}</svg>",
        bg[0], bg[1], bg[2]
    )
}

/// Replaces the first ` name="…"` of the root tag.
fn replace_attr(body: &str, name: &str, value: &str) -> String {
    let end = body.find('>').unwrap_or(0);
    let key = format!(" {}=\"", name);
    match body[..end].find(&key) {
        Some(at) => {
            let vstart = at + key.len();
            let vend = vstart + body[vstart..].find('"').unwrap_or(0);
            format!("{}{}{}", &body[..vstart], value, &body[vend..])
        }
        None => body.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_the_drawing_into_the_image_centred() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"-10 -10 200 100\"><rect/></svg>";
        let out = fit(svg, 400, 400, [255, 255, 255]);
        assert!(out.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\""));
        assert!(out.contains("<svg x=\"0.00\" y=\"100.00\" xmlns=\"http://www.w3.org/2000/svg\" width=\"400.00\" height=\"200.00\" viewBox=\"-10 -10 200 100\">"), "{}", out);
        assert!(out.ends_with("</svg></svg>"));
    }
}
