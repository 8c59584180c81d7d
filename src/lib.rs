//! Faultline core: draw.io diagrams in, live SVG and dependency analysis out.
//!
//! The data flows one way, one module per stage:
//! `decode` (container forms → page XML) → `model` (cells, styles, tree) →
//! `layout` (absolute geometry, routed edges) → `render` (one SVG document),
//! with `text` for label layout and `analyze` for the dependency graph.
//! Hosts (`wasm`, the CLI in `src/bin`) sit at the edge and own no logic.

pub mod analyze;
pub mod api;
pub mod bind;
#[cfg(not(target_arch = "wasm32"))]
pub mod dashboard;
pub mod decode;
pub mod error;
pub mod geom;
pub mod layout;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod raster;
#[cfg(not(target_arch = "wasm32"))]
pub mod relay;
pub mod render;
pub mod stencil;
pub mod style;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(all(target_arch = "wasm32", feature = "bindings"))]
mod wasm_bindings;

pub use error::{Error, ErrorKind, Result};
