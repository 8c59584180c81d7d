//! mxGraphModel XML → `Model` (quick-xml).

use super::Model;
use crate::error::{Error, ErrorKind, Result};
use crate::style::Stylesheet;

/// Hard limits that turn hostile input into a clear error instead of a hang.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_cells: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_cells: 100_000 }
    }
}

/// Page facts used by `%placeholder%` globals.
#[derive(Debug, Clone, Default)]
pub struct PageContext {
    pub page_name: String,
    /// 1-based.
    pub page_number: usize,
    pub page_count: usize,
}

pub fn parse_model(xml: &str, sheet: &Stylesheet, ctx: &PageContext, limits: &Limits) -> Result<Model> {
    let _ = (xml, sheet, ctx, limits);
    Err(Error::new(ErrorKind::Xml, "model parser not written yet"))
}
