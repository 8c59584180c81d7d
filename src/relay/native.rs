//! The last image source: the panel's diagram drawn natively from the dashboard JSON.
//!
//! `render_panel` is `faultline render --dashboard` (src/dashboard) as a library call.

pub use crate::dashboard::{find_panel, panel_ids, PANEL_TYPE};
use crate::api::RenderOptions;
use crate::dashboard::{query::Source, render};
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
    /// Series that reached the bindings (0: drawn without live data).
    pub series: usize,
}

/// Draw panel `panel_id` of `dashboard` as PNG at `opts.width × opts.height`, through the same code as
/// `faultline render --dashboard`: the panel's bindings and overlays, with live data from Grafana's
/// `/api/ds/query` when the relay has a Grafana URL and token, else without data (said in the note).
pub fn render_panel(
    dashboard: &Value,
    panel_id: u64,
    opts: &PanelRenderOptions,
    grafana: Option<(&str, &str)>,
    stencils: StencilsFor,
) -> Result<PanelImage, String> {
    let uid = dashboard.get("uid").and_then(Value::as_str).unwrap_or("?");
    let now_ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as f64).unwrap_or(0.0);
    let req = render::Request {
        dashboard_json: &dashboard.to_string(),
        panel_id,
        source: grafana.map(|(url, token)| Source::Grafana { url: url.to_string(), token: token.to_string() }),
        from: None,
        to: None,
        width: opts.width,
        height: opts.height,
        theme: opts.theme.clone().unwrap_or_else(|| "dark".into()),
        vars: Vec::new(),
        now_ms,
    };
    let drawn = render::draw_panel(&req, &|input: &[u8], o: &RenderOptions| stencils(input, o))
        .map_err(|e| format!("dashboard {}: {}", uid, e))?;
    let png = crate::raster::svg_to_png(&drawn.svg, 1.0, Some(drawn.background)).map_err(|e| e.message)?;
    let mut note = format!("drawn natively: dashboard {} panel {}, {} series", uid, panel_id, drawn.series);
    if !drawn.causes.is_empty() {
        // The top of the panel's root-cause list, so the chat says it without opening the image.
        let top: Vec<&str> = drawn.causes.iter().take(3).map(String::as_str).collect();
        note.push_str(&format!("; likely cause: {}", top.join(", then ")));
    }
    if !drawn.notes.is_empty() {
        note.push_str(&format!(" ({})", drawn.notes.join("; ")));
    }
    Ok(PanelImage { png, note, series: drawn.series })
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
        let opts = PanelRenderOptions { width: 400, height: 200, theme: None };
        let img = render_panel(&dash, 1, &opts, None, no_stencils).unwrap();
        assert_eq!(&img.png[..8], b"\x89PNG\r\n\x1a\n");
        let (w, h) = (u32::from_be_bytes(img.png[16..20].try_into().unwrap()), u32::from_be_bytes(img.png[20..24].try_into().unwrap()));
        assert!(w <= 401 && h <= 201 && (w >= 399 || h >= 199), "{}x{}", w, h);
        assert!(img.note.contains("drawn natively: dashboard faultline-demo panel 1"), "{}", img.note);
        assert!(img.note.contains("no data source given"), "{}", img.note);
        let e = render_panel(&dash, 99, &opts, None, no_stencils).err().unwrap();
        assert!(e.contains("has no panel with id 99"), "{}", e);
        assert_eq!(panel_ids(&dash), vec![1]);
    }
}
