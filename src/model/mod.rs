//! The diagram model: one page's cells as a tree, with resolved styles and raw geometry.
//! Built by `parse` from mxGraphModel XML; read by layout, render, bind and analyze.

mod cell_style;
mod color_refs;
mod numbers;
mod parse;
mod placeholders;
mod tree;

pub use numbers::MAX_COORDINATE;

#[cfg(test)]
mod tests;

pub use parse::{parse_model, Limits, PageContext};

use crate::geom::Point;
use crate::style::Style;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    /// Cell "0": the root of the tree.
    Root,
    /// A child of the root that is neither vertex nor edge.
    Layer,
    Vertex,
    Edge,
    /// Any other cell (neither vertex nor edge, below a layer): kept for the tree, never drawn.
    Other,
}

/// `<mxGeometry>` as written (coordinates relative to the parent; see `layout`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Geometry {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub relative: bool,
    /// Edge waypoints, in the edge parent's coordinate space.
    pub points: Vec<Point>,
    pub source_point: Option<Point>,
    pub target_point: Option<Point>,
    pub offset: Option<Point>,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub id: String,
    pub kind: CellKind,
    /// Index into `Model::cells`; `None` only for the root.
    pub parent: Option<usize>,
    /// In document order (z-order: later is on top).
    pub children: Vec<usize>,
    /// The label as written (`value`, or the wrapper's `label` attribute).
    pub value: String,
    /// The label to draw: `value` after `%placeholder%` substitution.
    pub label: String,
    /// Attributes of an `object`/`UserObject` wrapper, except id and label.
    pub attrs: Vec<(String, String)>,
    /// The style string as written.
    pub style_text: String,
    /// The style resolved against the stylesheet.
    pub style: Style,
    pub geometry: Geometry,
    pub source: Option<usize>,
    pub target: Option<usize>,
    pub visible: bool,
    pub collapsed: bool,
    pub connectable: bool,
}

impl Cell {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn is_vertex(&self) -> bool {
        self.kind == CellKind::Vertex
    }
    pub fn is_edge(&self) -> bool {
        self.kind == CellKind::Edge
    }
    pub fn is_html(&self) -> bool {
        self.style.flag("html", false)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Cells in document order; index 0 is not necessarily the root.
    pub cells: Vec<Cell>,
    pub root: usize,
    /// `<mxGraphModel background=...>` as written (`none` or absent = transparent).
    pub background: Option<String>,
    /// `<mxGraphModel shadow="1">`: every shape gets a drop shadow.
    pub shadow: bool,
    /// Non-fatal findings (dropped cells, unknown references), one line each.
    pub warnings: Vec<String>,
}

impl Model {
    pub fn find(&self, id: &str) -> Option<usize> {
        self.cells.iter().position(|c| c.id == id)
    }

    /// True when the cell and every ancestor are visible (hidden layers hide their content).
    pub fn is_shown(&self, mut i: usize) -> bool {
        loop {
            let c = &self.cells[i];
            if !c.visible {
                return false;
            }
            match c.parent {
                Some(p) => i = p,
                None => return true,
            }
        }
    }

    /// True when some ancestor is collapsed (its children are not drawn).
    pub fn inside_collapsed(&self, i: usize) -> bool {
        let mut p = self.cells[i].parent;
        while let Some(j) = p {
            if self.cells[j].collapsed && self.cells[j].kind == CellKind::Vertex {
                return true;
            }
            p = self.cells[j].parent;
        }
        false
    }

    /// Cells in drawing order: depth-first from the root, children after their parent.
    pub fn draw_order(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.cells.len());
        let mut stack = vec![self.root];
        while let Some(i) = stack.pop() {
            out.push(i);
            for &c in self.cells[i].children.iter().rev() {
                stack.push(c);
            }
        }
        out
    }
}
