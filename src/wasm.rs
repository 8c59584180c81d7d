//! Browser host: wasm-bindgen glue only. Errors become JS `Error`s with the one-line message.

use crate::api::{self, RenderOptions};
use crate::stencil::Registry;
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// Stencil packs added by the host, for every render of this module instance.
    static STENCILS: RefCell<Registry> = RefCell::new(Registry::new());
}

fn options(options: JsValue) -> Result<RenderOptions, JsError> {
    if options.is_undefined() || options.is_null() {
        Ok(RenderOptions::default())
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("bad render options: {}", e)))
    }
}

/// `render(source: Uint8Array, options?: {page?, theme?, border?}) → RenderOutput` (camelCase fields).
#[wasm_bindgen]
pub fn render(source: &[u8], options: JsValue) -> Result<JsValue, JsError> {
    let opts = self::options(options)?;
    let out = STENCILS
        .with(|s| api::render_with(source, &opts, &s.borrow()))
        .map_err(|e| JsError::new(&e.message))?;
    out.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// `requiredPacks(source, options?) → string[]`: stencil packs the page needs that are not added
/// yet. The host fetches each from `stencils/<name>.pack` and hands it to `addPack`.
#[wasm_bindgen(js_name = requiredPacks)]
pub fn required_packs(source: &[u8], options: JsValue) -> Result<Vec<String>, JsError> {
    let opts = self::options(options)?;
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
