//! Browser host: wasm-bindgen glue only. Errors become JS `Error`s with the one-line message.

use crate::api::{self, RenderOptions};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// `render(source: Uint8Array, options?: {page?, theme?, border?}) → RenderOutput` (camelCase fields).
#[wasm_bindgen]
pub fn render(source: &[u8], options: JsValue) -> Result<JsValue, JsError> {
    let opts: RenderOptions = if options.is_undefined() || options.is_null() {
        RenderOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad render options: {}", e)))?
    };
    let out = api::render(source, &opts).map_err(|e| JsError::new(&e.message))?;
    out.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// The core's version, for the panel's About line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

