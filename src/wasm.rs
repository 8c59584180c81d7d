//! Browser host: wasm-bindgen glue only. Errors become JS `Error`s with the one-line message.
//! This file is the drawing API (all three wasm modules); `wasm_bindings.rs` adds the bindings and
//! analysis API to the full module (feature `bindings`; DEVELOPERS.md "Three wasm modules").

use crate::api::{self, RenderOptions};
use crate::stencil::Registry;
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// Stencil packs added by the host, for every render of this module instance.
    pub(crate) static STENCILS: RefCell<Registry> = RefCell::new(Registry::new());
}

/// Options from JS as JSON text (None when absent): serde_json is in the core anyway, and
/// serde-wasm-bindgen's deserializers (for each options type) would add their own code to every module.
fn options_text(options: &JsValue, what: &str) -> Result<Option<String>, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(None);
    }
    js_sys::JSON::stringify(options)
        .ok()
        .and_then(|t| t.as_string())
        .map(Some)
        .ok_or_else(|| JsError::new(&format!("bad {} options: not a plain object", what)))
}

/// Options of the bindings API (wasm_bindings.rs), through their serde derive.
#[cfg(feature = "bindings")]
pub(crate) fn options<T: serde::de::DeserializeOwned + Default>(options: JsValue, what: &str) -> Result<T, JsError> {
    match options_text(&options, what)? {
        None => Ok(T::default()),
        Some(text) => serde_json::from_str(&text).map_err(|e| JsError::new(&format!("bad {} options: {}", what, e))),
    }
}

/// The drawing API's options (RenderOptions::from_json: no deserializer of their own).
fn render_options(options: JsValue) -> Result<RenderOptions, JsError> {
    match options_text(&options, "render")? {
        None => Ok(RenderOptions::default()),
        Some(text) => RenderOptions::from_json(&text).map_err(|e| JsError::new(&format!("bad render options: {}", e))),
    }
}

/// JS objects from serde types in one JSON.parse (faster than building them field by field).
pub(crate) fn to_js<T: Serialize>(v: &T) -> JsValue {
    match serde_json::to_string(v) {
        Ok(s) => js_sys::JSON::parse(&s).unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    }
}

/// `render(source: Uint8Array, options?: {page?, theme?, border?}) → RenderOutput` (camelCase fields).
#[wasm_bindgen]
pub fn render(source: &[u8], options: JsValue) -> Result<JsValue, JsError> {
    let opts = render_options(options)?;
    let mut out = STENCILS
        .with(|s| api::render_with(source, &opts, &s.borrow()))
        .map_err(|e| JsError::new(&e.message))?;
    // The SVG goes across as one string, not escaped into the JSON and parsed back; width and
    // height as numbers (OutputMeta).
    let svg = std::mem::take(&mut out.svg);
    let meta = OutputMeta {
        pages: &out.pages,
        page: out.page,
        cell_count: out.cell_count,
        placeholders: &out.placeholders,
        warnings: &out.warnings,
        missing_packs: &out.missing_packs,
    };
    let obj = to_js(&meta);
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&obj, &JsValue::from_str(k), &v);
    set("svg", JsValue::from_str(&svg))
        .and_then(|_| set("width", JsValue::from_f64(out.width)))
        .and_then(|_| set("height", JsValue::from_f64(out.height)))
        .map_err(|_| JsError::new("could not build the render output"))?;
    Ok(obj)
}

/// `RenderOutput` as JSON without its SVG and its two floats, which `render` sets on the parsed
/// object: JSON with no float in it keeps serde_json's float formatter (and its 10 KB table) out
/// of the drawing-only modules.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OutputMeta<'a> {
    pages: &'a [api::PageInfo],
    page: usize,
    cell_count: usize,
    placeholders: &'a [api::Placeholder],
    warnings: &'a [String],
    missing_packs: &'a [String],
}

/// The entry of `requiredPacks` that is not a pack: this module lacks feature `extended` and the
/// page has cells only the extended drawing module draws (render::needs_extended).
const EXTENDED_MODULE: &str = "module:extended";

/// `requiredPacks(source, options?) → string[]`: stencil packs the page needs that are not added
/// yet. The host fetches each from `stencils/<name>.pack` and hands it to `addPack`. In the common
/// drawing module, the entry `module:extended` says that the page needs the extended one.
#[wasm_bindgen(js_name = requiredPacks)]
pub fn required_packs(source: &[u8], options: JsValue) -> Result<Vec<String>, JsError> {
    let opts = render_options(options)?;
    let needs = STENCILS
        .with(|s| api::page_needs(source, &opts, &s.borrow()))
        .map_err(|e| JsError::new(&e.message))?;
    let mut packs = needs.packs;
    if needs.extended && !cfg!(feature = "extended") {
        packs.push(EXTENDED_MODULE.to_string());
    }
    Ok(packs)
}

/// `addPack(name, bytes) → number of entries`. Adding a pack twice is harmless.
#[wasm_bindgen(js_name = addPack)]
pub fn add_pack(name: &str, bytes: &[u8]) -> Result<u32, JsError> {
    STENCILS
        .with(|s| s.borrow_mut().add_pack(name, bytes))
        .map(|n| n as u32)
        .map_err(|e| JsError::new(&e))
}

/// `loadedPacks() → string[]`: the packs added so far.
#[wasm_bindgen(js_name = loadedPacks)]
pub fn loaded_packs() -> Vec<String> {
    STENCILS.with(|s| s.borrow().loaded())
}

/// The core's version, for the panel's About line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

