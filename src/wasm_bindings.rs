//! The bindings and analysis API of the full wasm module (docs/bindings-contract.md §2): what a
//! panel with bindings, analysis, tooltips or links needs on top of drawing (`wasm.rs`).

use crate::api::{self, RenderOptions};
use crate::wasm::{to_js, STENCILS};
use wasm_bindgen::prelude::*;

/// performance.now() for the patch timings (std's clock does not exist in this target).
fn perf_now() -> f64 {
    let perf = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance")).ok();
    let now = perf
        .as_ref()
        .and_then(|p| js_sys::Reflect::get(p, &JsValue::from_str("now")).ok());
    match (
        perf,
        now.and_then(|f| f.dyn_into::<js_sys::Function>().ok()),
    ) {
        (Some(p), Some(f)) => f.call0(&p).ok().and_then(|v| v.as_f64()).unwrap_or(0.0),
        _ => js_sys::Date::now(),
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct LoadOptions {
    #[serde(flatten)]
    render: RenderOptions,
    /// false in render mode (image renderer): no flow, no blink.
    animations: Option<bool>,
    /// Minutes east of UTC for date units (JS: -new Date().getTimezoneOffset()).
    timezone_offset: Option<i32>,
}

/// A loaded diagram bound to data (docs/bindings-contract.md §2).
#[wasm_bindgen]
pub struct Diagram {
    doc: api::Document,
}

#[wasm_bindgen]
impl Diagram {
    /// `Diagram.load(source, {page?, theme?, border?, animations?, timezoneOffset?})`; throws Error(one line).
    pub fn load(source: &[u8], options: JsValue) -> Result<Diagram, JsError> {
        let opts: LoadOptions = crate::wasm::options(options, "load")?;
        let mut doc =
            STENCILS.with(|st| api::Document::load_with(source, &opts.render, &st.borrow())).map_err(|e| JsError::new(&e.message))?;
        doc.engine.clock = perf_now;
        doc.live.clock = perf_now;
        doc.engine.animations = opts.animations.unwrap_or(true);
        doc.engine.tz_offset_min = opts.timezone_offset.unwrap_or(0).clamp(-24 * 60, 24 * 60);
        Ok(Diagram { doc })
    }

    #[wasm_bindgen(getter)]
    pub fn svg(&self) -> String {
        self.doc.drawn.svg.clone()
    }

    #[wasm_bindgen(getter)]
    pub fn width(&self) -> f64 {
        self.doc.drawn.width
    }

    #[wasm_bindgen(getter)]
    pub fn height(&self) -> f64 {
        self.doc.drawn.height
    }

    #[wasm_bindgen(getter)]
    pub fn page(&self) -> usize {
        self.doc.drawn.page
    }

    pub fn pages(&self) -> JsValue {
        to_js(&self.doc.drawn.pages)
    }

    pub fn warnings(&self) -> JsValue {
        to_js(&self.doc.drawn.warnings)
    }

    pub fn placeholders(&self) -> JsValue {
        to_js(&self.doc.drawn.placeholders)
    }

    /// Stencil packs the page uses that were not added before `load` (placeholders instead).
    #[wasm_bindgen(js_name = missingPacks)]
    pub fn missing_packs(&self) -> JsValue {
        to_js(&self.doc.drawn.missing_packs)
    }

    /// `{id, kind, label, attrs, tags, parent, bounds}` for every vertex and edge.
    pub fn cells(&self) -> JsValue {
        to_js(&self.doc.cells())
    }

    /// Redraw for a theme; returns the new SVG. Call `resync()` after inserting it.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: &str) -> Result<String, JsError> {
        STENCILS
            .with(|s| self.doc.set_theme(theme, &s.borrow()))
            .map_err(|e| JsError::new(&e.message))?;
        Ok(self.doc.drawn.svg.clone())
    }

    /// Render mode: `false` stops flow and blink (the next update clears them).
    #[wasm_bindgen(js_name = setAnimations)]
    pub fn set_animations(&mut self, on: bool) {
        self.doc.engine.animations = on;
    }

    #[wasm_bindgen(js_name = setTimezoneOffset)]
    pub fn set_timezone_offset(&mut self, minutes: i32) {
        self.doc.engine.tz_offset_min = minutes.clamp(-24 * 60, 24 * 60);
    }

    /// Compile a binding document: `{ok, errors: [{path, message}], warnings, bindings, skipped}`.
    #[wasm_bindgen(js_name = setBindings)]
    pub fn set_bindings(&mut self, json: &str) -> JsValue {
        to_js(&self.doc.set_bindings(json))
    }

    /// One refresh: descriptor JSON ("" = same as last time) and the two flat buffers.
    pub fn update(
        &mut self,
        frames: &str,
        values: Vec<f64>,
        times: Vec<f64>,
        now_ms: f64,
        range_from_ms: f64,
        range_to_ms: f64,
    ) -> JsValue {
        let patch = self.doc.update(crate::bind::Input {
            frames,
            values,
            times,
            now_ms,
            from_ms: range_from_ms,
            to_ms: range_to_ms,
        });
        to_js(&patch)
    }

    /// Zero-copy refresh, step 1: size the buffers. Then fill `valuesView()`/`timesView()` at
    /// once (the views are invalidated by any later call into the core) and call
    /// `updatePrepared(frames, nowMs, fromMs, toMs)`.
    pub fn prepare(&mut self, values_len: usize, times_len: usize) {
        self.doc.prepare(values_len, times_len);
    }

    /// A Float64Array over the core's value buffer (see `prepare`).
    #[wasm_bindgen(js_name = valuesView)]
    pub fn values_view(&mut self) -> js_sys::Float64Array {
        let (v, _) = self.doc.prepare_views();
        // SAFETY: the view aliases wasm memory owned by this Diagram; it is valid until the
        // next allocation in the module, and the host fills it before calling back in.
        unsafe { js_sys::Float64Array::view(v) }
    }

    /// A Float64Array over the core's time buffer (see `prepare`).
    #[wasm_bindgen(js_name = timesView)]
    pub fn times_view(&mut self) -> js_sys::Float64Array {
        let (_, t) = self.doc.prepare_views();
        // SAFETY: as for valuesView.
        unsafe { js_sys::Float64Array::view(t) }
    }

    /// Zero-copy refresh, step 2: the buffers filled after `prepare`.
    #[wasm_bindgen(js_name = updatePrepared)]
    pub fn update_prepared(
        &mut self,
        frames: &str,
        now_ms: f64,
        range_from_ms: f64,
        range_to_ms: f64,
    ) -> JsValue {
        to_js(
            &self
                .doc
                .update_prepared(frames, now_ms, range_from_ms, range_to_ms),
        )
    }

    /// Descriptor field indices the core reads (its matched series): while the descriptor stays
    /// the same, the host copies only these (and the time fields).
    #[wasm_bindgen(js_name = neededFields)]
    pub fn needed_fields(&self) -> Vec<u32> {
        self.doc.engine.needed_fields()
    }

    /// Benchmark baseline: match every rule (regexes compiled afresh) on every refresh.
    #[wasm_bindgen(js_name = setNaive)]
    pub fn set_naive(&mut self, on: bool) {
        self.doc.engine.naive = on;
    }

    /// Every bound look as a patch against a freshly inserted SVG.
    pub fn resync(&mut self) -> JsValue {
        to_js(&self.doc.resync())
    }

    /// SVG fragment for a cell's tooltip ("" when it has nothing to show).
    pub fn tooltip(&self, cell_id: &str) -> String {
        self.doc.tooltip(cell_id)
    }

    /// `[{title, url, newTab, source}]`; Grafana variables are left for replaceVariables.
    pub fn links(&self, cell_id: &str) -> JsValue {
        to_js(&self.doc.links(cell_id).0)
    }

    /// `{datasourceUid, type, service}` or null.
    pub fn trace(&self, cell_id: &str) -> JsValue {
        to_js(&self.doc.trace(cell_id))
    }

    /// One cell's state: level and, per binding, its series with values and levels.
    pub fn state(&self, cell_id: &str) -> JsValue {
        to_js(&self.doc.state(cell_id))
    }

    /// Unmapped cells, unmatched series, per-cell state, compile errors, data problems.
    pub fn inspect(&self) -> JsValue {
        to_js(&self.doc.inspect())
    }

    /// The SVG with the bound looks baked in and nothing animated (static snapshots).
    #[wasm_bindgen(js_name = boundSvg)]
    pub fn bound_svg(&self) -> String {
        STENCILS.with(|s| self.doc.bound_svg(&s.borrow()))
    }
}

/// Grafana value formatting as the core does it: `formatValue("ms", 1234, 1)` → "1.2 s".
#[wasm_bindgen(js_name = formatValue)]
pub fn format_value(unit: &str, value: f64, decimals: Option<u32>) -> Result<String, JsError> {
    let u = crate::bind::units::Unit::parse(unit).map_err(|e| JsError::new(&e))?;
    let ctx = crate::bind::units::FormatCtx {
        now_ms: js_sys::Date::now(),
        tz_offset_min: 0,
    };
    Ok(u.format(value, decimals, &ctx).to_string())
}

/// Unit ids the core formats (for the editor's picker).
#[wasm_bindgen(js_name = unitIds)]
pub fn unit_ids() -> JsValue {
    to_js(&crate::bind::units::builtin_ids())
}

/// The URL check links pass in the core, for the panel to repeat after replaceVariables.
#[wasm_bindgen(js_name = isSafeUrl)]
pub fn is_safe_url(url: &str) -> bool {
    crate::bind::links::safe_url(url)
}

/// Flowcharting panel JSON → `{bindings, source, report}` (see bind::flowcharting).
#[wasm_bindgen(js_name = importFlowcharting)]
pub fn import_flowcharting(panel_json: &str) -> JsValue {
    to_js(&crate::bind::flowcharting::import(panel_json))
}

/// The dependency analysis on the drawing (src/analyze/README.md; issue 5): fed by every
/// `update`, drawn as an overlay layer plus class ops.
#[wasm_bindgen]
impl Diagram {
    /// `{enabled, arrow: "dependsOn"|"feeds", blastRadius, dim, rankBadges}` as JSON; the analysis
    /// reruns on the last data. Throws Error(one line) on bad options.
    #[wasm_bindgen(js_name = setAnalysis)]
    pub fn set_analysis(&mut self, options: &str) -> Result<(), JsError> {
        self.doc.catch_up_live();
        let api::Document { live, model, .. } = &mut self.doc;
        live.set_options(options, model).map_err(|e| JsError::new(&e))
    }

    /// `{summary, candidates, blast, unexplained, whatIf?, notes, timing}` or null before data.
    pub fn analysis(&mut self) -> JsValue {
        self.doc.catch_up_live();
        to_js(&self.doc.live.report())
    }

    /// Whether `update` leaves the analysis to the next `analysis()` call (which the panel makes
    /// in a task of its own: the bound look is painted first). Off by default and in render mode.
    #[wasm_bindgen(js_name = setAnalysisDeferred)]
    pub fn set_analysis_deferred(&mut self, on: bool) {
        self.doc.set_defer_live(on);
    }

    /// What changed in the overlay since the last call: `{svg?, dim, mode, ops}` or null.
    /// `fresh`: the SVG was just inserted (send everything).
    pub fn overlay(&mut self, fresh: bool) -> JsValue {
        self.doc.catch_up_live();
        let api::Document { live, model, layout, .. } = &mut self.doc;
        to_js(&live.overlay(model, layout, fresh))
    }

    /// "What if this cell fails?": its blast radius on top of the current failures, and the
    /// overlay shows it until `whatIf("")`. Throws for a cell that is not a node.
    #[wasm_bindgen(js_name = whatIf)]
    pub fn what_if(&mut self, cell_id: &str) -> Result<JsValue, JsError> {
        self.doc.catch_up_live();
        let api::Document { live, model, .. } = &mut self.doc;
        live.set_what_if(model, cell_id).map(|r| to_js(&r)).map_err(|e| JsError::new(&e))
    }

    /// Whether the cell is a node of the dependency graph (a what-if applies to it).
    #[wasm_bindgen(js_name = isAnalysisNode)]
    pub fn is_analysis_node(&mut self, cell_id: &str) -> bool {
        let api::Document { live, model, .. } = &mut self.doc;
        live.is_node(model, cell_id)
    }

    /// Notes about the drawing as a dependency graph: ignored edges, self-loops, cycles, ….
    #[wasm_bindgen(js_name = analysisNotes)]
    pub fn analysis_notes(&mut self) -> JsValue {
        let api::Document { live, model, .. } = &mut self.doc;
        to_js(&live.notes(model))
    }
}
