//! Model → absolute geometry: vertex bounds, routed edges, edge label anchors.
//! Rules from mxGraphView.updateCellState / updateEdgeState / getPoint (see drawio-format.md §3).

mod orth;
pub mod perimeter;
pub mod route;

use crate::geom::{Point, Rect};
use crate::model::{CellKind, Model};
use perimeter::Perimeter;
use route::{EdgeInput, Terminal};

/// Where everything is, in page coordinates. Vectors are indexed like `Model::cells`.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Absolute top-left that a cell's children are relative to (layers and root: 0,0).
    pub origin: Vec<Point>,
    /// Absolute bounds of each vertex (unrotated).
    pub bounds: Vec<Option<Rect>>,
    /// Routed polyline of each drawable edge, terminal points included.
    pub routes: Vec<Option<Vec<Point>>>,
    /// Anchor of each edge's own label.
    pub label_anchor: Vec<Option<Point>>,
}

pub fn layout(model: &Model) -> Layout {
    let n = model.cells.len();
    let mut lay = Layout { origin: vec![Point::default(); n], bounds: vec![None; n], routes: vec![None; n], label_anchor: vec![None; n] };
    let order = model.draw_order();

    // Vertices not hanging off edges: parents come before children in draw order.
    for &i in &order {
        let c = &model.cells[i];
        if c.kind != CellKind::Vertex {
            if let Some(p) = c.parent {
                // Edges and other cells keep their parent's origin for their own points.
                lay.origin[i] = if c.kind == CellKind::Edge { lay.origin[p] } else { Point::default() };
            }
            continue;
        }
        let Some(p) = c.parent else { continue };
        if model.cells[p].kind == CellKind::Edge {
            continue;
        }
        let g = &c.geometry;
        let po = lay.origin[p];
        let o = if g.relative && model.cells[p].kind == CellKind::Vertex {
            let pb = lay.bounds[p].unwrap_or_default();
            let off = g.offset.unwrap_or_default();
            Point::new(po.x + g.x * pb.width + off.x, po.y + g.y * pb.height + off.y)
        } else {
            Point::new(po.x + g.x, po.y + g.y)
        };
        lay.origin[i] = o;
        lay.bounds[i] = Some(Rect::new(o.x, o.y, g.width, g.height));
    }

    // Edges attached to edges need their terminal routed first: a few passes settle chains.
    let edges: Vec<usize> = order.iter().copied().filter(|&i| model.cells[i].kind == CellKind::Edge).collect();
    let mut pending = edges.clone();
    for _ in 0..4 {
        let mut next = Vec::new();
        for &i in &pending {
            if !route_one(model, &mut lay, i) {
                next.push(i);
            }
        }
        if next.is_empty() || next.len() == pending.len() {
            break;
        }
        pending = next;
    }

    // Edge label anchors, then vertices that hang off edges (edge-label children).
    for &i in &edges {
        let c = &model.cells[i];
        if let Some(route) = &lay.routes[i] {
            let off = c.geometry.offset.unwrap_or_default();
            lay.label_anchor[i] = Some(if c.geometry.relative {
                point_on_route(route, c.geometry.x, c.geometry.y, off)
            } else {
                // mxGraphView.updateEdgeLabelOffset: an absolute geometry puts the label midway
                // between the end points, plus the offset.
                let (p0, pe) = (route[0], route[route.len() - 1]);
                Point::new(p0.x + (pe.x - p0.x) / 2.0 + off.x, p0.y + (pe.y - p0.y) / 2.0 + off.y)
            });
        }
    }
    for &i in &order {
        let c = &model.cells[i];
        let Some(p) = c.parent else { continue };
        if c.kind != CellKind::Vertex || model.cells[p].kind != CellKind::Edge {
            continue;
        }
        let g = &c.geometry;
        let at = match (&lay.routes[p], g.relative) {
            (Some(route), true) => point_on_route(route, g.x, g.y, g.offset.unwrap_or_default()),
            (Some(_), false) => Point::new(lay.origin[p].x + g.x, lay.origin[p].y + g.y),
            (None, _) => continue,
        };
        lay.origin[i] = at;
        lay.bounds[i] = Some(Rect::new(at.x, at.y, g.width, g.height));
    }
    lay
}

/// The terminal an edge visibly attaches to: a vertex inside a collapsed container
/// is represented by the outermost collapsed ancestor (mxGraph.getVisibleTerminal).
fn visible_terminal(model: &Model, mut t: usize) -> usize {
    let mut p = model.cells[t].parent;
    while let Some(j) = p {
        if model.cells[j].kind == CellKind::Vertex && model.cells[j].collapsed {
            t = j;
        }
        p = model.cells[j].parent;
    }
    t
}

fn terminal(model: &Model, lay: &Layout, t: Option<usize>, edge_style: &crate::style::Style, source: bool) -> Result<Option<Terminal>, ()> {
    let Some(t) = t else { return Ok(None) };
    let t = visible_terminal(model, t);
    let cell = &model.cells[t];
    if !model.is_shown(t) {
        return Ok(None);
    }
    match cell.kind {
        CellKind::Vertex => match lay.bounds[t] {
            Some(b) => {
                let st = &cell.style;
                let mut t = Terminal::new(b, Perimeter::from_style(st), route::port_constraint(edge_style, Some(st), source));
                t.rotation = st.num("rotation", 0.0) % 360.0;
                t.flip_h = st.flag("flipH", false);
                t.flip_v = st.flag("flipV", false);
                // anchorPointDirection=0 keeps connection points where they are written.
                t.direction = st.get("direction").filter(|_| st.flag("anchorPointDirection", true)).map(perimeter::Direction::parse);
                t.spacing = st.num("perimeterSpacing", 0.0).clamp(-1e6, 1e6);
                Ok(Some(t))
            }
            None => Ok(None),
        },
        // An edge as terminal: its routed bounds' centre (mxGraph has no perimeter for edges).
        CellKind::Edge => match &lay.routes[t] {
            Some(r) => {
                let c = point_on_route(r, 0.0, 0.0, Point::default());
                Ok(Some(Terminal::new(Rect::new(c.x, c.y, 0.0, 0.0), Perimeter::Center, route::port_constraint(edge_style, None, source))))
            }
            None => Err(()),
        },
        _ => Ok(None),
    }
}

/// Routes edge `i`; false when it waits for a terminal edge not routed yet.
fn route_one(model: &Model, lay: &mut Layout, i: usize) -> bool {
    let c = &model.cells[i];
    let (Ok(source), Ok(target)) = (terminal(model, lay, c.source, &c.style, true), terminal(model, lay, c.target, &c.style, false)) else {
        return false;
    };
    let o = lay.origin[i];
    let abs = |p: Point| Point::new(p.x + o.x, p.y + o.y);
    let g = &c.geometry;
    let source_point = g.source_point.map(abs);
    let target_point = g.target_point.map(abs);
    // An end with neither a terminal nor a point cannot be drawn (mxGraphView clears such edges).
    if (source.is_none() && source_point.is_none()) || (target.is_none() && target_point.is_none()) {
        return true;
    }
    let waypoints: Vec<Point> = g.points.iter().map(|&p| abs(p)).collect();
    let is_loop = c.source.is_some() && c.source.map(|s| visible_terminal(model, s)) == c.target.map(|t| visible_terminal(model, t));
    let is_edge = |t: Option<usize>| t.is_some_and(|t| model.cells[visible_terminal(model, t)].kind == CellKind::Edge);
    let pts = route::route(&EdgeInput {
        style: &c.style,
        source,
        target,
        source_point,
        target_point,
        waypoints: &waypoints,
        is_loop,
        source_is_edge: is_edge(c.source),
        target_is_edge: is_edge(c.target),
    });
    if pts.len() >= 2 {
        lay.routes[i] = Some(pts);
    }
    true
}

/// mxGraphView.getPoint: the point at relative position `gx` ∈ [-1, 1] along the route,
/// moved `gy` px along the segment's normal, plus `offset`.
pub fn point_on_route(route: &[Point], gx: f64, gy: f64, offset: Point) -> Point {
    if route.len() < 2 {
        let p = route.first().copied().unwrap_or_default();
        return Point::new(p.x + offset.x, p.y + offset.y);
    }
    let segs: Vec<f64> = route.windows(2).map(|w| ((w[1].x - w[0].x).powi(2) + (w[1].y - w[0].y).powi(2)).sqrt()).collect();
    let length: f64 = segs.iter().sum();
    let dist = ((gx / 2.0 + 0.5) * length).round();
    let mut acc = 0.0;
    let mut index = 0;
    while index + 1 < segs.len() && dist >= (acc + segs[index]).round() {
        acc += segs[index];
        index += 1;
    }
    let seg = segs[index];
    let factor = if seg == 0.0 { 0.0 } else { (dist - acc) / seg };
    let p0 = route[index];
    let pe = route[index + 1];
    let dx = pe.x - p0.x;
    let dy = pe.y - p0.y;
    let nx = if seg == 0.0 { 0.0 } else { dy / seg };
    let ny = if seg == 0.0 { 0.0 } else { dx / seg };
    Point::new(p0.x + dx * factor + nx * gy + offset.x, p0.y + dy * factor - ny * gy + offset.y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_edge_geometry_labels_sit_between_the_ends() {
        let xml = r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
            <mxCell id="e" value="x" edge="1" parent="1"><mxGeometry x="1580" y="700" width="100" height="100" as="geometry">
            <mxPoint x="0" y="0" as="sourcePoint"/><mxPoint x="100" y="40" as="targetPoint"/><mxPoint x="5" y="-5" as="offset"/></mxGeometry></mxCell>
            </root></mxGraphModel>"#;
        let model = crate::model::parse_model(xml, &crate::style::Stylesheet::default(), &crate::model::PageContext::default(), &crate::model::Limits::default()).unwrap();
        let lay = layout(&model);
        let e = model.find("e").unwrap();
        assert_eq!(lay.label_anchor[e], Some(Point::new(55.0, 15.0)));
    }

    #[test]
    fn point_on_route_middle_and_ends() {
        let r = [Point::new(0.0, 0.0), Point::new(100.0, 0.0), Point::new(100.0, 100.0)];
        assert_eq!(point_on_route(&r, 0.0, 0.0, Point::default()), Point::new(100.0, 0.0));
        assert_eq!(point_on_route(&r, -1.0, 0.0, Point::default()), Point::new(0.0, 0.0));
        assert_eq!(point_on_route(&r, 1.0, 0.0, Point::default()), Point::new(100.0, 100.0));
        // y moves along the normal: on a rightward segment, positive y goes up (dy - ny·gy).
        assert_eq!(point_on_route(&r, -0.5, 10.0, Point::default()), Point::new(50.0, -10.0));
        assert_eq!(point_on_route(&r, 0.0, 0.0, Point::new(3.0, 4.0)), Point::new(103.0, 4.0));
    }
}
