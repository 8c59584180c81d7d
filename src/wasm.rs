//! Browser host: wasm-bindgen glue only. Errors become JS `Error`s with the one-line message.
//! This file is the drawing API (both wasm modules); `wasm_bindings.rs` adds the bindings and
//! analysis API to the full module (feature `bindings`; DEVELOPERS.md "Two wasm modules").

use crate::api::{self, RenderOptions};
use crate::stencil::Registry;
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// Stencil packs added by the host, for every render of this module instance.
    pub(crate) static STENCILS: RefCell<Registry> = RefCell::new(Registry::new());
}

/// Options from JS through JSON text: serde_json is in the core anyway, and serde-wasm-bindgen's
/// deserializers (for each options type) would add their own code to every module.
pub(crate) fn options<T: serde::de::DeserializeOwned + Default>(options: JsValue, what: &str) -> Result<T, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(T::default());
    }
    let text = js_sys::JSON::stringify(&options)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| JsError::new(&format!("bad {} options: not a plain object", what)))?;
    serde_json::from_str(&text).map_err(|e| JsError::new(&format!("bad {} options: {}", what, e)))
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
    let opts: RenderOptions = self::options(options, "render")?;
    let mut out = STENCILS
        .with(|s| api::render_with(source, &opts, &s.borrow()))
        .map_err(|e| JsError::new(&e.message))?;
    // The SVG goes across as one string, not escaped into the JSON and parsed back.
    let svg = std::mem::take(&mut out.svg);
    let obj = to_js(&out);
    js_sys::Reflect::set(&obj, &JsValue::from_str("svg"), &JsValue::from_str(&svg))
        .map_err(|_| JsError::new("could not build the render output"))?;
    Ok(obj)
}

/// `requiredPacks(source, options?) → string[]`: stencil packs the page needs that are not added
/// yet. The host fetches each from `stencils/<name>.pack` and hands it to `addPack`.
#[wasm_bindgen(js_name = requiredPacks)]
pub fn required_packs(source: &[u8], options: JsValue) -> Result<Vec<String>, JsError> {
    let opts: RenderOptions = self::options(options, "render")?;
    STENCILS
        .with(|s| api::required_packs(source, &opts, &s.borrow()))
        .map_err(|e| JsError::new(&e.message))
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

