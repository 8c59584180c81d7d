//! Model → absolute geometry and routed edges.

use crate::geom::{Point, Rect};
use crate::model::Model;

/// Where everything is, in page coordinates.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Absolute bounds per cell index (vertices; edges and layers get none).
    pub bounds: Vec<Option<Rect>>,
    /// Routed polyline per edge cell index, terminal points included.
    pub routes: Vec<Option<Vec<Point>>>,
}

pub fn layout(model: &Model) -> Layout {
    Layout { bounds: vec![None; model.cells.len()], routes: vec![None; model.cells.len()] }
}
