//! Building a `Model` by hand: for tests and the simulator, which feed the analysis the same
//! cells a parsed diagram would give (styles resolved against the default stylesheet).

use crate::geom::Point;
use crate::model::{Cell, CellKind, Geometry, Model};
use crate::style::{Style, Stylesheet};

fn cell(id: &str, kind: CellKind, label: &str, style_text: &str, style: Style) -> Cell {
    Cell {
        id: id.to_string(),
        kind,
        parent: None,
        children: Vec::new(),
        value: label.to_string(),
        label: label.to_string(),
        attrs: Vec::new(),
        style_text: style_text.to_string(),
        style,
        geometry: Geometry::default(),
        source: None,
        target: None,
        visible: true,
        collapsed: false,
        connectable: true,
    }
}

/// A vertex cell with its style resolved; no parent yet.
pub fn vertex_cell(id: &str, label: &str, style: &str) -> Cell {
    cell(
        id,
        CellKind::Vertex,
        label,
        style,
        Stylesheet::default().resolve(style, false),
    )
}

/// An edge cell between two cell indices; no parent yet.
pub fn edge_cell(id: &str, source: usize, target: usize, style: &str) -> Cell {
    let mut c = cell(
        id,
        CellKind::Edge,
        "",
        style,
        Stylesheet::default().resolve(style, true),
    );
    c.source = Some(source);
    c.target = Some(target);
    c
}

/// Builds a one-layer model: root `0`, layer `1`, then cells in call order.
#[derive(Debug, Clone)]
pub struct ModelBuilder {
    model: Model,
    sheet: Stylesheet,
}

impl Default for ModelBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl ModelBuilder {
    pub fn new() -> Self {
        let mut root = cell("0", CellKind::Root, "", "", Style::new());
        root.children.push(1);
        let mut layer = cell("1", CellKind::Layer, "", "", Style::new());
        layer.parent = Some(0);
        ModelBuilder {
            model: Model {
                cells: vec![root, layer],
                root: 0,
                ..Model::default()
            },
            sheet: Stylesheet::default(),
        }
    }

    const LAYER: usize = 1;

    fn push(&mut self, mut c: Cell, parent: usize) -> usize {
        let i = self.model.cells.len();
        c.parent = Some(parent);
        if let Some(p) = self.model.cells.get_mut(parent) {
            p.children.push(i);
        }
        self.model.cells.push(c);
        i
    }

    /// A vertex on the layer.
    pub fn vertex(&mut self, id: &str, label: &str, style: &str) -> usize {
        self.vertex_in(Self::LAYER, id, label, style)
    }

    /// A vertex inside another cell (a container member, or an edge label when `parent` is an edge).
    pub fn vertex_in(&mut self, parent: usize, id: &str, label: &str, style: &str) -> usize {
        let mut c = cell(
            id,
            CellKind::Vertex,
            label,
            style,
            self.sheet.resolve(style, false),
        );
        c.geometry = Geometry {
            width: 120.0,
            height: 60.0,
            ..Geometry::default()
        };
        self.push(c, parent)
    }

    /// An edge; `None` ends dangle at a point.
    pub fn edge(
        &mut self,
        id: &str,
        source: Option<usize>,
        target: Option<usize>,
        style: &str,
    ) -> usize {
        let mut c = cell(
            id,
            CellKind::Edge,
            "",
            style,
            self.sheet.resolve(style, true),
        );
        c.source = source;
        c.target = target;
        c.geometry = Geometry {
            relative: true,
            source_point: source.is_none().then_some(Point::new(0.0, 0.0)),
            target_point: target.is_none().then_some(Point::new(10.0, 10.0)),
            ..Geometry::default()
        };
        self.push(c, Self::LAYER)
    }

    /// An `object` wrapper attribute.
    pub fn attr(&mut self, cell: usize, key: &str, value: &str) -> &mut Self {
        if let Some(c) = self.model.cells.get_mut(cell) {
            c.attrs.push((key.to_string(), value.to_string()));
        }
        self
    }

    pub fn build(self) -> Model {
        self.model
    }
}
