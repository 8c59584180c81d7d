//! The analysis drawn over the diagram: one SVG layer (halos, counts, rank badges) in the
//! drawing's own coordinates, and `fl-an-lit` class ops that keep the involved cells bright while
//! the rest is dimmed. The panel replaces the layer only when it changed and applies the class
//! ops like any patch: a refresh never redraws the diagram. Every value here is made by the core
//! (numbers, fixed colours, escaped ids); the panel still sanitizes the layer.
//!
//! Halos are rings outside the shape with no fill, and alerting cells are always lit, so no
//! overlay ever covers or fades a red node.

use super::blast::BlastRadius;
use super::graph::{AnalysisGraph, NodeKind};
use super::health::Level;
use super::live::LiveOptions;
use super::Analysis;
use crate::bind::patch::{Op, Sel};
use crate::layout::Layout;
use crate::model::{CellKind, Model};
use crate::render::svg::{esc_attr, num};
use serde::Serialize;
use std::fmt::Write;

/// Failing node (its level is crit): the source of a blast radius.
pub const FAIL: &str = "#E02F44";
/// Down because of a dependency (predicted impact).
pub const IMPACT: &str = "#A352CC";
/// The node of a what-if.
pub const WHAT_IF: &str = "#3274D9";
/// Rank badges.
pub const BADGE: &str = "#1F60C4";
/// Class of the cells kept bright while the rest is dimmed.
pub const LIT: &str = "fl-an-lit";

pub struct View<'a> {
    pub graph: &'a AnalysisGraph,
    pub analysis: &'a Analysis,
    pub what_if: Option<&'a BlastRadius>,
    pub alert_cells: &'a [usize],
    pub options: &'a LiveOptions,
}

/// One overlay as drawn.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Drawn {
    pub svg: String,
    pub dim: bool,
    /// Cells kept bright, ascending model indices.
    pub lit: Vec<usize>,
    pub mode: &'static str,
}

/// What the panel applies.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OverlayUpdate {
    /// The layer's new content (core-made SVG elements); absent when unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub svg: Option<String>,
    /// Dim every cell not lit.
    pub dim: bool,
    /// `none`, `incident` or `whatIf`.
    pub mode: &'static str,
    /// `fl-an-lit` on/off, only for cells whose state changed.
    pub ops: Vec<Op>,
}

/// What the panel holds now.
#[derive(Debug, Clone, Default)]
pub struct Sent {
    svg: String,
    dim: bool,
    lit: Vec<usize>,
    mode: &'static str,
}

impl Sent {
    pub fn diff(&mut self, model: &Model, d: Drawn) -> Option<OverlayUpdate> {
        let mut ops = Vec::new();
        let id = |c: usize| model.cells.get(c).map(|x| x.id.clone());
        let (old, new) = (&self.lit, &d.lit);
        let (mut i, mut j) = (0, 0);
        while i < old.len() || j < new.len() {
            let (o, n) = (old.get(i).copied(), new.get(j).copied());
            let (cell, on) = match (o, n) {
                (Some(a), Some(b)) if a == b => {
                    i += 1;
                    j += 1;
                    continue;
                }
                (Some(a), Some(b)) if a < b => {
                    i += 1;
                    (a, false)
                }
                (Some(a), None) => {
                    i += 1;
                    (a, false)
                }
                (_, Some(b)) => {
                    j += 1;
                    (b, true)
                }
                (None, None) => break,
            };
            if let Some(id) = id(cell) {
                ops.push(Op::Class {
                    id,
                    sel: Sel::Root,
                    class: LIT,
                    on,
                });
            }
        }
        let mode = if d.mode.is_empty() { "none" } else { d.mode };
        let svg_changed = d.svg != self.svg;
        if !svg_changed && ops.is_empty() && d.dim == self.dim && mode == self.mode_or_none() {
            return None;
        }
        let out = OverlayUpdate {
            svg: svg_changed.then(|| d.svg.clone()),
            dim: d.dim,
            mode,
            ops,
        };
        *self = Sent {
            svg: d.svg,
            dim: d.dim,
            lit: d.lit,
            mode,
        };
        Some(out)
    }

    fn mode_or_none(&self) -> &'static str {
        if self.mode.is_empty() {
            "none"
        } else {
            self.mode
        }
    }
}

/// Ring kinds, each drawn in one group that carries the paint (the rects carry geometry only:
/// a 5,000-node incident rings a thousand shapes, so every byte counts).
const RINGS: [(&str, &str, &str); 3] = [
    ("fl-an-fail", FAIL, ""),
    ("fl-an-impact", IMPACT, ""),
    ("fl-an-whatif", WHAT_IF, " stroke-dasharray=\"8 4\""),
];

fn ring(out: &mut String, b: &crate::geom::Rect, id: &str, class: &str) {
    let pad = 6.0;
    let (x, y, w, h) = (
        b.x - pad,
        b.y - pad,
        b.width + 2.0 * pad,
        b.height + 2.0 * pad,
    );
    let _ = write!(
        out,
        "<rect class=\"fl-an-ring {class}\" data-for=\"{id}\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{rx}\"/>",
        id = esc_attr(id),
        x = num(x),
        y = num(y),
        w = num(w),
        h = num(h),
        rx = num(8.0_f64.min(w / 2.0).min(h / 2.0)),
    );
}

/// The rings of one kind in their painted group (nothing when there are none).
fn ring_group(out: &mut String, kind: usize, rects: &str) {
    if rects.is_empty() {
        return;
    }
    let (class, color, dash) = RINGS[kind];
    let _ = write!(
        out,
        "<g class=\"fl-an-rings {class}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"4\" stroke-opacity=\"0.85\"{dash}>{rects}</g>"
    );
}

/// A pill at the bottom-right corner: how many nodes go down with this one.
fn count(out: &mut String, b: &crate::geom::Rect, id: &str, n: usize, color: &str) {
    let text = format!("\u{2191}{}", n);
    let w = 10.0 + 7.5 * text.chars().count() as f64;
    let (x, y) = (b.x + b.width - w + 8.0, b.y + b.height - 2.0);
    let _ = write!(
        out,
        "<g class=\"fl-an-count\" data-for=\"{id}\" data-count=\"{n}\"><rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"18\" rx=\"9\" fill=\"{color}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/><text x=\"{tx}\" y=\"{ty}\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"12\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">{text}</text></g>",
        id = esc_attr(id),
        x = num(x),
        y = num(y),
        w = num(w),
        tx = num(x + w / 2.0),
        ty = num(y + 13.0),
    );
}

fn badge(out: &mut String, b: &crate::geom::Rect, id: &str, rank: usize) {
    let (cx, cy) = (b.x, b.y);
    let _ = write!(
        out,
        "<g class=\"fl-an-badge\" data-for=\"{id}\" data-rank=\"{rank}\"><circle cx=\"{cx}\" cy=\"{cy}\" r=\"11\" fill=\"{BADGE}\" stroke=\"#ffffff\" stroke-width=\"2\"/><text x=\"{cx}\" y=\"{ty}\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"13\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">{rank}</text></g>",
        id = esc_attr(id),
        cx = num(cx),
        cy = num(cy),
        ty = num(cy + 4.5),
    );
}

/// Groups that only box other shapes for the eye: no ring (a ring around a whole zone says
/// nothing its members' rings do not).
fn boxed_only(g: &AnalysisGraph, v: u32) -> bool {
    match g.kinds.get(v as usize) {
        Some(NodeKind::VisualGroup) => true,
        Some(NodeKind::Group) => g.hard_dependents.row(v as usize).is_empty(),
        _ => false,
    }
}

/// The overlay for the current analysis (`None`: nothing to draw).
pub fn build(model: &Model, layout: &Layout, view: Option<&View>) -> Drawn {
    let Some(v) = view else {
        return Drawn {
            mode: "none",
            ..Default::default()
        };
    };
    let (g, a, o) = (v.graph, v.analysis, v.options);
    let bounds = |node: u32| {
        let n = g.node(node)?;
        let b = layout.bounds.get(n.cell).copied().flatten()?;
        Some((n, b))
    };
    let mut rings = [String::new(), String::new(), String::new()];
    let mut lit: Vec<usize> = v.alert_cells.to_vec();
    let mut badges = String::new();
    let mut counts = String::new();
    let mode;
    if let Some(w) = v.what_if {
        mode = "whatIf";
        for imp in &w.impacted {
            if boxed_only(g, imp.node) {
                continue;
            }
            if let Some((n, b)) = bounds(imp.node) {
                ring(&mut rings[1], &b, &n.id, "fl-an-impact");
                lit.push(n.cell);
            }
        }
        if let Some((n, b)) = bounds(w.node) {
            ring(&mut rings[2], &b, &n.id, "fl-an-whatif");
            count(&mut counts, &b, &n.id, w.count, WHAT_IF);
            lit.push(n.cell);
        }
    } else if a.summary.alerting > 0 || a.summary.down > 0 {
        mode = "incident";
        if o.blast_radius {
            for (node, s) in a.status.iter().enumerate() {
                let node = node as u32;
                if !s.down || boxed_only(g, node) {
                    continue;
                }
                if let Some((n, b)) = bounds(node) {
                    let failing = s.level == Level::Crit;
                    let (k, class) = if failing {
                        (0, "fl-an-fail")
                    } else {
                        (1, "fl-an-impact")
                    };
                    ring(&mut rings[k], &b, &n.id, class);
                    lit.push(n.cell);
                }
            }
            for r in &a.blast {
                if r.count == 0 {
                    continue;
                }
                if let Some((n, b)) = bounds(r.node) {
                    count(&mut counts, &b, &n.id, r.count, FAIL);
                }
            }
        }
    } else {
        mode = "none";
    }
    if o.rank_badges && a.summary.alerting > 0 {
        for c in a.candidates.iter().filter(|c| c.explains > 0).take(5) {
            if let Some((n, b)) = bounds(c.node) {
                badge(&mut badges, &b, &n.id, c.rank);
                lit.push(n.cell);
            }
        }
    }
    let mut svg = String::with_capacity(
        rings.iter().map(|r| r.len()).sum::<usize>() + counts.len() + badges.len() + 300,
    );
    for (k, r) in rings.iter().enumerate() {
        ring_group(&mut svg, k, r);
    }
    svg.push_str(&counts);
    svg.push_str(&badges);
    lit.sort_unstable();
    lit.dedup();
    // Edges between two bright cells stay bright: the paths the failure travels.
    if !lit.is_empty() {
        let mut edges = Vec::new();
        for (i, c) in model.cells.iter().enumerate() {
            if c.kind != CellKind::Edge {
                continue;
            }
            if let (Some(s), Some(t)) = (c.source, c.target) {
                if lit.binary_search(&s).is_ok() && lit.binary_search(&t).is_ok() {
                    edges.push(i);
                }
            }
        }
        lit.extend(edges);
        lit.sort_unstable();
        lit.dedup();
    }
    let dim = o.dim && mode != "none" && !svg.is_empty();
    Drawn {
        svg,
        dim,
        lit,
        mode,
    }
}
