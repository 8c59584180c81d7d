//! Binding diagrams to live data (issue 4): a versioned JSON model of bindings is compiled once
//! against the diagram; each refresh hands over all frames in bulk and gets back a patch that
//! touches only what changed in the drawn SVG. See `docs/bindings-contract.md`.
//!
//! One file per concept: `json` (path-aware reading), `compile` (the model), `select` (cell
//! selectors, series matchers), `ingest` (columnar frames), `reduce`, `threshold`, `mapping`,
//! `levels`, `units`/`jsnum` (Grafana value formats), `text`, `template`, `links`, `color`,
//! `pattern` (regexes), `engine` (refresh path, combine), `patch`, `tooltip`, `inspect`, and
//! `flowcharting` (the importer).

pub mod anomaly;
pub mod color;
pub mod compile;
pub mod engine;
pub mod flowcharting;
pub mod ingest;
pub mod inspect;
pub mod jsnum;
pub mod json;
pub mod levels;
pub mod links;
pub mod literal;
pub mod mapping;
pub mod patch;
pub mod pattern;
pub mod reduce;
pub mod select;
pub mod template;
pub mod text;
pub mod threshold;
pub mod tooltip;
pub mod units;
pub mod value;

pub use compile::{Compiled, Report};
pub use engine::{Ctx, Engine, Input};
pub use patch::{Op, Patch};
