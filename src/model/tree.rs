//! Flat cell records → the cell tree: ids, the root, kinds, references, dropped cells.
//!
//! Decisions (draw.io behaviour noted where it differs):
//! - Duplicate ids: the later definition wins and the earlier one is dropped. mxCodec decodes a
//!   repeated id into the same cell object, so draw.io also ends with one cell, placed where
//!   the later definition is.
//! - Root: the parentless cell with id "0", else the last parentless cell (mxModelCodec keeps
//!   the last). Other parentless cells are dropped with a warning.
//! - A parent id that does not exist, or a parent chain that loops, drops the cell and its
//!   descendants with a warning (draw.io would promote such a cell to root candidate).
//! - Edge source/target ids that do not exist leave the end dangling, with a warning.
//! - `Model::cells` holds only cells reachable from the root, in document order.

use super::cell_style::{post_process, repair_image_data_uri};
use super::parse::RawModel;
use super::placeholders::{substitute, LookupBudget};
use super::{Cell, CellKind, Geometry, Model, PageContext};
use crate::decode::xml::find;
use crate::error::{Error, ErrorKind, Result};
use crate::style::Stylesheet;
use std::collections::HashMap;

/// Warnings kept per model; more are counted, not stored, so hostile input cannot flood memory.
const MAX_WARNINGS: usize = 200;

#[derive(Debug, Default)]
pub(super) struct Warnings {
    lines: Vec<String>,
    dropped: usize,
}

impl Warnings {
    pub(super) fn push(&mut self, line: String) {
        if self.lines.len() < MAX_WARNINGS {
            self.lines.push(line);
        } else {
            self.dropped += 1;
        }
    }

    fn finish(mut self) -> Vec<String> {
        if self.dropped > 0 {
            self.lines
                .push(format!("… and {} more warnings", self.dropped));
        }
        self.lines
    }
}

/// One `<mxCell>` (or wrapper) as read.
#[derive(Debug, Default)]
pub(super) struct RawCell {
    pub id: Option<String>,
    pub parent: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub value: String,
    pub attrs: Vec<(String, String)>,
    pub placeholders: bool,
    pub style_text: String,
    pub vertex: bool,
    pub edge: bool,
    pub connectable: bool,
    pub visible: bool,
    pub collapsed: bool,
    pub geometry: Geometry,
    /// A geometry number beyond the bound: never drawn.
    pub bad_geometry: bool,
}

impl RawCell {
    pub(super) fn from_cell_attrs(attrs: &[(String, String)]) -> RawCell {
        use super::numbers::flag;
        let text = |k: &str| find(attrs, k).map(str::to_string);
        RawCell {
            id: text("id"),
            parent: text("parent"),
            source: text("source"),
            target: text("target"),
            style_text: find(attrs, "style").unwrap_or("").to_string(),
            vertex: find(attrs, "vertex").is_some_and(flag),
            edge: find(attrs, "edge").is_some_and(flag),
            connectable: find(attrs, "connectable").is_none_or(flag),
            visible: find(attrs, "visible").is_none_or(flag),
            collapsed: find(attrs, "collapsed").is_some_and(flag),
            ..RawCell::default()
        }
    }
}

fn quoted(id: &str) -> String {
    format!("\"{}\"", id)
}

pub(super) fn build(
    doc: RawModel,
    sheet: &Stylesheet,
    ctx: &PageContext,
    mut warnings: Warnings,
) -> Result<Model> {
    let RawModel {
        background,
        shadow,
        mut cells,
    } = doc;
    if cells.is_empty() {
        return Err(Error::new(
            ErrorKind::Structure,
            "the model has no cells, so no root cell",
        ));
    }
    let n = cells.len();
    let mut live = vec![true; n];

    // Cells without an id get one nobody else has (draw.io numbers them too).
    let mut by_id: HashMap<String, usize> = HashMap::with_capacity(n);
    for (i, cell) in cells.iter().enumerate() {
        let Some(id) = cell.id.as_deref() else {
            continue;
        };
        if let Some(earlier) = by_id.insert(id.to_string(), i) {
            live[earlier] = false;
            warnings.push(format!(
                "duplicate cell id {}: the later definition replaces the earlier one",
                quoted(id)
            ));
        }
    }
    let mut next_auto = 0usize;
    for (i, cell) in cells.iter_mut().enumerate() {
        if cell.id.is_none() {
            let id = loop {
                next_auto += 1;
                let candidate = format!("_auto{}", next_auto);
                if !by_id.contains_key(&candidate) {
                    break candidate;
                }
            };
            by_id.insert(id.clone(), i);
            cell.id = Some(id);
        }
    }
    let id_of = |i: usize| cells[i].id.as_deref().unwrap_or("");

    let root = choose_root(&cells, &live).ok_or_else(|| {
        Error::new(
            ErrorKind::Structure,
            "the model has no root cell: every cell names a parent",
        )
    })?;

    // Parent links, dropping cells whose parent is missing and extra parentless cells.
    let mut parent: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        if !live[i] || i == root {
            continue;
        }
        match cells[i].parent.as_deref() {
            None => {
                warnings.push(format!(
                    "cell {} has no parent; dropped (the root is {})",
                    quoted(id_of(i)),
                    quoted(id_of(root))
                ));
                live[i] = false;
            }
            Some(p) => match by_id.get(p) {
                Some(&j) => parent[i] = Some(j),
                None => {
                    warnings.push(format!(
                        "cell {} refers to parent {}, which does not exist; dropped",
                        quoted(id_of(i)),
                        quoted(p)
                    ));
                    live[i] = false;
                }
            },
        }
    }

    let reached = reachable(root, &parent, &live);
    report_unreached(&reached, &parent, &live, &cells, &mut warnings);

    // Keep reached cells in document order.
    let mut new_index = vec![usize::MAX; n];
    let mut order = Vec::new();
    for i in 0..n {
        if reached[i] {
            new_index[i] = order.len();
            order.push(i);
        }
    }

    let mut out: Vec<Cell> = Vec::with_capacity(order.len());
    let mut placeholders_wanted = Vec::with_capacity(order.len());
    for &i in &order {
        let raw = std::mem::take(&mut cells[i]);
        let parent_new = parent[i].map(|p| new_index[p]);
        let kind = if i == root {
            CellKind::Root
        } else if raw.edge {
            CellKind::Edge
        } else if raw.vertex {
            CellKind::Vertex
        } else if parent[i] == Some(root) {
            CellKind::Layer
        } else {
            CellKind::Other
        };
        let id = raw.id.unwrap_or_default();
        let (mut source, mut target) = (None, None);
        if kind == CellKind::Edge {
            source = resolve_end(
                &id,
                "source",
                raw.source.as_deref(),
                &by_id,
                &new_index,
                &mut warnings,
            );
            target = resolve_end(
                &id,
                "target",
                raw.target.as_deref(),
                &by_id,
                &new_index,
                &mut warnings,
            );
        }
        let repaired = repair_image_data_uri(&raw.style_text);
        let mut style = sheet.resolve(&repaired, kind == CellKind::Edge);
        post_process(&mut style);
        out.push(Cell {
            id,
            kind,
            parent: parent_new,
            children: Vec::new(),
            label: String::new(),
            value: raw.value,
            attrs: raw.attrs,
            style_text: raw.style_text,
            style,
            geometry: raw.geometry,
            source,
            target,
            visible: raw.visible && !raw.bad_geometry,
            collapsed: raw.collapsed,
            connectable: raw.connectable,
        });
        placeholders_wanted.push(raw.placeholders);
    }
    for i in 0..out.len() {
        if let Some(p) = out[i].parent {
            out[p].children.push(i);
        }
    }
    let mut budget = LookupBudget::new();
    let labels: Vec<String> = (0..out.len())
        .map(|i| {
            if placeholders_wanted[i] {
                substitute(&out, i, ctx, &mut budget)
            } else {
                out[i].value.clone()
            }
        })
        .collect();
    if budget.exhausted() {
        warnings.push(
            "placeholder substitution stopped early: too many placeholders and attributes"
                .to_string(),
        );
    }
    for (cell, label) in out.iter_mut().zip(labels) {
        cell.label = label;
    }

    Ok(Model {
        cells: out,
        root: new_index[root],
        background,
        shadow,
        warnings: warnings.finish(),
    })
}

/// The parentless cell with id "0", else the last parentless one.
fn choose_root(cells: &[RawCell], live: &[bool]) -> Option<usize> {
    let parentless = |i: &usize| live[*i] && cells[*i].parent.is_none();
    (0..cells.len())
        .filter(parentless)
        .find(|&i| cells[i].id.as_deref() == Some("0"))
        .or_else(|| (0..cells.len()).rev().find(parentless))
}

/// Cells reachable from the root through parent links (iterative walk).
fn reachable(root: usize, parent: &[Option<usize>], live: &[bool]) -> Vec<bool> {
    let n = parent.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        if let (true, Some(p)) = (live[i], parent[i]) {
            children[p].push(i);
        }
    }
    let mut reached = vec![false; n];
    let mut stack = vec![root];
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut reached[i], true) {
            continue;
        }
        stack.extend(children[i].iter().copied().filter(|&c| !reached[c]));
    }
    reached
}

/// Live cells the walk did not reach are on a parent cycle or below one: name each cycle, count the rest.
fn report_unreached(
    reached: &[bool],
    parent: &[Option<usize>],
    live: &[bool],
    cells: &[RawCell],
    warnings: &mut Warnings,
) {
    const UNSEEN: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let n = parent.len();
    let name = |i: usize| quoted(cells[i].id.as_deref().unwrap_or(""));
    let mut state = vec![UNSEEN; n];
    let mut on_cycle = 0usize;
    let mut path = Vec::new();
    for start in 0..n {
        if !live[start] || reached[start] || state[start] != UNSEEN {
            continue;
        }
        path.clear();
        let mut at = Some(start);
        while let Some(i) = at {
            if !live[i] || reached[i] || state[i] == DONE {
                break;
            }
            if state[i] == ON_PATH {
                // `i` closes a cycle: the path from its first visit on.
                let from = path.iter().position(|&p| p == i).unwrap_or(0);
                let members = path.get(from..).unwrap_or(&[]);
                on_cycle += members.len();
                let mut names: Vec<String> = members.iter().take(6).map(|&m| name(m)).collect();
                if members.len() > 6 {
                    names.push("…".into());
                }
                names.push(name(i));
                warnings.push(format!(
                    "cells {} form a parent cycle; dropped",
                    names.join(" → ")
                ));
                break;
            }
            state[i] = ON_PATH;
            path.push(i);
            at = parent[i];
        }
        for &p in &path {
            state[p] = DONE;
        }
    }
    let unreached = (0..n).filter(|&i| live[i] && !reached[i]).count();
    if unreached > on_cycle {
        warnings.push(format!(
            "{} cell(s) inside dropped cells were dropped with them",
            unreached - on_cycle
        ));
    }
}

fn resolve_end(
    edge: &str,
    role: &str,
    id: Option<&str>,
    by_id: &HashMap<String, usize>,
    new_index: &[usize],
    warnings: &mut Warnings,
) -> Option<usize> {
    let id = id?;
    match by_id.get(id).map(|&old| new_index[old]) {
        Some(i) if i != usize::MAX => Some(i),
        _ => {
            warnings.push(format!(
                "edge {} refers to {} {}, which does not exist; the end is left dangling",
                quoted(edge),
                role,
                quoted(id)
            ));
            None
        }
    }
}
