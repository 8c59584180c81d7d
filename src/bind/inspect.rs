//! What the panel asks about cells: the inspector report (unmapped cells, unmatched series,
//! per-cell state, compile errors, data problems), one cell's state, its links and its trace
//! target.

use super::compile::Report;
use super::engine::{Ctx, Engine};
use super::links::{self, Link};
use super::template::{cell_var, plain_label, Var};
use crate::bind::jsnum;
use serde::Serialize;

const MAX_LISTED: usize = 5000;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SeriesState {
    /// Index of the field in the last frames descriptor (for the panel's data links).
    pub field_index: usize,
    pub ref_id: String,
    pub name: String,
    pub value: Option<String>,
    pub raw: Option<f64>,
    pub level: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BindingState {
    pub binding: String,
    pub level: Option<String>,
    pub series: Vec<SeriesState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CellState {
    pub id: String,
    pub label: String,
    pub level: Option<String>,
    pub bindings: Vec<BindingState>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BindingSummary {
    pub id: String,
    pub cells: usize,
    /// Cells of this binding that got at least one series.
    pub cells_with_data: usize,
    pub series: usize,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Inspection {
    pub compile: Report,
    pub bindings: Vec<BindingSummary>,
    pub unmapped_cells: Vec<String>,
    pub unmatched_series: Vec<String>,
    pub cells: Vec<CellState>,
    /// Data problems of the last refresh (NaN-only series, bad ranges, mismatched lengths…).
    pub data: Vec<String>,
    /// Series present before the last change of the series set and gone now.
    pub disappeared: Vec<String>,
    pub truncated: bool,
}

/// Where a cell's traces are: data source and service name for the panel's Explore URL.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TraceTarget {
    pub datasource_uid: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub service: String,
}

pub fn cell_state(engine: &Engine, ctx: &Ctx, cell: usize) -> Option<CellState> {
    let c = ctx.model.cells.get(cell)?;
    let levels = &engine.compiled.levels;
    let name = |l: Option<usize>| l.map(|l| levels.name(l).to_string());
    let e = engine.evals.get(&cell);
    let bindings = e
        .map(|e| {
            e.bindings
                .iter()
                .map(|be| BindingState {
                    binding: engine.compiled.bindings[be.binding].id.clone(),
                    level: name(be.level),
                    note: be.note.clone(),
                    series: be
                        .series
                        .iter()
                        .map(|s| {
                            let m = engine.frames.meta(s.series as usize);
                            SeriesState {
                                field_index: m.field_index,
                                ref_id: m.ref_id.clone(),
                                name: m.title(),
                                value: engine.series_text(&engine.compiled.bindings[be.binding], s),
                                raw: s.value.as_num(),
                                level: name(s.level),
                            }
                        })
                        .collect(),
                })
                .collect()
        })
        .unwrap_or_default();
    Some(CellState {
        id: c.id.clone(),
        label: plain_label(c),
        level: name(e.and_then(|e| e.level)),
        bindings,
    })
}

pub fn inspect(engine: &Engine, ctx: &Ctx) -> Inspection {
    let model = ctx.model;
    let mut truncated = false;
    let mut take = |v: Vec<String>| {
        truncated |= v.len() > MAX_LISTED;
        v.into_iter().take(MAX_LISTED).collect::<Vec<_>>()
    };
    let unmapped_cells = take(
        engine
            .unmapped(model)
            .iter()
            .map(|&i| model.cells[i].id.clone())
            .collect(),
    );
    let unmatched_series = take(
        engine
            .unmatched_series()
            .iter()
            .map(|&i| engine.frames.meta(i).title())
            .collect(),
    );
    let cells = engine
        .bound
        .iter()
        .take(MAX_LISTED)
        .filter_map(|&c| cell_state(engine, ctx, c))
        .collect();
    let bindings = engine
        .compiled
        .bindings
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let (with, series) = engine.matched_counts(i);
            BindingSummary {
                id: b.id.clone(),
                cells: b.cells.len(),
                cells_with_data: with,
                series,
            }
        })
        .collect();
    Inspection {
        compile: engine.report(),
        bindings,
        unmapped_cells,
        unmatched_series,
        cells,
        data: engine.frames.messages.clone(),
        disappeared: engine.disappeared.clone(),
        truncated: truncated || engine.bound.len() > MAX_LISTED,
    }
}

/// A cell's links: its bindings' links (with `${__value}`/`${__level}` from that binding) then
/// its own. Links failing the URL check are dropped and reported.
pub fn cell_links(engine: &Engine, ctx: &Ctx, cell: usize) -> (Vec<Link>, Vec<String>) {
    let mut out = Vec::new();
    let mut dropped = Vec::new();
    let levels = &engine.compiled.levels;
    let from = jsnum::to_string(engine.from_ms.round());
    let to = jsnum::to_string(engine.to_ms.round());
    let e = engine.evals.get(&cell);
    for (bi, b) in engine.compiled.bindings.iter().enumerate() {
        if b.links.is_empty() || !b.cells.contains(&cell) {
            continue;
        }
        let be = e.and_then(|e| e.bindings.iter().find(|x| x.binding == bi));
        let level = be.and_then(|x| x.level);
        let picked = be.and_then(|x| x.pick.map(|p| &x.series[p]));
        for t in &b.links {
            if !t.when.applies(level, levels) {
                continue;
            }
            let lookup = |v: &Var| match v {
                Var::Value => be.and_then(|x| x.text.clone()),
                Var::ValueRaw => picked.map(|s| s.value.raw_text()),
                Var::Level => level.map(|l| levels.name(l).to_string()),
                Var::Series => picked.map(|s| engine.frames.meta(s.series as usize).title()),
                Var::Binding => Some(b.id.clone()),
                Var::From => Some(from.clone()),
                Var::To => Some(to.clone()),
                other => cell_var(ctx.model, cell, other),
            };
            match links::expand(t, &lookup, &b.id) {
                Ok(l) => out.push(l),
                Err(m) => dropped.push(m),
            }
        }
    }
    if let Some(ts) = engine.compiled.cell_links.get(&cell) {
        let level = e.and_then(|e| e.level);
        for t in ts {
            if !t.when.applies(level, levels) {
                continue;
            }
            let lookup = |v: &Var| match v {
                Var::Level => level.map(|l| levels.name(l).to_string()),
                Var::From => Some(from.clone()),
                Var::To => Some(to.clone()),
                other => cell_var(ctx.model, cell, other),
            };
            match links::expand(t, &lookup, "cell") {
                Ok(l) => out.push(l),
                Err(m) => dropped.push(m),
            }
        }
    }
    (out, dropped)
}

/// The trace target of a cell: the service from its attribute, else the label map (by label,
/// then by id).
pub fn trace(engine: &Engine, ctx: &Ctx, cell: usize) -> Option<TraceTarget> {
    let t = engine.compiled.traces.as_ref()?;
    let c = ctx.model.cells.get(cell)?;
    let service = t
        .service_attr
        .as_deref()
        .and_then(|a| c.attr(a))
        .map(str::to_string)
        .or_else(|| t.label_map.get(&plain_label(c)).cloned())
        .or_else(|| t.label_map.get(&c.id).cloned())?;
    let service = service.trim().to_string();
    if service.is_empty() {
        return None;
    }
    Some(TraceTarget {
        datasource_uid: t.datasource_uid.clone(),
        kind: t.kind.clone(),
        service,
    })
}
