//! The last image source: the panel's diagram drawn natively from the dashboard JSON.
//!
//! `render_panel(dashboard, panel_id, opts, …)` is the seam for `faultline render --dashboard`
//! (native rendering of live panels): today it draws the diagram as stored in the panel options,
//! without live data, bindings or overlays, and says so in the note that goes to the logs.

use super::http::Http;
pub use crate::dashboard::{find_panel, panel_ids, PANEL_TYPE};
use crate::api::{self, PageSel, RenderOptions};
use crate::stencil::Registry;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};


/// Stencil packs for a diagram: the CLI's embedded library (see src/bin/faultline.rs).
pub type StencilsFor = fn(&[u8], &RenderOptions) -> Registry;

pub struct PanelRenderOptions {
    pub width: u32,
    pub height: u32,
    pub theme: Option<String>,
}

pub struct PanelImage {
    pub png: Vec<u8>,
    pub note: String,
}

/// Draw panel `panel_id` of `dashboard` as PNG, fitted into `opts.width × opts.height`.
pub fn render_panel(
    dashboard: &Value,
    panel_id: u64,
    opts: &PanelRenderOptions,
    http: &Http,
    stencils: StencilsFor,
) -> Result<PanelImage, String> {
    let uid = dashboard.get("uid").and_then(Value::as_str).unwrap_or("?");
    let panel = find_panel(dashboard, panel_id).ok_or_else(|| format!("dashboard {} has no panel {}", uid, panel_id))?;
    let kind = panel.get("type").and_then(Value::as_str).unwrap_or("");
    if kind != PANEL_TYPE {
        return Err(format!(
            "panel {} of dashboard {} is a \"{}\" panel; only {} panels are drawn natively",
            panel_id, uid, kind, PANEL_TYPE
        ));
    }
    let options = panel.get("options").cloned().unwrap_or(Value::Null);
    let source = diagram_source(&options["source"], http)?;
    let page = match &options["page"] {
        Value::Number(n) => n.as_u64().map(|i| PageSel::Index(i as usize)),
        Value::String(s) if !s.trim().is_empty() => {
            Some(s.trim().parse::<usize>().map(PageSel::Index).unwrap_or_else(|_| PageSel::Name(s.trim().to_string())))
        }
        _ => None,
    };
    let ropts = RenderOptions { page, theme: opts.theme.clone(), border: None };
    let registry = stencils(&source, &ropts);
    let drawn = api::render_with(&source, &ropts, &registry).map_err(|e| format!("cannot draw panel {}: {}", panel_id, e))?;
    let scale = ((opts.width as f64 / drawn.width.max(1.0)).min(opts.height as f64 / drawn.height.max(1.0))).clamp(0.05, 4.0);
    let background = if opts.theme.as_deref() == Some("dark") { [0x18, 0x1b, 0x1f] } else { [0xff, 0xff, 0xff] };
    let png = crate::raster::svg_to_png(&drawn.svg, scale as f32, Some(background)).map_err(|e| e.message)?;
    Ok(PanelImage {
        png,
        note: format!(
            "drawn natively from the diagram in dashboard {} panel {} without live data (bindings and overlays need `render --dashboard`)",
            uid, panel_id
        ),
    })
}

/// The diagram bytes from the panel's `source` option (text, uploaded file, or URL).
fn diagram_source(source: &Value, http: &Http) -> Result<Vec<u8>, String> {
    let kind = source.get("kind").and_then(Value::as_str).unwrap_or("text");
    let text = |v: &Value, what: &str| -> Result<Vec<u8>, String> {
        match v.as_str() {
            Some(s) if !s.trim().is_empty() => Ok(s.as_bytes().to_vec()),
            _ => Err(format!("the panel has no diagram {}", what)),
        }
    };
    match kind {
        "text" => text(&source["text"], "text"),
        "file" => text(&source["file"]["content"], "file"),
        "url" => {
            let url = source.get("url").and_then(Value::as_str).unwrap_or("").trim();
            if url.contains('$') {
                return Err(format!("the diagram URL {} uses dashboard variables, which the relay cannot resolve", url));
            }
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(format!("the diagram URL \"{}\" is not an absolute http(s) URL", url));
            }
            let reply = http.get(url, &[], 64 << 20).map_err(|e| format!("cannot fetch the diagram from {}: {}", url, e))?;
            if reply.status != 200 {
                return Err(format!("cannot fetch the diagram: HTTP {} from {}", reply.status, url));
            }
            Ok(reply.body)
        }
        other => Err(format!("unknown diagram source kind \"{}\"", other)),
    }
}

/// Dashboards the relay knows: JSON files under `dashboards_dir` (Grafana's provisioning layout),
/// read again when a uid is missing, plus Grafana's API when configured.
pub struct Dashboards {
    dir: Option<PathBuf>,
    by_uid: Mutex<HashMap<String, Arc<Value>>>,
    /// When the folder was last read: a miss rereads it at most every few seconds.
    scanned: Mutex<Option<std::time::Instant>>,
}

impl Dashboards {
    pub fn new(dir: Option<PathBuf>) -> (Dashboards, Vec<String>) {
        let d = Dashboards { dir, by_uid: Mutex::new(HashMap::new()), scanned: Mutex::new(None) };
        let problems = d.rescan();
        (d, problems)
    }

    pub fn has_dir(&self) -> bool {
        self.dir.is_some()
    }

    pub fn count(&self) -> usize {
        self.by_uid.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    fn rescan(&self) -> Vec<String> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        let mut map = HashMap::new();
        let mut problems = Vec::new();
        scan(dir, &mut map, &mut problems, 0);
        *self.by_uid.lock().unwrap_or_else(|p| p.into_inner()) = map;
        problems
    }

    /// The dashboard with `uid` from the folder (rescanned once on a miss).
    pub fn local(&self, uid: &str) -> Option<Arc<Value>> {
        if let Some(d) = self.by_uid.lock().unwrap_or_else(|p| p.into_inner()).get(uid) {
            return Some(d.clone());
        }
        let recent = self.scanned.lock().unwrap_or_else(|p| p.into_inner()).is_some_and(|t| t.elapsed().as_secs() < 5);
        if recent {
            return None;
        }
        self.rescan();
        self.by_uid.lock().unwrap_or_else(|p| p.into_inner()).get(uid).cloned()
    }
}

fn scan(dir: &Path, map: &mut HashMap<String, Arc<Value>>, problems: &mut Vec<String>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        problems.push(format!("cannot read dashboards_dir {}", dir.display()));
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() && depth < 4 {
            scan(&path, map, problems, depth + 1);
        } else if path.extension().and_then(|x| x.to_str()) == Some("json") {
            match std::fs::read(&path)
                .map_err(|e| e.to_string())
                .and_then(|b| serde_json::from_slice::<Value>(&b).map_err(|e| e.to_string()))
            {
                Ok(mut v) => {
                    // Exports from the API wrap the model: {"dashboard": {...}, "meta": {...}}.
                    if v.get("dashboard").is_some_and(Value::is_object) {
                        v = v["dashboard"].take();
                    }
                    match v.get("uid").and_then(Value::as_str) {
                        Some(uid) => {
                            map.insert(uid.to_string(), Arc::new(v));
                        }
                        None => problems.push(format!("{} has no uid; skipped", path.display())),
                    }
                }
                Err(e) => problems.push(format!("{}: {}", path.display(), e)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_stencils(_: &[u8], _: &RenderOptions) -> Registry {
        Registry::new()
    }

    #[test]
    fn renders_the_demo_dashboard_panel_and_names_missing_ones() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/provisioning/dashboards/faultline-demo.json");
        let dash: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        let http = Http::new(std::time::Duration::from_secs(1));
        let opts = PanelRenderOptions { width: 400, height: 200, theme: None };
        let img = render_panel(&dash, 1, &opts, &http, no_stencils).unwrap();
        assert_eq!(&img.png[..8], b"\x89PNG\r\n\x1a\n");
        let (w, h) = (u32::from_be_bytes(img.png[16..20].try_into().unwrap()), u32::from_be_bytes(img.png[20..24].try_into().unwrap()));
        assert!(w <= 401 && h <= 201 && (w >= 399 || h >= 199), "{}x{}", w, h);
        assert!(img.note.contains("without live data"));
        let e = render_panel(&dash, 99, &opts, &http, no_stencils).err().unwrap();
        assert!(e.contains("has no panel 99"), "{}", e);
        assert_eq!(panel_ids(&dash), vec![1]);
    }
}
