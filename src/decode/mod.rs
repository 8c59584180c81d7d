//! Container forms → one mxGraphModel XML string per page.
//! See ../shared/notes/drawio-format.md §1 for every form handled here.

use crate::error::{Error, ErrorKind, Result};

/// Decompressed content may not exceed this (zip-bomb guard).
pub const MAX_DECODED_BYTES: usize = 64 << 20;

/// One page of a diagram file, its model as XML text.
#[derive(Debug, Clone, PartialEq)]
pub struct PageSource {
    pub id: String,
    pub name: String,
    /// `<mxGraphModel>…</mxGraphModel>` text.
    pub xml: String,
}

/// Every page of whatever the user pasted or uploaded.
pub fn extract_pages(input: &[u8]) -> Result<Vec<PageSource>> {
    let _ = input;
    Err(Error::new(ErrorKind::Format, "decoder not written yet"))
}
